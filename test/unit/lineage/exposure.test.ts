import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../../core/lineage/exposure.ts';
import type { ArrivalRow } from '../../../core/lineage/trace.ts';
import { countyMonth } from '../../../infra/calendar.ts';

const arrival = (recordId: string, subjectKey: string, at: string, intermediaries: string[]): ArrivalRow => ({
  recordId,
  subjectKey,
  originId: 'sheriff',
  partyId: 'ice',
  at,
  hopCount: intermediaries.length + 1,
  direct: intermediaries.length === 0,
  actingFor: intermediaries.length === 0 ? { throughId: 'sheriff', affiliations: [] } : null,
  immigrationAgent: true,
  intermediaries,
  categories: ['NAME', 'DATE_OF_BIRTH'],
  unknownSourceCategories: [],
  chain: [],
});

describe('exposure groups', () => {
  it('puts an instant in its county (America/Chicago) month, not its UTC one', () => {
    expect(countyMonth('2025-01-01T05:59:59Z')).toBe('2024-12');
    expect(countyMonth('2025-01-01T06:00:00Z')).toBe('2025-01');
    expect(countyMonth('2024-12-31T23:59:59.999999999-06:00')).toBe('2024-12');
    expect(countyMonth('2024-07-01T04:59:00Z')).toBe('2024-06'); // daylight time: UTC-5
  });

  it('counts an arrival under each of its values, and individuals once per cell', () => {
    const groups = groupsOf(
      [
        arrival('r1', 's1', '2024-03-01T12:00:00Z', []),
        arrival('r2', 's1', '2024-03-02T12:00:00Z', ['exchange', 'broker']),
        arrival('r3', 's2', '2024-03-03T12:00:00Z', ['exchange']),
      ],
      ['INTERMEDIARY', 'CATEGORY'],
    );
    expect(
      groups.map((group) => [group.keys.map((key) => key.value).join('/'), group.arrivalCount, group.individualCount]),
    ).toEqual([
      ['exchange/DATE_OF_BIRTH', 2, 2],
      ['exchange/NAME', 2, 2],
      ['NONE/DATE_OF_BIRTH', 1, 1],
      ['NONE/NAME', 1, 1],
      ['broker/DATE_OF_BIRTH', 1, 1],
      ['broker/NAME', 1, 1],
    ]);
    expect(groups.find((group) => group.keys[0]?.value === 'NONE')?.keys[0]?.partyId).toBeNull();
    expect(groups[0]?.keys[0]).toEqual({ dimension: 'INTERMEDIARY', value: 'exchange', partyId: 'exchange' });
  });

  it('refuses no dimension, a repeated one, or more than four', () => {
    expect(() => groupsOf([], [])).toThrow('by must name 1 to 4 different dimensions, got []');
    expect(() => groupsOf([], ['MONTH', 'MONTH'])).toThrow('got [MONTH, MONTH]');
    expect(() => groupsOf([], ['MONTH', 'AGENT', 'CATEGORY', 'HOP_COUNT', 'DIRECTNESS'])).toThrow('1 to 4');
  });
});
