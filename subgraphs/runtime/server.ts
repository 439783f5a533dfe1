import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { exposureFromEnv, type SubgraphName } from '../../infra/config.ts';
import type { Database } from '../../infra/db.ts';
import { ErrorCode, isExpected, maskUnexpectedErrors, unexpectedErrorFields } from '../../infra/errors.ts';
import { createHttpServer, listen, type RouteHandler, type RunningService } from '../../infra/http.ts';
import { createLogger, type Logger } from '../../infra/logger.ts';
import { admit } from './gatekeeper.ts';
import { enforceAuthDirectives } from '../../infra/auth/directives.ts';
import { logGatewayRefusal, refusalLogPlugin } from './refusals.ts';
import type { RequestContext } from './context.ts';

/** What a subgraph folder exports: its SDL, its resolvers and how to build a request's context. */
export type SubgraphDefinition<Context extends RequestContext> = {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: object;
  createContext: (base: RequestContext) => Context;
  /** JSON routes beside /graphql (the lineage subgraph's OpenLineage endpoint), signed as /graphql is. */
  routes?: Readonly<Record<string, RouteHandler<RequestContext>>>;
  /** Work the subgraph does between requests (the lineage subgraph's indexer), stopped with it. */
  background?: (db: Database, logger: Logger) => BackgroundWork;
};

/** Work started with a subgraph: `stop` ends it and waits for what it was doing. */
export type BackgroundWork = { stop: () => Promise<void> };

/** The secret the gateway signs internal requests with; see auth/internal.ts. */
export type SubgraphSecurity = { internalSecret: string };

/** A subgraph can also be killed: its port closed and its connections dropped at once, as when its process dies. */
export type RunningSubgraph = RunningService & { kill: () => Promise<void> };

/** Reads a subgraph's SDL file at start-up; the same file feeds composition and codegen. */
export function readSchema(dir: string): DocumentNode {
  return parse(readFileSync(join(dir, 'schema.graphql'), 'utf8'));
}

export function buildSchema<Context extends RequestContext>(definition: SubgraphDefinition<Context>) {
  // The array form: @apollo/subgraph 2.15 rejects the object form's typeDefs.
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> },
  ]);
  enforceAuthDirectives(schema, (context) => (context as RequestContext).principal);
  return schema;
}

/** One JSON line per unexpected error, with the request's id and where it was thrown, never the input. */
function unexpectedErrorLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isExpected(error.extensions?.code)) continue;
            logger.error({ requestId: contextValue.requestId, ...unexpectedErrorFields(error) });
          }
        },
      };
    },
  };
}

/**
 * A request stopped at its deadline (or because its caller left) answers that for each field
 * it was asked, not only the one that was running: with `data` null, the gateway could tell
 * the other fields of the same call only "Unexpected error".
 */
function deadlineForEveryFieldPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single' || operation === undefined || operation === null) return;
          const result = response.body.singleResult;
          const stopped = result.errors?.find((error) => error.extensions?.code === ErrorCode.DEADLINE_EXCEEDED);
          if (stopped === undefined || (result.data !== null && result.data !== undefined)) return;
          const answered = new Set(result.errors?.map((error) => String(error.path?.[0])));
          const others = operation.selectionSet.selections.flatMap((selection) =>
            selection.kind === Kind.FIELD && !answered.has((selection.alias ?? selection.name).value)
              ? [{ ...stopped, path: [(selection.alias ?? selection.name).value] }]
              : [],
          );
          result.errors = [...(result.errors ?? []), ...others];
        },
      };
    },
  };
}

/**
 * Nothing but a read runs before the gatekeeper has admitted the caller: a mutation (or
 * anything else that is not a query) waits here for `admitted`, and stops with the refusal.
 */
function writesWaitForAdmissionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.QUERY) await contextValue.admitted;
        },
      };
    },
  };
}

/** Starts one subgraph over HTTP. Port 0 asks the system for a free port; the URL says which. */
export async function startSubgraph<Context extends RequestContext>(
  definition: SubgraphDefinition<Context>,
  db: Database,
  address: { host: string; port: number },
  security: SubgraphSecurity,
  /** Where its log lines go; TRACKER_LOG_LEVEL's stdout unless given (tests read them). */
  logger: Logger = createLogger(definition.name),
): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(definition),
    formatError: maskUnexpectedErrors(),
    // Apollo adds each error's stack to its response unless NODE_ENV is production or test;
    // `npm start` sets neither, and the gateway passed the stacks on to clients.
    includeStacktraceInErrorResponses: false,
    // The process that runs the server stops it (runStandalone, npm start, the tests): Apollo's
    // own handlers would stop it and then send the signal again, killing the process before
    // its owner has stopped what else it started (Neo4j among them).
    stopOnTerminationSignals: false,
    introspection: exposureFromEnv().introspection,
    // Federated traces are for Apollo's hosted studio, which this service never reports to.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      writesWaitForAdmissionPlugin(),
      refusalLogPlugin(db),
      deadlineForEveryFieldPlugin(),
      unexpectedErrorLogPlugin(logger),
    ],
  });
  const http = createHttpServer(
    apollo,
    {
      authenticate: async (header, body, path) =>
        definition.createContext(
          await admit(db, security.internalSecret, header, body, { audience: definition.name, path }),
        ),
      refusal: (header, body) => logGatewayRefusal(db, security.internalSecret, definition.name, header, body),
      admission: (context) => context.admitted,
      ready: () => db.verify(),
      ...(definition.routes === undefined ? {} : { routes: definition.routes }),
    },
    logger,
  );
  const url = await listen(
    http,
    address.host,
    address.port,
    `the ${definition.name} subgraph`,
    `${definition.name.toUpperCase()}_PORT`,
  );
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: http }));
  await apollo.start();
  const background = definition.background?.(db, logger);
  return {
    name: definition.name,
    url,
    stop: async () => {
      await background?.stop();
      await apollo.stop();
    },
    kill: async () => {
      await background?.stop();
      // As if the process died: no connection is accepted and the open ones drop, where stop()
      // lets the requests in flight finish. Those run on into closed sockets; stop() still
      // releases Apollo afterwards.
      http.close();
      http.closeAllConnections();
    },
  };
}
