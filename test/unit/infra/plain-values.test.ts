import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain, withoutStackTraces } from '../../../infra/db.ts';

describe('values from the driver, made plain', () => {
  it('passes strings, numbers and booleans through, and gives null for a missing value', () => {
    expect(toPlain('2024-01-01T00:00:00Z')).toBe('2024-01-01T00:00:00Z');
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
  });

  it('turns integers into numbers, instants into their text, deep inside lists and maps', () => {
    const at = new neo4j.types.DateTime(2024, 3, 10, 1, 30, 0, 0, -21_600);
    expect(toPlain({ count: neo4j.int(7), rows: [{ at, ids: ['a', neo4j.int(2)] }] })).toEqual({
      count: 7,
      rows: [{ at: '2024-03-10T01:30:00-06:00', ids: ['a', 2] }],
    });
  });

  it("converts the driver's lists and maps where they lie, without copying them", () => {
    const row = { ids: ['a', neo4j.int(3)], inner: { n: neo4j.int(4), none: undefined } };
    const ids = row.ids;
    expect(toPlain(row)).toBe(row);
    expect(row.ids).toBe(ids);
    expect(row).toEqual({ ids: ['a', 3], inner: { n: 4, none: null } });
  });

  it('refuses an integer a number cannot hold exactly', () => {
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow('outside the safe range');
  });
});

describe('a statement started without a stack trace', () => {
  it('captures none while the driver starts it, and restores the limit after, also when the start throws', () => {
    const limit = Error.stackTraceLimit;
    const seen = withoutStackTraces(() => ({ limit: Error.stackTraceLimit, stack: new Error('inside').stack }));
    expect(seen).toEqual({ limit: 0, stack: 'Error: inside' });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(() =>
      withoutStackTraces(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
