import type { Database } from '../shared/db.ts';
import { batchLoader } from '../shared/loaders.ts';
import { agreementsOfParties, allAgreements, type AgreementRow } from './agreements.ts';
import { disclosureFacts, disclosuresReceivedCounts, type DisclosureFacts } from './repository.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(db: Database) {
  let agreements: Promise<Map<string, AgreementRow>> | null = null;
  return {
    disclosureCountReceived: batchLoader(
      (ids: readonly string[]) => disclosuresReceivedCounts(db, ids),
      () => 0,
    ),
    agreementsOfParty: batchLoader(
      (ids: readonly string[]) => agreementsOfParties(db, ids),
      (): AgreementRow[] => [],
    ),
    disclosureFacts: batchLoader(
      (ids: readonly string[]) => disclosureFacts(db, ids),
      (): DisclosureFacts | null => null,
    ),
    /** Every agreement version by "id#version", read once per request. */
    agreementsByKey: () =>
      (agreements ??= allAgreements(db).then((rows) => new Map(rows.map((row) => [`${row.id}#${row.version}`, row])))),
  };
}

export type ComplianceLoaders = ReturnType<typeof createLoaders>;
