import { immigrationAgentAnswers } from '../shared/auth/immigration.ts';
import type { Database } from '../shared/db.ts';
import { assertPartiesExist, checkEventId, checkInterval } from '../shared/validation.ts';
import { ConflictError, InputError } from '../shared/errors.ts';
import { recordedNow } from '../shared/recorded.ts';
import { utc, utcOrNull } from '../shared/scalars.ts';

/** [from, until): until is the first instant it no longer holds, null while it runs. */
export type IntervalRow = { from: string; until: string | null };
export type EnforcementRow = IntervalRow & { id: string; partyId: string; basis: string };
export type AffiliationKind = 'EMPLOYEE_OF' | 'AGENT_OF' | 'CONTRACTOR_OF';
export type AffiliationRow = IntervalRow & {
  id: string;
  kind: AffiliationKind;
  fromId: string;
  toId: string;
  reference: string | null;
};

// Interval ends as stated; the UTC copies are what queries compare.
const ENFORCEMENT_FIELDS = /* cypher */ `i {.id, from: coalesce(i.fromStated, i.from),
  until: coalesce(i.untilStated, i.until), .basis, .recordedAt, partyId: p.id}`;
const AFFILIATION_FIELDS = /* cypher */ `a {.id, .kind, from: coalesce(a.fromStated, a.from),
  until: coalesce(a.untilStated, a.until), .reference, .recordedAt, fromId: s.id, toId: o.id}`;

export const ENFORCEMENT_BY_ID = /* cypher */ `
  MATCH (p:Party)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval {id: $id})
  RETURN ${ENFORCEMENT_FIELDS} AS row`;
export const CREATE_ENFORCEMENT = /* cypher */ `
  MATCH (p:Party {id: $partyId})
  CREATE (p)-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval {
    id: $id, from: datetime($fromUtc), fromStated: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($untilUtc) END,
    untilStated: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END,
    basis: $basis, recordedAt: datetime($recordedAt)})
  RETURN ${ENFORCEMENT_FIELDS} AS row`;
export const AFFILIATION_BY_ID = /* cypher */ `
  MATCH (s:Party)-[a:AFFILIATED_WITH {id: $id}]->(o:Party)
  RETURN ${AFFILIATION_FIELDS} AS row`;
export const CREATE_AFFILIATION = /* cypher */ `
  MATCH (s:Party {id: $fromId}), (o:Party {id: $toId})
  CREATE (s)-[a:AFFILIATED_WITH {
    id: $id, kind: $kind, from: datetime($fromUtc), fromStated: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($untilUtc) END,
    untilStated: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END,
    reference: $reference, recordedAt: datetime($recordedAt)}]->(o)
  RETURN ${AFFILIATION_FIELDS} AS row`;
export const ENFORCEMENT_OF_PARTIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})-[:ENFORCES_IMMIGRATION_LAW]->(i:EnforcementInterval)
  WHERE $asOf IS NULL OR i.recordedAt <= datetime($asOf)
  WITH id, i, p ORDER BY i.from, i.id
  RETURN id, collect(${ENFORCEMENT_FIELDS}) AS rows`;
export const AFFILIATIONS_OF_PARTIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (s:Party)-[a:AFFILIATED_WITH]->(o:Party)
  WHERE (s.id = id OR o.id = id) AND ($asOf IS NULL OR a.recordedAt <= datetime($asOf))
  WITH id, a, s, o ORDER BY a.from, a.id
  RETURN id, collect(${AFFILIATION_FIELDS}) AS rows`;

// Every instant at which the answer for this party can change: the ends of the intervals
// of every party it can reach through affiliations at any time, in time order, each once
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
    WITH collect([a.from, coalesce(a.fromStated, a.from)]) + collect([a.until, coalesce(a.untilStated, a.until)])
      + collect([i.from, coalesce(i.fromStated, i.from)]) + collect([i.until, coalesce(i.untilStated, i.until)])
      AS instants
    UNWIND instants AS instant
    WITH instant WHERE instant[0] IS NOT NULL
    WITH instant[0] AS t, min(toString(instant[1])) AS stated
    RETURN stated ORDER BY t
  }
  RETURN id, collect(stated) AS instants`;

/** Id and interval: what can be checked of an enforcement interval or affiliation without the graph. */
export function checkIdAndInterval(input: { id: string; from: string; until?: string | null }, what: string): void {
  checkEventId(what, input.id);
  checkInterval(`${what} ${input.id}`, input.from, input.until);
}

const sameInstant = (a: string | null, b: string | null | undefined) =>
  (a === null && (b === null || b === undefined)) || (a !== null && b != null && Date.parse(a) === Date.parse(b));

/** Records that a party enforces immigration law over an interval; idempotent by id. */
export async function recordEnforcement(
  db: Database,
  input: { id: string; partyId: string; from: string; until?: string | null; basis: string },
): Promise<{ interval: EnforcementRow; created: boolean }> {
  checkIdAndInterval(input, 'enforcement interval');
  const params = {
    ...input,
    until: input.until ?? null,
    fromUtc: utc(input.from),
    untilUtc: utcOrNull(input.until),
    basis: input.basis.trim(),
  };
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    const [existing] = await tx.run<{ row: EnforcementRow }>(ENFORCEMENT_BY_ID, params);
    if (existing !== undefined) {
      const same =
        existing.row.partyId === params.partyId &&
        existing.row.basis === params.basis &&
        sameInstant(existing.row.from, params.from) &&
        sameInstant(existing.row.until, params.until);
      if (!same)
        throw new ConflictError(`enforcement interval ${input.id} was already recorded with other content`, input.id);
      return { interval: existing.row, created: false };
    }
    await assertPartiesExist(tx, [params.partyId], `enforcement interval ${input.id}`);
    const [created] = await tx.run<{ row: EnforcementRow }>(CREATE_ENFORCEMENT, { ...params, recordedAt });
    return { interval: (created as { row: EnforcementRow }).row, created: true };
  });
}

/** Records an affiliation between two parties over an interval; idempotent by id. */
export async function recordAffiliation(
  db: Database,
  input: {
    id: string;
    fromPartyId: string;
    kind: AffiliationKind;
    toPartyId: string;
    from: string;
    until?: string | null;
    reference?: string | null;
  },
): Promise<{ affiliation: AffiliationRow; created: boolean }> {
  checkIdAndInterval(input, 'affiliation');
  if (input.fromPartyId === input.toPartyId) {
    throw new InputError(
      `affiliation ${input.id}: a party cannot be affiliated with itself ("${input.toPartyId}")`,
      'toPartyId',
      input.toPartyId,
    );
  }
  const params = {
    id: input.id,
    kind: input.kind,
    fromId: input.fromPartyId,
    toId: input.toPartyId,
    from: input.from,
    until: input.until ?? null,
    fromUtc: utc(input.from),
    untilUtc: utcOrNull(input.until),
    reference: input.reference?.trim() || null,
  };
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    const [existing] = await tx.run<{ row: AffiliationRow }>(AFFILIATION_BY_ID, params);
    if (existing !== undefined) {
      const row = existing.row;
      const same =
        row.kind === params.kind &&
        row.fromId === params.fromId &&
        row.toId === params.toId &&
        row.reference === params.reference &&
        sameInstant(row.from, params.from) &&
        sameInstant(row.until, params.until);
      if (!same) throw new ConflictError(`affiliation ${input.id} was already recorded with other content`, input.id);
      return { affiliation: row, created: false };
    }
    await assertPartiesExist(tx, [params.fromId, params.toId], `affiliation ${input.id}`);
    const [created] = await tx.run<{ row: AffiliationRow }>(CREATE_AFFILIATION, { ...params, recordedAt });
    return { affiliation: (created as { row: AffiliationRow }).row, created: true };
  });
}

export async function enforcementOfParties(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, EnforcementRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: EnforcementRow[] }>(ENFORCEMENT_OF_PARTIES, { ids, asOf: utcOrNull(asOf) }),
  );
  return rows.map((row) => [row.id, row.rows]);
}

export async function affiliationsOfParties(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, AffiliationRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: AffiliationRow[] }>(AFFILIATIONS_OF_PARTIES, { ids, asOf: utcOrNull(asOf) }),
  );
  return rows.map((row) => [row.id, row.rows]);
}

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
