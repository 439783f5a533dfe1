import DataLoader from 'dataloader';

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
