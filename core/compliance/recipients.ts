import type { Database } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { sameInstant, utc, utcOrNull } from '../../infra/scalars.ts';
import { stampTyped } from './documents.ts';
import {
  assertPartiesExist,
  boundedText,
  checkEventId,
  checkInterval,
  checkNotFuture,
  checkSha256,
} from '../../infra/validation.ts';

/**
 * What Sec. 46-37(f)(iii) and (f)(iv) ask of a third party's recipients: a recipient's
 * written certification of compliance (over an interval), and the third party's list of its
 * recipients for each calendar month of the county (America/Chicago), as filed. Both are
 * recorded once, by id; the same id again with the same content is a no-op that says so.
 */

export type CertificationInput = {
  id: string;
  recipientPartyId: string;
  thirdPartyId: string;
  signedAt: string;
  from: string;
  until?: string | null;
  signer: string;
  title: string;
  documentSha256: string;
};
export type CertificationRow = {
  id: string;
  recipientId: string;
  thirdPartyId: string;
  signedAt: string;
  from: string;
  until: string | null;
  signer: string;
  title: string;
  documentSha256: string;
};

export type RecipientListInput = {
  id: string;
  thirdPartyId: string;
  month: string;
  filedAt: string;
  recipientPartyIds: readonly string[];
};
export type RecipientListRow = {
  id: string;
  thirdPartyId: string;
  month: string;
  filedAt: string;
  recipientIds: string[];
};

const CERTIFICATION_FIELDS = /* cypher */ `c {.id, signedAt: coalesce(c.signedAtStated, c.signedAt),
  from: coalesce(c.fromStated, c.from), until: coalesce(c.untilStated, c.until), .signer, .title, .documentSha256,
  recipientId: recipient.id, thirdPartyId: third.id}`;
const CERTIFICATION_BY_ID = /* cypher */ `
  MATCH (recipient:Party)-[:CERTIFIED]->(c:RecipientCertification {id: $id})-[:TO]->(third:Party)
  RETURN ${CERTIFICATION_FIELDS} AS row`;
const CREATE_CERTIFICATION = /* cypher */ `
  MATCH (recipient:Party {id: $recipientPartyId}), (third:Party {id: $thirdPartyId})
  CREATE (recipient)-[:CERTIFIED]->(c:RecipientCertification {id: $id,
    signedAt: datetime($utc.signedAt), signedAtStated: datetime($signedAt),
    from: datetime($utc.from), fromStated: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($utc.until) END,
    untilStated: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END,
    signer: $signer, title: $title, documentSha256: $documentSha256, recordedAt: datetime($recordedAt)})-[:TO]->(third)
  RETURN ${CERTIFICATION_FIELDS} AS row`;
export const ALL_CERTIFICATIONS = /* cypher */ `
  MATCH (recipient:Party)-[:CERTIFIED]->(c:RecipientCertification)-[:TO]->(third:Party)
  WHERE $asOf IS NULL OR c.recordedAt <= datetime($asOf)
  RETURN ${CERTIFICATION_FIELDS} AS row ORDER BY c.id`;

const LIST_FIELDS = /* cypher */ `l {.id, .month, filedAt: coalesce(l.filedAtStated, l.filedAt),
  recipientIds: l.recipientIds, thirdPartyId: third.id}`;
const LIST_BY_ID = /* cypher */ `
  MATCH (third:Party)-[:FILED]->(l:RecipientList {id: $id}) RETURN ${LIST_FIELDS} AS row`;
const CREATE_LIST = /* cypher */ `
  MATCH (third:Party {id: $thirdPartyId})
  CREATE (third)-[:FILED]->(l:RecipientList {id: $id, month: $month, filedAt: datetime($filedAtUtc),
    filedAtStated: datetime($filedAt), recipientIds: $recipientPartyIds, recordedAt: datetime($recordedAt)})
  RETURN ${LIST_FIELDS} AS row`;
export const ALL_LISTS = /* cypher */ `
  MATCH (third:Party)-[:FILED]->(l:RecipientList)
  WHERE $asOf IS NULL OR l.recordedAt <= datetime($asOf)
  RETURN ${LIST_FIELDS} AS row ORDER BY l.month, l.id`;

/** A county month, YYYY-MM. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function validateCertification(
  input: CertificationInput,
  now = Date.now(),
): CertificationInput & { until: string | null } {
  const what = `recipient certification ${input.id}`;
  checkEventId('recipient certification', input.id);
  if (input.recipientPartyId === input.thirdPartyId) {
    throw new InputError(`${what}: a recipient certifies to another party`, 'recipientPartyId', input.recipientPartyId);
  }
  checkNotFuture(what, 'signedAt', input.signedAt, now);
  checkInterval(what, input.from, input.until);
  checkSha256(what, 'documentSha256', input.documentSha256);
  return {
    ...input,
    until: input.until ?? null,
    signer: boundedText(what, 'signer', input.signer, 200),
    title: boundedText(what, 'title', input.title, 200),
  };
}

/** Records a recipient's written certification of compliance, given to the third party it received from. */
export async function recordCertification(
  db: Database,
  raw: CertificationInput,
): Promise<{ certification: CertificationRow; created: boolean }> {
  const input = validateCertification(raw);
  const { row: recorded, created } = await recordOnce(db, {
    what: 'recipient certification',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: CertificationRow }>(CERTIFICATION_BY_ID, input))[0],
    same: ({ row }) =>
      row.recipientId === input.recipientPartyId &&
      row.thirdPartyId === input.thirdPartyId &&
      sameInstant(row.signedAt, input.signedAt) &&
      sameInstant(row.from, input.from) &&
      sameInstant(row.until, input.until) &&
      row.signer === input.signer &&
      row.title === input.title &&
      row.documentSha256 === input.documentSha256,
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      await assertPartiesExist(tx, [input.recipientPartyId, input.thirdPartyId], `recipient certification ${input.id}`);
      const [written] = await tx.run<{ row: CertificationRow }>(CREATE_CERTIFICATION, {
        ...input,
        utc: { signedAt: utc(input.signedAt), from: utc(input.from), until: utcOrNull(input.until) },
        recordedAt,
      });
      await stampTyped(tx, 'RECIPIENT_CERTIFICATION', input.id);
      return (written as { row: CertificationRow }).row;
    },
  });
  return { certification: recorded, created };
}

export function validateRecipientList(input: RecipientListInput, now = Date.now()): RecipientListInput {
  const what = `recipient list ${input.id}`;
  checkEventId('recipient list', input.id);
  if (!MONTH.test(input.month)) {
    throw new InputError(`${what}: month must be YYYY-MM, got "${input.month}"`, 'month', input.month);
  }
  checkNotFuture(what, 'filedAt', input.filedAt, now);
  const recipientPartyIds = [...new Set(input.recipientPartyIds)].sort();
  if (recipientPartyIds.includes(input.thirdPartyId)) {
    throw new InputError(`${what}: a third party is not its own recipient`, 'recipientPartyIds', input.thirdPartyId);
  }
  return { ...input, recipientPartyIds };
}

/** Records a third party's list of its recipients for one county month, as filed (an empty list says "none"). */
export async function recordRecipientList(
  db: Database,
  raw: RecipientListInput,
): Promise<{ list: RecipientListRow; created: boolean }> {
  const input = validateRecipientList(raw);
  const { row: recorded, created } = await recordOnce(db, {
    what: 'recipient list',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: RecipientListRow }>(LIST_BY_ID, input))[0],
    same: ({ row }) =>
      row.thirdPartyId === input.thirdPartyId &&
      row.month === input.month &&
      sameInstant(row.filedAt, input.filedAt) &&
      row.recipientIds.join('\n') === input.recipientPartyIds.join('\n'),
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      await assertPartiesExist(tx, [input.thirdPartyId, ...input.recipientPartyIds], `recipient list ${input.id}`);
      const [written] = await tx.run<{ row: RecipientListRow }>(CREATE_LIST, {
        ...input,
        filedAtUtc: utc(input.filedAt),
        recordedAt,
      });
      if (written === undefined) {
        throw new NotFoundError(
          `recipient list ${input.id}: no party is registered with id ${input.thirdPartyId}`,
          input.thirdPartyId,
        );
      }
      await stampTyped(tx, 'RECIPIENT_LIST', input.id);
      return written.row;
    },
  });
  return { list: recorded, created };
}

/** Every certification recorded by `asOf` (now when null). */
export async function allCertifications(db: Database, asOf: string | null = null): Promise<CertificationRow[]> {
  const rows = await db.read((tx) => tx.run<{ row: CertificationRow }>(ALL_CERTIFICATIONS, { asOf: utcOrNull(asOf) }));
  return rows.map((row) => row.row);
}

/** Every recipient list filed and recorded by `asOf` (now when null). */
export async function allRecipientLists(db: Database, asOf: string | null = null): Promise<RecipientListRow[]> {
  const rows = await db.read((tx) => tx.run<{ row: RecipientListRow }>(ALL_LISTS, { asOf: utcOrNull(asOf) }));
  return rows.map((row) => row.row);
}
