import { accessLogLoader } from '../shared/access-log.ts';
import type { RequestContext } from '../shared/context.ts';
import { batchLoader, entityLoader } from '../shared/loaders.ts';
import { emptyPage } from '../shared/pagination.ts';
import { stampsOfDisclosures, type GrantRow, type LedgerStampRow, type RetractionRow } from './ledger.ts';
import { retractionsOf } from './corrections.ts';
import { grantsOfParties } from './grants.ts';
import {
  carriedPages,
  type CarriedPageKey,
  type CarriedRow,
  disclosurePages,
  disclosuresByIds,
  type DisclosurePageKey,
} from './repository.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(base: RequestContext) {
  const db = base.db;
  return {
    accessLog: accessLogLoader(base),
    disclosure: entityLoader((ids) => disclosuresByIds(db, ids)),
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
    retraction: batchLoader(
      (ids: readonly string[]) => retractionsOf(db, ids),
      (): RetractionRow | null => null,
    ),
    disclosurePage: batchLoader(
      (keys: readonly DisclosurePageKey[]) => disclosurePages(db, keys),
      () => emptyPage(),
      (key) => JSON.stringify(key),
    ),
  };
}

export type LineageLoaders = ReturnType<typeof createLoaders>;
