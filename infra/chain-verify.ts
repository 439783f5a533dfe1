import type { Database } from './db.ts';
import { chainHash, checkChainLabel, GENESIS_HASH, RESERVED_FIELDS, type ChainLabel } from './chain.ts';

export type ChainVerification =
  { ok: true; entries: number; lastHash: string } | { ok: false; firstBrokenSeq: number; reason: string };

/** Entries are read in pages of this many, so verifying a long chain takes flat memory. */
export const VERIFY_BATCH = 5000;

export const READ_CHAIN_HEAD = /* cypher */ `
  OPTIONAL MATCH (h:ChainHead {chain: $chain})
  RETURN h.seq AS seq, h.hash AS hash, h.label AS label`;

// From the last seq seen, inclusive, so that a second entry with that seq on the next page
// shows up as a duplicate. Ordering by (chain, seq), with chain fixed, lets the planner read
// the uniqueness constraint's index in order and stop at the limit instead of sorting the
// rest of the chain for every page. `at` comes back as epoch milliseconds (the hash is over
// its millisecond ISO form) and the remainder, so that a tampered sub-millisecond part shows.
export const chainPageQuery = (label: ChainLabel) => /* cypher */ `
  MATCH (e:${label} {chain: $chain})
  WHERE e.seq >= $from AND e.seq <= $last
  RETURN elementId(e) AS id, e.seq AS seq, e.hash AS hash, e.prevHash AS prevHash, properties(e) AS properties,
         CASE WHEN e.at IS :: ZONED DATETIME THEN [e.at.epochMillis, e.at.nanosecond % 1000000] END AS at
  ORDER BY e.chain, e.seq
  LIMIT $limit`;

export const firstBeyondQuery = (label: ChainLabel) => /* cypher */ `
  MATCH (e:${label} {chain: $chain})
  WHERE e.seq > $last
  RETURN min(e.seq) AS seq`;

type HeadRow = { seq: number | null; hash: string | null; label: string | null };
type EntryRow = {
  id: string;
  seq: number;
  hash: unknown;
  prevHash: unknown;
  properties: Record<string, unknown>;
  at: [number, number] | null;
};

/** What the hash covers, rebuilt from a stored entry: every property but the chain's own, plus seq and at. */
function storedContent(row: EntryRow): Record<string, unknown> {
  const content = Object.fromEntries(Object.entries(row.properties).filter(([key]) => !RESERVED_FIELDS.includes(key)));
  const [millis, rest] = row.at ?? [Number.NaN, 0];
  // Anything but a whole-millisecond datetime yields a string that cannot match the hash.
  const at =
    Number.isFinite(millis) && rest === 0 ? new Date(millis).toISOString() : `invalid:${String(row.properties.at)}`;
  return { ...content, seq: row.seq, at };
}

function broken(firstBrokenSeq: number, reason: string): ChainVerification {
  return { ok: false, firstBrokenSeq, reason };
}

/**
 * Recomputes every hash of a chain in seq order and checks that seqs run 1, 2, 3… without a
 * gap or a duplicate, that each entry points at the hash of the one before, and that the
 * head names the last entry. The head is read first: entries appended while this runs are
 * left for the next verification.
 */
export async function verifyChain(
  db: Database,
  chain: string,
  label: ChainLabel,
  batch = VERIFY_BATCH,
): Promise<ChainVerification> {
  const checked = checkChainLabel(label);
  const [head] = await db.read((tx) => tx.run<HeadRow>(READ_CHAIN_HEAD, { chain }));
  if (head?.label != null && head.label !== checked) {
    throw new TypeError(`chain ${chain} holds ${head.label} entries, not ${checked}`);
  }
  const last = head?.seq ?? 0;
  let expected = 1;
  let prevHash = GENESIS_HASH;
  let lastId: string | null = null;
  for (;;) {
    const params = { chain, from: Math.max(expected - 1, 1), last, limit: batch };
    const rows = (await db.read((tx) => tx.run<EntryRow>(chainPageQuery(checked), params))).filter(
      (row) => row.id !== lastId,
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq < expected) return broken(row.seq, `entry ${row.seq} appears more than once`);
      if (row.seq > expected) return broken(expected, `entry ${expected} is missing`);
      if (row.prevHash !== prevHash) {
        const before = expected === 1 ? 'the start of the chain (64 zeros)' : `the hash of entry ${expected - 1}`;
        return broken(row.seq, `entry ${row.seq}: prevHash ${String(row.prevHash)} is not ${before}`);
      }
      const hash = chainHash(prevHash, storedContent(row));
      if (row.hash !== hash) return broken(row.seq, `entry ${row.seq}: hash does not match its content`);
      prevHash = hash;
      expected += 1;
      lastId = row.id;
    }
  }
  const found = expected - 1;
  if (found < last) return broken(found + 1, `head says ${last} entries, ${found} found`);
  if (head?.seq != null && head.hash !== prevHash) {
    return broken(found, `head hash ${String(head.hash)} is not the hash of entry ${found}, the last one`);
  }
  return verifyNothingBeyond(db, chain, checked, found, prevHash);
}

/** An entry past the head that a concurrent append did not put there was slipped in behind the service. */
async function verifyNothingBeyond(
  db: Database,
  chain: string,
  label: ChainLabel,
  found: number,
  lastHash: string,
): Promise<ChainVerification> {
  const [beyond] = await db.read((tx) =>
    tx.run<{ seq: number | null }>(firstBeyondQuery(label), { chain, last: found }),
  );
  if (beyond?.seq != null) {
    const [head] = await db.read((tx) => tx.run<HeadRow>(READ_CHAIN_HEAD, { chain }));
    if (head?.seq == null) return broken(beyond.seq, `the chain has no head, yet entry ${beyond.seq} exists`);
    if (head.seq < beyond.seq) {
      return broken(beyond.seq, `entry ${beyond.seq} exists beyond the head, which says ${head.seq} entries`);
    }
  }
  return { ok: true, entries: found, lastHash };
}
