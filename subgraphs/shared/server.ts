import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import type { SubgraphName } from './config.ts';
import type { Database } from './db.ts';
import { maskUnexpectedErrors } from './errors.ts';

/** What a subgraph folder exports: its SDL, its resolvers and how to build a request's context. */
export type SubgraphDefinition<Context extends BaseContext> = {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: object;
  createContext: (db: Database) => Context;
};

export type RunningService = { name: string; url: string; stop: () => Promise<void> };

export class ListenError extends Error {
  readonly code = 'PORT_IN_USE';
}

/** Reads a subgraph's SDL file at start-up; the same file feeds composition and codegen. */
export function readSchema(dir: string): DocumentNode {
  return parse(readFileSync(join(dir, 'schema.graphql'), 'utf8'));
}

export function buildSchema<Context extends BaseContext>(definition: SubgraphDefinition<Context>) {
  // The array form: @apollo/subgraph 2.15 rejects the object form's typeDefs.
  return buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> },
  ]);
}

/** Starts one subgraph over HTTP. Port 0 asks the system for a free port; the URL says which. */
export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  db: Database,
  listen: { host: string; port: number },
): Promise<RunningService> {
  const server = new ApolloServer<Context>({
    schema: buildSchema(definition),
    formatError: maskUnexpectedErrors(),
    introspection: true,
    // Federated traces are for Apollo's hosted studio, which this service never reports to.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  try {
    const { url } = await startStandaloneServer(server, {
      listen,
      context: async () => definition.createContext(db),
    });
    return { name: definition.name, url, stop: () => server.stop() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ListenError(
        `Port ${listen.port} on ${listen.host} is already in use, so the ${definition.name} subgraph cannot start: stop the other process or set ${definition.name.toUpperCase()}_PORT.`,
      );
    }
    throw error;
  }
}
