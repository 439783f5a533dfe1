import { InputError } from '../../infra/errors.ts';
import { boundedText, checkEventId, checkNotFuture } from '../../infra/validation.ts';
import type { CarriedRecordInput, RecordDisclosureInput } from './vocabulary.ts';

/**
 * How much one write may carry. A mutation is one HTTP request, so it carries little; the
 * bulk import writes a disclosure of up to a million records ("a bulk disclosure
 * can carry millions of records") in one transaction, all of it or none.
 */
export type DisclosureLimits = { disclosures: number; recordsPerDisclosure: number };
export const CALL_LIMITS: DisclosureLimits = { disclosures: 100, recordsPerDisclosure: 10_000 };
export const IMPORT_LIMITS: DisclosureLimits = { disclosures: 5_000, recordsPerDisclosure: 1_000_000 };

/** A checked disclosure, ready for Cypher; `categories` null means all of the record's. */
export type NewDisclosure = Omit<
  RecordDisclosureInput,
  'records' | 'agreementReference' | 'legalBasis' | 'reportedBy'
> & {
  agreementReference: string | null;
  legalBasis: NonNullable<RecordDisclosureInput['legalBasis']>;
  reportedBy: NonNullable<RecordDisclosureInput['reportedBy']>;
  records: Array<{ recordId: string; categories: string[] | null }>;
};

function records(id: string, input: readonly CarriedRecordInput[], limit: number): NewDisclosure['records'] {
  if (input.length === 0)
    throw new InputError(`disclosure ${id}: records must name at least one record`, 'records', []);
  if (input.length > limit) {
    const more = limit < IMPORT_LIMITS.recordsPerDisclosure ? '; use the bulk import for more' : '';
    throw new InputError(
      `disclosure ${id}: at most ${limit} records per disclosure here, got ${input.length}${more}`,
      'records',
      input.length,
    );
  }
  const seen = new Set<string>();
  return input.map((item, index) => {
    if (seen.has(item.recordId)) {
      throw new InputError(
        `disclosure ${id}: record ${item.recordId} is named twice`,
        `records[${index}].recordId`,
        item.recordId,
      );
    }
    seen.add(item.recordId);
    const categories = item.categories ?? null;
    if (categories !== null && categories.length === 0) {
      throw new InputError(
        `disclosure ${id}: record ${item.recordId} carries no category; omit categories to mean all of them`,
        `records[${index}].categories`,
        categories,
      );
    }
    return { recordId: item.recordId, categories: categories === null ? null : [...new Set(categories)].sort() };
  });
}

/** Checks what can be checked without the graph; the rest is in record-disclosure.ts. */
export function validateDisclosure(
  input: RecordDisclosureInput,
  now = Date.now(),
  limits: DisclosureLimits = CALL_LIMITS,
): NewDisclosure {
  checkEventId('disclosure', input.id);
  if (input.fromPartyId === input.toPartyId) {
    throw new InputError(
      `disclosure ${input.id}: a party cannot disclose to itself ("${input.toPartyId}")`,
      'toPartyId',
      input.toPartyId,
    );
  }
  checkNotFuture(`disclosure ${input.id}`, 'at', input.at, now);
  return {
    ...input,
    // GraphQL applies these defaults; a caller in code (the bulk import) may leave them out.
    legalBasis: input.legalBasis ?? 'NONE',
    reportedBy: input.reportedBy ?? 'SENDER',
    purpose: boundedText(`disclosure ${input.id}`, 'purpose', input.purpose, 2000),
    agreementReference:
      input.agreementReference == null
        ? null
        : boundedText(`disclosure ${input.id}`, 'agreementReference', input.agreementReference, 200),
    records: records(input.id, input.records, limits.recordsPerDisclosure),
  };
}
