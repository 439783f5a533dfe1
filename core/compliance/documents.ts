import { appendManyToChain, canonicalJson } from '../../infra/chain.ts';
import { verifyChain, type ChainVerification } from '../../infra/chain-verify.ts';
import type { Database, Tx } from '../../infra/db.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { utcOrNull } from '../../infra/scalars.ts';
import { assertPartiesExist } from '../../infra/validation.ts';
import {
  contentHash,
  fieldsOf,
  keyOf,
  parse,
  partiesOf,
  sha256,
  SPECS,
  WHAT,
  type DocumentKind,
  type DocumentRow,
  validateDocument,
} from './document-kinds.ts';

/**
 * The compliance documents beside agreements (Sec. 46-37(a), (b), (d), (g), (h)): audits,
 * violation notices, cease orders, deletion demands, ICE detainer requests, immigration
 * agents' access requests and complaints with their status changes. Each is recorded once,
 * by (kind, id), as its canonical content; the same content again writes nothing, other
 * content is refused. Every document is stamped in the hash chain `compliance-ledger`
 * (contentHash = SHA-256 of canonicalJson({kind, ...content})), so an edit behind the
 * service's back is found by `verifyComplianceLedger`.
 */

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
  const { row: recorded, created } = await recordOnce(db, {
    what: WHAT[kind],
    id: row.id,
    find: async (tx) => (await tx.run<{ content: string }>(DOCUMENT_BY_KEY, { key }))[0],
    same: (existing) => existing.content === content,
    kept: () => row,
    create: async (tx, recordedAt) => {
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
      return row;
    },
  });
  return { document: recorded, created };
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
