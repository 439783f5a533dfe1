import { immigrationAgentAnswers, type AgentQuestion } from '../shared/auth/immigration.ts';
import type { Database } from '../shared/db.ts';
import { batchLoader, entityLoader } from '../shared/loaders.ts';
import {
  affiliationsOfParties,
  enforcementOfParties,
  immigrationAgentIntervals,
  type AffiliationRow,
  type EnforcementRow,
  type IntervalRow,
} from './affiliations.ts';
import { partiesByIds } from './repository.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(db: Database) {
  return {
    party: entityLoader((ids) => partiesByIds(db, ids)),
    enforcement: batchLoader(
      (ids: readonly string[]) => enforcementOfParties(db, ids),
      (): EnforcementRow[] => [],
    ),
    affiliations: batchLoader(
      (ids: readonly string[]) => affiliationsOfParties(db, ids),
      (): AffiliationRow[] => [],
    ),
    immigrationAgentIntervals: batchLoader(
      (ids: readonly string[]) => immigrationAgentIntervals(db, ids),
      (): IntervalRow[] => [],
    ),
    immigrationAgent: batchLoader(
      async (keys: readonly AgentQuestion[]) =>
        (await immigrationAgentAnswers(db, keys)).map((answer): [AgentQuestion, boolean] => [answer, answer.agent]),
      () => false,
      (key) => `${key.partyId}\u0000${key.at}`,
    ),
  };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
