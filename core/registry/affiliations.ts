import type { IntervalRow } from './immigration-agents.ts';
import type { AffiliationKind } from './vocabulary.ts';
import type { Database } from '../../infra/db.ts';
import { assertPartiesExist, checkEventId, checkInterval } from '../../infra/validation.ts';
import { InputError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';

/** [from, until): until is the first instant it no longer holds, null while it runs. */
export type EnforcementRow = IntervalRow & { id: string; partyId: string; basis: string };
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
  CALL (i) {
    OPTIONAL MATCH (i)-[:ENDED_BY]->(e:EnforcementEnd) WHERE $asOf IS NULL OR e.recordedAt <= datetime($asOf)
    RETURN e ORDER BY e.at LIMIT 1
  }
  WITH id, i, p, e ORDER BY i.from, i.id
  // The interval as known: cut short by the earliest end recorded by then (enforcement-ends.ts).
  RETURN id, collect(i {.id, from: coalesce(i.fromStated, i.from),
    until: CASE WHEN e IS NOT NULL AND (i.until IS NULL OR e.at < i.until) THEN coalesce(e.atStated, e.at)
      ELSE coalesce(i.untilStated, i.until) END,
    .basis, .recordedAt, partyId: p.id}) AS rows`;
export const AFFILIATIONS_OF_PARTIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (s:Party)-[a:AFFILIATED_WITH]->(o:Party)
  WHERE (s.id = id OR o.id = id) AND ($asOf IS NULL OR a.recordedAt <= datetime($asOf))
  WITH id, a, s, o ORDER BY a.from, a.id
  RETURN id, collect(${AFFILIATION_FIELDS}) AS rows`;

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
  const { row, created } = await recordOnce(db, {
    what: 'enforcement interval',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: EnforcementRow }>(ENFORCEMENT_BY_ID, params))[0],
    same: ({ row }) =>
      row.partyId === params.partyId &&
      row.basis === params.basis &&
      sameInstant(row.from, params.from) &&
      sameInstant(row.until, params.until),
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      await assertPartiesExist(tx, [params.partyId], `enforcement interval ${input.id}`);
      const [written] = await tx.run<{ row: EnforcementRow }>(CREATE_ENFORCEMENT, { ...params, recordedAt });
      return (written as { row: EnforcementRow }).row;
    },
  });
  return { interval: row, created };
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
  const { row, created } = await recordOnce(db, {
    what: 'affiliation',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: AffiliationRow }>(AFFILIATION_BY_ID, params))[0],
    same: ({ row }) =>
      row.kind === params.kind &&
      row.fromId === params.fromId &&
      row.toId === params.toId &&
      row.reference === params.reference &&
      sameInstant(row.from, params.from) &&
      sameInstant(row.until, params.until),
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      await assertPartiesExist(tx, [params.fromId, params.toId], `affiliation ${input.id}`);
      const [written] = await tx.run<{ row: AffiliationRow }>(CREATE_AFFILIATION, { ...params, recordedAt });
      return (written as { row: AffiliationRow }).row;
    },
  });
  return { affiliation: row, created };
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
