import type { Database } from '../../infra/db.ts';
import { ConflictError, InputError } from '../../infra/errors.ts';
import { encodeCursor, toPage, type Page } from '../../infra/pagination.ts';
import type { PartyKind } from './vocabulary.ts';

/** A party as stored: the mapper of GraphQL's `Party` in this subgraph. */
export type PartyRow = { id: string; name: string; kind: PartyKind };

const PARTY_ID = /^[a-z0-9][a-z0-9._:-]{0,127}$/;

export const PARTIES_BY_IDS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})
  RETURN p {.id, .name, .kind} AS party`;

export const PARTIES_PAGE = /* cypher */ `
  MATCH (p:Party)
  WHERE ($kind IS NULL OR p.kind = $kind) AND ($after IS NULL OR p.id > $after)
  RETURN p {.id, .name, .kind} AS party
  ORDER BY p.id
  LIMIT $limit`;

// Ranked so that the party a person types the start of comes first; the rest by name, then id.
export const PARTY_SEARCH = /* cypher */ `
  MATCH (p:Party)
  WHERE ($kind IS NULL OR p.kind = $kind) AND (toLower(p.name) CONTAINS $text OR p.id CONTAINS $text)
  RETURN p {.id, .name, .kind} AS party
  ORDER BY CASE WHEN toLower(p.name) STARTS WITH $text OR p.id STARTS WITH $text THEN 0 ELSE 1 END,
    toLower(p.name), p.id
  SKIP $offset
  LIMIT $limit`;

// In input order: a second row with the same id finds the party the first one created.
export const REGISTER_PARTIES = /* cypher */ `
  UNWIND $parties AS input
  MERGE (p:Party {id: input.id})
  ON CREATE SET p.name = input.name, p.kind = input.kind, p.registeredAt = datetime.realtime('Z'), p.created = true
  WITH p, coalesce(p.created, false) AS created
  REMOVE p.created
  RETURN p {.id, .name, .kind} AS party, created`;

export async function partiesByIds(db: Database, ids: readonly string[]): Promise<PartyRow[]> {
  const rows = await db.read((tx) => tx.run<{ party: PartyRow }>(PARTIES_BY_IDS, { ids }));
  return rows.map((row) => row.party);
}

export async function partiesPage(
  db: Database,
  args: { kind: PartyKind | null; first: number; after: string | null },
): Promise<Page<PartyRow>> {
  const rows = await db.read((tx) =>
    tx.run<{ party: PartyRow }>(PARTIES_PAGE, { kind: args.kind, after: args.after, limit: args.first + 1 }),
  );
  return toPage(
    rows.map((row) => row.party),
    args.first,
    (party) => party.id,
  );
}

/** The shortest and longest text a party search takes: one letter would match most of the county. */
export const PARTY_SEARCH_TEXT = { min: 2, max: 100 } as const;

/** Parties whose name or id contains `text`, ignoring case; a page starts at `offset` (the cursor holds it). */
export async function partySearch(
  db: Database,
  args: { text: string; kind: PartyKind | null; first: number; offset: number },
): Promise<Page<PartyRow>> {
  const text = args.text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (text.length < PARTY_SEARCH_TEXT.min || text.length > PARTY_SEARCH_TEXT.max) {
    throw new InputError(
      `text must be ${PARTY_SEARCH_TEXT.min} to ${PARTY_SEARCH_TEXT.max} characters once trimmed, got "${args.text.slice(0, 200)}"`,
      'text',
      args.text.slice(0, 200),
    );
  }
  const rows = await db.read((tx) =>
    tx.run<{ party: PartyRow }>(PARTY_SEARCH, {
      text,
      kind: args.kind,
      offset: args.offset,
      limit: args.first + 1,
    }),
  );
  const nodes = rows.slice(0, args.first).map((row) => row.party);
  const end = args.offset + nodes.length;
  return {
    nodes,
    pageInfo: { endCursor: nodes.length > 0 ? encodeCursor(String(end)) : null, hasNextPage: rows.length > args.first },
  };
}

export function validatePartyInput(input: PartyRow): PartyRow {
  if (!PARTY_ID.test(input.id)) {
    throw new InputError(
      `party id must be 1 to 128 lower-case letters, digits, ".", "_", ":" or "-", starting with a letter or digit; got "${input.id}"`,
      'id',
      input.id,
    );
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > 300) {
    throw new InputError(
      `party ${input.id}: name must be 1 to 300 characters, got "${input.name}"`,
      'name',
      input.name,
    );
  }
  return { id: input.id, name, kind: input.kind };
}

/** The most parties one call may register: one transaction. */
export const MAX_PARTIES_PER_CALL = 5_000;

/**
 * Registers parties once each, in one transaction: all or nothing. The MERGE makes concurrent
 * registrations of one id safe; a resubmission that differs from what is stored (or from an
 * earlier item of the batch) is refused and the transaction rolls back.
 */
export async function registerParties(
  db: Database,
  inputs: readonly PartyRow[],
): Promise<Array<{ party: PartyRow; created: boolean }>> {
  if (inputs.length > MAX_PARTIES_PER_CALL) {
    throw new InputError(
      `at most ${MAX_PARTIES_PER_CALL} parties per call, got ${inputs.length}`,
      'input',
      inputs.length,
    );
  }
  const parties = inputs.map(validatePartyInput);
  if (parties.length === 0) return [];
  return db.write(async (tx) => {
    const rows = await tx.run<{ party: PartyRow; created: boolean }>(REGISTER_PARTIES, { parties });
    if (rows.length !== parties.length)
      throw new Error(`registerParties returned ${rows.length} of ${parties.length} rows`);
    rows.forEach((row, index) => {
      const party = parties[index] as PartyRow;
      if (!row.created && (row.party.name !== party.name || row.party.kind !== party.kind)) {
        throw new ConflictError(
          `party ${party.id} is already registered as "${row.party.name}" (${row.party.kind}); it cannot be registered again as "${party.name}" (${party.kind})`,
          party,
        );
      }
    });
    return rows;
  });
}

/** Registers one party once; see registerParties. */
export async function registerParty(db: Database, input: PartyRow): Promise<{ party: PartyRow; created: boolean }> {
  const [result] = await registerParties(db, [input]);
  return result as { party: PartyRow; created: boolean };
}
