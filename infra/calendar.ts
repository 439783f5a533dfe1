/**
 * The county calendar: Cook County keeps time in America/Chicago, so a county month or year
 * starts at midnight there, with the offset of that moment. Annual reports, monthly recipient
 * lists and the findings that count by month all take their months and years from here.
 */
import { instantOrder } from './scalars.ts';

export const COUNTY_TIME_ZONE = 'America/Chicago';

const COUNTY_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: COUNTY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
});

// Made once: a formatter costs far more to make than to use, and every county year asked for needs two.
const COUNTY_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: COUNTY_TIME_ZONE, timeZoneName: 'longOffset' });

/** The county's offset from UTC at an instant, as an instant's text ends: -06:00 or -05:00. */
function countyOffsetAt(probe: Date): string {
  const offset = COUNTY_OFFSET.formatToParts(probe).find((part) => part.type === 'timeZoneName')?.value;
  const hours = /GMT([+-]\d{2}):(\d{2})/.exec(offset ?? '');
  return hours ? `${hours[1]}:${hours[2]}` : 'Z';
}

/** The calendar month of an instant in county time, as YYYY-MM. */
export function countyMonth(at: string): string {
  const parts = COUNTY_MONTH.formatToParts(new Date(Number(instantOrder(at) / 1_000_000n)));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** The first instant of a county month: midnight in Chicago, with the offset of that moment. */
export function chicagoMidnight(year: number, month: number): string {
  const date = `${year}-${String(month).padStart(2, '0')}-01`;
  // Midnight on the first of a month is never inside a daylight-saving change in Chicago (2 a.m.).
  return `${date}T00:00:00${countyOffsetAt(new Date(`${date}T12:00:00Z`))}`;
}

/** A county calendar year, America/Chicago, as a window [from, until). */
export function countyYear(year: number): { from: string; until: string } {
  return { from: chicagoMidnight(year, 1), until: chicagoMidnight(year + 1, 1) };
}

/** Midnight in Chicago at the start of a calendar day (YYYY-MM-DD), with the offset of that moment. */
export function countyDayStart(date: string): string {
  // 06:00Z is midnight CST and 1 a.m. CDT: on either side of a daylight-saving change (2 a.m.
  // local) it carries the offset that midnight of that day had.
  return `${date}T00:00:00${countyOffsetAt(new Date(`${date}T06:00:00Z`))}`;
}
