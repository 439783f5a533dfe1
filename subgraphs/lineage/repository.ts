import type { Database, Tx } from '../shared/db.ts';
import { ConflictError, InputError, NotFoundError } from '../shared/errors.ts';
import { toPage, type Page } from '../shared/pagination.ts';
import { isInstant } from '../shared/scalars.ts';
import { appendDisclosures } from './ledger.ts';

/** A disclosure as stored: the mapper of GraphQL's `Disclosure` in this subgraph. */
export type DisclosureRow = { id: string; at: string; fromId: string; toId: string; purpose: string };
/** A party this subgraph knows only by its key; the registry owns the rest. */
export type PartyRef = { id: string };
export type Direction = 'SENT' | 'RECEIVED';
/** One parent's page request: a position `[at, id]` to resume after, or null for the start. */
export type DisclosurePageKey = {
  partyId: string;
  direction: Direction;
  first: number;
  after: [string, string] | null;
};

export type RecordDisclosureInput = Omit<DisclosureRow, 'fromId' | 'toId'> & { fromPartyId: string; toPartyId: string };

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

const DISCLOSURE_FIELDS = /* cypher */ `d {.id, .at, .purpose, fromId: sender.id, toId: recipient.id}`;

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

export const MISSING_PARTIES = /* cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (p:Party {id: id})
  WITH id, p WHERE p IS NULL
  RETURN id`;

export const RECORD_DISCLOSURE = /* cypher */ `
  MATCH (sender:Party {id: $fromPartyId}), (recipient:Party {id: $toPartyId})
  MERGE (d:Disclosure {id: $id})
  ON CREATE SET d.at = datetime($at), d.purpose = $purpose, d.recordedAt = datetime(), d.pending = true
  WITH sender, recipient, d, coalesce(d.pending, false) AS created
  REMOVE d.pending
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
    CREATE (sender)-[:SENT]->(d)-[:TO]->(recipient))
  WITH d, created
  MATCH (sender:Party)-[:SENT]->(d)-[:TO]->(recipient:Party)
  RETURN ${DISCLOSURE_FIELDS} AS disclosure, created,
         d.at = datetime($at) AND toString(d.at) = toString(datetime($at)) AS sameAt`;

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
          afterAt: key.after?.[0] ?? null,
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

/** Decodes a disclosure page position produced by `disclosurePages`; anything else is refused. */
export function parsePosition(position: string | null): [string, string] | null {
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
    `after must be a cursor returned by a previous page of disclosures, got "${position}"`,
    'after',
    position,
  );
}

function validate(input: RecordDisclosureInput): RecordDisclosureInput {
  if (!EVENT_ID.test(input.id)) {
    throw new InputError(
      `disclosure id must be 1 to 128 letters, digits, ".", "_", ":", "/" or "-", starting with a letter or digit; got "${input.id}"`,
      'id',
      input.id,
    );
  }
  const purpose = input.purpose.trim();
  if (purpose.length === 0 || purpose.length > 2000) {
    throw new InputError(
      `disclosure ${input.id}: purpose must be 1 to 2000 characters, got "${input.purpose}"`,
      'purpose',
      input.purpose,
    );
  }
  return { ...input, purpose };
}

async function assertPartiesExist(tx: Tx, disclosureId: string, ids: string[]): Promise<void> {
  const missing = await tx.run<{ id: string }>(MISSING_PARTIES, { ids });
  if (missing.length > 0) {
    const names = missing.map((row) => row.id).join(', ');
    throw new NotFoundError(`disclosure ${disclosureId}: no party is registered with id ${names}`, names);
  }
}

/** Records one disclosure once; see the mutation's description for the idempotency rule. */
export async function recordDisclosure(
  db: Database,
  raw: RecordDisclosureInput,
): Promise<{ disclosure: DisclosureRow; created: boolean }> {
  const input = validate(raw);
  return db.write(async (tx) => {
    await assertPartiesExist(tx, input.id, [input.fromPartyId, input.toPartyId]);
    const [row] = await tx.run<{ disclosure: DisclosureRow; created: boolean; sameAt: boolean }>(
      RECORD_DISCLOSURE,
      input,
    );
    if (row === undefined) throw new Error(`recordDisclosure returned no row for ${input.id}`);
    const stored = row.disclosure;
    const same =
      row.sameAt &&
      stored.purpose === input.purpose &&
      stored.fromId === input.fromPartyId &&
      stored.toId === input.toPartyId;
    if (row.created) await appendDisclosures(tx, [stored]);
    if (!row.created && !same) {
      throw new ConflictError(
        `disclosure ${input.id} was already recorded with other content (at ${stored.at}, from ${stored.fromId} to ${stored.toId}, purpose "${stored.purpose}"); a correction is a new event with its own id`,
        input.id,
      );
    }
    return { disclosure: stored, created: row.created };
  });
}
