import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { hashQuery } from '../infra/access-log.ts';
import { REFUSAL_REPORT_LIMITS, REFUSALS_PATH } from '../infra/auth/internal.ts';
import type { Claims } from '../infra/auth/tokens.ts';
import type { Logger } from '../infra/logger.ts';
import { postSigned, requestIdsFrom, requestIdsOf, type RequestIds } from './auth.ts';
import { REFUSED_BY_GATEWAY } from './role-check.ts';

/**
 * The refusals the gateway makes itself go to the access log as every refusal does: a role the
 * caller lacks (the gateway's `@requiresScopes` check), a limit (depth, aliases, cost, tokens,
 * the shape of variables), a document it cannot run. Any request refused whole before it reached
 * a subgraph is one, and so is any field the gateway's role check refused. The gateway holds
 * no database: it sends each refusal, signed as every request it forwards, to a subgraph's
 * `/internal/refusals`, which appends the entry (subgraphs/shared/refusals.ts) before the
 * refused caller gets its answer. A caller with no valid token is attributed to nobody; its
 * refusal goes to the server's log only.
 */
type Options = {
  secret: string;
  /** A subgraph's GraphQL URL and name; the report goes to its `/internal/refusals`. */
  subgraphUrl: string;
  audience: string;
  verify: (token: string) => Promise<Claims>;
  logger: Logger;
};

type ResultError = { message?: unknown; extensions?: Record<string, unknown> };

function errorsOf(result: unknown): ResultError[] {
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((one) =>
    one !== null && typeof one === 'object' && 'errors' in one && Array.isArray(one.errors)
      ? (one.errors as ResultError[])
      : [],
  );
}

/** A caller's text as a report carries it: cut to `max`, a lone surrogate (or one cut in two) replaced. */
const reported = (text: string, max: number) => text.slice(0, max).toWellFormed();

async function claimsOf(authorization: string | null | undefined, verify: Options['verify']): Promise<Claims | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (match === null) return null;
  try {
    return await verify(match[1] as string);
  } catch {
    return null;
  }
}

export function useRefusalReport(options: Options): GatewayPlugin {
  const asked = new WeakMap<Request, { operation: string; query: string }>();
  const reachedSubgraph = new WeakSet<Request>();
  return {
    onParams({ params, request }) {
      asked.set(request, {
        operation: typeof params.operationName === 'string' ? params.operationName : 'anonymous operation',
        query: typeof params.query === 'string' ? params.query : '',
      });
    },
    onFetch({ context }) {
      if ('request' in context && context.request !== undefined) reachedSubgraph.add(context.request as Request);
    },
    async onResultProcess({ request, result }) {
      const errors = errorsOf(result);
      if (errors.length === 0) return;
      const refused = reachedSubgraph.has(request)
        ? errors.filter((error) => error.extensions?.refusedBy === REFUSED_BY_GATEWAY)
        : errors;
      if (refused.length === 0) return;
      const reason = reported(
        [
          ...new Set(refused.map((error) => `${String(error.extensions?.code ?? 'ERROR')}: ${String(error.message)}`)),
        ].join('; '),
        REFUSAL_REPORT_LIMITS.reason,
      );
      const ids = requestIdsOf(request) ?? requestIdsFrom(null);
      const { operation, query } = asked.get(request) ?? { operation: UNPARSED, query: '' };
      const logged = await reportRefusal(options, request.headers.get('authorization'), {
        ids,
        operation,
        query,
        reason,
      });
      if (!logged) options.logger.info({ requestId: ids.id, refused: reason, principal: null });
    },
  };
}

/** What a refusal made before any GraphQL was read is logged as asking. */
const UNPARSED = 'unparsed request';

/**
 * Appends one refusal to the access log, for the caller the `authorization` header names;
 * answers false, writing nothing, when it names nobody (no token, or one that does not
 * verify). Only what the log keeps is sent: the operation's name, cut to its limit, the
 * query's hash, and the reason.
 */
async function reportRefusal(
  options: Options,
  authorization: string | null | undefined,
  refusal: { ids: RequestIds; operation: string; query: string; reason: string },
): Promise<boolean> {
  const claims = await claimsOf(authorization, options.verify);
  if (claims === null) return false;
  const { ids } = refusal;
  const target = new URL(REFUSALS_PATH, options.subgraphUrl);
  const body = JSON.stringify({
    operation: reported(refusal.operation, REFUSAL_REPORT_LIMITS.operation),
    queryHash: hashQuery(refusal.query),
    reason: reported(refusal.reason, REFUSAL_REPORT_LIMITS.reason),
  });
  try {
    const response = await postSigned(target, {
      secret: options.secret,
      audience: options.audience,
      claims,
      ids,
      body,
      timeoutMs: 10_000,
    });
    if (!response.ok) throw new Error(`${target.pathname} answered ${response.status}`);
  } catch (error) {
    options.logger.error({ requestId: ids.id, accessLog: 'refusal not logged', error: (error as Error).message });
  }
  return true;
}

/**
 * A refusal the gateway's HTTP server makes on the request itself, before any GraphQL (too
 * large, not JSON, not sent as JSON; a run event it may not send), logged as the others are:
 * for a signed-in caller, in the access log; else in the server's log only (the server's own
 * refusal line says so). `operation` names what was asked, when no GraphQL operation does.
 */
export type HttpRefusalReport = (
  authorization: string | undefined,
  ids: RequestIds,
  reason: string,
  operation?: string,
) => Promise<boolean>;

export function httpRefusalReport(options: Options): HttpRefusalReport {
  return (authorization, ids, reason, operation = UNPARSED) =>
    reportRefusal(options, authorization, { ids, operation, query: '', reason });
}
