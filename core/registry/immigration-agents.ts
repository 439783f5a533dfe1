import type { Database } from '../../infra/db.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';

// q enforces immigration law at t, as known at `known`: an interval holds at t, and no end of
// it recorded by then falls at or before t. An end is a later fact beside the interval (a
// snapshot of a published list that no longer lists the agreement), never an edit of it, so
// an answer "as of" a recorded time before the end still sees the interval running.
const enforcingAt = (
  t: string,
  known: string,
) => /* cypher */ `MATCH (q)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
      WHERE i.from <= ${t} AND (i.until IS NULL OR ${t} < i.until) AND (${known} IS NULL OR i.recordedAt <= ${known})
        AND NOT EXISTS { MATCH (i)-[:ENDED_BY]->(e:EnforcementEnd)
          WHERE e.at <= ${t} AND (${known} IS NULL OR e.recordedAt <= ${known}) }`;
const ENFORCING_AT = enforcingAt('t', 'known');

/**
 * Immigration agent at time t: a party that enforces immigration law at t, or
 * that at t is linked by a chain of affiliations (EMPLOYEE_OF, AGENT_OF, CONTRACTOR_OF),
 * each valid at t, to one that does. Intervals are half-open: [from, until), until null
 * while it runs. The quantified path follows affiliations of any length, each checked at
 * t; trail semantics keep it finite on cycles. Status is always asked at an instant, never
 * "now" by default: the caller names the time of the disclosure or of the request.
 */
const agentAt = (party: string, t: string, known: string) => /* cypher */ `EXISTS {
    MATCH (${party}) (()-[a:AFFILIATED_WITH WHERE a.from <= ${t} AND (a.until IS NULL OR ${t} < a.until)
      AND (${known} IS NULL OR a.recordedAt <= ${known})]->())* (q:Party)
    WHERE EXISTS { ${enforcingAt(t, known)} }
  }`;

export const IMMIGRATION_AGENT_AT = /* cypher */ `
  UNWIND $keys AS key
  WITH key, datetime(key.t) AS t, CASE WHEN $asOf IS NULL THEN null ELSE datetime($asOf) END AS known
  OPTIONAL MATCH (p:Party {id: key.partyId})
  RETURN key.partyId AS partyId, key.at AS at, p IS NOT NULL AS registered, p IS NOT NULL AND ${agentAt('p', 't', 'known')} AS agent`;

/**
 * The same rule as an expression of a query of another layer, for one party id at one
 * instant per row: `partyId`, `t` (a datetime) and `known` (the recorded time, or null) are
 * Cypher expressions of that query. False for an id the registry does not hold.
 */
export const immigrationAgentExpression = (partyId: string, t: string, known: string) =>
  /* cypher */ `EXISTS { MATCH (agentCandidate:Party {id: ${partyId}}) WHERE ${agentAt('agentCandidate', t, known)} }`;

/** A half-open interval [from, until), until null while it runs. */
export type IntervalRow = { from: string; until: string | null };

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

// The affiliations valid at t (and recorded by `known`), as a quantified path's step.
const VALID_AT = /* cypher */ `(()-[a:AFFILIATED_WITH WHERE a.from <= t AND (a.until IS NULL OR t < a.until)
      AND (known IS NULL OR a.recordedAt <= known)]->())*`;
const STEPS = /* cypher */ `[r IN relationships(path) | {id: r.id, kind: r.kind, fromId: startNode(r).id, toId: endNode(r).id}]`;

/**
 * A party's standing at t, with its reasons: whether it was an immigration agent (the rule
 * above) and whether it was county personnel. County personnel at t (the definitions: "any
 * employee, official, agent, or contractor" of a county agency) is a county agency, or a party
 * linked to one at t by a chain of EMPLOYEE_OF, AGENT_OF or CONTRACTOR_OF affiliations, each
 * valid at t; the same half-open intervals as the immigration rule. Each reason is the party
 * the chain ends at and the chain itself, the shortest one, the first by ids among equals, so
 * that the same facts always give the same reason. A party can be both at once: each is told.
 */
export const STANDING_AT = /* cypher */ `
  UNWIND $keys AS key
  WITH key, datetime(key.t) AS t, CASE WHEN $asOf IS NULL THEN null ELSE datetime($asOf) END AS known
  OPTIONAL MATCH (p:Party {id: key.partyId})
  CALL (p, t, known) {
    OPTIONAL MATCH path = ALL SHORTEST (p) ${VALID_AT} (q:Party {kind: 'COUNTY_AGENCY'})
    WITH q, ${STEPS} AS steps
    ORDER BY size(steps), q.id, [step IN steps | step.id]
    LIMIT 1
    RETURN CASE WHEN q IS NULL THEN null ELSE {throughId: q.id, affiliations: steps} END AS countyPersonnel
  }
  CALL (p, t, known) {
    OPTIONAL MATCH path = ALL SHORTEST (p) ${VALID_AT} (q:Party
      WHERE EXISTS { ${ENFORCING_AT} })
    WITH q, ${STEPS} AS steps
    ORDER BY size(steps), q.id, [step IN steps | step.id]
    LIMIT 1
    RETURN CASE WHEN q IS NULL THEN null ELSE {throughId: q.id, affiliations: steps} END AS agent
  }
  RETURN key.partyId AS partyId, key.at AS at, p.kind AS kind, agent, countyPersonnel`;

export type AffiliationStep = { id: string; kind: string; fromId: string; toId: string };
/** The party a status comes from (the county agency, or the one enforcing immigration law) and the affiliations to it. */
export type StatusReason = { throughId: string; affiliations: AffiliationStep[] };
/** With the party's kind (null when it is not registered), read with it rather than asked again. */
export type Standing = AgentQuestion & {
  kind: string | null;
  agent: StatusReason | null;
  countyPersonnel: StatusReason | null;
};

/** Standings of many (party, instant) pairs in one query, with their reasons; as known at `asOf` when given. */
export async function standingAnswers(
  db: Database,
  keys: readonly AgentQuestion[],
  asOf: string | null = null,
): Promise<Standing[]> {
  if (keys.length === 0) return [];
  const asked = keys.map((key) => ({ ...key, t: utc(key.at) }));
  return db.read((tx) => tx.run<Standing>(STANDING_AT, { keys: asked, asOf: utcOrNull(asOf) }));
}

/**
 * Parties that are immigration agents at some time or other: those that enforce immigration
 * law or reach one that does through affiliations, whatever the intervals. Only arrivals at
 * them can count; the engine then asks each at the hop's own time. Walked back from the few
 * parties with an enforcement interval along the affiliations that lead to them, each party
 * once: asking every party whether it leads to one read each party's relationships (about
 * 20,000 for the medium county's 2,077 parties, against under 1,000). In id order, so that
 * the same graph always gives the same list.
 */
export const EVER_AGENTS = /* cypher */ `
  MATCH (q:Party)-[:ENFORCES_IMMIGRATION_LAW]->(:EnforcementInterval)
  WITH DISTINCT q
  MATCH (p:Party) (()-[:AFFILIATED_WITH]->()){0,} (q)
  WITH DISTINCT p
  RETURN p.id AS id
  ORDER BY id`;

/** The parties that are immigration agents at some time or other (EVER_AGENTS): a superset to narrow at each hop's time. */
export async function everAgents(db: Database): Promise<string[]> {
  return (await db.read((tx) => tx.run<{ id: string }>(EVER_AGENTS))).map((row) => row.id);
}

// Every instant at which the answer for this party can change: the ends of the intervals
// (and the recorded ends of enforcement intervals) of every party it can reach through affiliations at any time, in time order, each once
// (one instant stated in two offsets is one boundary), as stated.
export const STATUS_BOUNDARIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})
  CALL (p) {
    MATCH (p) (()-[:AFFILIATED_WITH]->())* (q:Party)
    WITH DISTINCT q
    OPTIONAL MATCH (q)-[a:AFFILIATED_WITH]->() WHERE $asOf IS NULL OR a.recordedAt <= datetime($asOf)
    OPTIONAL MATCH (q)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
      WHERE $asOf IS NULL OR i.recordedAt <= datetime($asOf)
    OPTIONAL MATCH (i)-[:ENDED_BY]->(e:EnforcementEnd) WHERE $asOf IS NULL OR e.recordedAt <= datetime($asOf)
    WITH collect([a.from, coalesce(a.fromStated, a.from)]) + collect([a.until, coalesce(a.untilStated, a.until)])
      + collect([i.from, coalesce(i.fromStated, i.from)]) + collect([i.until, coalesce(i.untilStated, i.until)])
      + collect([e.at, coalesce(e.atStated, e.at)])
      AS instants
    UNWIND instants AS instant
    WITH instant WHERE instant[0] IS NOT NULL
    WITH instant[0] AS t, min(toString(instant[1])) AS stated
    RETURN stated ORDER BY t
  }
  RETURN id, collect(stated) AS instants`;

/**
 * The intervals in which each party is an immigration agent, derived, not stored: the
 * answer can change only at an end of some interval the party reaches, so it is asked once
 * at each such instant (all parties, one query) and the answers merged into maximal intervals.
 */
export async function immigrationAgentIntervals(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, IntervalRow[]]>> {
  const boundaries = await db.read((tx) =>
    tx.run<{ id: string; instants: string[] }>(STATUS_BOUNDARIES, { ids, asOf: utcOrNull(asOf) }),
  );
  const questions = boundaries.flatMap((row) => row.instants.map((at) => ({ partyId: row.id, at })));
  const answers = await immigrationAgentAnswers(db, questions, asOf);
  const agentAt = new Set(
    answers.filter((answer) => answer.agent).map((answer) => `${answer.partyId}\u0000${answer.at}`),
  );
  return boundaries.map((row): [string, IntervalRow[]] => [
    row.id,
    merge(row.instants, (at) => agentAt.has(`${row.id}\u0000${at}`)),
  ]);
}

/** Maximal intervals over sorted boundaries, given whether the status holds from each one on. */
export function merge(boundaries: readonly string[], holdsFrom: (instant: string) => boolean): IntervalRow[] {
  const intervals: IntervalRow[] = [];
  let open: string | null = null;
  for (const instant of boundaries) {
    const holds = holdsFrom(instant);
    if (holds && open === null) open = instant;
    if (!holds && open !== null) {
      intervals.push({ from: open, until: instant });
      open = null;
    }
  }
  if (open !== null) intervals.push({ from: open, until: null });
  return intervals;
}
