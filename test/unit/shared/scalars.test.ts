import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from '../../../subgraphs/shared/scalars.ts';

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
