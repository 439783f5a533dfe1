import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { entryFor, logAccessNow } from '../../infra/access-log.ts';
import { parsePrincipalRefusal, REFUSALS_PATH, verifyInternalRequest } from '../../infra/auth/internal.ts';
import type { RequestContext } from './context.ts';
import type { Database } from '../../infra/db.ts';
import { ErrorCode, HiddenRefusal } from '../../infra/errors.ts';

/**
 * Every refusal goes to the access log, not only that of a caller from an immigration agent:
 * a role the caller lacks, another organisation's data, a limit. A subgraph logs its own
 * refusals here; the gateway sends those it makes itself (roles, limits) to `/internal/refusals`
 * of a subgraph, signed as every request it forwards. A refusal with no signed-in principal
 * has nobody to be attributed to, and goes to the server's log only.
 */
const REFUSAL_CODES = new Set<unknown>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED]);

/** Why a request's errors refused it, or null when none of them is a refusal. */
export function refusalOf(errors: readonly GraphQLError[]): string | null {
  const reasons = errors.flatMap((error) => {
    const original = error.originalError;
    if (original instanceof HiddenRefusal) return [original.refusal];
    return REFUSAL_CODES.has(error.extensions?.code) ? [`${String(error.extensions?.code)}: ${error.message}`] : [];
  });
  return reasons.length === 0 ? null : [...new Set(reasons)].join('; ');
}

/** Whether the gatekeeper admitted the caller: a caller it refused has its entry already, and no other. */
const wasAdmitted = (context: RequestContext): Promise<boolean> =>
  context.admitted.then(
    () => true,
    () => false,
  );

/** Apollo Server's hook: one REFUSED entry per request that any field of refused. */
export function refusalLogPlugin(db: Database): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const principal = contextValue.principal;
          const reason = refusalOf(errors);
          if (principal === null || reason === null || !(await wasAdmitted(contextValue))) return;
          await logAccessNow(db, {
            ...entryFor(principal, contextValue.operation.name, contextValue.operation.query),
            outcome: 'REFUSED',
            reason,
            subjects: [],
            records: [],
          });
        },
      };
    },
  };
}

/**
 * A refusal answered as if nothing were there (null, an empty list): nothing reaches the
 * caller to say it was refused, so it is logged here, with its reason.
 */
export async function logSilentRefusal(context: RequestContext, reason: string): Promise<void> {
  if (context.principal === null || !(await wasAdmitted(context))) return;
  await logAccessNow(context.db, {
    ...entryFor(context.principal, context.operation.name, context.operation.query),
    outcome: 'REFUSED',
    reason,
    subjects: [],
    records: [],
  });
}

/**
 * `POST /internal/refusals`: a refusal the gateway made, signed by it, logged for the
 * principal it vouches for. Anything else is refused before a byte is written.
 */
export async function logGatewayRefusal(
  db: Database,
  secret: string,
  audience: string,
  header: (name: string) => string | undefined,
  body: string,
): Promise<void> {
  const caller = verifyInternalRequest(secret, header, body, { audience, path: REFUSALS_PATH });
  const refusal = parsePrincipalRefusal(caller, body);
  await logAccessNow(db, {
    ...entryFor(refusal.principal, refusal.operation, ''),
    queryHash: refusal.queryHash,
    outcome: 'REFUSED',
    reason: refusal.reason,
    subjects: [],
    records: [],
  });
}
