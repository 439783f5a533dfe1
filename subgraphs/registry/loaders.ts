import type { Database } from '../shared/db.ts';
import { entityLoader } from '../shared/loaders.ts';
import { partiesByIds } from './repository.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(db: Database) {
  return {
    party: entityLoader((ids) => partiesByIds(db, ids)),
  };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
