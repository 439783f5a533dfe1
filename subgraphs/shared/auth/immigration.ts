import type { Database } from '../db.ts';

/**
 * DOMAIN.md, "immigration agent at time t": a party that enforces immigration law at t, or
 * that at t is linked by a chain of affiliations (EMPLOYEE_OF, AGENT_OF, CONTRACTOR_OF),
 * each valid at t, to one that does. Intervals are half-open: [from, until), until null
 * while it runs. The quantified path follows affiliations of any length, each checked at
 * t; trail semantics keep it finite on cycles. Status is always asked at an instant, never
 * "now" by default: the caller names the time of the disclosure or of the request.
 */
export const IMMIGRATION_AGENT_AT = /* cypher */ `
  UNWIND $keys AS key
  WITH key, datetime(key.at) AS t
  OPTIONAL MATCH (p:Party {id: key.partyId})
  RETURN key.partyId AS partyId, key.at AS at, p IS NOT NULL AND EXISTS {
    MATCH (p) (()-[a:AFFILIATED_WITH WHERE a.from <= t AND (a.until IS NULL OR t < a.until)]->())* (q:Party)
    WHERE EXISTS {
      MATCH (q)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
      WHERE i.from <= t AND (i.until IS NULL OR t < i.until)
    }
  } AS agent`;

export type AgentQuestion = { partyId: string; at: string };

/** Answers many (party, instant) questions in one query, in no particular order. */
export async function immigrationAgentAnswers(
  db: Database,
  keys: readonly AgentQuestion[],
): Promise<Array<AgentQuestion & { agent: boolean }>> {
  return db.read((tx) => tx.run<AgentQuestion & { agent: boolean }>(IMMIGRATION_AGENT_AT, { keys }));
}

export async function isImmigrationAgentAt(db: Database, partyId: string, at: string): Promise<boolean> {
  const [answer] = await immigrationAgentAnswers(db, [{ partyId, at }]);
  return answer?.agent ?? false;
}
