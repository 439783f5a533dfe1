import { entryFor, logAccessNow } from '../../infra/access-log.ts';
import type { Database } from '../../infra/db.ts';
import type { RequestContext } from './context.ts';
import { ForbiddenError } from '../../infra/auth/errors.ts';
import type { Principal } from '../../infra/auth/principal.ts';
import { standingAt } from '../../core/registry/index.ts';
import { verifyInternalRequest, type Target } from '../../infra/auth/internal.ts';
import { currentScope } from '../../infra/scope.ts';

/** The operation a call carries; its name is the caller's, where the gateway signed one. */
function operationOf(body: string, named: string | undefined): { name: string; query: string } {
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; query?: unknown };
    return {
      name: named ?? (typeof parsed.operationName === 'string' ? parsed.operationName : 'anonymous operation'),
      query: typeof parsed.query === 'string' ? parsed.query : '',
    };
  } catch {
    return { name: 'unparsable request', query: body };
  }
}

/**
 * Admits a request to a subgraph: it must carry the gateway's signature, and the caller's
 * organisation must be a registered party (unless the caller holds no role but PUBLIC) that
 * is not an immigration agent at this moment. (e): county personnel shall not disclose
 * personal information to immigration agents, so the tracker refuses them everything, and
 * records the attempt in the access log. The signature is checked here, before anything
 * runs; the registry's answer comes in `admitted`, which a read runs beside and every write
 * waits for (see RequestContext).
 */
export async function admit(
  db: Database,
  secret: string,
  header: (name: string) => string | undefined,
  body: string,
  target: Target,
): Promise<RequestContext> {
  const caller = verifyInternalRequest(secret, header, body, target);
  // The gateway's deadline for this call, and the writes the request must see, from here on.
  currentScope()?.narrow({ deadline: caller.deadline, bookmarks: caller.bookmarks });
  const operation = operationOf(body, caller.operation);
  const principal = caller.principal;
  const admitted = principal === null ? Promise.resolve() : standingOf(db, principal, operation);
  // Awaited by whatever needs it; a refusal nobody is waiting for is not an unhandled rejection.
  admitted.catch(() => undefined);
  return { db, principal, requestId: caller.requestId, operation, admitted };
}

async function standingOf(db: Database, principal: Principal, operation: RequestContext['operation']): Promise<void> {
  const now = new Date().toISOString();
  const standing = await standingAt(db, principal.organisation, now);
  // A member of the public acts for no organisation and reads only what is open to everyone.
  const publicOnly = principal.roles.every((role) => role === 'PUBLIC');
  if (!standing.registered && !publicOnly) {
    // Fail closed: an organisation the registry does not hold could be anyone, an immigration
    // agent included ("ICE" for "ice"), so it is refused everything, and the attempt logged.
    const reason = `organisation ${principal.organisation} is not a registered party`;
    await logAccessNow(db, {
      ...entryFor(principal, operation.name, operation.query),
      outcome: 'REFUSED',
      reason,
      subjects: [],
      records: [],
    });
    throw new ForbiddenError(`Refused: ${reason}; a principal acts for a registered organisation only.`);
  }
  if (standing.agent) {
    const reason = `organisation ${principal.organisation} is an immigration agent at ${now}`;
    await logAccessNow(db, {
      ...entryFor(principal, operation.name, operation.query),
      outcome: 'REFUSED',
      reason,
      subjects: [],
      records: [],
    });
    throw new ForbiddenError(
      `Refused: ${reason}; Sec. 46-37(e) forbids disclosing personal information to immigration agents.`,
    );
  }
}
