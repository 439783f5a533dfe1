import { ACCESS_LOG_CHAIN, verifyAccessLog, type AccessOutcome } from '../../infra/access-log.ts';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { toPage, type Page } from '../../infra/pagination.ts';
import { utcOrNull } from '../../infra/scalars.ts';

/** A party this subgraph knows only by its key; the registry owns the rest. */
export type PartyRef = { id: string };

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

export const DISCLOSURES_RECEIVED_COUNTS = /* cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)
  RETURN id, count(d) AS received`;

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

/** What the compliance rules need of a disclosure: its time, its two parties, the agreement it names. */
export type DisclosureFacts = {
  id: string;
  at: string;
  fromId: string;
  toId: string;
  agreementReference: string | null;
};
export const DISCLOSURE_FACTS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (s:Party)-[:SENT]->(d:Disclosure {id: id})-[:TO]->(r:Party)
  RETURN id, d {.id, .at, .agreementReference, fromId: s.id, toId: r.id} AS facts`;

export async function disclosureFacts(db: Database, ids: readonly string[]): Promise<Array<[string, DisclosureFacts]>> {
  const rows = await db.read((tx) => tx.run<{ id: string; facts: DisclosureFacts }>(DISCLOSURE_FACTS, { ids }));
  return rows.map((row) => [row.id, row.facts]);
}

export async function disclosuresReceivedCounts(
  db: Database,
  ids: readonly string[],
): Promise<Array<[string, number]>> {
  const rows = await db.read((tx) => tx.run<{ id: string; received: number }>(DISCLOSURES_RECEIVED_COUNTS, { ids }));
  return rows.map((row) => [row.id, row.received]);
}

/** Decodes an access log page position: the seq of the last entry of the previous page. */
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
