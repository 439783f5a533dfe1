import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { toPage, type Page } from '../../infra/pagination.ts';
import { isInstant, utcOrNull } from '../../infra/scalars.ts';
import type { Channel, LegalBasis, ReportedBy } from './vocabulary.ts';

/** A disclosure as stored: the mapper of GraphQL's `Disclosure` in this subgraph. */
export type DisclosureRow = {
  id: string;
  at: string;
  fromId: string;
  toId: string;
  purpose: string;
  channel: Channel;
  legalBasis: LegalBasis;
  agreementReference: string | null;
  reportedBy: ReportedBy;
  holderUnknown: boolean;
  recordCount: number;
  /** SHA-256 of the carried records and their categories, in canonical form (ledger.ts). */
  recordsHash: string;
  /** When the service recorded it: its own clock, never the caller's. */
  recordedAt: string;
  /** The recorded time of the answer that named it: its retraction is shown as it stood then. */
  asOf?: string | null;
};
/** A party this subgraph knows only by its key; the registry owns the rest. */
export type PartyRef = { id: string };
/** A record as this subgraph knows it: its id; the registry owns the rest. */
export type RecordRef = { id: string };
export type Direction = 'SENT' | 'RECEIVED';
/** One parent's page request: a position `[at, id]` to resume after, or null for the start. */
export type DisclosurePageKey = {
  partyId: string;
  direction: Direction;
  first: number;
  after: [string, string] | null;
};

// `at` as the sender stated it; the UTC copy that queries compare stays in the graph.
export const DISCLOSURE_FIELDS = /* cypher */ `d {.id, at: coalesce(d.atStated, d.at), .purpose, .channel,
  .legalBasis, .agreementReference, .reportedBy, .holderUnknown, .recordCount, .recordsHash, .recordedAt,
  fromId: sender.id, toId: recipient.id}`;

export const DISCLOSURES_BY_IDS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: id})-[:TO]->(recipient:Party)
  RETURN ${DISCLOSURE_FIELDS} AS disclosure`;

// One query for every parent of a batch that asks for the same page size and direction.
export const DISCLOSURES_SENT_PAGES = /* cypher */ `
  UNWIND $keys AS key
  CALL (key) {
    MATCH (sender:Party {id: key.partyId})-[:SENT]->(d:Disclosure)-[:TO]->(recipient:Party)
    WHERE key.afterAt IS NULL OR d.at > datetime(key.afterAt) OR (d.at = datetime(key.afterAt) AND d.id > key.afterId)
    RETURN ${DISCLOSURE_FIELDS} AS disclosure
    ORDER BY d.at, d.id
    LIMIT $limit
  }
  RETURN key.index AS index, collect(disclosure) AS disclosures`;

export const DISCLOSURES_RECEIVED_PAGES = /* cypher */ `
  UNWIND $keys AS key
  CALL (key) {
    MATCH (sender:Party)-[:SENT]->(d:Disclosure)-[:TO]->(recipient:Party {id: key.partyId})
    WHERE key.afterAt IS NULL OR d.at > datetime(key.afterAt) OR (d.at = datetime(key.afterAt) AND d.id > key.afterId)
    RETURN ${DISCLOSURE_FIELDS} AS disclosure
    ORDER BY d.at, d.id
    LIMIT $limit
  }
  RETURN key.index AS index, collect(disclosure) AS disclosures`;

export async function disclosuresByIds(db: Database, ids: readonly string[]): Promise<DisclosureRow[]> {
  const rows = await db.read((tx) => tx.run<{ disclosure: DisclosureRow }>(DISCLOSURES_BY_IDS, { ids }));
  return rows.map((row) => row.disclosure);
}

/** Pages of disclosures for many parties; one query per distinct (direction, page size). */
export async function disclosurePages(
  db: Database,
  keys: readonly DisclosurePageKey[],
): Promise<Array<[DisclosurePageKey, Page<DisclosureRow>]>> {
  const groups = Map.groupBy(keys, (key) => `${key.direction}:${key.first}`);
  const pages = await Promise.all(
    [...groups.values()].map(async (group) => {
      const [sample] = group as [DisclosurePageKey];
      const query = sample.direction === 'SENT' ? DISCLOSURES_SENT_PAGES : DISCLOSURES_RECEIVED_PAGES;
      const params = {
        limit: sample.first + 1,
        keys: group.map((key, index) => ({
          index,
          partyId: key.partyId,
          afterAt: utcOrNull(key.after?.[0]),
          afterId: key.after?.[1] ?? null,
        })),
      };
      const rows = await db.read((tx) => tx.run<{ index: number; disclosures: DisclosureRow[] }>(query, params));
      const byIndex = new Map(rows.map((row) => [row.index, row.disclosures]));
      return group.map((key, index): [DisclosurePageKey, Page<DisclosureRow>] => [
        key,
        toPage(byIndex.get(index) ?? [], key.first, (d) => JSON.stringify([d.at, d.id])),
      ]);
    }),
  );
  return pages.flat();
}

/**
 * Decodes a disclosure page position produced by `disclosurePages`; anything else is refused,
 * naming the cursor the caller sent, never the position it holds (a cursor of another list
 * decodes too: one key seals them all).
 */
export function parsePosition(position: string | null, cursor: string | null = null): [string, string] | null {
  if (position === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(position);
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 2 && isInstant(parsed[0]) && typeof parsed[1] === 'string') {
    return parsed as [string, string];
  }
  throw new InputError(
    `after must be a cursor returned by a previous page of disclosures${cursor === null ? '' : `, got "${cursor}"`}`,
    'after',
    cursor,
  );
}

/** One record a disclosure carried, with the subject it is about (for the access log). */
export type CarriedRow = { recordId: string; categories: string[]; subjectKey: string | null };
export type CarriedPageKey = { disclosureId: string; first: number; after: string | null };

// One query for every disclosure of a batch that asks for the same page size.
export const CARRIED_PAGES = /* cypher */ `
  UNWIND $keys AS key
  CALL (key) {
    MATCH (:Disclosure {id: key.disclosureId})-[c:CARRIED]->(r:Record)
    WHERE key.after IS NULL OR r.id > key.after
    OPTIONAL MATCH (r)-[:ABOUT]->(s:Subject)
    RETURN {recordId: r.id, categories: c.categories, subjectKey: s.key} AS carried
    ORDER BY r.id
    LIMIT $limit
  }
  RETURN key.index AS index, collect(carried) AS carried`;

export async function carriedPages(
  db: Database,
  keys: readonly CarriedPageKey[],
): Promise<Array<[CarriedPageKey, Page<CarriedRow>]>> {
  const groups = Map.groupBy(keys, (key) => key.first);
  const pages = await Promise.all(
    [...groups.entries()].map(async ([first, group]) => {
      const params = { limit: first + 1, keys: group.map((key, index) => ({ ...key, index })) };
      const rows = await db.read((tx) => tx.run<{ index: number; carried: CarriedRow[] }>(CARRIED_PAGES, params));
      const byIndex = new Map(rows.map((row) => [row.index, row.carried]));
      return group.map((key, index): [CarriedPageKey, Page<CarriedRow>] => [
        key,
        toPage(byIndex.get(index) ?? [], first, (row) => row.recordId),
      ]);
    }),
  );
  return pages.flat();
}
