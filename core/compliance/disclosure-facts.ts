/**
 * What compliance knows of disclosures and parties, which lineage records: the facts a rule
 * needs of a disclosure, and how many disclosures a party received.
 */
import type { Database } from '../../infra/db.ts';

/** A party known here only by its key; the registry owns the rest. */
export type PartyRef = { id: string };

export const DISCLOSURES_RECEIVED_COUNTS = /* cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)
  RETURN id, count(d) AS received`;

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
