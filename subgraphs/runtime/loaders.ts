import DataLoader from 'dataloader';
import { entryFor, logAccessNow } from '../../infra/access-log.ts';
import { UnauthenticatedError } from '../../infra/auth/errors.ts';
import type { ChainEntry } from '../../infra/chain.ts';
import type { RequestContext } from './context.ts';

/**
 * A per-request DataLoader whose batch function runs one query for all keys; results come
 * back in key order, and a key the query did not answer gets `fallback(key)`.
 */
export function batchLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<Array<[K, V]>>,
  fallback: (key: K) => V,
  cacheKey: (key: K) => unknown = (key) => key,
): DataLoader<K, V, unknown> {
  return new DataLoader<K, V, unknown>(
    async (keys) => {
      const found = new Map<unknown, V>();
      for (const [key, value] of await fetch(keys)) found.set(cacheKey(key), value);
      return keys.map((key) => (found.has(cacheKey(key)) ? (found.get(cacheKey(key)) as V) : fallback(key)));
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Entities by id: `null` for an id that does not exist. */
export function entityLoader<V extends { id: string }>(fetch: (ids: readonly string[]) => Promise<V[]>) {
  return batchLoader<string, V | null>(
    async (ids) => (await fetch(ids)).map((value): [string, V] => [value.id, value]),
    () => null,
  );
}

/** What one resolved field showed of subjects and records, for the access log. */
export type Touched = { subjects: string[]; records: string[] };

/**
 * One ALLOWED access-log entry for everything the fields resolved in the same tick showed,
 * instead of one per field: appends to the chain are serialised, so fewer is faster. Never
 * cached: each load is an access to record.
 */
export function accessLogLoader({ db, principal, operation, admitted }: RequestContext) {
  return new DataLoader<Touched, ChainEntry>(
    async (touches) => {
      if (principal === null) throw new UnauthenticatedError('subject-level reads need a signed-in principal');
      // A caller the gatekeeper refuses is shown nothing: its refusal is the entry, not this one.
      await admitted;
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
