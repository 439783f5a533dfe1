import { EVENT_ID, FUTURE_TOLERANCE_MS } from '../../infra/validation.ts';
import { InputError } from '../../infra/errors.ts';
import { isInstant } from '../../infra/scalars.ts';
import { CATEGORIES, type Category } from './vocabulary.ts';
import { isSubjectKey, REDACTED } from './subject-key.ts';

/** One item of `registerRecords`, as GraphQL hands it over. */
export type RegisterRecordInput = {
  id: string;
  subjectKey: string;
  originPartyId: string;
  sourceSystem: string;
  sourceRecordId: string;
  categories: readonly Category[];
  createdAt: string;
};

/** A checked item, ready for Cypher: its position in the batch, categories in CATEGORIES order. */
export type NewRecord = {
  index: number;
  id: string;
  subjectKey: string;
  originId: string;
  sourceSystem: string;
  sourceRecordId: string;
  categories: Category[];
  createdAt: string;
};

export const MAX_RECORDS_PER_CALL = 1000;
/** Clocks of agency systems drift; a record from further ahead than this is a mistake. */

/** Refused before anything else, so that the error is the count, whatever the items hold. */
export function checkBatchSize(input: readonly unknown[]): void {
  if (input.length > MAX_RECORDS_PER_CALL) {
    throw new InputError(
      `registerRecords takes at most ${MAX_RECORDS_PER_CALL.toLocaleString('en-US')} records per call, got ${input.length.toLocaleString('en-US')}: split the batch`,
      'input',
      input.length,
    );
  }
}

/**
 * Checks every item of a batch and refuses the first bad one, naming its index and field
 * (`input[3].categories`). A subject key that is not one is never shown: it may be the
 * identifier it should have been derived from.
 */
export function validateRecords(input: readonly RegisterRecordInput[], now: number): NewRecord[] {
  checkBatchSize(input);
  const ids = new Map<string, number>();
  const sources = new Map<string, number>();
  return input.map((item, index) => {
    const row = validateRecord(item, index, now);
    const source = JSON.stringify([row.originId, row.sourceSystem, row.sourceRecordId]);
    const sameId = ids.get(row.id);
    if (sameId !== undefined) {
      refuse(index, 'id', `record ${row.id} is also input[${sameId}]; a batch names each record once`, row.id);
    }
    const sameSource = sources.get(source);
    if (sameSource !== undefined) {
      refuse(
        index,
        'sourceRecordId',
        `record ${row.id} has the same source record ("${row.sourceRecordId}" of "${row.sourceSystem}") as input[${sameSource}]`,
        row.sourceRecordId,
      );
    }
    ids.set(row.id, index);
    sources.set(source, index);
    return row;
  });
}

function validateRecord(item: RegisterRecordInput, index: number, now: number): NewRecord {
  if (!EVENT_ID.test(item.id)) {
    refuse(
      index,
      'id',
      `record id must be 1 to 128 letters, digits, ".", "_", ":", "/" or "-", starting with a letter or digit; got "${item.id}"`,
      item.id,
    );
  }
  const what = `record ${item.id}`;
  const keyLength = item.subjectKey.length;
  if (!isSubjectKey(item.subjectKey)) {
    refuse(
      index,
      'subjectKey',
      `${what}: subjectKey must be 64 lower-case hex digits, as deriveSubjectKey returns; got ${keyLength} characters that are not (not shown: it may be an identifier in clear)`,
      REDACTED,
    );
  }
  const sourceSystem = text(item.sourceSystem, 100, index, 'sourceSystem', what);
  const sourceRecordId = text(item.sourceRecordId, 200, index, 'sourceRecordId', what);
  return {
    index,
    id: item.id,
    subjectKey: item.subjectKey,
    originId: item.originPartyId,
    sourceSystem,
    sourceRecordId,
    categories: categories(item.categories, index, what),
    createdAt: createdAt(item.createdAt, index, what, now),
  };
}

function text(value: string, max: number, index: number, field: string, what: string): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length === 0 || length > max) {
    refuse(index, field, `${what}: ${field} must be 1 to ${max} characters, got ${length}: "${value}"`, value);
  }
  return trimmed;
}

function categories(values: readonly Category[], index: number, what: string): Category[] {
  if (values.length === 0) {
    refuse(index, 'categories', `${what}: categories must name at least one category`, values);
  }
  const seen = new Set<string>();
  for (const value of values) {
    if (!CATEGORIES.includes(value)) {
      refuse(index, 'categories', `${what}: "${value}" is not a category; one of ${CATEGORIES.join(', ')}`, value);
    }
    if (seen.has(value)) refuse(index, 'categories', `${what}: category ${value} is named twice`, values);
    seen.add(value);
  }
  return CATEGORIES.filter((category) => seen.has(category));
}

function createdAt(value: string, index: number, what: string, now: number): string {
  if (!isInstant(value)) {
    refuse(index, 'createdAt', `${what}: createdAt must be an ISO 8601 instant with an offset, got "${value}"`, value);
  }
  if (Date.parse(value) > now + FUTURE_TOLERANCE_MS) {
    refuse(
      index,
      'createdAt',
      `${what}: createdAt ${value} is more than 5 minutes after now (${new Date(now).toISOString()})`,
      value,
    );
  }
  return value;
}

function refuse(index: number, field: string, message: string, value: unknown): never {
  throw new InputError(`input[${index}].${field}: ${message}; nothing was written`, `input[${index}].${field}`, value);
}
