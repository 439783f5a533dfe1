import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from '../../../infra/scalars.ts';

describe('DateTime', () => {
  it('accepts instants with an offset or Z', () => {
    for (const ok of ['2025-12-31T23:30:00-06:00', '2025-12-31T23:30-06:00', '2026-01-01T05:30:00.123Z']) {
      expect(DateTimeScalar.parseValue(ok)).toBe(ok);
    }
  });

  it('refuses a local time, a date alone or an impossible date, showing the value', () => {
    for (const bad of ['2025-12-31T23:30:00', '2025-12-31', '2025-13-45T10:00:00Z', 42]) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrow(JSON.stringify(bad));
    }
  });
});

describe('DateTime ranges', () => {
  it('refuses parts out of range that a lenient parser would accept, as Neo4j would', () => {
    for (const bad of [
      '2025-02-30T10:00:00-05:00',
      '2025-06-01T24:00:00Z',
      '2025-06-01T10:00:00+23:59',
      '2025-04-31T10:00Z',
    ]) {
      expect(() => DateTimeScalar.parseValue(bad), bad).toThrow(bad);
    }
    for (const ok of [
      '2024-02-29T10:00:00-06:00',
      '2025-06-01T23:59:59.999999999+14:00',
      '2025-06-01T00:00:00-18:00',
    ]) {
      expect(DateTimeScalar.parseValue(ok)).toBe(ok);
    }
  });
});
