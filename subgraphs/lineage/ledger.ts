import { createHash } from 'node:crypto';
import { appendManyToChain, canonicalJson, type ChainEntry } from '../shared/chain.ts';
import { verifyChain, type ChainVerification } from '../shared/chain-verify.ts';
import type { Database, Tx } from '../shared/db.ts';
import { DISCLOSURE_FIELDS, type DisclosureRow } from './repository.ts';

/**
 * Tamper evidence for the events (the ingestion issue): every accepted disclosure gets an
 * entry in the hash chain `disclosure-ledger`, holding the SHA-256 of the event's canonical
 * form. Verifying recomputes the chain (subgraphs/shared/chain.ts gives the formula) and then
 * each event's canonical form from the graph as it is now: an event edited or deleted behind
 * the service's back no longer matches the entry that recorded it.
 *
 *   contentHash = lower-case hex SHA-256 of canonicalJson({ type: "DISCLOSURE", id, at,
 *                 from, to, purpose, channel, legalBasis, agreementReference, reportedBy,
 *                 holderUnknown, recordsHash }), `at` as the service returns it, and
 *   recordsHash = SHA-256 of canonicalJson([[recordId, [category…]], …]) sorted by record id.
 */
export const LEDGER_CHAIN = 'disclosure-ledger';
export const LEDGER_LABEL = 'LedgerEntry';
const CONTENT_BATCH = 2000;

export type LedgerStampRow = { sequence: number; hash: string };

/** What a disclosure carried, as hashed: [recordId, categories] sorted by record id. */
export type Carried = Array<[string, string[]]>;

export function recordsHash(carried: Carried): string {
  const sorted = [...carried].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(canonicalJson(sorted), 'utf8').digest('hex');
}

export function contentHash(disclosure: DisclosureRow): string {
  const canonical = canonicalJson({
    type: 'DISCLOSURE',
    id: disclosure.id,
    at: disclosure.at,
    from: disclosure.fromId,
    to: disclosure.toId,
    purpose: disclosure.purpose,
    channel: disclosure.channel,
    legalBasis: disclosure.legalBasis,
    agreementReference: disclosure.agreementReference,
    reportedBy: disclosure.reportedBy,
    holderUnknown: disclosure.holderUnknown,
    recordsHash: disclosure.recordsHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Appends the events in the caller's write transaction: they commit or roll back together. */
export function appendDisclosures(tx: Tx, disclosures: readonly DisclosureRow[]): Promise<ChainEntry[]> {
  return appendManyToChain(
    tx,
    LEDGER_CHAIN,
    LEDGER_LABEL,
    disclosures.map((disclosure) => ({
      eventType: 'DISCLOSURE',
      eventId: disclosure.id,
      contentHash: contentHash(disclosure),
    })),
  );
}

export const STAMPS_OF_DISCLOSURES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:LedgerEntry {chain: $chain, eventType: 'DISCLOSURE', eventId: id})
  RETURN id, e.seq AS sequence, e.hash AS hash`;

export async function stampsOfDisclosures(
  db: Database,
  ids: readonly string[],
): Promise<Array<[string, LedgerStampRow]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; sequence: number; hash: string }>(STAMPS_OF_DISCLOSURES, { ids, chain: LEDGER_CHAIN }),
  );
  return rows.map((row) => [row.id, { sequence: row.sequence, hash: row.hash }]);
}

// Entries in seq order with the event each records as it is now (null when it is gone),
// and what it carries now, to recompute the records hash rather than trust the stored one.
export const LEDGER_EVENTS_PAGE = /* cypher */ `
  MATCH (e:LedgerEntry {chain: $chain})
  WHERE e.seq > $after
  WITH e ORDER BY e.chain, e.seq LIMIT $limit
  OPTIONAL MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: e.eventId})-[:TO]->(recipient:Party)
  RETURN e.seq AS seq, e.eventId AS eventId, e.contentHash AS contentHash,
         CASE WHEN d IS NULL THEN null ELSE ${DISCLOSURE_FIELDS} END AS disclosure,
         [(d)-[c:CARRIED]->(r:Record) | [r.id, c.categories]] AS carried`;

/** The chain intact, and every event still the one its entry recorded. */
export async function verifyLedger(db: Database): Promise<ChainVerification> {
  const chain = await verifyChain(db, LEDGER_CHAIN, LEDGER_LABEL);
  if (!chain.ok) return chain;
  let after = 0;
  for (;;) {
    const rows = await db.read((tx) =>
      tx.run<{ seq: number; eventId: string; contentHash: string; disclosure: DisclosureRow | null; carried: Carried }>(
        LEDGER_EVENTS_PAGE,
        { chain: LEDGER_CHAIN, after, limit: CONTENT_BATCH },
      ),
    );
    for (const row of rows) {
      if (row.disclosure === null) {
        return { ok: false, firstBrokenSeq: row.seq, reason: `entry ${row.seq}: disclosure ${row.eventId} is gone` };
      }
      const asNow = { ...row.disclosure, recordsHash: recordsHash(row.carried) };
      if (contentHash(asNow) !== row.contentHash) {
        return {
          ok: false,
          firstBrokenSeq: row.seq,
          reason: `entry ${row.seq}: disclosure ${row.eventId} no longer matches what was recorded`,
        };
      }
      after = row.seq;
    }
    if (rows.length < CONTENT_BATCH) return chain;
  }
}
