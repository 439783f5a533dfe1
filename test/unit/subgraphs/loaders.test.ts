import { describe, expect, it } from 'vitest';
import { batchLoader, entityLoader } from '../../../subgraphs/runtime/loaders.ts';

describe('batchLoader', () => {
  it('asks once for every key of a tick and answers in key order, with the fallback for a missing key', async () => {
    const calls: string[][] = [];
    const loader = batchLoader(
      async (keys: readonly string[]) => {
        calls.push([...keys]);
        return keys.filter((key) => key !== 'b').map((key): [string, number] => [key, key.charCodeAt(0)]);
      },
      () => -1,
    );
    const values = await Promise.all([loader.load('c'), loader.load('a'), loader.load('b'), loader.load('a')]);
    expect(calls).toEqual([['c', 'a', 'b']]);
    expect(values).toEqual([99, 97, -1, 97]);
  });

  it('keys by a derived cache key so that equal objects share one load', async () => {
    const calls: number[] = [];
    const loader = batchLoader(
      async (keys: readonly { n: number }[]) => {
        calls.push(keys.length);
        return keys.map((key): [{ n: number }, number] => [key, key.n * 2]);
      },
      () => 0,
      (key) => JSON.stringify(key),
    );
    expect(await Promise.all([loader.load({ n: 1 }), loader.load({ n: 1 }), loader.load({ n: 2 })])).toEqual([2, 2, 4]);
    expect(calls).toEqual([2]);
  });
});

describe('entityLoader', () => {
  it('answers null for an id the query did not return', async () => {
    const loader = entityLoader(async (ids) => ids.filter((id) => id !== 'gone').map((id) => ({ id, name: id })));
    expect(await loader.loadMany(['x', 'gone'])).toEqual([{ id: 'x', name: 'x' }, null]);
  });
});
