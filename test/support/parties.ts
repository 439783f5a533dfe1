import { registerParties } from '../../core/registry/parties.ts';
import type { PartyKind } from '../../subgraphs/registry/generated/resolvers-types.ts';
import type { Database } from '../../infra/db.ts';

/** Registers test parties, one set-based call, each named by `name` (its id unless told). */
export async function registerTestParties(
  db: Database,
  parties: ReadonlyArray<readonly [id: string, kind: PartyKind]>,
  name: (id: string) => string = (id) => id,
): Promise<void> {
  await registerParties(
    db,
    parties.map(([id, kind]) => ({ id, name: name(id), kind })),
  );
}
