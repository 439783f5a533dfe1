import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantOrder, isInstant, utc } from '../../../infra/scalars.ts';

const SUBGRAPHS = path.resolve(import.meta.dirname, '..', '..', '..', 'subgraphs');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('one instant, whatever the offset', () => {
  it('writes every instant in UTC, keeping the fraction’s digits', () => {
    expect(utc('2024-05-01T07:00:00-05:00')).toBe('2024-05-01T12:00:00Z');
    expect(utc('2024-05-01T07:00-05:00')).toBe('2024-05-01T12:00:00Z');
    expect(utc('2024-12-31T23:00:00-07:00')).toBe('2025-01-01T06:00:00Z');
    expect(utc('2024-05-01T17:30:00.120+05:30')).toBe('2024-05-01T12:00:00.12Z');
    expect(utc('2024-05-02T02:00:00.123456789+14:00')).toBe('2024-05-01T12:00:00.123456789Z');
    expect(utc('1969-12-31T23:59:59.5-00:00')).toBe('1969-12-31T23:59:59.5Z');
    for (const at of ['2024-05-01T07:00:00-05:00', '2024-05-01T05:00:00-07:00', '2024-05-02T02:00:00+14:00']) {
      expect(instantOrder(utc(at))).toBe(instantOrder(at));
    }
  });

  it('refuses an instant whose UTC year has no four digits, which could not be written back', () => {
    expect(isInstant('0001-01-01T00:00:00Z')).toBe(true);
    expect(isInstant('0001-01-01T00:00:00+01:00')).toBe(false);
    expect(isInstant('9999-12-31T23:59:59-01:00')).toBe(false);
    expect(isInstant('9999-12-31T23:59:59.999999999Z')).toBe(true);
  });

  it('compares no time as stated in any query: a stated time is only shown, hashed or checked for absence', () => {
    const misuses = sources(SUBGRAPHS).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/\b\w+\.\w+Stated\b/g)]
        .filter((match) => {
          const before = text.slice(Math.max(0, (match.index ?? 0) - 9), match.index);
          const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 8);
          return !before.endsWith('coalesce(') && after !== ' IS NULL';
        })
        .map((match) => `${path.relative(SUBGRAPHS, file)}: ${match[0]}`);
    });
    expect(misuses).toEqual([]);
  });
});
