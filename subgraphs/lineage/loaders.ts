import { accessLogLoader, batchLoader, entityLoader } from '../runtime/loaders.ts';
import type { RequestContext } from '../runtime/context.ts';
import { emptyPage } from '../../infra/pagination.ts';
import { partiesByIds } from '../../core/registry/index.ts';
import {
  stampsOfDisclosures,
  type GrantRow,
  type LedgerStampRow,
  type RetractionRow,
  retractionsOf,
  grantsOfParties,
  carriedPages,
  type CarriedPageKey,
  type CarriedRow,
  disclosurePages,
  disclosuresByIds,
  type DisclosurePageKey,
} from '../../core/lineage/index.ts';

type RetractionsKey = { disclosureId: string; asOf: string | null };

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(base: RequestContext) {
  const db = base.db;
  return {
    accessLog: accessLogLoader(base),
    disclosure: entityLoader((ids) => disclosuresByIds(db, ids)),
    /** Parties' names, for the fields that provide them: one read for a whole answer. */
    party: entityLoader((ids) => partiesByIds(db, ids)),
    ledgerStamp: batchLoader(
      (ids: readonly string[]) => stampsOfDisclosures(db, ids),
      (): LedgerStampRow | null => null,
    ),
    carriedPage: batchLoader(
      (keys: readonly CarriedPageKey[]) => carriedPages(db, keys),
      () => emptyPage<CarriedRow>(),
      (key) => JSON.stringify(key),
    ),
    grants: batchLoader(
      (ids: readonly string[]) => grantsOfParties(db, ids),
      (): GrantRow[] => [],
    ),
    /** Each disclosure's retractions as of a recorded time (null: now), the standing one first. */
    retractions: batchLoader(
      async (keys: readonly RetractionsKey[]) => {
        const groups = Map.groupBy(keys, (key) => key.asOf ?? '');
        const found = await Promise.all(
          [...groups.entries()].map(async ([asOf, group]) =>
            (await retractionsOf(db, [...new Set(group.map((key) => key.disclosureId))], asOf || null)).map(
              ([disclosureId, rows]): [RetractionsKey, RetractionRow[]] => [{ disclosureId, asOf: asOf || null }, rows],
            ),
          ),
        );
        return found.flat();
      },
      (): RetractionRow[] => [],
      (key) => `${key.disclosureId}\u0000${key.asOf ?? ''}`,
    ),
    disclosurePage: batchLoader(
      (keys: readonly DisclosurePageKey[]) => disclosurePages(db, keys),
      () => emptyPage(),
      (key) => JSON.stringify(key),
    ),
  };
}

export type LineageLoaders = ReturnType<typeof createLoaders>;
