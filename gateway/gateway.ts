import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime, type GatewayConfigSupergraph, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { parse, type DocumentNode } from 'graphql';
import type { Exposure, SubgraphName } from '../infra/config.ts';
import { listen, type RunningService } from '../infra/http.ts';
import { createLogger, type Logger } from '../infra/logger.ts';
import { DateTimeScalar } from '../infra/scalars.ts';
import type { AuthConfig, Claims } from '../infra/auth/tokens.ts';
import { requestIdsFrom, useInternalSigning, userOf } from './auth.ts';
import { developmentSignIn, graphiqlOptions, serveSignInAs, SIGN_IN_AS_PATH } from './development-sign-in.ts';
import { directCalls } from './direct-calls.ts';
import { isExplorerPath, serveExplorer } from './explorer.ts';
import { OPENLINEAGE_MAX_BODY_BYTES, OPENLINEAGE_PATH, serveOpenLineage } from './openlineage.ts';
import {
  HTTP_LIMITS,
  readBodyFirst,
  refusalOf,
  serverOptions,
  useNoStore,
  type HttpLimits,
  type Refusal,
} from './http-limits.ts';
import { LIMITS, limitOptions, limitPlugins } from './limits.ts';
import { metricsPlugin, requestLogPlugin, subgraphsReady } from './observability.ts';
import { useRequestErrorCodes } from './request-errors.ts';
import { subgraphUnavailablePlugin } from './subgraph-errors.ts';
import { httpRefusalReport, useRefusalReport } from './refusals.ts';
import { useRoleCheck } from './role-check.ts';
import { rememberVerifiedTokens } from './verified-tokens.ts';

export const SUPERGRAPH_PATH = join(import.meta.dirname, '..', 'schema', 'supergraph.graphql');

export type GatewayOptions = {
  /** The supergraph composed at build time by `npm run compose`; never composed at run time. */
  supergraph?: DocumentNode;
  /** Where each subgraph runs now, overriding the URLs written into the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Verifies a bearer token; see subgraphs/shared/auth/tokens.ts. */
  verify: (token: string) => Promise<Claims>;
  /** Signs what the gateway forwards; the subgraphs hold the same secret. */
  internalSecret: string;
  exposure: Exposure;
  host: string;
  port: number;
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** Body size and HTTP timeouts; gateway/http-limits.ts gives the defaults (tests shorten the timeouts). */
  http?: Partial<HttpLimits>;
  /** Where the gateway's own log lines go; TRACKER_LOG_LEVEL's stdout unless given (tests read them). */
  logger?: Logger;
  /**
   * The keys tokens are signed with. With the local development key, on a gateway that listens
   * on this machine alone, the explorer offers "Sign in as" and GraphiQL opens with a token
   * (gateway/development-sign-in.ts); production refuses that key at start.
   */
  signingKeys?: AuthConfig;
  /** How long a subgraph call may take before the gateway gives it up: LIMITS.upstreamTimeoutMs unless given (tests shorten it). */
  subgraphTimeoutMs?: number;
  /** The query planner and executor; Hive's JavaScript one unless given (the gateway benchmark tries Hive Router's). */
  unifiedGraphHandler?: GatewayConfigSupergraph['unifiedGraphHandler'];
  /**
   * Whether an operation one subgraph answers whole goes to it as one call without the planner
   * (gateway/direct-calls.ts); true unless false (a test and the benchmark compare both).
   */
  directCalls?: boolean;
};

export function readSupergraph(path = SUPERGRAPH_PATH): DocumentNode {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${path} does not exist: run "npm run compose" first`, { cause: error });
    }
    throw error;
  }
}

/** The gateway authenticates, limits, routes and serves GraphiQL; it holds no domain logic. */
export function createGateway(
  options: Omit<GatewayOptions, 'host' | 'port' | 'signingKeys'>,
  development?: AuthConfig,
) {
  // Identical calls in flight are never folded into one: each carries its own caller's
  // signature, so that the subgraph checks and logs every caller and answers each its own
  // (two recorders of two agencies asking for one record at once each get their own answer).
  const transportEntries = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, location]) => [
      name,
      { location, options: { deduplicateInflightRequests: false } },
    ]),
  );
  const logger = options.logger ?? createLogger('gateway');
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? LIMITS.upstreamTimeoutMs;
  const supergraph = options.supergraph ?? readSupergraph();
  const direct = options.directCalls === false ? undefined : directCalls(supergraph, options.unifiedGraphHandler);
  const planner = direct?.planner ?? options.unifiedGraphHandler;
  return createGatewayRuntime({
    supergraph,
    transportEntries,
    ...(planner ? { unifiedGraphHandler: planner } : {}),
    landingPage: false,
    // GraphiQL's assets come from the npm package, never from a CDN: county networks are often closed.
    graphiql: options.exposure.graphiql ? () => graphiqlOptions(development) : false,
    renderGraphiQL,
    logging: options.logging ?? 'warn',
    // No origin but the service's own unless the operator lists some: never the caller's
    // Origin reflected back with credentials allowed.
    cors:
      options.exposure.corsOrigins.length === 0
        ? false
        : { origin: options.exposure.corsOrigins, credentials: true, methods: ['GET', 'POST'] },
    // Request ids are ours (gateway/auth.ts), so that the one the caller sees is the one signed.
    requestId: false,
    ...limitOptions(),
    // The service's own DateTime: a bad instant is refused here as BAD_USER_INPUT. Left to the
    // subgraphs, one passed to a field of an entity fetched from a second subgraph came back
    // as that fetch's failure, masked as INTERNAL_SERVER_ERROR. Valid values pass unchanged.
    additionalResolvers: { DateTime: DateTimeScalar },
    plugins: (context) =>
      [
        useRoleCheck(userOf(options.verify)),
        useInternalSigning(options.internalSecret, options.subgraphUrls, subgraphTimeoutMs),
        useNoStore(),
        ...(options.subgraphUrls.compliance === undefined
          ? []
          : [
              useRefusalReport({
                secret: options.internalSecret,
                subgraphUrl: options.subgraphUrls.compliance,
                audience: 'compliance',
                verify: options.verify,
                logger,
              }),
            ]),
        ...(direct === undefined ? [] : [direct.plugin]),
        useRequestErrorCodes(),
        ...limitPlugins(options.exposure),
        ...(options.exposure.metrics.kind === 'closed' ? [] : [metricsPlugin(context.log)]),
        requestLogPlugin(logger),
        subgraphUnavailablePlugin(logger, subgraphTimeoutMs),
      ] as GatewayPlugin[],
  });
}

function notFound(response: ServerResponse): void {
  response.statusCode = 404;
  response.end();
}

/** The Authorization header names this bearer token, compared in constant time. */
function bearerIs(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Serves the gateway with /healthz (process up) and /readyz (every subgraph ready) beside it. */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const development = developmentSignIn(options.signingKeys, options.host);
  // A caller sends the same token with each request: its signature is checked once a minute,
  // by the GraphQL route and by the refusals the HTTP server makes alike.
  const verify = rememberVerifiedTokens(options.verify);
  const gateway = createGateway({ ...options, verify }, development);
  const urls = options.subgraphUrls as Record<string, string>;
  const http = { ...HTTP_LIMITS, ...options.http };
  const logger = options.logger ?? createLogger('gateway');
  const report =
    options.subgraphUrls.compliance === undefined
      ? undefined
      : httpRefusalReport({
          secret: options.internalSecret,
          subgraphUrl: options.subgraphUrls.compliance,
          audience: 'compliance',
          verify,
          logger,
        });
  const refuse = async (request: IncomingMessage, response: ServerResponse, refusal: Refusal) => {
    // Node reads and drops the unread body (within the request timeout) so that the client,
    // which may still be sending, gets this answer rather than a reset connection.
    const header = request.headers['x-request-id'];
    const ids = requestIdsFrom(Array.isArray(header) ? header[0] : header);
    // In the access log before the caller has its answer, as every refusal is.
    await report?.(request.headers.authorization, ids, `BAD_REQUEST: ${refusal.message}`);
    response.statusCode = refusal.status;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('x-request-id', ids.id);
    if (ids.client !== null) response.setHeader('x-client-request-id', ids.client);
    response.end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: 'BAD_REQUEST' } }] }));
    logger.info({
      requestId: ids.id,
      clientRequestId: ids.client,
      method: request.method,
      // The path alone: a GET's query string is the caller's document and variables.
      path: new URL(request.url ?? '/', 'http://localhost').pathname,
      status: refusal.status,
      refused: refusal.message,
    });
  };
  const server = createServer(serverOptions(http), (request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname === SIGN_IN_AS_PATH) {
      return void serveSignInAs(request, response, development);
    }
    if (isExplorerPath(request.url)) return serveExplorer(request, response);
    if (new URL(request.url ?? '/', 'http://localhost').pathname === OPENLINEAGE_PATH) {
      return void serveOpenLineage(request, response, {
        verify: options.verify,
        internalSecret: options.internalSecret,
        lineageUrl: options.subgraphUrls.lineage,
        maxBodyBytes: Math.min(http.maxBodyBytes, OPENLINEAGE_MAX_BODY_BYTES),
        logger,
        ...(report === undefined ? {} : { report }),
      });
    }
    if (request.method === 'GET' && (request.url === '/healthz' || request.url === '/readyz')) {
      const check = request.url === '/healthz' ? Promise.resolve([]) : subgraphsReady(urls);
      void check.then((failures) => {
        response.statusCode = failures.length === 0 ? 200 : 503;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(failures.length === 0 ? { status: 'ok' } : { status: 'unavailable', failures }));
      });
      return;
    }
    const refusal = refusalOf(request.method, request.headers, http.maxBodyBytes);
    if (refusal !== null) return void refuse(request, response, refusal);
    if (new URL(request.url ?? '/', 'http://localhost').pathname === '/metrics') {
      // Operation names are the callers' words: /metrics is for the operator only.
      const metrics = options.exposure.metrics;
      if (metrics.kind === 'closed') return notFound(response);
      if (metrics.kind === 'token' && !bearerIs(request.headers.authorization, metrics.token)) {
        response.statusCode = 401;
        response.setHeader('www-authenticate', 'Bearer');
        return void response.end();
      }
    }
    if (request.method !== 'POST') return void gateway(request, response);
    void readBodyFirst(request).then((read) => {
      if (read === 'read') return gateway(request, response);
      if (read !== 'gone') return refuse(request, response, read);
    });
  });
  const url = await listen(server, options.host, options.port, 'the gateway', 'GATEWAY_PORT');
  return {
    name: 'gateway',
    url,
    stop: async () => {
      await gateway.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
