/**
 * Reading the service's access log: a page of its entries, filtered by principal and time,
 * and the verification of its hash chain. Entries are appended by the subgraphs as they
 * answer (infra/access-log.ts); here they are only read.
 */
import { ACCESS_LOG_CHAIN, verifyAccessLog, type AccessOutcome } from '../../infra/access-log.ts';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { toPage, type Page } from '../../infra/pagination.ts';
import { utcOrNull } from '../../infra/scalars.ts';

/** An access log entry as stored: the mapper of GraphQL's `AccessLogEntry`. */
export type AccessLogRow = {
  seq: number;
  at: string;
  principal: string;
  organisation: string;
  roles: string[];
  operation: string;
  outcome: AccessOutcome;
  reason: string | null;
  subjects: string[];
  records: string[];
  queryHash: string;
  requestId: string;
  clientRequestId: string | null;
  hash: string;
  prevHash: string;
};

export type AccessLogFilter = {
  first: number;
  /** The seq to resume after, or null for the start. */
  after: number | null;
  principal: string | null;
  from: string | null;
  to: string | null;
};

export type ChainVerificationRow = {
  ok: boolean;
  entries: number;
  lastHash: string | null;
  firstBrokenSeq: number | null;
  reason: string | null;
};

// Ordering by (chain, seq) with the chain fixed reads the uniqueness constraint's index in
// order and stops at the limit. `at` is returned as epoch milliseconds and printed the way
// the hash covers it, so that the output suffices to recompute every hash.
export const ACCESS_LOG_PAGE = /* cypher */ `
  MATCH (e:AccessLogEntry {chain: $chain})
  WHERE e.seq > $after
    AND ($principal IS NULL OR e.principal = $principal)
    AND ($from IS NULL OR e.at >= datetime($from))
    AND ($to IS NULL OR e.at < datetime($to))
  RETURN e {.seq, .principal, .organisation, .roles, .operation, .outcome, .reason, .subjects, .records,
            .queryHash, .requestId, .clientRequestId, .hash, .prevHash, atMillis: e.at.epochMillis} AS entry
  ORDER BY e.chain, e.seq
  LIMIT $limit`;

/**
 * The seq a decoded cursor holds. A cursor of another list decodes too (one key seals them
 * all): refused naming the cursor the caller sent, never the position it holds.
 */
export function parseSeq(position: string | null, cursor: string | null = null): number | null {
  if (position === null) return null;
  if (/^[1-9]\d{0,15}$/.test(position)) return Number(position);
  throw new InputError(
    `after must be a cursor returned by a previous page of the access log${cursor === null ? '' : `, got "${cursor}"`}`,
    'after',
    cursor,
  );
}

/** A page of the access log, oldest first by seq. */
export async function accessLogPage(db: Database, filter: AccessLogFilter): Promise<Page<AccessLogRow>> {
  const rows = await db.read((tx) =>
    tx.run<{ entry: Omit<AccessLogRow, 'at'> & { atMillis: number } }>(ACCESS_LOG_PAGE, {
      chain: ACCESS_LOG_CHAIN,
      after: filter.after ?? 0,
      principal: filter.principal,
      from: utcOrNull(filter.from),
      to: utcOrNull(filter.to),
      limit: filter.first + 1,
    }),
  );
  const entries = rows.map(({ entry: { atMillis, ...entry } }) => ({ ...entry, at: new Date(atMillis).toISOString() }));
  return toPage(entries, filter.first, (entry) => String(entry.seq));
}

export async function accessLogVerification(db: Database): Promise<ChainVerificationRow> {
  const result = await verifyAccessLog(db);
  if (result.ok) return { ...result, firstBrokenSeq: null, reason: null };
  return { ...result, entries: result.firstBrokenSeq - 1, lastHash: null };
}
