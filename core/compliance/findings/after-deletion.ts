/**
 * (h) after a deletion: a rule that reads the graph its own way rather than from the shared
 * reads of the window, choosing between two equivalent queries by what each would read.
 */
import type { Database } from '../../../infra/db.ts';
import { utc, utcOrNull } from '../../../infra/scalars.ts';
import { standsAsOf } from '../../lineage/index.ts';
import type { FindingRow } from './model.ts';

/**
 * (h): disclosures in a window of records their sender had confirmed deleted and not
 * received again since. Two readings give the same rows, and the cheaper one is run:
 *
 * - from the deletions: every deletion confirmed before the window ends, then the later
 *   disclosures of that record by its holder; cheap for a long window (a county year holds
 *   millions of pairs, and deletions are few);
 * - from the window: every (record, disclosure) pair of the window, then the deletions of
 *   that record by its sender; cheap for a short window (a day holds hundreds of pairs,
 *   while every deletion ever confirmed may precede it).
 *
 * What each reads is estimated first, from counts Neo4j keeps or an index gives: a deletion
 * leads to every disclosure of its record (the graph's pairs per record, on average), a pair
 * of the window to its record's few deletions. The smaller estimate wins.
 */
export const AFTER_DELETION_SIDES = /* cypher */ `
  CALL () {
    MATCH ()-[x:DELETED]->() WHERE x.at < datetime($until)
    RETURN count(x) AS deletions
  }
  CALL () {
    MATCH (d:Disclosure) WHERE d.at >= datetime($from) AND d.at < datetime($until)
    RETURN coalesce(sum(d.recordCount), 0) AS pairs
  }
  CALL () { MATCH ()-[c:CARRIED]->() RETURN count(c) AS carried }
  CALL () { MATCH (r:Record) RETURN count(r) AS records }
  RETURN deletions, pairs, toFloat(carried) / CASE records WHEN 0 THEN 1 ELSE records END AS pairsPerRecord`;

// A later deletion with no delivery after it is found from that deletion itself, so "not
// received again in between" is checked against the one deletion at hand. Whether the
// disclosure was on record before the deletion was tells the two findings apart.
const FOUND_AFTER = /* cypher */ `
  WITH d, holderId, d.recordedAt < dc.recordedAt AND NOT coalesce(dc.legacy, false) AS backdated,
    count(DISTINCT r) AS records,
    min(deletedAt) AS deletedAt, collect(DISTINCT dc.id) AS deletionIds
  MATCH (d)-[:TO]->(t:Party)
  RETURN d.id AS id, coalesce(d.atStated, d.at) AS at, holderId, t.id AS toId, records, deletedAt,
    backdated, deletionIds
  ORDER BY d.at, d.id, backdated`;

// Received again only by a delivery that stands: one whose retraction an auditor accepted
// delivered nothing, and cannot cover a send after a deletion.
const NOT_RECEIVED_AGAIN = /* cypher */ `NOT EXISTS { (r)<-[again:CARRIED]-(g:Disclosure) WHERE again.to = holderId
      AND again.at > deletedAt AND again.at <= c.at AND ${standsAsOf('g')} }`;

export const AFTER_DELETION_FROM_DELETIONS = /* cypher */ `
  MATCH (r:Record)<-[x:DELETED]-(dc:DeletionConfirmation)
  WHERE x.at < datetime($until) AND ($asOf IS NULL OR dc.recordedAt <= datetime($asOf))
  WITH r, dc, x.holder AS holderId, x.at AS deletedAt
  MATCH (r)<-[c:CARRIED]-(d:Disclosure)
  WHERE c.from = holderId AND c.at > deletedAt AND c.at >= datetime($from) AND c.at < datetime($until)
    AND ${standsAsOf('d')}
    AND ${NOT_RECEIVED_AGAIN}
  ${FOUND_AFTER}`;

export const AFTER_DELETION_FROM_WINDOW = /* cypher */ `
  MATCH (d:Disclosure)
  WHERE d.at >= datetime($from) AND d.at < datetime($until)
    AND ${standsAsOf('d')}
  MATCH (d)-[c:CARRIED]->(r:Record)<-[x:DELETED]-(dc:DeletionConfirmation)
  WHERE x.holder = c.from AND x.at < c.at AND c.at >= datetime($from) AND c.at < datetime($until)
    AND ($asOf IS NULL OR dc.recordedAt <= datetime($asOf))
  WITH d, r, c, dc, x.holder AS holderId, x.at AS deletedAt
  WHERE ${NOT_RECEIVED_AGAIN}
  ${FOUND_AFTER}`;

export type AfterDeletionRow = {
  id: string;
  at: string;
  holderId: string;
  toId: string;
  records: number;
  deletedAt: string;
  /** The disclosure was on record before the deletion: the deletion was dated before it. */
  backdated: boolean;
  deletionIds: string[];
};
export type AfterDeletionPlan = 'FROM_DELETIONS' | 'FROM_WINDOW';

/** The rows of (h) after a deletion, read from the side with less to read unless `plan` says which. */
export async function afterDeletionRows(
  db: Database,
  window: { from: string; until: string },
  plan?: AfterDeletionPlan,
  asOf: string | null = null,
): Promise<AfterDeletionRow[]> {
  const params = { from: utc(window.from), until: utc(window.until), asOf: utcOrNull(asOf) };
  let chosen = plan;
  if (chosen === undefined) {
    const [sides] = await db.read((tx) =>
      tx.run<{ deletions: number; pairs: number; pairsPerRecord: number }>(AFTER_DELETION_SIDES, params),
    );
    const fromDeletions = (sides?.deletions ?? 0) * (sides?.pairsPerRecord ?? 0);
    chosen = (sides?.pairs ?? 0) < fromDeletions ? 'FROM_WINDOW' : 'FROM_DELETIONS';
  }
  const query = chosen === 'FROM_WINDOW' ? AFTER_DELETION_FROM_WINDOW : AFTER_DELETION_FROM_DELETIONS;
  return db.read((tx) => tx.run<AfterDeletionRow>(query, params));
}

/**
 * (h): a disclosure after the sender confirmed it had deleted what it passed on; and a
 * deletion confirmed after the holder's own disclosure was on record, but dated before it:
 * the disclosure stays a flow (engine.ts), and the contradiction is for an auditor to review.
 */
export async function afterDeletionFindings(
  db: Database,
  window: { from: string; until: string },
  asOf: string | null = null,
): Promise<FindingRow[]> {
  const rows = await afterDeletionRows(db, window, undefined, asOf);
  return rows.map((row) => ({
    id: row.backdated ? `H:deletion-dated-before-own-disclosure:${row.id}` : `H:after-deletion:${row.id}`,
    subsection: 'H' as const,
    severity: 'HIGH' as const,
    partyIds: [row.holderId, row.toId],
    from: row.at,
    until: row.at,
    disclosureIds: [row.id],
    agreementKeys: [],
    deletionIds: row.deletionIds,
    recordCount: row.records,
    individualCount: null,
    explanation: row.backdated
      ? `${row.holderId} confirmed the deletion of ${row.records} record(s) (${row.deletionIds.join(', ')}) dated ${row.deletedAt}, after its own disclosure ${row.id} of them to ${row.toId} on ${row.at} was already on record. A deletion cannot end in the past a holding that a recorded disclosure continued: ${row.id} stays a flow, and the contradiction is itself evidence for an auditor. Sec. 46-37(h).`
      : `${row.holderId} passed ${row.records} record(s) on to ${row.toId} on ${row.at} (disclosure ${row.id}) after confirming, on ${row.deletedAt}, that it had deleted them. Sec. 46-37(h).`,
  }));
}
