/**
 * The one layout of each kind that `npm run import` reads. NDJSON: one JSON object per line,
 * with the fields below as members. CSV: a header row naming the columns (any order; extra
 * columns are refused), RFC 4180 quoting, an empty cell for an optional field left out.
 *
 *   parties       id, name, kind
 *                 kind: COUNTY_AGENCY, INDIVIDUAL, PARTNERSHIP, CORPORATION, ASSOCIATION,
 *                 ORGANIZATION, BULK_DATA_REQUESTER, DATA_BROKER, GOVERNMENT_AGENCY,
 *                 CONTRACTOR, DATABASE, DATA_EXCHANGE
 *   affiliations  id, fromPartyId, kind, toPartyId, from, until?, reference?
 *                 kind: EMPLOYEE_OF, AGENT_OF, CONTRACTOR_OF; from/until: instants with offset
 *   records       id, subjectKey, originPartyId, sourceSystem, sourceRecordId, categories, createdAt
 *                 subjectKey: 64 lower-case hex digits; categories: NDJSON an array,
 *                 CSV "NAME|DATE_OF_BIRTH"
 *   disclosures   id, at, fromPartyId, toPartyId, purpose, channel, legalBasis?,
 *                 agreementReference?, reportedBy?, records
 *                 records: NDJSON [{"recordId": "r-1", "categories": ["NAME"]}, {"recordId": "r-2"}];
 *                 CSV "r-1:NAME|DATE_OF_BIRTH;r-2" (no categories: all of the record's)
 *   enforcement   id, partyId, from, until?, basis          (a party enforces immigration law)
 *   grants        id, agencyPartyId, granteePartyId, dataset, purpose, from, until?,
 *                 agreementReference?
 *   deletions     id, holderPartyId, at, recordIds, reportedBy?
 *                 recordIds: NDJSON an array; CSV "r-1;r-2"
 *   retractions   id, disclosureId, at, reason, filedByPartyId? (default: the disclosure's sender)
 *   compliance    type, document
 *                 type: AGREEMENT, RECIPIENT_CERTIFICATION, RECIPIENT_LIST, AUDIT, VIOLATION_NOTICE,
 *                 CEASE_ORDER, DELETION_DEMAND, DETAINER_REQUEST, IMMIGRATION_ACCESS_REQUEST,
 *                 COMPLAINT, COMPLAINT_STATUS; document: the input of the matching mutation
 *                 (recordAgreement, ...), NDJSON an object, CSV its JSON text
 *
 * A line is checked here for shape and enums only; the write functions check the rest.
 */
import {
  CATEGORIES,
  type RegisterRecordInput,
  type AffiliationKind,
  type Category,
  PARTY_KINDS,
} from '../../core/registry/index.ts';
import type { PartyRow } from '../../core/registry/index.ts';
import type { ConfirmDeletionInput, RecordGrantInput } from '../../core/lineage/index.ts';
import { InputError } from '../../infra/errors.ts';
import { isInstant } from '../../infra/scalars.ts';
import { COMPLIANCE_TYPES, complianceItem, type ComplianceItem } from './compliance-input.ts';
import { type RecordDisclosureInput } from '../../core/lineage/index.ts';

/** In the order a whole county is imported: what each kind names must come before it. */
export const KINDS = [
  'parties',
  'enforcement',
  'affiliations',
  'records',
  'disclosures',
  'grants',
  'deletions',
  'retractions',
  'compliance',
] as const;
export type Kind = (typeof KINDS)[number];
export const FORMATS = ['ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type AffiliationInput = {
  id: string;
  fromPartyId: string;
  kind: AffiliationKind;
  toPartyId: string;
  from: string;
  until: string | null;
  reference: string | null;
};
export type EnforcementInput = { id: string; partyId: string; from: string; until: string | null; basis: string };
export type RetractionInput = {
  id: string;
  disclosureId: string;
  at: string;
  reason: string;
  filedByPartyId: string | null;
};
export type ItemOf = {
  parties: PartyRow;
  enforcement: EnforcementInput;
  affiliations: AffiliationInput;
  records: RegisterRecordInput;
  disclosures: RecordDisclosureInput;
  grants: RecordGrantInput;
  deletions: ConfirmDeletionInput;
  retractions: RetractionInput;
  compliance: ComplianceItem;
};
export type Item = ItemOf[Kind];

export const COLUMNS: Record<Kind, { required: readonly string[]; optional: readonly string[] }> = {
  parties: { required: ['id', 'name', 'kind'], optional: [] },
  affiliations: { required: ['id', 'fromPartyId', 'kind', 'toPartyId', 'from'], optional: ['until', 'reference'] },
  records: {
    required: ['id', 'subjectKey', 'originPartyId', 'sourceSystem', 'sourceRecordId', 'categories', 'createdAt'],
    optional: [],
  },
  disclosures: {
    required: ['id', 'at', 'fromPartyId', 'toPartyId', 'purpose', 'channel', 'records'],
    optional: ['legalBasis', 'agreementReference', 'reportedBy'],
  },
  enforcement: { required: ['id', 'partyId', 'from', 'basis'], optional: ['until'] },
  grants: {
    required: ['id', 'agencyPartyId', 'granteePartyId', 'dataset', 'purpose', 'from'],
    optional: ['until', 'agreementReference'],
  },
  deletions: { required: ['id', 'holderPartyId', 'at', 'recordIds'], optional: ['reportedBy'] },
  retractions: { required: ['id', 'disclosureId', 'at', 'reason'], optional: ['filedByPartyId'] },
  compliance: { required: ['type', 'document'], optional: [] },
};

const AFFILIATION_KINDS: readonly AffiliationKind[] = ['EMPLOYEE_OF', 'AGENT_OF', 'CONTRACTOR_OF'];
const CHANNELS = ['BULK_EXPORT', 'API_QUERY', 'DATA_EXCHANGE_FEED', 'EMAIL', 'PHONE', 'IN_PERSON', 'PORTAL', 'OTHER'];
const LEGAL_BASES = ['NONE', 'CRIMINAL_WARRANT', 'COURT_ORDER', 'NON_IMMIGRATION_LAW_ENFORCEMENT'];
const REPORTERS = ['SENDER', 'RECEIVER', 'AUDIT'];

/** The header of a CSV file of this kind: every required column once, nothing unknown. */
export function checkHeader(kind: Kind, names: readonly string[]): void {
  const { required, optional } = COLUMNS[kind];
  const unknown = names.filter((name) => !required.includes(name) && !optional.includes(name));
  const missing = required.filter((name) => !names.includes(name));
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (unknown.length + missing.length + twice.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown ${unknown.join(', ')}` : '',
      twice.length > 0 ? `repeated ${twice.join(', ')}` : '',
    ].filter(Boolean);
    throw new InputError(
      `the header of a ${kind} CSV file must name ${[...required, ...optional.map((name) => `${name}?`)].join(', ')}: ${problems.join('; ')}`,
      'header',
      names.join(','),
    );
  }
}

type Fields = Record<string, unknown>;

/** One line's fields as the write function of its kind takes them; throws InputError. */
export function toItem<K extends Kind>(kind: K, fields: Fields, format: Format): ItemOf[K] {
  const known = [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
  const extra = Object.keys(fields).find((name) => !known.includes(name));
  if (extra !== undefined) {
    throw new InputError(`unknown field "${extra}"; a ${kind} line has ${known.join(', ')}`, extra, fields[extra]);
  }
  return PARSERS[kind](new Reader(fields, format)) as ItemOf[K];
}

const PARSERS: { [K in Kind]: (read: Reader) => ItemOf[K] } = {
  parties: (read) => ({ id: read.text('id'), name: read.text('name'), kind: read.oneOf('kind', PARTY_KINDS) }),
  affiliations: (read) => ({
    id: read.text('id'),
    fromPartyId: read.text('fromPartyId'),
    kind: read.oneOf('kind', AFFILIATION_KINDS),
    toPartyId: read.text('toPartyId'),
    from: read.instant('from'),
    until: read.optional('until', () => read.instant('until')),
    reference: read.optional('reference', () => read.text('reference')),
  }),
  records: (read) => ({
    id: read.text('id'),
    subjectKey: read.text('subjectKey'),
    originPartyId: read.text('originPartyId'),
    sourceSystem: read.text('sourceSystem'),
    sourceRecordId: read.text('sourceRecordId'),
    categories: read.categories('categories'),
    createdAt: read.instant('createdAt'),
  }),
  disclosures: (read) => {
    const item: RecordDisclosureInput = {
      id: read.text('id'),
      at: read.instant('at'),
      fromPartyId: read.text('fromPartyId'),
      toPartyId: read.text('toPartyId'),
      purpose: read.text('purpose'),
      channel: read.oneOf('channel', CHANNELS) as RecordDisclosureInput['channel'],
      records: read.carried('records'),
    };
    const legalBasis = read.optional('legalBasis', () => read.oneOf('legalBasis', LEGAL_BASES));
    const reportedBy = read.optional('reportedBy', () => read.oneOf('reportedBy', REPORTERS));
    const agreementReference = read.optional('agreementReference', () => read.text('agreementReference'));
    if (legalBasis !== null) item.legalBasis = legalBasis as NonNullable<RecordDisclosureInput['legalBasis']>;
    if (reportedBy !== null) item.reportedBy = reportedBy as NonNullable<RecordDisclosureInput['reportedBy']>;
    if (agreementReference !== null) item.agreementReference = agreementReference;
    return item;
  },
  enforcement: (read) => ({
    id: read.text('id'),
    partyId: read.text('partyId'),
    from: read.instant('from'),
    until: read.optional('until', () => read.instant('until')),
    basis: read.text('basis'),
  }),
  grants: (read) => ({
    id: read.text('id'),
    agencyPartyId: read.text('agencyPartyId'),
    granteePartyId: read.text('granteePartyId'),
    dataset: read.text('dataset'),
    purpose: read.text('purpose'),
    from: read.instant('from'),
    until: read.optional('until', () => read.instant('until')),
    agreementReference: read.optional('agreementReference', () => read.text('agreementReference')),
  }),
  deletions: (read) => ({
    id: read.text('id'),
    holderPartyId: read.text('holderPartyId'),
    at: read.instant('at'),
    recordIds: read.ids('recordIds'),
    reportedBy: read.optional('reportedBy', () => read.oneOf('reportedBy', REPORTERS)),
  }),
  retractions: (read) => ({
    id: read.text('id'),
    disclosureId: read.text('disclosureId'),
    at: read.instant('at'),
    reason: read.text('reason'),
    filedByPartyId: read.optional('filedByPartyId', () => read.text('filedByPartyId')),
  }),
  compliance: (read) => complianceItem(read.oneOf('type', COMPLIANCE_TYPES), read.object('document')),
};

/** Reads typed fields from an NDJSON object or a CSV row (where every value is a string). */
class Reader {
  private readonly fields: Fields;
  private readonly format: Format;

  constructor(fields: Fields, format: Format) {
    this.fields = fields;
    this.format = format;
  }

  private present(name: string): boolean {
    const value = this.fields[name];
    return value !== undefined && value !== null && value !== '';
  }

  optional<T>(name: string, read: () => T): T | null {
    return this.present(name) ? read() : null;
  }

  text(name: string): string {
    const value = this.fields[name];
    if (!this.present(name)) throw new InputError(`${name} is required`, name, value ?? null);
    if (typeof value !== 'string') {
      throw new InputError(`${name} must be a string, got ${JSON.stringify(value)}`, name, value);
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.text(name);
    if (!allowed.includes(value as T)) {
      throw new InputError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`, name, value);
    }
    return value as T;
  }

  instant(name: string): string {
    const value = this.text(name);
    if (!isInstant(value)) {
      throw new InputError(`${name} must be an ISO 8601 instant with an offset, got "${value}"`, name, value);
    }
    return value;
  }

  categories(name: string, value: unknown = this.fields[name]): Category[] {
    const list = typeof value === 'string' && this.format === 'csv' ? value.split('|') : value;
    if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) {
      throw new InputError(`${name} must be a list of categories, got ${JSON.stringify(value)}`, name, value);
    }
    const bad = list.find((entry) => !CATEGORIES.includes(entry as Category));
    if (bad !== undefined) {
      throw new InputError(`${name}: "${bad}" is not a category; one of ${CATEGORIES.join(', ')}`, name, bad);
    }
    return list as Category[];
  }

  ids(name: string): string[] {
    const value = this.fields[name];
    const list = typeof value === 'string' && this.format === 'csv' ? value.split(';').map((id) => id.trim()) : value;
    if (!Array.isArray(list) || list.length === 0 || list.some((id) => typeof id !== 'string' || id === '')) {
      throw new InputError(
        `${name} must be a non-empty list of ids, got ${JSON.stringify(value)}`,
        name,
        value ?? null,
      );
    }
    return list as string[];
  }

  /** An object: NDJSON a JSON object, CSV the JSON text of one. */
  object(name: string): Record<string, unknown> {
    let value = this.fields[name];
    if (this.format === 'csv') {
      const text = this.text(name);
      try {
        value = JSON.parse(text);
      } catch {
        throw new InputError(`${name} must be the JSON text of an object, got ${JSON.stringify(text)}`, name, text);
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`${name} must be an object, got ${JSON.stringify(value ?? null)}`, name, value ?? null);
    }
    return value as Record<string, unknown>;
  }

  carried(name: string): RecordDisclosureInput['records'] {
    const value = this.fields[name];
    if (this.format === 'csv') {
      const text = this.text(name);
      return text.split(';').map((part) => {
        const colon = part.indexOf(':');
        if (colon < 0) return { recordId: part.trim() };
        return { recordId: part.slice(0, colon).trim(), categories: this.categories(name, part.slice(colon + 1)) };
      });
    }
    if (!Array.isArray(value) || value.length === 0) {
      throw new InputError(`${name} must be a non-empty array of {recordId, categories?}`, name, value ?? null);
    }
    return value.map((entry: unknown, index) => {
      const item = entry as { recordId?: unknown; categories?: unknown } | null;
      if (item === null || typeof item !== 'object' || typeof item.recordId !== 'string') {
        throw new InputError(`${name}[${index}] must be {recordId, categories?}`, `${name}[${index}]`, entry);
      }
      const extra = Object.keys(item).find((key) => key !== 'recordId' && key !== 'categories');
      if (extra !== undefined) {
        throw new InputError(`${name}[${index}]: unknown field "${extra}"`, `${name}[${index}]`, entry);
      }
      return item.categories == null
        ? { recordId: item.recordId }
        : { recordId: item.recordId, categories: this.categories(`${name}[${index}].categories`, item.categories) };
    });
  }
}

/** Kind and format from a file name: `x.parties.ndjson`, `disclosures.csv`, `2025-records.csv`. */
export function guessFromName(file: string): { kind?: Kind; format?: Format } {
  const base = file.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const format = FORMATS.find((candidate) => base.endsWith(`.${candidate}`));
  const kind = KINDS.find((candidate) => new RegExp(`(^|[^a-z])${candidate}([^a-z]|$)`).test(base));
  return { ...(kind ? { kind } : {}), ...(format ? { format } : {}) };
}
