import { entryFor, logAccessNow } from '../access-log.ts';
import type { Database } from '../db.ts';
import type { RequestContext } from '../context.ts';
import { ForbiddenError } from './errors.ts';
import { isImmigrationAgentAt } from './immigration.ts';
import { verifyInternalRequest } from './internal.ts';

function operationOf(body: string): { name: string; query: string } {
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; query?: unknown };
    return {
      name: typeof parsed.operationName === 'string' ? parsed.operationName : 'anonymous operation',
      query: typeof parsed.query === 'string' ? parsed.query : '',
    };
  } catch {
    return { name: 'unparsable request', query: body };
  }
}

/**
 * Admits a request to a subgraph: it must carry the gateway's signature, and the caller's
 * organisation must not be an immigration agent at this moment. (e): county personnel shall
 * not disclose personal information to immigration agents, so the tracker refuses them
 * everything, and records the attempt in the access log.
 */
export async function admit(db: Database, secret: string, header: (name: string) => string | undefined, body: string) {
  const caller = verifyInternalRequest(secret, header, body);
  const operation = operationOf(body);
  const context: RequestContext = { db, principal: caller.principal, requestId: caller.requestId, operation };
  const principal = caller.principal;
  if (principal === null) return context;
  const now = new Date().toISOString();
  if (await isImmigrationAgentAt(db, principal.organisation, now)) {
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
  return context;
}
