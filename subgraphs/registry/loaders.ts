import DataLoader from 'dataloader';
import { entryFor, logAccessNow } from '../shared/access-log.ts';
import { UnauthenticatedError } from '../shared/auth/errors.ts';
import { immigrationAgentAnswers, type AgentQuestion } from '../shared/auth/immigration.ts';
import type { ChainEntry } from '../shared/chain.ts';
import type { RequestContext } from '../shared/context.ts';
import { batchLoader, entityLoader } from '../shared/loaders.ts';
import { emptyPage } from '../shared/pagination.ts';
import {
  affiliationsOfParties,
  enforcementOfParties,
  immigrationAgentIntervals,
  type AffiliationRow,
  type EnforcementRow,
  type IntervalRow,
} from './affiliations.ts';
import {
  readableSubjects,
  recordsByIds,
  recordsOfSubjects,
  type RecordRow,
  type RecordsPageKey,
  type SubjectQuestion,
} from './records.ts';
import { partiesByIds } from './repository.ts';

/** What one resolved field showed of subjects and records, for the access log. */
export type Touched = { subjects: string[]; records: string[] };

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

/**
 * One ALLOWED access-log entry for everything the fields resolved in the same tick showed,
 * instead of one per field: appends to the chain are serialised, so fewer is faster. Never
 * cached: each load is an access to record.
 */
function accessLogLoader({ db, principal, operation }: RequestContext) {
  return new DataLoader<Touched, ChainEntry>(
    async (touches) => {
      if (principal === null) throw new UnauthenticatedError('subject-level reads need a signed-in principal');
      const entry = await logAccessNow(db, {
        ...entryFor(principal, operation.name, operation.query),
        outcome: 'ALLOWED',
        subjects: [...new Set(touches.flatMap((touch) => touch.subjects))].sort(),
        records: [...new Set(touches.flatMap((touch) => touch.records))].sort(),
      });
      return touches.map(() => entry);
    },
    { cache: false },
  );
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
