import { accessLogLoader, batchLoader, entityLoader } from '../runtime/loaders.ts';
import {
  immigrationAgentAnswers,
  type AgentQuestion,
  affiliationsOfParties,
  enforcementOfParties,
  immigrationAgentIntervals,
  type AffiliationRow,
  type EnforcementRow,
  type IntervalRow,
  readableSubjects,
  recordsByIds,
  recordsOfSubjects,
  type RecordRow,
  type RecordsPageKey,
  type SubjectQuestion,
  partiesByIds,
} from '../../core/registry/index.ts';
import type { RequestContext } from '../runtime/context.ts';
import { emptyPage } from '../../infra/pagination.ts';

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(base: RequestContext) {
  const db = base.db;
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
    record: entityLoader((ids) => recordsByIds(db, ids)),
    subject: batchLoader(
      (keys: readonly SubjectQuestion[]) => readableSubjects(db, keys),
      () => null,
      (key) => `${key.subjectKey}\u0000${key.originId ?? ''}`,
    ),
    recordsOfSubject: batchLoader(
      (keys: readonly RecordsPageKey[]) => recordsOfSubjects(db, keys),
      () => emptyPage<RecordRow>(),
      (key) => JSON.stringify([key.subjectKey, key.originId, key.first, key.after]),
    ),
    accessLog: accessLogLoader(base),
  };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
