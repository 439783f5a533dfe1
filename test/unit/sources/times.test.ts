import { describe, expect, it } from 'vitest';
import { readTime, type TimeFormat } from '../../../scripts/sources/times.ts';

const CHICAGO: TimeFormat[] = [
  { pattern: 'iso', zone: 'America/Chicago' },
  { pattern: 'ymd', zone: 'America/Chicago' },
  { pattern: 'mdy', zone: 'America/Chicago' },
  { pattern: 'date', zone: 'America/Chicago' },
];
const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

describe('times as sources write them', () => {
  it('keeps an ISO 8601 time with an offset as written', () => {
    expect(readTime('2024-05-01T07:00:00-05:00', CHICAGO, 'at')).toBe('2024-05-01T07:00:00-05:00');
    expect(readTime('2024-05-01T12:00:00Z', CHICAGO, 'at')).toBe('2024-05-01T12:00:00+00:00');
  });

  it('reads a time without an offset as UTC when the mapping says UTC', () => {
    expect(readTime('2024-11-03 01:30', [{ pattern: 'ymd', zone: 'UTC' }], 'at')).toBe('2024-11-03T01:30:00+00:00');
    expect(readTime('2024-11-03T01:30:00', [{ pattern: 'iso', zone: 'UTC' }], 'at')).toBe('2024-11-03T01:30:00+00:00');
  });

  it('reads local times in America/Chicago, AM/PM included, with the offset of the day', () => {
    expect(readTime('1/15/2024 3:04:05 PM', CHICAGO, 'at')).toBe('2024-01-15T15:04:05-06:00');
    expect(readTime('7/4/2024 12:30:00 AM', CHICAGO, 'at')).toBe('2024-07-04T00:30:00-05:00');
    expect(readTime('2024-07-04 12:30', CHICAGO, 'at')).toBe('2024-07-04T12:30:00-05:00');
  });

  it('reads either side of the 2024 changes of clock', () => {
    expect(readTime('3/10/2024 1:59:59 AM', CHICAGO, 'at')).toBe('2024-03-10T01:59:59-06:00');
    expect(readTime('3/10/2024 3:00:00 AM', CHICAGO, 'at')).toBe('2024-03-10T03:00:00-05:00');
    expect(readTime('2024-11-03 00:59', CHICAGO, 'at')).toBe('2024-11-03T00:59:00-05:00');
    expect(readTime('2024-11-03 02:00', CHICAGO, 'at')).toBe('2024-11-03T02:00:00-06:00');
  });

  it('refuses the hour skipped on 10 March 2024 and the hour repeated on 3 November 2024', () => {
    expect(code(() => readTime('3/10/2024 2:30:00 AM', CHICAGO, 'at'))).toBe('TIME_NONEXISTENT');
    expect(code(() => readTime('2024-03-10 02:00', CHICAGO, 'at'))).toBe('TIME_NONEXISTENT');
    expect(code(() => readTime('11/3/2024 1:30:00 AM', CHICAGO, 'at'))).toBe('TIME_AMBIGUOUS');
    expect(code(() => readTime('2024-11-03 01:00', CHICAGO, 'at'))).toBe('TIME_AMBIGUOUS');
    expect(readTime('2024-11-03T01:30:00-06:00', CHICAGO, 'at')).toBe('2024-11-03T01:30:00-06:00');
  });

  it('reads a spreadsheet date as the wall clock it shows, in the zone of the mapping', () => {
    expect(readTime(new Date(Date.UTC(2024, 0, 15, 15, 4, 5)), CHICAGO, 'at')).toBe('2024-01-15T15:04:05-06:00');
    expect(code(() => readTime(new Date(Date.UTC(2024, 10, 3, 1, 30)), CHICAGO, 'at'))).toBe('TIME_AMBIGUOUS');
  });

  it('refuses without repeating the value', () => {
    for (const bad of ['13/45/2024 9:00 AM', 'yesterday', '2024-02-30 10:00', '']) {
      try {
        readTime(bad, CHICAGO, 'Search Time');
        expect.unreachable();
      } catch (error) {
        if (bad !== '') expect((error as Error).message).not.toContain(bad);
        expect((error as Error).message).toContain('Search Time');
      }
    }
    expect(code(() => readTime('2024-05-01 10:00', [{ pattern: 'ymd' }], 'at'))).toBe('TIME_NO_ZONE');
  });
});
