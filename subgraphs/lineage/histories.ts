import type { Database } from '../shared/db.ts';
import { instantOrder } from '../shared/scalars.ts';
import type { Deletion, History, Hop } from './engine.ts';

/**
 * What the engine needs of each record, read in one query for many records: its origin and
 * categories, every disclosure that carried it (time, sender, recipient, categories, whether
 * retracted) from the copies on its CARRIED relationships, and every deletion of it.
 */
export const HISTORIES = /* cypher */ `
  WITH CASE WHEN $hopsFrom IS NULL THEN null ELSE datetime($hopsFrom) END AS since
  UNWIND $ids AS id
  MATCH (r:Record {id: id})-[:ABOUT]->(s:Subject)
  RETURN r.id AS recordId, s.key AS subjectKey, r.originId AS originId, r.createdAt AS createdAt,
    r.categories AS categories,
    [(r)<-[c:CARRIED]-(d:Disclosure) WHERE since IS NULL OR c.at >= since |
      {disclosureId: d.id, at: c.at, fromId: c.from, toId: c.to, categories: c.categories,
       retracted: EXISTS { (d)<-[:RETRACTS]-(:Retraction) },
       facts: CASE WHEN $facts
         THEN {purpose: d.purpose, legalBasis: d.legalBasis, agreementReference: d.agreementReference} END}] AS hops,
    [(r)<-[x:DELETED]-(dc:DeletionConfirmation) | {id: dc.id, at: x.at, holderId: x.holder}] AS deletions`;

export const RECORDS_OF_SUBJECT = /* cypher */ `
  MATCH (s:Subject {key: $subjectKey})<-[:ABOUT]-(r:Record)
  RETURN r.id AS id ORDER BY id`;

/** The records a party received in a window, or sent: where a party's lineage starts. */
export const RECORDS_TOUCHING_PARTY = /* cypher */ `
  MATCH (r:Record)<-[c:CARRIED]-(:Disclosure)
  WHERE (c.to = $partyId OR c.from = $partyId)
    AND ($from IS NULL OR c.at >= datetime($from)) AND ($until IS NULL OR c.at < datetime($until))
  RETURN DISTINCT r.id AS id ORDER BY id`;

type HistoryRow = {
  recordId: string;
  subjectKey: string;
  originId: string;
  createdAt: string;
  categories: string[];
  hops: Array<Omit<Hop, 'order'>>;
  deletions: Array<Omit<Deletion, 'order'>>;
};

export type SubjectHistory = History & { subjectKey: string };

export type HistoryOptions = {
  /** Read each hop's purpose, legal basis and agreement too: for answers that show them. */
  facts?: boolean;
  /** Leave out hops before this instant: for callers whose chains all start there or later. */
  hopsFrom?: string | null;
};

/** Records read per query, and queries at a time, when many histories are asked for. */
const HISTORY_CHUNK = 5_000;
const HISTORY_READS_AT_ONCE = 2;

/** Histories of the records named, in the order named; unknown ids are left out. */
export async function historiesOf(
  db: Database,
  ids: readonly string[],
  options: HistoryOptions = {},
): Promise<SubjectHistory[]> {
  if (ids.length === 0) return [];
  const params = { facts: options.facts ?? false, hopsFrom: options.hopsFrom ?? null };
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += HISTORY_CHUNK) chunks.push(ids.slice(start, start + HISTORY_CHUNK));
  // Two reads at a time: one runs in Neo4j while the other's rows are decoded here.
  const rows: HistoryRow[] = [];
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as string[];
      rows.push(...(await db.read((tx) => tx.run<HistoryRow>(HISTORIES, { ids: chunk, ...params }))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(HISTORY_READS_AT_ONCE, chunks.length) }, worker));
  const byId = new Map(rows.map((row) => [row.recordId, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (row === undefined) return [];
    return [
      {
        recordId: row.recordId,
        subjectKey: row.subjectKey,
        originId: row.originId,
        createdAt: row.createdAt,
        createdOrder: instantOrder(row.createdAt),
        categories: row.categories,
        hops: row.hops.map((hop) => ({ ...hop, order: instantOrder(hop.at) })),
        deletions: row.deletions.map((deletion) => ({ ...deletion, order: instantOrder(deletion.at) })),
      },
    ];
  });
}

export async function recordsOfSubject(db: Database, subjectKey: string): Promise<string[]> {
  const rows = await db.read((tx) => tx.run<{ id: string }>(RECORDS_OF_SUBJECT, { subjectKey }));
  return rows.map((row) => row.id);
}
