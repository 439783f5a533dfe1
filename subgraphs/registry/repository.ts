import type { Database } from '../shared/db.ts';
import { ConflictError, InputError } from '../shared/errors.ts';
import { toPage, type Page } from '../shared/pagination.ts';
import type { PartyKind } from './generated/resolvers-types.ts';

/** A party as stored: the mapper of GraphQL's `Party` in this subgraph. */
export type PartyRow = { id: string; name: string; kind: PartyKind };

export const PARTY_KINDS: readonly PartyKind[] = [
  'COUNTY_AGENCY',
  'INDIVIDUAL',
  'PARTNERSHIP',
  'CORPORATION',
  'ASSOCIATION',
  'ORGANIZATION',
  'BULK_DATA_REQUESTER',
  'DATA_BROKER',
  'GOVERNMENT_AGENCY',
  'CONTRACTOR',
  'DATABASE',
  'DATA_EXCHANGE',
];

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

export const REGISTER_PARTY = /* cypher */ `
  MERGE (p:Party {id: $id})
  ON CREATE SET p.name = $name, p.kind = $kind, p.registeredAt = datetime(), p.created = true
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

/**
 * Registers a party once. The MERGE makes concurrent registrations of one id safe; a
 * resubmission that differs from what is stored is refused and the transaction rolls back.
 */
export async function registerParty(db: Database, input: PartyRow): Promise<{ party: PartyRow; created: boolean }> {
  const party = validatePartyInput(input);
  return db.write(async (tx) => {
    const [row] = await tx.run<{ party: PartyRow; created: boolean }>(REGISTER_PARTY, party);
    if (row === undefined) throw new Error(`registerParty returned no row for ${party.id}`);
    if (!row.created && (row.party.name !== party.name || row.party.kind !== party.kind)) {
      throw new ConflictError(
        `party ${party.id} is already registered as "${row.party.name}" (${row.party.kind}); it cannot be registered again as "${party.name}" (${party.kind})`,
        party,
      );
    }
    return row;
  });
}
