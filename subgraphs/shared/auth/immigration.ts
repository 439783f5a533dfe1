import type { Database } from '../db.ts';

/**
 * DOMAIN.md, "immigration agent at time t": a party that enforces immigration law at t, or
 * that at t is linked by a chain of affiliations (EMPLOYEE_OF, AGENT_OF, CONTRACTOR_OF),
 * each valid at t, to one that does. Intervals are half-open: [from, until).
 * The quantified path follows affiliations of any length, each checked at t; trail
 * semantics keep it finite on cycles.
 */
export const IS_IMMIGRATION_AGENT_AT = /* cypher */ `
  OPTIONAL MATCH (p:Party {id: $partyId})
  RETURN p IS NOT NULL AND EXISTS {
    MATCH (p) (()-[a:AFFILIATED_WITH WHERE a.from <= datetime($at) AND (a.until IS NULL OR datetime($at) < a.until)]->())* (q:Party)
    WHERE EXISTS {
      MATCH (q)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
      WHERE i.from <= datetime($at) AND (i.until IS NULL OR datetime($at) < i.until)
    }
  } AS agent`;

export async function isImmigrationAgentAt(db: Database, partyId: string, at: string): Promise<boolean> {
  const [row] = await db.read((tx) => tx.run<{ agent: boolean }>(IS_IMMIGRATION_AGENT_AT, { partyId, at }));
  return row?.agent ?? false;
}
