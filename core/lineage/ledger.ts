import { hash } from 'node:crypto';
import { appendManyToChain, canonicalJson, type ChainEntry } from '../../infra/chain.ts';
import { verifyChain, type ChainVerification } from '../../infra/chain-verify.ts';
import type { Database, Tx } from '../../infra/db.ts';
import { DISCLOSURE_FIELDS, type DisclosureRow } from './disclosures.ts';

/**
 * Tamper evidence for the events: every accepted event (disclosure,
 * deletion confirmation, retraction) gets an entry in the hash chain `disclosure-ledger`,
 * holding the SHA-256 of the event's canonical form. Verifying recomputes the chain
 * (subgraphs/shared/chain.ts gives the formula) and then each event's canonical form from the
 * graph as it is now: an event edited or deleted behind the service's back no longer matches
 * the entry that recorded it.
 *
 *   contentHash = lower-case hex SHA-256 of canonicalJson(canonicalEvent(event)), where for
 *   DISCLOSURE: { type, id, at, from, to, purpose, channel, legalBasis, agreementReference,
 *                 reportedBy, holderUnknown, recordsHash }, and
 *                 recordsHash = SHA-256 of canonicalJson([[recordId, [category…]], …]) by record id;
 *   DELETION_CONFIRMATION: { type, id, at, holder, reportedBy, records: [recordId…] sorted };
 *   RETRACTION: { type, id, at, filedBy, disclosure, reason, filedByPrincipal };
 *   RETRACTION_DECISION: { type, id (the retraction's), outcome, decidedBy, organisation, note };
 *   ACCESS_GRANT: { type, id, agency, grantee, dataset, purpose, from, until, agreementReference };
 *   instants as stated (as the service returns them); a null field is left out.
 */
export const LEDGER_CHAIN = 'disclosure-ledger';
export const LEDGER_LABEL = 'LedgerEntry';
const CONTENT_BATCH = 2000;

export type LedgerStampRow = { sequence: number; hash: string };
export type DeletionRow = {
  id: string;
  at: string;
  holderId: string;
  reportedBy: string;
  recordIds: string[];
  recordedAt?: string;
};
export type DecisionOutcome = 'ACCEPTED' | 'REJECTED';
export type RetractionStatus = 'PENDING' | DecisionOutcome;
/** An auditor's decision on a retraction (or, `legacy`, the acceptance a retraction filed before decisions existed carries). */
export type DecisionRow = {
  retractionId: string;
  outcome: DecisionOutcome;
  decidedBy: string;
  organisation?: string | null;
  note?: string | null;
  recordedAt: string;
  legacy?: boolean | null;
};
export type RetractionRow = {
  id: string;
  at: string;
  filedById: string;
  disclosureId: string;
  reason: string;
  filedByPrincipal?: string | null;
  recordedAt?: string;
  /** The decision on it as of the time it was read; none while it is pending. */
  decision?: DecisionRow | null;
};
export type GrantRow = {
  id: string;
  agencyId: string;
  granteeId: string;
  dataset: string;
  purpose: string;
  from: string;
  until: string | null;
  agreementReference: string | null;
};
export type LedgerEvent =
  | { type: 'ACCESS_GRANT'; row: GrantRow }
  | { type: 'DISCLOSURE'; row: DisclosureRow }
  | { type: 'DELETION_CONFIRMATION'; row: DeletionRow }
  | { type: 'RETRACTION'; row: RetractionRow }
  | { type: 'RETRACTION_DECISION'; row: DecisionRow };

/** What a disclosure carried, as hashed: [recordId, categories] sorted by record id. */
export type Carried = Array<[string, readonly string[]]>;

const sha256 = (text: string) => hash('sha256', text, 'hex');

/** A string as canonicalJson writes it, refusing what it refuses. */
function canonicalString(text: string): string {
  if (!text.isWellFormed()) return canonicalJson(text);
  return JSON.stringify(text);
}

/** A list of categories as canonicalJson writes it. */
export const canonicalList = (list: readonly string[]): string => `[${list.map(canonicalString).join(',')}]`;

/**
 * canonicalJson of the sorted pairs, written directly: a first load hashes two million of
 * them, and the general encoder's walk was a tenth of its time. `listText` writes a list of
 * categories (canonicalList unless the caller has it written already: a first load's records
 * share their lists). Test: the two agree.
 */
export function canonicalCarried(
  carried: Carried,
  listText: (list: readonly string[]) => string = canonicalList,
): string {
  const sorted = [...carried].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs = sorted.map(([recordId, categories]) => `[${canonicalString(recordId)},${listText(categories)}]`);
  return `[${pairs.join(',')}]`;
}

export function recordsHash(carried: Carried, listText?: (list: readonly string[]) => string): string {
  return sha256(canonicalCarried(carried, listText));
}

/** An event's canonical form, as the comment at the top of this file gives it. */
export function canonicalEvent(event: LedgerEvent): Record<string, unknown> {
  switch (event.type) {
    case 'DISCLOSURE': {
      const d = event.row;
      return {
        type: event.type,
        id: d.id,
        at: d.at,
        from: d.fromId,
        to: d.toId,
        purpose: d.purpose,
        channel: d.channel,
        legalBasis: d.legalBasis,
        agreementReference: d.agreementReference,
        reportedBy: d.reportedBy,
        holderUnknown: d.holderUnknown,
        recordsHash: d.recordsHash,
      };
    }
    case 'DELETION_CONFIRMATION': {
      const x = event.row;
      const records = [...x.recordIds].sort();
      return { type: event.type, id: x.id, at: x.at, holder: x.holderId, reportedBy: x.reportedBy, records };
    }
    case 'ACCESS_GRANT': {
      const g = event.row;
      return {
        type: event.type,
        id: g.id,
        agency: g.agencyId,
        grantee: g.granteeId,
        dataset: g.dataset,
        purpose: g.purpose,
        from: g.from,
        until: g.until,
        agreementReference: g.agreementReference,
      };
    }
    case 'RETRACTION': {
      const t = event.row;
      return {
        type: event.type,
        id: t.id,
        at: t.at,
        filedBy: t.filedById,
        disclosure: t.disclosureId,
        reason: t.reason,
        filedByPrincipal: t.filedByPrincipal ?? null,
      };
    }
    case 'RETRACTION_DECISION': {
      const x = event.row;
      return {
        type: event.type,
        id: x.retractionId,
        outcome: x.outcome,
        decidedBy: x.decidedBy,
        organisation: x.organisation ?? null,
        note: x.note ?? null,
      };
    }
  }
}

/**
 * canonicalJson(canonicalEvent(event)) of a disclosure, written directly, its members in the
 * encoder's order and a null one left out: a first load writes two million of them, and the
 * general encoder's walk was a twentieth of its time. Test: the two agree.
 */
export function canonicalDisclosure(d: DisclosureRow): string {
  const members: ReadonlyArray<readonly [string, string | boolean | null]> = [
    ['agreementReference', d.agreementReference],
    ['at', d.at],
    ['channel', d.channel],
    ['from', d.fromId],
    ['holderUnknown', d.holderUnknown],
    ['id', d.id],
    ['legalBasis', d.legalBasis],
    ['purpose', d.purpose],
    ['recordsHash', d.recordsHash],
    ['reportedBy', d.reportedBy],
    ['to', d.toId],
    ['type', 'DISCLOSURE'],
  ];
  let text = '';
  for (const [key, value] of members) {
    if (value == null) continue;
    text += `${text === '' ? '' : ','}"${key}":${typeof value === 'boolean' ? String(value) : canonicalString(value)}`;
  }
  return `{${text}}`;
}

export const contentHash = (event: LedgerEvent): string =>
  sha256(event.type === 'DISCLOSURE' ? canonicalDisclosure(event.row) : canonicalJson(canonicalEvent(event)));

/** Appends the events in the caller's write transaction: they commit or roll back together. */
export function appendEvents(tx: Tx, events: readonly LedgerEvent[]): Promise<ChainEntry[]> {
  return appendManyToChain(
    tx,
    LEDGER_CHAIN,
    LEDGER_LABEL,
    events.map((event) => ({
      eventType: event.type,
      eventId: event.type === 'RETRACTION_DECISION' ? event.row.retractionId : event.row.id,
      contentHash: contentHash(event),
    })),
  );
}

export const appendDisclosures = (tx: Tx, disclosures: readonly DisclosureRow[]) =>
  appendEvents(
    tx,
    disclosures.map((row) => ({ type: 'DISCLOSURE' as const, row })),
  );

export const STAMPS_OF_EVENTS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:LedgerEntry {chain: $chain, eventType: $eventType, eventId: id})
  RETURN id, e.seq AS sequence, e.hash AS hash`;

export async function stampsOfDisclosures(
  db: Database,
  ids: readonly string[],
  eventType: LedgerEvent['type'] = 'DISCLOSURE',
): Promise<Array<[string, LedgerStampRow]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; sequence: number; hash: string }>(STAMPS_OF_EVENTS, { ids, chain: LEDGER_CHAIN, eventType }),
  );
  return rows.map((row) => [row.id, { sequence: row.sequence, hash: row.hash }]);
}

// Cypher: the UTC copy a query compares (`d.at`) is the instant stated beside it (its `…Stated` twin).
const utcCopyMatches = (property: string) =>
  `${property} = datetime({datetime: coalesce(${property}Stated, ${property}), timezone: 'Z'})`;

// Entries in seq order with the event each records as it is now (null when it is gone), and
// what a disclosure carries now, to recompute its records hash rather than trust the stored one.
export const LEDGER_EVENTS_PAGE = /* cypher */ `
  MATCH (e:LedgerEntry {chain: $chain})
  WHERE e.seq > $after
  WITH e ORDER BY e.chain, e.seq LIMIT $limit
  OPTIONAL MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: e.eventId})-[:TO]->(recipient:Party)
    WHERE e.eventType = 'DISCLOSURE'
  OPTIONAL MATCH (holder:Party)-[:CONFIRMED]->(x:DeletionConfirmation {id: e.eventId})
    WHERE e.eventType = 'DELETION_CONFIRMATION'
  OPTIONAL MATCH (filer:Party)-[:FILED]->(t:Retraction {id: e.eventId})-[:RETRACTS]->(retracted:Disclosure)
    WHERE e.eventType = 'RETRACTION'
  OPTIONAL MATCH (agency:Party)-[:GRANTED]->(g:AccessGrant {id: e.eventId})-[:TO]->(grantee:Party)
    WHERE e.eventType = 'ACCESS_GRANT'
  OPTIONAL MATCH (decision:RetractionDecision {retractionId: e.eventId})-[:DECIDES]->(:Retraction)
    WHERE e.eventType = 'RETRACTION_DECISION'
  RETURN e.seq AS seq, e.eventType AS eventType, e.eventId AS eventId, e.contentHash AS contentHash,
    CASE WHEN d IS NULL THEN null ELSE ${DISCLOSURE_FIELDS} END AS disclosure,
    CASE WHEN d IS NULL THEN [] ELSE [(d)-[c:CARRIED]->(r:Record) | [r.id, c.categories]] END AS carried,
    CASE WHEN d IS NOT NULL THEN ${utcCopyMatches('d.at')}
        AND all(c IN [(d)-[c:CARRIED]->(:Record) | c] WHERE c.at = d.at AND c.from = sender.id AND c.to = recipient.id)
      WHEN x IS NOT NULL THEN ${utcCopyMatches('x.at')}
        AND all(rel IN [(x)-[rel:DELETED]->(:Record) | rel] WHERE rel.at = x.at AND rel.holder = holder.id)
      WHEN t IS NOT NULL THEN ${utcCopyMatches('t.at')}
      WHEN g IS NOT NULL THEN ${utcCopyMatches('g.from')}
        AND CASE WHEN g.until IS NULL THEN g.untilStated IS NULL
          ELSE ${utcCopyMatches('g.until')} END
      ELSE true END AS copiesMatch,
    CASE WHEN x IS NULL THEN null ELSE x {.id, at: coalesce(x.atStated, x.at), .reportedBy, holderId: holder.id,
      recordIds: [(x)-[:DELETED]->(r:Record) | r.id]} END AS deletion,
    CASE WHEN t IS NULL THEN null ELSE t {.id, at: coalesce(t.atStated, t.at), .reason, .filedByPrincipal,
      filedById: filer.id, disclosureId: retracted.id} END AS retraction,
    CASE WHEN g IS NULL THEN null ELSE g {.id, .dataset, .purpose, from: coalesce(g.fromStated, g.from),
      until: coalesce(g.untilStated, g.until), .agreementReference,
      agencyId: agency.id, granteeId: grantee.id} END AS grant,
    CASE WHEN decision IS NULL THEN null ELSE decision {.retractionId, .outcome, .decidedBy, .organisation, .note,
      .recordedAt} END AS decision`;

type EventNow = {
  seq: number;
  eventType: LedgerEvent['type'];
  eventId: string;
  contentHash: string;
  disclosure: DisclosureRow | null;
  carried: Carried;
  deletion: DeletionRow | null;
  retraction: RetractionRow | null;
  grant: GrantRow | null;
  decision: DecisionRow | null;
  copiesMatch: boolean;
};

function asNow(row: EventNow): LedgerEvent | null {
  if (row.eventType === 'DISCLOSURE' && row.disclosure !== null) {
    return { type: row.eventType, row: { ...row.disclosure, recordsHash: recordsHash(row.carried) } };
  }
  if (row.eventType === 'DELETION_CONFIRMATION' && row.deletion !== null)
    return { type: row.eventType, row: row.deletion };
  if (row.eventType === 'RETRACTION' && row.retraction !== null) return { type: row.eventType, row: row.retraction };
  if (row.eventType === 'ACCESS_GRANT' && row.grant !== null) return { type: row.eventType, row: row.grant };
  if (row.eventType === 'RETRACTION_DECISION' && row.decision !== null) {
    return { type: row.eventType, row: row.decision };
  }
  return null;
}

const NAMES: Record<LedgerEvent['type'], string> = {
  DISCLOSURE: 'disclosure',
  DELETION_CONFIRMATION: 'deletion confirmation',
  RETRACTION: 'retraction',
  RETRACTION_DECISION: 'decision on retraction',
  ACCESS_GRANT: 'access grant',
};

/**
 * A decision on a retraction that no ledger entry records: an acceptance written behind the
 * service's back. The only decisions without an entry are those migration 0012 gave the
 * retractions filed before it, each at its retraction's own recorded time.
 */
const UNSTAMPED_DECISION = /* cypher */ `
  OPTIONAL MATCH (m:SchemaMigration {version: '0012-instants-and-recorded-time'})
  MATCH (x:RetractionDecision)-[:DECIDES]->(t:Retraction)
  WHERE NOT EXISTS { MATCH (:LedgerEntry {chain: $chain, eventType: 'RETRACTION_DECISION', eventId: x.retractionId}) }
    AND NOT (x.legacy = true AND x.recordedAt = t.recordedAt AND m IS NOT NULL AND t.recordedAt <= m.appliedAt)
  RETURN x.retractionId AS retractionId LIMIT 1`;

/** A deletion marked as confirmed under the earlier rule (migration 0012) that was recorded after it: a forged mark. */
const FORGED_LEGACY_DELETION = /* cypher */ `
  OPTIONAL MATCH (m:SchemaMigration {version: '0012-instants-and-recorded-time'})
  MATCH (x:DeletionConfirmation {legacy: true})
  WHERE m IS NULL OR x.recordedAt > m.appliedAt
  RETURN x.id AS id LIMIT 1`;

/** The chain intact, and every event still the one its entry recorded. */
export async function verifyLedger(db: Database): Promise<ChainVerification> {
  const chain = await verifyChain(db, LEDGER_CHAIN, LEDGER_LABEL);
  if (!chain.ok) return chain;
  let after = 0;
  for (;;) {
    const rows = await db.read((tx) =>
      tx.run<EventNow>(LEDGER_EVENTS_PAGE, { chain: LEDGER_CHAIN, after, limit: CONTENT_BATCH }),
    );
    for (const row of rows) {
      const event = asNow(row);
      const what = `${NAMES[row.eventType] ?? row.eventType} ${row.eventId}`;
      if (event === null) return { ok: false, firstBrokenSeq: row.seq, reason: `entry ${row.seq}: ${what} is gone` };
      if (!row.copiesMatch) {
        return {
          ok: false,
          firstBrokenSeq: row.seq,
          reason: `entry ${row.seq}: ${what} no longer matches the copies of its time (the UTC one queries compare, or those on its records) or of its parties`,
        };
      }
      if (contentHash(event) !== row.contentHash) {
        return {
          ok: false,
          firstBrokenSeq: row.seq,
          reason: `entry ${row.seq}: ${what} no longer matches what was recorded`,
        };
      }
      after = row.seq;
    }
    if (rows.length < CONTENT_BATCH) break;
  }
  const [unstamped] = await db.read((tx) =>
    tx.run<{ retractionId: string }>(UNSTAMPED_DECISION, { chain: LEDGER_CHAIN }),
  );
  if (unstamped !== undefined) {
    return {
      ok: false,
      firstBrokenSeq: chain.entries + 1,
      reason: `the decision on retraction ${unstamped.retractionId} has no ledger entry: it was not made through the service`,
    };
  }
  const [forged] = await db.read((tx) => tx.run<{ id: string }>(FORGED_LEGACY_DELETION));
  if (forged !== undefined) {
    return {
      ok: false,
      firstBrokenSeq: chain.entries + 1,
      reason: `deletion confirmation ${forged.id} is marked as confirmed under the earlier rule, but was recorded after it ended`,
    };
  }
  return chain;
}
