import { createHash } from 'node:crypto';
import { appendManyToChain, canonicalJson } from '../../infra/chain.ts';
import { verifyChain, type ChainVerification } from '../../infra/chain-verify.ts';
import type { Database, Tx } from '../../infra/db.ts';
import { ConflictError, InputError, NotFoundError } from '../../infra/errors.ts';
import { recordedNow } from '../../infra/recorded.ts';
import { instantOrder, isInstant, utcOrNull } from '../../infra/scalars.ts';
import { assertPartiesExist, boundedText, checkEventId, checkNotFuture, isSubjectKey } from '../../infra/validation.ts';

/**
 * The compliance documents beside agreements (Sec. 46-37(a), (b), (d), (g), (h)): audits,
 * violation notices, cease orders, deletion demands, ICE detainer requests, immigration
 * agents' access requests and complaints with their status changes. Each is recorded once,
 * by (kind, id), as its canonical content; the same content again writes nothing, other
 * content is refused. Every document is stamped in the hash chain `compliance-ledger`
 * (contentHash = SHA-256 of canonicalJson({kind, ...content})), so an edit behind the
 * service's back is found by `verifyComplianceLedger`.
 */

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

type Value = string | number | boolean | null | string[];
export type Content = Record<string, Value>;
/** A document as stored and read back: its kind, its id, its content (a field left empty is absent, as canonical JSON drops nulls). */
export type DocumentRow = { kind: DocumentKind; id: string; content: Content };

export const COMPLIANCE_LEDGER = 'compliance-ledger';

/**
 * The typed compliance nodes (agreement versions, certifications, recipient lists) are stamped
 * in the same chain, by a snapshot: their properties (not recordedAt) and the parties they are
 * linked to, so that a re-pointed relationship is found as surely as an edited property.
 */
const TYPED = {
  AGREEMENT: { label: 'Agreement', key: 'key' },
  RECIPIENT_CERTIFICATION: { label: 'RecipientCertification', key: 'id' },
  RECIPIENT_LIST: { label: 'RecipientList', key: 'id' },
} as const;
export type TypedKind = keyof typeof TYPED;

const snapshotQuery = (kind: TypedKind) => /* cypher */ `
  MATCH (n:${TYPED[kind].label} {${TYPED[kind].key}: $value})
  RETURN properties(n) AS props, [(n)-[r]-(x:Party) | [type(r), x.id]] AS links`;

type Snapshot = { props: Record<string, unknown>; links: Array<[string, string]> };

/**
 * A time is hashed as stated (its `…Stated` copy), not as the UTC copy queries compare: the
 * form it was stamped in before the service kept both. The recorded time is the service's
 * own, not the document's.
 */
const snapshotHash = (kind: TypedKind, { props, links }: Snapshot) => {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'recordedAt' || key.endsWith('Stated')) continue;
    kept[key] = `${key}Stated` in props ? props[`${key}Stated`] : value;
  }
  return sha256(canonicalJson({ kind, ...kept, links: [...links].map((link) => link.join(' ')).sort() }));
};

/** Stamps a typed node just written, in the caller's transaction. */
export async function stampTyped(tx: Tx, kind: TypedKind, value: string): Promise<void> {
  const [snapshot] = await tx.run<Snapshot>(snapshotQuery(kind), { value });
  if (snapshot === undefined) throw new Error(`${kind} ${value}: nothing to stamp`);
  await appendManyToChain(tx, COMPLIANCE_LEDGER, 'LedgerEntry', [
    { eventType: kind, eventId: value, contentHash: snapshotHash(kind, snapshot) },
  ]);
}

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

const SPECS: Record<DocumentKind, Record<string, Field>> = {
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

const WHAT: Record<DocumentKind, string> = {
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

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const contentHash = (row: DocumentRow) => sha256(canonicalJson({ kind: row.kind, ...row.content }));

const DOCUMENT_BY_KEY = /* cypher */ `
  MATCH (d:ComplianceDocument {key: $key}) RETURN d.content AS content`;
const REFERENCED = /* cypher */ `
  UNWIND $keys AS key OPTIONAL MATCH (d:ComplianceDocument {key: key}) WITH key, d WHERE d IS NULL RETURN key`;
const CREATE_DOCUMENT = /* cypher */ `
  CREATE (d:ComplianceDocument {key: $key, kind: $kind, id: $id, content: $content, recordedAt: datetime($recordedAt)})
  SET d += $fields
  WITH d
  UNWIND $parties AS named
  MATCH (p:Party {id: named.partyId})
  CREATE (d)-[:CONCERNS {role: named.role}]->(p)`;
export const DOCUMENTS_OF_KINDS = /* cypher */ `
  MATCH (d:ComplianceDocument) WHERE d.kind IN $kinds AND ($asOf IS NULL OR d.recordedAt <= datetime($asOf))
  RETURN d.kind AS kind, d.id AS id, d.content AS content ORDER BY d.kind, d.id`;
const DOCUMENTS_CONCERNING = /* cypher */ `
  UNWIND $ids AS pid
  MATCH (:Party {id: pid})<-[:CONCERNS]-(d:ComplianceDocument)
  WITH pid, d ORDER BY d.kind, d.id
  RETURN pid AS id, collect(DISTINCT {kind: d.kind, id: d.id, content: d.content}) AS rows`;
const LEDGER_CONTENT_PAGE = /* cypher */ `
  MATCH (e:LedgerEntry {chain: $chain}) WHERE e.seq > $after
  OPTIONAL MATCH (d:ComplianceDocument {key: e.eventId})
  RETURN e.seq AS seq, e.eventType AS eventType, e.eventId AS key, e.contentHash AS contentHash,
    d.kind AS kind, d.id AS id, d.content AS content,
    CASE WHEN d IS NULL THEN null
      ELSE properties(d) END AS fields
  ORDER BY e.seq LIMIT $limit`;

const keyOf = (kind: DocumentKind, id: string) => `${kind}:${id}`;

/** The content's fields as node properties too (a copy the ledger checks), so Cypher can filter on them; empty ones are left out. */
const fieldsOf = (row: DocumentRow) =>
  Object.fromEntries(Object.entries(row.content).filter(([, value]) => value !== null));
const parse = (row: { kind: DocumentKind; id: string; content: string }): DocumentRow => ({
  kind: row.kind,
  id: row.id,
  content: JSON.parse(row.content) as Content,
});

/** The fields that name disclosures, which must have been recorded: they are followed as entities. */
const DISCLOSURE_FIELDS = ['disclosureIds', 'violatingDisclosureIds', 'linkedDisclosureIds'];
export const MISSING_DISCLOSURES = /* cypher */ `
  UNWIND $ids AS id
  WITH id WHERE NOT EXISTS { MATCH (:Disclosure {id: id}) }
  RETURN id`;

/** Records one document once; refers only to parties, disclosures and documents that exist. */
export async function recordDocument(
  db: Database,
  kind: DocumentKind,
  input: Record<string, unknown>,
): Promise<{ document: DocumentRow; created: boolean }> {
  const row = validateDocument(kind, input);
  const content = canonicalJson(row.content);
  const key = keyOf(kind, row.id);
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    const [existing] = await tx.run<{ content: string }>(DOCUMENT_BY_KEY, { key });
    if (existing !== undefined) {
      if (existing.content !== content) {
        throw new ConflictError(`${WHAT[kind]} ${row.id} was already recorded with other content`, row.id);
      }
      return { document: row, created: false };
    }
    const parties = partiesOf(kind, row.content);
    await assertPartiesExist(tx, [...new Set(parties.map((party) => party.partyId))], `${WHAT[kind]} ${row.id}`);
    const refs = Object.entries(SPECS[kind]).flatMap(([field, spec]) =>
      spec.type === 'ref' && typeof row.content[field] === 'string' ? [keyOf(spec.kind, row.content[field])] : [],
    );
    const disclosures = DISCLOSURE_FIELDS.flatMap((field) => {
      const ids = row.content[field];
      return Array.isArray(ids) ? ids : [];
    });
    const [unknown] = await tx.run<{ id: string }>(MISSING_DISCLOSURES, { ids: [...new Set(disclosures)] });
    if (unknown !== undefined) {
      throw new NotFoundError(`${WHAT[kind]} ${row.id}: no disclosure is recorded with id ${unknown.id}`, unknown.id);
    }
    const missing = await tx.run<{ key: string }>(REFERENCED, { keys: refs });
    if (missing.length > 0) {
      const [first] = missing.map((found) => found.key.slice(found.key.indexOf(':') + 1));
      throw new NotFoundError(`${WHAT[kind]} ${row.id}: no document is recorded with id ${first}`, first);
    }
    await tx.run(CREATE_DOCUMENT, { key, kind, id: row.id, content, fields: fieldsOf(row), parties, recordedAt });
    await appendManyToChain(tx, COMPLIANCE_LEDGER, 'LedgerEntry', [
      { eventType: kind, eventId: key, contentHash: contentHash(row) },
    ]);
    return { document: row, created: true };
  });
}

/** The documents of these kinds recorded by `asOf` (now when null). */
export async function documentsOfKinds(
  db: Database,
  kinds: readonly DocumentKind[],
  asOf: string | null = null,
): Promise<DocumentRow[]> {
  const rows = await db.read((tx) =>
    tx.run<{ kind: DocumentKind; id: string; content: string }>(DOCUMENTS_OF_KINDS, { kinds, asOf: utcOrNull(asOf) }),
  );
  return rows.map(parse);
}

export async function documentsConcerning(
  db: Database,
  ids: readonly string[],
): Promise<Array<[string, DocumentRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: Array<{ kind: DocumentKind; id: string; content: string }> }>(DOCUMENTS_CONCERNING, {
      ids,
    }),
  );
  return rows.map((row) => [row.id, row.rows.map(parse)]);
}

/**
 * Recomputes the compliance ledger's chain, then each document's hash from its content as
 * stored now: the first entry whose document was edited or removed is named.
 */
export async function verifyComplianceLedger(db: Database): Promise<ChainVerification> {
  const chain = await verifyChain(db, COMPLIANCE_LEDGER, 'LedgerEntry');
  if (!chain.ok) return chain;
  for (let after = 0; ;) {
    const rows = await db.read((tx) =>
      tx.run<{
        seq: number;
        eventType: string;
        key: string;
        contentHash: string;
        kind: DocumentKind | null;
        id: string | null;
        content: string | null;
        fields: Record<string, unknown> | null;
      }>(LEDGER_CONTENT_PAGE, { chain: COMPLIANCE_LEDGER, after, limit: 2000 }),
    );
    for (const row of rows) {
      if (row.eventType in TYPED) {
        const kind = row.eventType as TypedKind;
        const [snapshot] = await db.read((tx) => tx.run<Snapshot>(snapshotQuery(kind), { value: row.key }));
        const now = snapshot === undefined ? null : snapshotHash(kind, snapshot);
        if (now !== row.contentHash) {
          return {
            ok: false,
            firstBrokenSeq: row.seq,
            reason: `entry ${row.seq}: ${kind} ${row.key} ${now === null ? 'is no longer in the graph' : 'no longer matches what was recorded'}`,
          };
        }
        continue;
      }
      const document =
        row.content === null
          ? null
          : parse({ kind: row.kind as DocumentKind, id: row.id as string, content: row.content });
      const now = document === null ? null : contentHash(document);
      // The properties copied from the content must still say what it says.
      const copied =
        document !== null &&
        Object.entries(fieldsOf(document)).every(
          ([field, value]) => JSON.stringify(row.fields?.[field]) === JSON.stringify(value),
        );
      if (now !== row.contentHash || !copied) {
        return {
          ok: false,
          firstBrokenSeq: row.seq,
          reason:
            now === null
              ? `entry ${row.seq}: ${row.key} is no longer in the graph`
              : `entry ${row.seq}: ${row.key} no longer matches the content it was recorded with`,
        };
      }
    }
    if (rows.length < 2000) return chain;
    after = (rows.at(-1) as { seq: number }).seq;
  }
}

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
