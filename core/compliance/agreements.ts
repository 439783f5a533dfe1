import type { Database } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { instantOrder, sameInstant, utc, utcOrNull } from '../../infra/scalars.ts';
import { stampTyped } from './documents.ts';
import { boundedText, checkEventId, checkInterval, checkNotFuture, checkSha256 } from '../../infra/validation.ts';

/**
 * Written agreements between a county agency and a third party (Sec. 46-37(f)): what (f)(i)
 * to (f)(v) require a third party to have signed. Each version is recorded once, under
 * (id, version); an amendment is version n + 1 of the same id between the same parties,
 * never an edit. The version in force at an instant is the highest whose effective interval
 * [from, until) holds it.
 */

/** Purposes an agreement may permit: a controlled vocabulary, beside the agreement's own words. */
export const PURPOSE_CODES = [
  'CRIMINAL_JUSTICE_ADMINISTRATION',
  'COURT_PROCEEDINGS',
  'NON_IMMIGRATION_LAW_ENFORCEMENT',
  'PUBLIC_HEALTH',
  'MEDICAL_TREATMENT',
  'BILLING_AND_PAYMENT',
  'PROPERTY_TAX_ADMINISTRATION',
  'ELECTIONS_ADMINISTRATION',
  'RESEARCH_DEIDENTIFIED',
  'VENDOR_SERVICE_TO_THE_COUNTY',
] as const;
export type PurposeCode = (typeof PURPOSE_CODES)[number];

export type RecipientListCadence = 'MONTHLY' | 'NONE';

export type AgreementInput = {
  id: string;
  version: number;
  agencyPartyId: string;
  thirdPartyId: string;
  signedAt: string;
  from: string;
  until?: string | null;
  purposes: readonly string[];
  purposeText?: string | null;
  prohibitsImmigrationDisclosure: boolean;
  prohibitsImmigrationUse: boolean;
  permitsRedisclosure: boolean;
  /** Recipients the third party may pass the information to; empty: any, when redisclosure is permitted. */
  redisclosureTo?: readonly string[] | null;
  requiresRecipientCertification: boolean;
  recipientListCadence: RecipientListCadence;
  documentSha256: string;
  certification?: { signer: string; title: string; signedAt: string; chiefExecutive: boolean } | null;
  public: boolean;
};

export type AgreementRow = {
  id: string;
  version: number;
  agencyId: string;
  thirdPartyId: string;
  signedAt: string;
  from: string;
  until: string | null;
  purposes: PurposeCode[];
  purposeText: string | null;
  prohibitsImmigrationDisclosure: boolean;
  prohibitsImmigrationUse: boolean;
  permitsRedisclosure: boolean;
  redisclosureTo: string[];
  requiresRecipientCertification: boolean;
  recipientListCadence: RecipientListCadence;
  documentSha256: string;
  certifiedBy: string | null;
  certifierTitle: string | null;
  certifiedAt: string | null;
  certifiedByChiefExecutive: boolean;
  public: boolean;
};

// Times as stated; the UTC copies stay in the graph for queries to compare.
export const AGREEMENT_FIELDS = /* cypher */ `a {.id, .version, signedAt: coalesce(a.signedAtStated, a.signedAt),
  from: coalesce(a.fromStated, a.from), until: coalesce(a.untilStated, a.until), .purposes, .purposeText,
  .prohibitsImmigrationDisclosure, .prohibitsImmigrationUse, .permitsRedisclosure, .redisclosureTo,
  .requiresRecipientCertification, .recipientListCadence, .documentSha256, .certifiedBy, .certifierTitle,
  certifiedAt: coalesce(a.certifiedAtStated, a.certifiedAt), .certifiedByChiefExecutive, .public,
  agencyId: agency.id, thirdPartyId: third.id}`;

const AGREEMENT_BY_KEY = /* cypher */ `
  MATCH (agency:Party)-[:AGREED]->(a:Agreement {key: $key})-[:WITH]->(third:Party)
  RETURN ${AGREEMENT_FIELDS} AS row`;
const PREVIOUS_VERSION = /* cypher */ `
  OPTIONAL MATCH (agency:Party)-[:AGREED]->(a:Agreement {id: $id, version: $version - 1})-[:WITH]->(third:Party)
  OPTIONAL MATCH (given:Party {id: $agencyPartyId})
  OPTIONAL MATCH (other:Party {id: $thirdPartyId})
  RETURN agency.id AS agencyId, third.id AS thirdPartyId, given.kind AS agencyKind, other.kind AS thirdKind`;
const CREATE_AGREEMENT = /* cypher */ `
  MATCH (agency:Party {id: $agencyPartyId}), (third:Party {id: $thirdPartyId})
  CREATE (agency)-[:AGREED]->(a:Agreement {key: $key, id: $id, version: $version,
    signedAt: datetime($utc.signedAt), signedAtStated: datetime($signedAt),
    from: datetime($utc.from), fromStated: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($utc.until) END,
    untilStated: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END,
    purposes: $purposes, purposeText: $purposeText,
    prohibitsImmigrationDisclosure: $prohibitsImmigrationDisclosure, prohibitsImmigrationUse: $prohibitsImmigrationUse,
    permitsRedisclosure: $permitsRedisclosure, redisclosureTo: $redisclosureTo,
    requiresRecipientCertification: $requiresRecipientCertification, recipientListCadence: $recipientListCadence,
    documentSha256: $documentSha256, certifiedBy: $certifiedBy, certifierTitle: $certifierTitle,
    certifiedAt: CASE WHEN $certifiedAt IS NULL THEN null ELSE datetime($utc.certifiedAt) END,
    certifiedAtStated: CASE WHEN $certifiedAt IS NULL THEN null ELSE datetime($certifiedAt) END,
    certifiedByChiefExecutive: $certifiedByChiefExecutive, public: $public,
    recordedAt: datetime($recordedAt)})-[:WITH]->(third)
  RETURN ${AGREEMENT_FIELDS} AS row`;
export const AGREEMENTS_OF_PARTIES = /* cypher */ `
  UNWIND $ids AS pid
  MATCH (agency:Party)-[:AGREED]->(a:Agreement)-[:WITH]->(third:Party)
  WHERE (agency.id = pid OR third.id = pid) AND ($asOf IS NULL OR a.recordedAt <= datetime($asOf))
  WITH pid, a, agency, third ORDER BY a.id, a.version
  RETURN pid AS id, collect(${AGREEMENT_FIELDS}) AS rows`;
export const ALL_AGREEMENTS = /* cypher */ `
  MATCH (agency:Party)-[:AGREED]->(a:Agreement)-[:WITH]->(third:Party)
  WHERE $asOf IS NULL OR a.recordedAt <= datetime($asOf)
  RETURN ${AGREEMENT_FIELDS} AS row ORDER BY a.id, a.version`;

const keyOf = (id: string, version: number) => `${id}#${version}`;

type Checked = Omit<AgreementRow, 'agencyId' | 'thirdPartyId'> & {
  key: string;
  agencyPartyId: string;
  thirdPartyId: string;
};

/** Checks what can be checked without the graph. */
export function validateAgreement(input: AgreementInput, now = Date.now()): Checked {
  const what = `agreement ${input.id}`;
  checkEventId('agreement', input.id);
  if (!Number.isSafeInteger(input.version) || input.version < 1 || input.version > 10_000) {
    throw new InputError(
      `${what}: version must be a whole number from 1, got ${input.version}`,
      'version',
      input.version,
    );
  }
  if (input.agencyPartyId === input.thirdPartyId) {
    throw new InputError(`${what}: the third party cannot be the agency itself`, 'thirdPartyId', input.thirdPartyId);
  }
  checkNotFuture(what, 'signedAt', input.signedAt, now);
  checkInterval(what, input.from, input.until);
  const purposes = [...new Set(input.purposes)].sort();
  const unknown = purposes.find((purpose) => !(PURPOSE_CODES as readonly string[]).includes(purpose));
  if (unknown !== undefined) {
    throw new InputError(`${what}: unknown purpose code "${unknown}"`, 'purposes', unknown);
  }
  if (purposes.length === 0 && (input.purposeText ?? '').trim() === '') {
    throw new InputError(`${what}: name at least one permitted purpose, as a code or in words`, 'purposes', []);
  }
  const redisclosureTo = [...new Set(input.redisclosureTo ?? [])].sort();
  if (!input.permitsRedisclosure && redisclosureTo.length > 0) {
    throw new InputError(
      `${what}: redisclosureTo names recipients but permitsRedisclosure is false`,
      'redisclosureTo',
      redisclosureTo,
    );
  }
  checkSha256(what, 'documentSha256', input.documentSha256);
  const certification = input.certification ?? null;
  if (certification !== null) checkNotFuture(what, 'certification.signedAt', certification.signedAt, now);
  return {
    key: keyOf(input.id, input.version),
    id: input.id,
    version: input.version,
    agencyPartyId: input.agencyPartyId,
    thirdPartyId: input.thirdPartyId,
    signedAt: input.signedAt,
    from: input.from,
    until: input.until ?? null,
    purposes: purposes as PurposeCode[],
    purposeText: input.purposeText == null ? null : boundedText(what, 'purposeText', input.purposeText, 2000),
    prohibitsImmigrationDisclosure: input.prohibitsImmigrationDisclosure,
    prohibitsImmigrationUse: input.prohibitsImmigrationUse,
    permitsRedisclosure: input.permitsRedisclosure,
    redisclosureTo,
    requiresRecipientCertification: input.requiresRecipientCertification,
    recipientListCadence: input.recipientListCadence,
    documentSha256: input.documentSha256,
    certifiedBy: certification === null ? null : boundedText(what, 'certification.signer', certification.signer, 200),
    certifierTitle: certification === null ? null : boundedText(what, 'certification.title', certification.title, 200),
    certifiedAt: certification?.signedAt ?? null,
    certifiedByChiefExecutive: certification?.chiefExecutive ?? false,
    public: input.public,
  };
}

function sameContent(stored: AgreementRow, input: Checked): boolean {
  const { agencyPartyId, thirdPartyId, signedAt, from, until, certifiedAt, ...rest } = input;
  const plain = (value: unknown) => JSON.stringify(value);
  // The key is derived from id and version, which `rest` compares.
  const compared = Object.entries(rest).filter(([field]) => field !== 'key');
  return (
    stored.agencyId === agencyPartyId &&
    stored.thirdPartyId === thirdPartyId &&
    sameInstant(stored.signedAt, signedAt) &&
    sameInstant(stored.from, from) &&
    sameInstant(stored.until, until) &&
    sameInstant(stored.certifiedAt, certifiedAt) &&
    compared.every(([field, value]) => plain(stored[field as keyof AgreementRow]) === plain(value))
  );
}

/**
 * Records one version of an agreement. Version 1 starts an agreement between a county agency
 * and a third party; version n + 1 amends it and must be between the same two. The same
 * version again with the same content is a no-op that says so; with other content, refused.
 */
export async function recordAgreement(
  db: Database,
  raw: AgreementInput,
): Promise<{ agreement: AgreementRow; created: boolean }> {
  const input = validateAgreement(raw);
  const { row: recorded, created } = await recordOnce(db, {
    what: 'agreement',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: AgreementRow }>(AGREEMENT_BY_KEY, { key: input.key }))[0],
    same: ({ row }) => sameContent(row, input),
    kept: ({ row }) => row,
    conflict: `agreement ${input.id} version ${input.version} was already recorded with other content; record an amendment as version ${input.version + 1}`,
    create: async (tx, recordedAt) => {
      const [check] = await tx.run<{
        agencyId: string | null;
        thirdPartyId: string | null;
        agencyKind: string | null;
        thirdKind: string | null;
      }>(PREVIOUS_VERSION, input);
      if (check?.agencyKind == null) {
        throw new NotFoundError(
          `agreement ${input.id}: no party is registered with id ${input.agencyPartyId}`,
          input.agencyPartyId,
        );
      }
      if (check.thirdKind == null) {
        throw new NotFoundError(
          `agreement ${input.id}: no party is registered with id ${input.thirdPartyId}`,
          input.thirdPartyId,
        );
      }
      if (check.agencyKind !== 'COUNTY_AGENCY') {
        throw new InputError(
          `agreement ${input.id}: ${input.agencyPartyId} is not a county agency (${check.agencyKind})`,
          'agencyPartyId',
          input.agencyPartyId,
        );
      }
      if (check.thirdKind === 'COUNTY_AGENCY') {
        throw new InputError(
          `agreement ${input.id}: ${input.thirdPartyId} is a county agency, not a third party`,
          'thirdPartyId',
          input.thirdPartyId,
        );
      }
      if (input.version > 1) {
        if (check.agencyId === null) {
          throw new InputError(
            `agreement ${input.id}: version ${input.version} amends version ${input.version - 1}, which is not recorded`,
            'version',
            input.version,
          );
        }
        if (check.agencyId !== input.agencyPartyId || check.thirdPartyId !== input.thirdPartyId) {
          throw new InputError(
            `agreement ${input.id}: an amendment is between the same parties as version ${input.version - 1} (${check.agencyId} and ${check.thirdPartyId})`,
            'thirdPartyId',
            input.thirdPartyId,
          );
        }
      }
      const [written] = await tx.run<{ row: AgreementRow }>(CREATE_AGREEMENT, {
        ...input,
        utc: {
          signedAt: utc(input.signedAt),
          from: utc(input.from),
          until: utcOrNull(input.until),
          certifiedAt: utcOrNull(input.certifiedAt),
        },
        recordedAt,
      });
      await stampTyped(tx, 'AGREEMENT', input.key);
      return (written as { row: AgreementRow }).row;
    },
  });
  return { agreement: recorded, created };
}

export async function agreementsOfParties(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, AgreementRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: AgreementRow[] }>(AGREEMENTS_OF_PARTIES, { ids, asOf: utcOrNull(asOf) }),
  );
  return rows.map((row) => [row.id, row.rows]);
}

/** Every agreement version recorded by `asOf` (now when null). */
export async function allAgreements(db: Database, asOf: string | null = null): Promise<AgreementRow[]> {
  return (await db.read((tx) => tx.run<{ row: AgreementRow }>(ALL_AGREEMENTS, { asOf: utcOrNull(asOf) }))).map(
    (row) => row.row,
  );
}

/**
 * The agreements between `agencyId` and `thirdPartyId` in force at `order` (instantOrder).
 * For each agreement id, the version that governs an instant is the highest whose `from` is
 * not after it (a later version supersedes the earlier ones from its own start); the
 * agreement is in force when that version's `until` is after the instant.
 */
export function agreementsInForce(
  agreements: readonly AgreementRow[],
  agencyId: string,
  thirdPartyId: string,
  order: bigint,
): AgreementRow[] {
  const governing = new Map<string, AgreementRow>();
  for (const agreement of agreements) {
    if (agreement.agencyId !== agencyId || agreement.thirdPartyId !== thirdPartyId) continue;
    if (instantOrder(agreement.from) > order) continue;
    const seen = governing.get(agreement.id);
    if (seen === undefined || seen.version < agreement.version) governing.set(agreement.id, agreement);
  }
  return [...governing.values()].filter(
    (agreement) => agreement.until === null || instantOrder(agreement.until) > order,
  );
}

/** The agreement versions of a third party in force at some time of [from, until), with any agency. */
export function agreementsInForceDuring(
  agreements: readonly AgreementRow[],
  thirdPartyId: string,
  window: { from: string; until: string },
): AgreementRow[] {
  const [from, until] = [instantOrder(window.from), instantOrder(window.until)];
  return agreements.filter(
    (agreement) =>
      agreement.thirdPartyId === thirdPartyId &&
      instantOrder(agreement.from) < until &&
      (agreement.until === null || instantOrder(agreement.until) > from),
  );
}
