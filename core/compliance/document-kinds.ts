/**
 * What a compliance document is, apart from where it is stored: its kinds, the fields of each
 * kind (instants, parties and their roles, lists of ids), the checks that need no graph, its
 * canonical content and hash, the parties it concerns, and how GraphQL reads it. The
 * documents' storage and ledger (documents.ts) build on this.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../infra/chain.ts';
import { InputError } from '../../infra/errors.ts';
import { instantOrder, isInstant } from '../../infra/scalars.ts';
import { boundedText, checkEventId, checkNotFuture, isSubjectKey } from '../../infra/validation.ts';

export const DOCUMENT_KINDS = [
  'AUDIT',
  'VIOLATION_NOTICE',
  'CEASE_ORDER',
  'DELETION_DEMAND',
  'DETAINER_REQUEST',
  'IMMIGRATION_ACCESS_REQUEST',
  'COMPLAINT',
  'COMPLAINT_STATUS',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Value = string | number | boolean | null | string[];
export type Content = Record<string, Value>;
/** A document as stored and read back: its kind, its id, its content (a field left empty is absent, as canonical JSON drops nulls). */
export type DocumentRow = { kind: DocumentKind; id: string; content: Content };

/** How one kind is checked: which fields are instants, which name parties (and in what role), which are lists of ids. */
type Field =
  | { type: 'instant'; optional?: boolean; past?: boolean }
  | { type: 'party'; role: string; optional?: boolean }
  | { type: 'text'; max: number; optional?: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'boolean' }
  | { type: 'minutes' }
  | { type: 'ids'; optional?: boolean }
  | { type: 'subject'; optional?: boolean }
  | { type: 'ref'; kind: DocumentKind; optional?: boolean };

export const SPECS: Record<DocumentKind, Record<string, Field>> = {
  AUDIT: {
    auditorPartyId: { type: 'party', role: 'AUDITOR' },
    thirdPartyId: { type: 'party', role: 'AUDITED' },
    at: { type: 'instant', past: true },
    scope: { type: 'text', max: 2000 },
    result: { type: 'enum', values: ['COMPLIANT', 'NOT_COMPLIANT', 'INCONCLUSIVE'] },
    findingsNoted: { type: 'text', max: 10_000, optional: true },
  },
  VIOLATION_NOTICE: {
    thirdPartyId: { type: 'party', role: 'NOTIFIER' },
    agencyPartyId: { type: 'party', role: 'AGENCY' },
    at: { type: 'instant', past: true },
    description: { type: 'text', max: 10_000 },
    disclosureIds: { type: 'ids', optional: true },
    categories: { type: 'ids', optional: true },
    recordIds: { type: 'ids', optional: true },
  },
  CEASE_ORDER: {
    agencyPartyId: { type: 'party', role: 'AGENCY' },
    thirdPartyId: { type: 'party', role: 'ORDERED' },
    noticeId: { type: 'ref', kind: 'VIOLATION_NOTICE', optional: true },
    at: { type: 'instant', past: true },
    deadline: { type: 'instant' },
    deletionNotPossibleReason: { type: 'text', max: 2000, optional: true },
  },
  DELETION_DEMAND: {
    agencyPartyId: { type: 'party', role: 'AGENCY' },
    thirdPartyId: { type: 'party', role: 'ORDERED' },
    noticeId: { type: 'ref', kind: 'VIOLATION_NOTICE', optional: true },
    at: { type: 'instant', past: true },
    deadline: { type: 'instant' },
    violatingDisclosureIds: { type: 'ids', optional: true },
    since: { type: 'instant', optional: true },
  },
  DETAINER_REQUEST: {
    agencyPartyId: { type: 'party', role: 'AGENCY' },
    requesterPartyId: { type: 'party', role: 'REQUESTER' },
    receivedAt: { type: 'instant', past: true },
    subjectKey: { type: 'subject' },
    disposition: { type: 'enum', values: ['DECLINED', 'HONOURED', 'PENDING'] },
    reimbursementAgreementReference: { type: 'text', max: 200, optional: true },
    countyStaffMinutes: { type: 'minutes' },
  },
  IMMIGRATION_ACCESS_REQUEST: {
    agencyPartyId: { type: 'party', role: 'AGENCY' },
    requesterPartyId: { type: 'party', role: 'REQUESTER' },
    receivedAt: { type: 'instant', past: true },
    subjectKey: { type: 'subject', optional: true },
    request: {
      type: 'enum',
      values: ['ACCESS_TO_INDIVIDUAL', 'USE_OF_FACILITIES', 'INCARCERATION_STATUS', 'RELEASE_DATE'],
    },
    criminalWarrantShown: { type: 'boolean' },
    nonImmigrationPurposeShown: { type: 'boolean' },
    answer: { type: 'enum', values: ['GRANTED', 'DECLINED'] },
    countyStaffMinutes: { type: 'minutes' },
  },
  COMPLAINT: {
    receivedByPartyId: { type: 'party', role: 'RECEIVER' },
    receivedAt: { type: 'instant', past: true },
    allegation: { type: 'text', max: 10_000 },
    partyIds: { type: 'ids', optional: true },
    linkedDisclosureIds: { type: 'ids', optional: true },
  },
  COMPLAINT_STATUS: {
    complaintId: { type: 'ref', kind: 'COMPLAINT' },
    at: { type: 'instant', past: true },
    status: { type: 'enum', values: ['INVESTIGATING', 'SUSTAINED', 'NOT_SUSTAINED', 'CLOSED'] },
    note: { type: 'text', max: 2000, optional: true },
  },
};

export const WHAT: Record<DocumentKind, string> = {
  AUDIT: 'audit',
  VIOLATION_NOTICE: 'violation notice',
  CEASE_ORDER: 'cease order',
  DELETION_DEMAND: 'deletion demand',
  DETAINER_REQUEST: 'detainer request',
  IMMIGRATION_ACCESS_REQUEST: 'immigration access request',
  COMPLAINT: 'complaint',
  COMPLAINT_STATUS: 'complaint status',
};

/** The parties a document names, by role: what its CONCERNS relationships hold. */
export function partiesOf(kind: DocumentKind, content: Content): Array<{ role: string; partyId: string }> {
  const named = Object.entries(SPECS[kind]).flatMap(([field, spec]) =>
    spec.type === 'party' && typeof content[field] === 'string' ? [{ role: spec.role, partyId: content[field] }] : [],
  );
  const listed = Array.isArray(content.partyIds)
    ? content.partyIds.map((partyId) => ({ role: 'CONCERNED', partyId }))
    : [];
  return [...named, ...listed];
}

/** Checks what can be checked without the graph, and gives the canonical content. */
export function validateDocument(kind: DocumentKind, input: Record<string, unknown>, now = Date.now()): DocumentRow {
  const id = String(input.id ?? '');
  const what = `${WHAT[kind]} ${id}`;
  checkEventId(WHAT[kind], id);
  const content: Content = {};
  for (const [field, spec] of Object.entries(SPECS[kind])) {
    const value = input[field];
    if (value === undefined || value === null) {
      if ('optional' in spec && spec.optional) {
        content[field] = spec.type === 'ids' ? [] : null;
        continue;
      }
      throw new InputError(`${what}: ${field} is required`, field, null);
    }
    content[field] = checkField(what, field, spec, value, now);
  }
  const extra = Object.keys(input).find((field) => field !== 'id' && !(field in SPECS[kind]));
  if (extra !== undefined) throw new InputError(`${what}: no field ${extra}`, extra, input[extra]);
  if (
    kind === 'DELETION_DEMAND' &&
    (content.violatingDisclosureIds as string[]).length === 0 &&
    content.since === null
  ) {
    throw new InputError(
      `${what}: name the violating disclosures, or the instant since which the third party is in violation`,
      'violatingDisclosureIds',
      [],
    );
  }
  return { kind, id, content };
}

function checkField(what: string, field: string, spec: Field, value: unknown, now: number): Value {
  const bad = (why: string): never => {
    throw new InputError(`${what}: ${field} ${why}, got ${JSON.stringify(value)}`, field, value);
  };
  switch (spec.type) {
    case 'instant':
      if (!isInstant(value)) bad('must be an ISO 8601 instant with an offset');
      if (spec.past) checkNotFuture(what, field, value as string, now);
      return value as string;
    case 'party':
    case 'ref':
      if (typeof value !== 'string') return bad('must be an id');
      checkEventId(`${what}: ${field}`, value);
      return value;
    case 'text':
      if (typeof value !== 'string') return bad('must be text');
      return boundedText(what, field, value, spec.max);
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) bad(`must be one of ${spec.values.join(', ')}`);
      return value as string;
    case 'boolean':
      if (typeof value !== 'boolean') bad('must be true or false');
      return value as boolean;
    case 'minutes':
      if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > 1_000_000) {
        bad('must be a whole number of minutes from 0');
      }
      return value as number;
    case 'ids': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return bad('must be a list of ids');
      const ids = [...new Set(value as string[])].sort();
      if (ids.length > 10_000) bad('names more than 10,000 items');
      return ids;
    }
    case 'subject':
      if (!isSubjectKey(value)) bad('must be 64 lower-case hex digits');
      return value as string;
  }
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
export const contentHash = (row: DocumentRow) => sha256(canonicalJson({ kind: row.kind, ...row.content }));
export const keyOf = (kind: DocumentKind, id: string) => `${kind}:${id}`;

/** The content's fields as node properties too (a copy the ledger checks), so Cypher can filter on them; empty ones are left out. */
export const fieldsOf = (row: DocumentRow) =>
  Object.fromEntries(Object.entries(row.content).filter(([, value]) => value !== null));
export const parse = (row: { kind: DocumentKind; id: string; content: string }): DocumentRow => ({
  kind: row.kind,
  id: row.id,
  content: JSON.parse(row.content) as Content,
});

/**
 * Each complaint's latest status, from the status changes among `documents`: the last by
 * time (then by id), RECEIVED for a complaint with none.
 */
export function latestStatuses(documents: readonly DocumentRow[]): (complaintId: string) => string {
  const latest = new Map<string, DocumentRow>();
  for (const change of documents) {
    if (change.kind !== 'COMPLAINT_STATUS') continue;
    const complaintId = String(change.content.complaintId);
    const seen = latest.get(complaintId);
    const later =
      seen === undefined ||
      instantOrder(String(change.content.at)) > instantOrder(String(seen.content.at)) ||
      (instantOrder(String(change.content.at)) === instantOrder(String(seen.content.at)) && change.id > seen.id);
    if (later) latest.set(complaintId, change);
  }
  return (complaintId) => String(latest.get(complaintId)?.content.status ?? 'RECEIVED');
}

/** A document as GraphQL reads it: kind and id beside its content's fields. */
export type DocumentView = { kind: DocumentKind; id: string; [field: string]: Value };

export const viewOf = (row: DocumentRow): DocumentView => ({ ...row.content, kind: row.kind, id: row.id });
