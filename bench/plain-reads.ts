/**
 * The physical limit the trace benchmark measures a one-subject trace against: the raw facts
 * its answer is computed from, read straight through the driver in one query, with no
 * gateway, no token, no access log and no replay. For one subject: its records, every hop
 * that carried one of them (time, sender and recipient, as the CARRIED relationship holds
 * them), and the immigration-law enforcement intervals of every recipient. Affiliations,
 * deletions and retractions, which the engine also weighs, are left out: a lower bound.
 */
import type { Driver } from 'neo4j-driver';

const SUBJECT_FACTS = /* cypher */ `
  MATCH (:Subject {key: $subjectKey})<-[:ABOUT]-(r:Record)
  OPTIONAL MATCH (r)<-[c:CARRIED]-()
  WITH r, collect(c {.at, .from, .to}) AS hops
  WITH collect(r {.id, .originId, .createdAt, hops: hops}) AS records
  CALL (records) {
    UNWIND records AS record
    UNWIND record.hops AS hop
    WITH DISTINCT hop.to AS partyId
    MATCH (:Party {id: partyId})-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
    RETURN collect(i {partyId: partyId, .from, .until}) AS intervals
  }
  RETURN records, intervals`;

/** Reads one subject's facts; answers how many hops they hold, so that nothing is left unread. */
export async function readPlainly(driver: Driver, database: string, subjectKey: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(SUBJECT_FACTS, { subjectKey }));
    const records = (result.records[0]?.get('records') ?? []) as Array<{ hops: unknown[] }>;
    return records.reduce((sum, record) => sum + record.hops.length, 0);
  } finally {
    await session.close();
  }
}
