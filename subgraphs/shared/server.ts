import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import type { SubgraphName } from './config.ts';
import type { Database } from './db.ts';
import { maskUnexpectedErrors } from './errors.ts';
import { createHttpServer, listen } from './http.ts';

/** What a subgraph folder exports: its SDL, its resolvers and how to build a request's context. */
export type SubgraphDefinition<Context extends BaseContext> = {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: object;
  createContext: (db: Database) => Context;
};

export type RunningService = { name: string; url: string; stop: () => Promise<void> };

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
  address: { host: string; port: number },
): Promise<RunningService> {
  const plugins = [
    // Federated traces are for Apollo's hosted studio, which this service never reports to.
    ApolloServerPluginInlineTraceDisabled(),
  ];
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(definition),
    formatError: maskUnexpectedErrors(),
    introspection: true,
    plugins,
  });
  const http = createHttpServer(apollo, async () => definition.createContext(db));
  const url = await listen(
    http,
    address.host,
    address.port,
    `the ${definition.name} subgraph`,
    `${definition.name.toUpperCase()}_PORT`,
  );
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: http }));
  await apollo.start();
  return { name: definition.name, url, stop: () => apollo.stop() };
}
