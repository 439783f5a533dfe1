import type { Database, Tx } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';
import { boundedText, checkEventId, checkInterval, checkNotFuture } from '../../infra/validation.ts';
import { appendEvents, type GrantRow } from './ledger.ts';

/**
 * Standing access of a third party to a dataset of a county agency over [from, until): a
 * data exchange with query rights. A grant is potential exposure; only a disclosure is a
 * confirmed flow, and the two are kept apart. Append-only, idempotent by id,
 * stamped in the ledger.
 */

export type RecordGrantInput = {
  id: string;
  agencyPartyId: string;
  granteePartyId: string;
  dataset: string;
  purpose: string;
  from: string;
  until?: string | null;
  agreementReference?: string | null;
};

export const GRANT_FIELDS = /* cypher */ `g {.id, .dataset, .purpose, from: coalesce(g.fromStated, g.from),
  until: coalesce(g.untilStated, g.until), .agreementReference, agencyId: agency.id, granteeId: grantee.id}`;

export const GRANT_BY_ID = /* cypher */ `
  MATCH (agency:Party)-[:GRANTED]->(g:AccessGrant {id: $id})-[:TO]->(grantee:Party)
  RETURN ${GRANT_FIELDS} AS row,
    toString(coalesce(g.fromStated, g.from)) = toString(datetime($from))
    AND coalesce(toString(coalesce(g.untilStated, g.until)), '') = coalesce(toString(datetime($until)), '') AS sameTimes`;
export const GRANT_PARTIES = /* cypher */ `
  OPTIONAL MATCH (agency:Party {id: $agencyPartyId})
  OPTIONAL MATCH (grantee:Party {id: $granteePartyId})
  RETURN agency.kind AS agencyKind, grantee.kind AS granteeKind`;
export const CREATE_GRANT = /* cypher */ `
  MATCH (agency:Party {id: $agencyPartyId}), (grantee:Party {id: $granteePartyId})
  CREATE (agency)-[:GRANTED]->(g:AccessGrant {id: $id, dataset: $dataset, purpose: $purpose,
    from: datetime($fromUtc), fromStated: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($untilUtc) END,
    untilStated: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END,
    agreementReference: $agreementReference, recordedAt: datetime($recordedAt)})-[:TO]->(grantee)
  RETURN ${GRANT_FIELDS} AS row`;
export const GRANTS_OF_PARTIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (agency:Party)-[:GRANTED]->(g:AccessGrant)-[:TO]->(grantee:Party)
  WHERE (agency.id = id OR grantee.id = id) AND ($asOf IS NULL OR g.recordedAt <= datetime($asOf))
  WITH id, g, agency, grantee ORDER BY g.from, g.id
  RETURN id, collect(${GRANT_FIELDS}) AS rows`;

/** Checks what can be checked without the graph. */
export function validateGrant(input: RecordGrantInput, now = Date.now()) {
  checkEventId('access grant', input.id);
  checkNotFuture(`access grant ${input.id}`, 'from', input.from, now);
  checkInterval(`access grant ${input.id}`, input.from, input.until);
  return {
    ...input,
    dataset: boundedText(`access grant ${input.id}`, 'dataset', input.dataset, 200),
    purpose: boundedText(`access grant ${input.id}`, 'purpose', input.purpose, 2000),
    until: input.until ?? null,
    agreementReference:
      input.agreementReference == null
        ? null
        : boundedText(`access grant ${input.id}`, 'agreementReference', input.agreementReference, 200),
  };
}

/** Records that a county agency gave a third party standing access to a dataset. */
export async function recordAccessGrant(
  db: Database,
  raw: RecordGrantInput,
): Promise<{ grant: GrantRow; created: boolean }> {
  const input = validateGrant(raw);
  const { row, created } = await recordOnce(db, {
    what: 'access grant',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: GrantRow; sameTimes: boolean }>(GRANT_BY_ID, input))[0],
    same: ({ row, sameTimes }) =>
      sameTimes &&
      row.agencyId === input.agencyPartyId &&
      row.granteeId === input.granteePartyId &&
      row.dataset === input.dataset &&
      row.purpose === input.purpose &&
      row.agreementReference === input.agreementReference,
    kept: ({ row }) => row,
    create: (tx, recordedAt) => createGrant(tx, input, recordedAt),
  });
  return { grant: row, created };
}

/** Writes a new grant between a county agency and a third party, with its ledger event. */
async function createGrant(tx: Tx, input: ReturnType<typeof validateGrant>, recordedAt: string): Promise<GrantRow> {
  const [kinds] = await tx.run<{ agencyKind: string | null; granteeKind: string | null }>(GRANT_PARTIES, input);
  if (!kinds?.agencyKind)
    throw new NotFoundError(
      `access grant ${input.id}: no party is registered with id ${input.agencyPartyId}`,
      input.agencyPartyId,
    );
  if (!kinds.granteeKind)
    throw new NotFoundError(
      `access grant ${input.id}: no party is registered with id ${input.granteePartyId}`,
      input.granteePartyId,
    );
  if (kinds.agencyKind !== 'COUNTY_AGENCY') {
    throw new InputError(
      `access grant ${input.id}: ${input.agencyPartyId} is a ${kinds.agencyKind}, not a county agency`,
      'agencyPartyId',
      input.agencyPartyId,
    );
  }
  if (kinds.granteeKind === 'COUNTY_AGENCY') {
    throw new InputError(
      `access grant ${input.id}: ${input.granteePartyId} is a county agency, not a third party`,
      'granteePartyId',
      input.granteePartyId,
    );
  }
  const [created] = await tx.run<{ row: GrantRow }>(CREATE_GRANT, {
    ...input,
    fromUtc: utc(input.from),
    untilUtc: utcOrNull(input.until),
    recordedAt,
  });
  const grant = (created as { row: GrantRow }).row;
  await appendEvents(tx, [{ type: 'ACCESS_GRANT', row: grant }]);
  return grant;
}

/** The grants each party gave or holds, as recorded by `asOf` (now when null). */
export async function grantsOfParties(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, GrantRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: GrantRow[] }>(GRANTS_OF_PARTIES, { ids, asOf: utcOrNull(asOf) }),
  );
  return rows.map((row) => [row.id, row.rows]);
}
