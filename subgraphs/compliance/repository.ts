import type { Database } from '../shared/db.ts';

/** A party this subgraph knows only by its key; the registry owns the rest. */
export type PartyRef = { id: string };

export const DISCLOSURES_RECEIVED_COUNTS = /* cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)
  RETURN id, count(d) AS received`;

export async function disclosuresReceivedCounts(
  db: Database,
  ids: readonly string[],
): Promise<Array<[string, number]>> {
  const rows = await db.read((tx) => tx.run<{ id: string; received: number }>(DISCLOSURES_RECEIVED_COUNTS, { ids }));
  return rows.map((row) => [row.id, row.received]);
}
