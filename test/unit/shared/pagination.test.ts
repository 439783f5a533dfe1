import { describe, expect, it } from 'vitest';
import { checkPageSize, decodeCursor, encodeCursor, toPage } from '../../../subgraphs/shared/pagination.ts';

describe('pages', () => {
  it('reports a next page only when the extra row came back', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(toPage(rows, 2, (row) => row.id)).toEqual({
      nodes: [{ id: 'a' }, { id: 'b' }],
      pageInfo: { endCursor: encodeCursor('b'), hasNextPage: true },
    });
    expect(toPage(rows, 3, (row) => row.id).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 3, (row: { id: string }) => row.id).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });

  it('round-trips a cursor and refuses one it did not make, showing it', () => {
    expect(decodeCursor(encodeCursor('["2025-01-01T00:00:00Z","d-1"]'))).toBe('["2025-01-01T00:00:00Z","d-1"]');
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('not a cursor!')).toThrow(/after must be a cursor.*not a cursor!/);
  });

  it('refuses a page size outside 1..500 rather than cutting it', () => {
    expect(checkPageSize(500)).toBe(500);
    for (const bad of [0, -1, 501, 2.5]) {
      expect(() => checkPageSize(bad)).toThrow(new RegExp(`got ${bad}`));
    }
  });
});
