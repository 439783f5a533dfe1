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
};
