import type { Principal } from '../../infra/auth/principal.ts';
import type { Database } from '../../infra/db.ts';

/** What every subgraph's request context starts from: the database and who is asking. */
export type RequestContext = {
  db: Database;
  /** Null for an anonymous caller the gateway let through (public fields only). */
  principal: Principal | null;
  requestId: string;
  /** The operation asked for, as an access-log entry names it. */
  operation: { name: string; query: string };
  /**
   * Settles when the gatekeeper has asked the registry about the caller's organisation:
   * resolves when it may have the answer, rejects with the refusal (already logged). Reads run
   * meanwhile; whatever writes (a mutation, an access-log entry) waits for it.
   */
  admitted: Promise<void>;
};
