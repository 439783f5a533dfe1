import { describe, expect, it } from 'vitest';
import { chicagoMidnight, countyDayStart, countyMonth, countyYear } from '../../../infra/calendar.ts';

describe('the county calendar', () => {
  it('starts a county year at midnight in Chicago, standard time', () => {
    expect(countyYear(2024)).toEqual({ from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' });
  });

  it('starts a month at midnight with the offset of that moment', () => {
    expect(chicagoMidnight(2024, 3)).toBe('2024-03-01T00:00:00-06:00');
    expect(chicagoMidnight(2024, 4)).toBe('2024-04-01T00:00:00-05:00');
    expect(chicagoMidnight(2024, 11)).toBe('2024-11-01T00:00:00-05:00');
    expect(chicagoMidnight(2024, 12)).toBe('2024-12-01T00:00:00-06:00');
  });

  it('gives the days of a daylight-saving change the offset their midnight had', () => {
    // Clocks went forward at 2 a.m. on 10 March 2024 and back at 2 a.m. on 3 November 2024.
    expect(countyDayStart('2024-03-10')).toBe('2024-03-10T00:00:00-06:00');
    expect(countyDayStart('2024-03-11')).toBe('2024-03-11T00:00:00-05:00');
    expect(countyDayStart('2024-11-03')).toBe('2024-11-03T00:00:00-05:00');
    expect(countyDayStart('2024-11-04')).toBe('2024-11-04T00:00:00-06:00');
  });

  it('names the county month of an instant in any offset', () => {
    expect(countyMonth('2024-03-01T05:59:59Z')).toBe('2024-02');
    expect(countyMonth('2024-03-01T06:00:00Z')).toBe('2024-03');
    expect(countyMonth('2024-03-01T01:00:00+01:00')).toBe('2024-02');
  });
});
