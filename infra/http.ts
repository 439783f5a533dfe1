import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { REFUSALS_PATH } from './auth/internal.ts';
import { DomainError, ErrorCode, unexpectedErrorFields } from './errors.ts';
import { inScope, RequestScope } from './scope.ts';
import type { Logger } from './logger.ts';

/** The response header in which a subgraph names the Neo4j bookmarks of what a request wrote. */
/** A service listening over HTTP: a subgraph or the gateway, as a process runs it. */
export type RunningService = { name: string; url: string; stop: () => Promise<void> };

export const BOOKMARKS_HEADER = 'x-tracker-bookmarks';

/**
 * Where OpenLineage clients send run events, as Marquez takes them: the gateway answers it
 * and forwards it, signed, to the lineage subgraph at the same path.
 */
export const OPENLINEAGE_PATH = '/api/v1/lineage';

/** The largest request body a subgraph reads; larger ones get 413 before any parsing. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export class ListenError extends Error {
  readonly code = 'PORT_IN_USE';
}

/** Listens, or fails with one sentence naming the port and the variable that moves it. */
export async function listen(
  server: Server,
  host: string,
  port: number,
  what: string,
  variable: string,
): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError(
              `Port ${port} on ${host} is already in use, so ${what} cannot start: stop the other process or set ${variable}.`,
            )
          : error,
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}/graphql`;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type HttpHandlers<Context extends BaseContext> = {
  /** Checks who is calling before anything runs; throws a DomainError to refuse. */
  authenticate: (header: (name: string) => string | undefined, body: string, path: string) => Promise<Context>;
  /**
   * The checks of an authenticated caller that ask the database, which a read need not wait
   * for: resolves when the caller may have the answer, rejects with a DomainError to refuse.
   * A GraphQL request executes meanwhile (its server holds back any write until this
   * resolves); nothing is sent before it settles, and a refusal is sent as soon as it is
   * known, with the work stopped. A JSON route, which writes, waits for it first.
   */
  admission?: (context: Context) => Promise<void>;
  /** POST /internal/refusals: a refusal the gateway made, signed by it, for the access log. */
  refusal?: (header: (name: string) => string | undefined, body: string) => Promise<void>;
  /** Answers GET /readyz: resolves when the service can serve, throws when it cannot. */
  ready: () => Promise<void>;
  /** POST routes of plain JSON beside /graphql, by path, for the callers authenticate admitted. */
  routes?: Readonly<Record<string, RouteHandler<Context>>>;
};

/** A JSON route's answer: its status and body. */
export type RouteAnswer = { status: number; body: unknown };
export type RouteHandler<Context> = (context: Context, body: string) => Promise<RouteAnswer>;

/** A refusal's HTTP status on a JSON route, where there is no GraphQL response to carry it. */
export function routeStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    // The event names something the service does not hold (or the caller may not see, which
    // answers alike): the request was understood and cannot be carried out.
    case ErrorCode.NOT_FOUND:
      return 422;
    case ErrorCode.CONFLICTING_RESUBMISSION:
      return 409;
    case ErrorCode.DEADLINE_EXCEEDED:
      return 504;
    case ErrorCode.DATABASE_UNAVAILABLE:
    case ErrorCode.DATABASE_AUTH_FAILED:
      return 503;
    default:
      return 500;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Serves an Apollo Server over node:http, with /healthz and /readyz beside /graphql.
 * Apollo's standalone server hangs instead of failing when its port is taken; this one
 * fails. Authentication runs before Apollo sees the request, so a caller it refuses gets one
 * clear error and nothing executes; admission (see HttpHandlers) runs beside a read.
 */
export function createHttpServer<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  handlers: HttpHandlers<Context>,
  logger: Logger,
): Server {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    response.once('finish', () =>
      logger.info({
        // Set by the gateway: one id follows a request through every service it touches.
        requestId: request.headers['x-request-id'],
        method: request.method,
        path: new URL(request.url ?? '/', 'http://localhost').pathname,
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
      }),
    );
    // Each request works within a scope of its own: a deadline, and a signal for its caller
    // leaving (the connection closed before the answer was sent), which stops its work.
    const requestId = request.headers['x-request-id'];
    const scope = new RequestScope(typeof requestId === 'string' ? requestId : '');
    response.once('close', () => {
      if (response.writableFinished) scope.finish();
      else scope.abort();
    });
    void inScope(scope, () => route(apollo, handlers, request, response, logger, scope));
  });
}

async function route<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  handlers: HttpHandlers<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  logger: Logger,
  scope: RequestScope,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname === '/healthz') return send(response, 200, { status: 'ok' });
  if (request.method === 'GET' && url.pathname === '/readyz') {
    // Anyone who reaches the port may ask: the answer says only that the database is not
    // available; where it is, and as whom, goes to the operator's log.
    return handlers.ready().then(
      () => send(response, 200, { status: 'ready' }),
      (error: unknown) => {
        logger.warn({ readyz: 'unavailable', reason: (error as Error).message });
        send(response, 503, { status: 'unavailable', reason: 'the database is not available' });
      },
    );
  }
  try {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const text = await readBody(request);
    if (request.method === 'POST' && url.pathname === REFUSALS_PATH && handlers.refusal !== undefined) {
      await handlers.refusal((name) => headers.get(name), text);
      return send(response, 200, { logged: true });
    }
    const own = handlers.routes?.[url.pathname];
    if (own !== undefined) {
      if (request.method !== 'POST') {
        return send(response, 405, errorBody(`${url.pathname} takes POST only`, 'BAD_REQUEST'));
      }
      const context = await handlers.authenticate((name) => headers.get(name), text, url.pathname);
      await handlers.admission?.(context);
      const answer = await own(context, text);
      if (scope.written.size > 0) response.setHeader(BOOKMARKS_HEADER, JSON.stringify([...scope.written]));
      return send(response, answer.status, answer.body);
    }
    const context = await handlers.authenticate((name) => headers.get(name), text, url.pathname);
    const isJson = headers.get('content-type')?.startsWith('application/json') ?? false;
    const body = isJson && text.length > 0 ? (JSON.parse(text) as unknown) : text;
    const admission = handlers.admission?.(context) ?? Promise.resolve();
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => context,
    });
    // A refusal answers at once and stops the work: how long it took tells nothing of what the
    // answer would have held. The execution's own end is then of no interest to anyone.
    execution.catch(() => undefined);
    const [, result] = await Promise.all([
      admission.catch((refusal: unknown) => {
        scope.abort();
        throw refusal;
      }),
      execution,
    ]);
    for (const [name, value] of result.headers) response.setHeader(name, value);
    // What this request wrote, for the gateway to make the next service's reads wait for.
    if (scope.written.size > 0) response.setHeader(BOOKMARKS_HEADER, JSON.stringify([...scope.written]));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  } catch (error) {
    if (error instanceof DomainError) {
      // GraphQL answers a refusal with 200 and its code; a JSON route, with the code's status.
      if (handlers.routes?.[url.pathname] !== undefined) {
        const body = { errors: [{ message: error.message, extensions: error.extensions }] };
        return send(response, routeStatusOf(error.code), body);
      }
      return send(response, error.code === ErrorCode.UNAUTHENTICATED ? 401 : 200, errorBody(error.message, error.code));
    }
    if (error instanceof BodyTooLarge) {
      return send(response, 413, errorBody(`request body exceeds ${MAX_BODY_BYTES} bytes`, 'BAD_REQUEST'));
    }
    if (error instanceof SyntaxError)
      return send(response, 400, errorBody('request body is not valid JSON', 'BAD_REQUEST'));
    logger.error({ requestId: request.headers['x-request-id'], ...unexpectedErrorFields(error) });
    send(response, 500, errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
  }
}
