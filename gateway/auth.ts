import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { UnauthenticatedError } from '../infra/auth/errors.ts';
import { getOperationAST } from 'graphql';
import { REFUSAL_REPORT_LIMITS, signInternalRequest } from '../infra/auth/internal.ts';
import type { Claims } from '../infra/auth/tokens.ts';
import { InputError } from '../infra/errors.ts';
import { BOOKMARKS_HEADER } from '../infra/http.ts';
import { BOOKMARK_HEADER } from '../infra/scope.ts';
import { bookmarkHeader, callDeadline, causalityOf, type Causality } from './deadlines.ts';
import type { RoleContext } from './role-check.ts';

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header === null || header === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
  return match[1] as string;
}

/** The caller a request's bearer token names, or null for an anonymous request; a bad token is refused. */
export function userOf(verify: (token: string) => Promise<Claims>): (request: Request) => Promise<Claims | null> {
  return async (request) => {
    const token = bearerToken(request);
    return token === null ? null : verify(token);
  };
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body === undefined || body === null) return '';
  throw new Error('the gateway can sign only string request bodies');
}

/** The id a client sent (`x-request-id`) if it is a sane one, else null: kept beside the service's own. */
function clientRequestIdFrom(given: string | null | undefined): string | null {
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : null;
}

/** The ids of one request: the service's own, and the one its client sent, if any. */
export type RequestIds = { id: string; client: string | null };

export function requestIdsFrom(given: string | null | undefined): RequestIds {
  return { id: crypto.randomUUID(), client: clientRequestIdFrom(given) };
}

/** The ids the gateway gave each request it is answering, and its deadline and bookmarks. */
const idsOfRequests = new WeakMap<Request, RequestIds>();
/** The operation each request runs, as its caller named it (cut as a refusal report cuts it). */
const operationOfRequests = new WeakMap<Request, string>();
const causalityOfRequests = new WeakMap<Request, Causality>();
export const requestIdsOf = (request: Request): RequestIds | undefined => idsOfRequests.get(request);

/**
 * What a subgraph call's timeout aborts it with: one error, made once. `AbortSignal.timeout`
 * made a new one, with its stack, as each call's timer ran out, the call long answered (about
 * 50 µs a request in a profile of the cheap query); gateway/subgraph-errors.ts reads its name.
 */
const CALL_TIMED_OUT = new DOMException('The subgraph call timed out', 'TimeoutError');

/** A signal aborted after `ms` with CALL_TIMED_OUT; its timer never keeps the process up. */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(CALL_TIMED_OUT), ms).unref();
  return controller.signal;
}

/**
 * Gives each request an id of the service's own (returned to the caller as `x-request-id`,
 * forwarded to the subgraphs, written in every log line and access-log entry); the id a client
 * sent is kept beside it (`x-client-request-id`, `clientRequestId`), never in its place, so
 * that no client can make two requests share one id in the log. Signs every request to a
 * subgraph with the verified principal, so that subgraphs can check roles themselves and
 * refuse anything that did not come through the gateway, and with the call's deadline and the
 * bookmarks it must wait for (gateway/deadlines.ts).
 */
export function useInternalSigning(
  secret: string,
  subgraphUrls: Partial<Record<string, string>>,
  timeoutMs: number,
): GatewayPlugin<RoleContext> {
  // Each signature names the subgraph it is for: a request captured on its way to one is
  // refused by every other.
  const names = new Map(
    Object.entries(subgraphUrls).flatMap(([name, url]) => (url === undefined ? [] : [[new URL(url).href, name]])),
  );
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const ids = requestIdsFrom(request.headers.get('x-request-id'));
      idsOfRequests.set(request, ids);
      try {
        causalityOfRequests.set(request, causalityOf(request.headers));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const body = { errors: [{ message: error.message, extensions: error.extensions }] };
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 400,
            headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': ids.id },
          }),
        );
      }
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (request !== undefined && name !== undefined) {
        operationOfRequests.set(request, name.slice(0, REFUSAL_REPORT_LIMITS.operation));
      }
    },
    onResponse({ request, response }) {
      const ids = idsOfRequests.get(request);
      if (ids === undefined) return;
      response.headers.set('x-request-id', ids.id);
      if (ids.client !== null) response.headers.set('x-client-request-id', ids.client);
      const causality = causalityOfRequests.get(request);
      if (causality?.wrote) response.headers.set(BOOKMARK_HEADER, bookmarkHeader(causality));
    },
    onFetch({ url, options, setOptions, context }) {
      const request = 'request' in context ? context.request : undefined;
      const user = 'currentUser' in context ? (context.currentUser ?? null) : null;
      const ids = (request && idsOfRequests.get(request)) || requestIdsFrom(null);
      const principal =
        user === null
          ? null
          : {
              id: user.subject,
              roles: user.roles,
              organisation: user.organisation,
              requestId: ids.id,
              clientRequestId: ids.client,
            };
      const target = new URL(url);
      const causality = request && causalityOfRequests.get(request);
      const operation = request && operationOfRequests.get(request);
      const caller = {
        principal,
        requestId: ids.id,
        ...(causality ? { deadline: callDeadline(causality), bookmarks: [...causality.bookmarks] } : {}),
        ...(operation === undefined ? {} : { operation }),
      };
      const signed = signInternalRequest(secret, caller, bodyText(options.body), {
        audience: names.get(target.href) ?? target.host,
        path: target.pathname,
      });
      // A client that leaves aborts the calls made for it: each subgraph then stops its work. A
      // call not answered within the timeout is given up, its connection closed
      // (gateway/subgraph-errors.ts names the subgraph).
      const signals = [options.signal, request?.signal].filter((signal): signal is AbortSignal => signal != null);
      setOptions({
        ...options,
        headers: { ...(options.headers as Record<string, string>), ...signed, 'x-request-id': ids.id },
        signal: AbortSignal.any([...signals, timeoutSignal(timeoutMs)]),
      });
      // What the call wrote, every later call of the request waits for, and the client is given.
      return ({ response }) => {
        const written = response.headers.get(BOOKMARKS_HEADER);
        if (causality === undefined || written === null) return;
        try {
          const bookmarks = JSON.parse(written) as unknown;
          if (!Array.isArray(bookmarks)) return;
          for (const bookmark of bookmarks) if (typeof bookmark === 'string') causality.bookmarks.add(bookmark);
          causality.wrote = true;
        } catch {
          // A subgraph's header it cannot read: nothing to wait for.
        }
      };
    },
  };
}

/**
 * POSTs a JSON body to a subgraph's own route beside GraphQL (the access log's refusals, an
 * OpenLineage run event), signed for that subgraph and path with the verified principal, as
 * the gateway's GraphQL calls are.
 */
export function postSigned(
  target: URL,
  request: { secret: string; audience: string; claims: Claims; ids: RequestIds; body: string; timeoutMs: number },
): Promise<Response> {
  const { claims, ids } = request;
  const principal = {
    id: claims.subject,
    roles: claims.roles,
    organisation: claims.organisation,
    requestId: ids.id,
    clientRequestId: ids.client,
  };
  return fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': ids.id,
      ...signInternalRequest(request.secret, { principal, requestId: ids.id }, request.body, {
        audience: request.audience,
        path: target.pathname,
      }),
    },
    body: request.body,
    signal: AbortSignal.timeout(request.timeoutMs),
  });
}
