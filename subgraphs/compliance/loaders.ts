import type { Database } from '../shared/db.ts';
import { batchLoader } from '../shared/loaders.ts';
import { disclosuresReceivedCounts } from './repository.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(db: Database) {
  return {
    disclosureCountReceived: batchLoader(
      (ids: readonly string[]) => disclosuresReceivedCounts(db, ids),
      () => 0,
    ),
  };
}

export type ComplianceLoaders = ReturnType<typeof createLoaders>;
