import type { Database } from '../db.ts';
import { utc, utcOrNull } from '../scalars.ts';

/**
 * Immigration agent at time t: a party that enforces immigration law at t, or
 * that at t is linked by a chain of affiliations (EMPLOYEE_OF, AGENT_OF, CONTRACTOR_OF),
 * each valid at t, to one that does. Intervals are half-open: [from, until), until null
 * while it runs. The quantified path follows affiliations of any length, each checked at
 * t; trail semantics keep it finite on cycles. Status is always asked at an instant, never
 * "now" by default: the caller names the time of the disclosure or of the request.
 */
export const IMMIGRATION_AGENT_AT = /* cypher */ `
  UNWIND $keys AS key
  WITH key, datetime(key.t) AS t, CASE WHEN $asOf IS NULL THEN null ELSE datetime($asOf) END AS known
  OPTIONAL MATCH (p:Party {id: key.partyId})
  RETURN key.partyId AS partyId, key.at AS at, p IS NOT NULL AS registered, p IS NOT NULL AND EXISTS {
    MATCH (p) (()-[a:AFFILIATED_WITH WHERE a.from <= t AND (a.until IS NULL OR t < a.until)
      AND (known IS NULL OR a.recordedAt <= known)]->())* (q:Party)
    WHERE EXISTS {
      MATCH (q)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
      WHERE i.from <= t AND (i.until IS NULL OR t < i.until) AND (known IS NULL OR i.recordedAt <= known)
    }
  } AS agent`;

export type AgentQuestion = { partyId: string; at: string };

/**
 * Answers many (party, instant) questions in one query, in no particular order, each with
 * the instant as asked. With `asOf`, from the intervals and affiliations recorded by then.
 */
export async function immigrationAgentAnswers(
  db: Database,
  keys: readonly AgentQuestion[],
  asOf: string | null = null,
): Promise<Array<AgentQuestion & { agent: boolean }>> {
  const asked = keys.map((key) => ({ ...key, t: utc(key.at) }));
  return db.read((tx) =>
    tx.run<AgentQuestion & { agent: boolean }>(IMMIGRATION_AGENT_AT, { keys: asked, asOf: utcOrNull(asOf) }),
  );
}

/** Whether a party is registered, and whether it was an immigration agent at `at`. */
export async function standingAt(
  db: Database,
  partyId: string,
  at: string,
): Promise<{ registered: boolean; agent: boolean }> {
  const [answer] = (await immigrationAgentAnswers(db, [{ partyId, at }])) as Array<
    AgentQuestion & { agent: boolean; registered: boolean }
  >;
  return { registered: answer?.registered ?? false, agent: answer?.agent ?? false };
}

export async function isImmigrationAgentAt(db: Database, partyId: string, at: string): Promise<boolean> {
  return (await standingAt(db, partyId, at)).agent;
}
