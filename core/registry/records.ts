import type { Database, Tx } from '../../infra/db.ts';
import { DomainError, ErrorCode, InputError } from '../../infra/errors.ts';
import { toPage, type Page } from '../../infra/pagination.ts';
import { recordedNow } from '../../infra/recorded.ts';
import { utc } from '../../infra/scalars.ts';
import type { Category } from './vocabulary.ts';
import { validateRecords, type NewRecord, type RegisterRecordInput } from './record-input.ts';

/**
 * Subjects and records: `(:Record)-[:ABOUT]->(:Subject {key})` and
 * `(agency:Party)-[:ORIGINATED]->(:Record)`. The record also stores its `originId`, which
 * the uniqueness of (originId, sourceSystem, sourceRecordId) needs (migration 0004).
 */

/** A record as stored: the mapper of GraphQL's `Record` in this subgraph. */
export type RecordRow = {
  id: string;
  originId: string;
  sourceSystem: string;
  sourceRecordId: string;
  subjectKey: string;
  categories: Category[];
  createdAt: string;
};
/** A subject is only its key: the mapper of GraphQL's `Subject`. */
export type SubjectRow = { subjectKey: string };
/** Which records of a subject to read: every origin's (null) or one agency's. */
export type SubjectQuestion = { subjectKey: string; originId: string | null };
export type RecordsPageKey = SubjectQuestion & { first: number; after: string | null };
export type RegisterRecordsResult = { created: number; unchanged: number };

const RECORD_FIELDS = /* cypher */ `
  r {.id, .sourceSystem, .sourceRecordId, .categories, createdAt: coalesce(r.createdAtStated, r.createdAt),
    originId: origin.id, subjectKey: s.key}`;

export const RECORDS_BY_IDS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (origin:Party)-[:ORIGINATED]->(r:Record {id: id})-[:ABOUT]->(s:Subject)
  RETURN ${RECORD_FIELDS} AS record`;

// A subject "exists" for a caller when it holds at least one record the caller may read.
export const READABLE_SUBJECTS = /* cypher */ `
  UNWIND $keys AS key
  MATCH (s:Subject {key: key.subjectKey})
  WHERE EXISTS { (s)<-[:ABOUT]-(r:Record) WHERE key.originId IS NULL OR r.originId = key.originId }
  RETURN key.subjectKey AS subjectKey, key.originId AS originId`;

// One query for every subject of a batch that asks for the same page size.
export const RECORDS_OF_SUBJECTS = /* cypher */ `
  UNWIND $keys AS key
  CALL (key) {
    MATCH (s:Subject {key: key.subjectKey})<-[:ABOUT]-(r:Record)<-[:ORIGINATED]-(origin:Party)
    WHERE (key.originId IS NULL OR origin.id = key.originId) AND (key.after IS NULL OR r.id > key.after)
    RETURN ${RECORD_FIELDS} AS record
    ORDER BY r.id
    LIMIT $limit
  }
  RETURN key.index AS index, collect(record) AS records`;

export const ORIGIN_KINDS = /* cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (p:Party {id: id})
  RETURN id, p.kind AS kind`;

// What is already stored under each new row's id, and which id holds its source triple.
export const EXISTING_RECORDS = /* cypher */ `
  UNWIND $rows AS row
  OPTIONAL MATCH (r:Record {id: row.id})
  OPTIONAL MATCH (other:Record {originId: row.originId, sourceSystem: row.sourceSystem, sourceRecordId: row.sourceRecordId})
  WITH row, r, other WHERE r IS NOT NULL OR other IS NOT NULL
  OPTIONAL MATCH (origin:Party)-[:ORIGINATED]->(r)-[:ABOUT]->(s:Subject)
  RETURN row.index AS index,
         CASE WHEN r IS NULL THEN null ELSE ${RECORD_FIELDS} END AS stored,
         r IS NOT NULL AND toString(coalesce(r.createdAtStated, r.createdAt)) = toString(datetime(row.createdAt))
           AS sameCreatedAt,
         other.id AS sourceHolder
  ORDER BY index`;

export const CREATE_RECORDS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (origin:Party {id: row.originId})
  MERGE (s:Subject {key: row.subjectKey})
  CREATE (origin)-[:ORIGINATED]->(r:Record {
    id: row.id, originId: row.originId, sourceSystem: row.sourceSystem, sourceRecordId: row.sourceRecordId,
    categories: row.categories, createdAt: datetime(row.createdAtUtc), createdAtStated: datetime(row.createdAt),
    recordedAt: datetime($recordedAt)})-[:ABOUT]->(s)
  RETURN count(r) AS created`;

export async function recordsByIds(db: Database, ids: readonly string[]): Promise<RecordRow[]> {
  const rows = await db.read((tx) => tx.run<{ record: RecordRow }>(RECORDS_BY_IDS, { ids }));
  return rows.map((row) => row.record);
}

/** The subjects that hold a record each question may read; the others are not answered. */
export async function readableSubjects(
  db: Database,
  keys: readonly SubjectQuestion[],
): Promise<Array<[SubjectQuestion, SubjectRow]>> {
  const rows = await db.read((tx) => tx.run<SubjectQuestion>(READABLE_SUBJECTS, { keys }));
  return rows.map((row) => [row, { subjectKey: row.subjectKey }]);
}

/** Pages of records for many subjects; one query per distinct page size. */
export async function recordsOfSubjects(
  db: Database,
  keys: readonly RecordsPageKey[],
): Promise<Array<[RecordsPageKey, Page<RecordRow>]>> {
  const groups = Map.groupBy(keys, (key) => key.first);
  const pages = await Promise.all(
    [...groups.entries()].map(async ([first, group]) => {
      const params = {
        limit: first + 1,
        keys: group.map((key, index) => ({ index, ...key })),
      };
      const rows = await db.read((tx) => tx.run<{ index: number; records: RecordRow[] }>(RECORDS_OF_SUBJECTS, params));
      const byIndex = new Map(rows.map((row) => [row.index, row.records]));
      return group.map((key, index): [RecordsPageKey, Page<RecordRow>] => [
        key,
        toPage(byIndex.get(index) ?? [], first, (record) => record.id),
      ]);
    }),
  );
  return pages.flat();
}

/**
 * Registers a batch of records in one write transaction: every item is checked first, and
 * the first refusal rolls back the whole batch. Reads what already exists with one query and
 * creates the rest with another, whatever the batch size.
 */
export async function registerRecords(
  db: Database,
  input: readonly RegisterRecordInput[],
  now: number = Date.now(),
): Promise<RegisterRecordsResult> {
  const rows = validateRecords(input, now);
  if (rows.length === 0) return { created: 0, unchanged: 0 };
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    await checkOrigins(tx, rows);
    const unchanged = await alreadyRegistered(tx, rows);
    const fresh = rows.filter((row) => !unchanged.has(row.index));
    if (fresh.length > 0) {
      const [written] = await tx.run<{ created: number }>(CREATE_RECORDS, {
        rows: fresh.map((row) => ({ ...row, createdAtUtc: utc(row.createdAt) })),
        recordedAt,
      });
      if (written?.created !== fresh.length) {
        throw new Error(`registerRecords created ${written?.created ?? 0} of ${fresh.length} records`);
      }
    }
    return { created: fresh.length, unchanged: unchanged.size };
  });
}

/** Every origin must be a registered county agency (a record's origin is one). */
async function checkOrigins(tx: Tx, rows: readonly NewRecord[]): Promise<void> {
  const ids = [...new Set(rows.map((row) => row.originId))];
  const found = await tx.run<{ id: string; kind: string | null }>(ORIGIN_KINDS, { ids });
  const kinds = new Map(found.map((row) => [row.id, row.kind]));
  for (const row of rows) {
    const kind = kinds.get(row.originId) ?? null;
    const field = `input[${row.index}].originPartyId`;
    if (kind === null) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `${field} (record ${row.id}): no party is registered with id "${row.originId}"; nothing was written`,
        { field, value: row.originId },
      );
    }
    if (kind !== 'COUNTY_AGENCY') {
      throw new InputError(
        `${field} (record ${row.id}): "${row.originId}" is a ${kind}, and a record's origin must be a COUNTY_AGENCY; nothing was written`,
        field,
        row.originId,
      );
    }
  }
}

/**
 * The indexes of rows already stored with the same content. The same id with other content,
 * or another id holding the same source triple, refuses the batch. A stored record of another
 * agency is never described: the caller may not read it.
 */
async function alreadyRegistered(tx: Tx, rows: readonly NewRecord[]): Promise<Set<number>> {
  const found = await tx.run<{
    index: number;
    stored: RecordRow | null;
    sameCreatedAt: boolean;
    sourceHolder: string | null;
  }>(EXISTING_RECORDS, { rows });
  const unchanged = new Set<number>();
  for (const { index, stored, sameCreatedAt, sourceHolder } of found) {
    const row = rows[index] as NewRecord;
    const at = `input[${index}]`;
    if (stored === null) {
      throw conflict(
        `${at}.sourceRecordId`,
        `${at} (record ${row.id}): ${row.originId} already registered record ${sourceHolder} for source record "${row.sourceRecordId}" of "${row.sourceSystem}"; nothing was written. Resubmit it under that id`,
        row.id,
      );
    }
    if (stored.originId !== row.originId) {
      throw conflict(
        `${at}.id`,
        `${at}: record id ${row.id} is already taken by a record of another agency; nothing was written`,
        row.id,
      );
    }
    const differences = differingFields(stored, sameCreatedAt, row);
    if (differences.length > 0) {
      throw conflict(
        `${at}.${differences[0]}`,
        `${at}: record ${row.id} differs from the one already registered in ${differences.join(', ')}; nothing was written. A record does not change: register a correction under a new id`,
        row.id,
      );
    }
    unchanged.add(index);
  }
  return unchanged;
}

function differingFields(stored: RecordRow, sameCreatedAt: boolean, row: NewRecord): string[] {
  const differences: string[] = [];
  if (stored.subjectKey !== row.subjectKey) differences.push('subjectKey');
  if (stored.sourceSystem !== row.sourceSystem) differences.push('sourceSystem');
  if (stored.sourceRecordId !== row.sourceRecordId) differences.push('sourceRecordId');
  if (stored.categories.join() !== row.categories.join()) differences.push('categories');
  if (!sameCreatedAt) differences.push('createdAt');
  return differences;
}

function conflict(field: string, message: string, value: string): DomainError {
  return new DomainError(ErrorCode.CONFLICTING_RESUBMISSION, message, { field, value });
}
