import { describe, expect, it } from 'vitest';
import { parseSeq } from '../../../core/compliance/access-log.ts';
import { parsePosition } from '../../../core/lineage/disclosures.ts';
import { checkPageSize, decodeCursor, encodeCursor, toPage } from '../../../infra/pagination.ts';

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

  it('refuses a cursor of another list by the cursor sent, never by the position it holds', () => {
    // A page of a person's disclosures ends at a time and a disclosure id; the access log's at a seq.
    const disclosures = encodeCursor('["2025-01-01T00:00:00Z","d-secret"]');
    const log = encodeCursor('4711');
    const refusals = [
      () => parseSeq(decodeCursor(disclosures), disclosures),
      () => parsePosition(decodeCursor(log), log),
    ];
    for (const [index, refuse] of refusals.entries()) {
      const sent = index === 0 ? disclosures : log;
      let caught: unknown;
      try {
        refuse();
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after', value: sent } });
      const told = JSON.stringify({
        message: (caught as Error).message,
        extensions: (caught as { extensions: unknown }).extensions,
      });
      expect(told).not.toContain('d-secret');
      expect(told).not.toContain('4711');
    }
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
