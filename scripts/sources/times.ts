/**
 * Times as sources write them, read into instants with an offset. A time with an offset (or
 * Z) is taken as written. A wall-clock time without one is read in the zone its mapping names
 * (UTC or an IANA zone such as America/Chicago), with Intl alone: the offset is the one the
 * zone had at that instant. A wall-clock time the zone skips (clocks going forward) or
 * repeats (clocks going back) is refused: the file does not say which instant it meant, and
 * a guess could put a disclosure on the wrong side of an agreement's start or end.
 */
import { SourceError } from './errors.ts';

/**
 * The layouts a mapping may name: `iso` ISO 8601, with or without an offset; `ymd`
 * `2024-05-01 14:03[:00]`; `mdy` `5/1/2024 2:03[:00] PM` (or 24-hour); `date` a spreadsheet
 * cell typed as a date, which holds a wall clock and no zone.
 */
export const TIME_PATTERNS = ['iso', 'ymd', 'mdy', 'date'] as const;
export type TimePattern = (typeof TIME_PATTERNS)[number];

/** One way a column may write its times, and the zone of those without an offset. */
export type TimeFormat = { pattern: TimePattern; zone?: string };

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?$/i;

/** Whether a zone name is one Intl knows ("UTC" included). */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a cell names, as ISO 8601 with the offset of its zone at that instant
 * (`2024-03-10T03:30:00-05:00`). A Date (a spreadsheet cell typed as a date) holds a wall
 * clock without a zone, as spreadsheets do. Throws a SourceError that names the column and
 * never the value.
 */
export function readTime(value: unknown, formats: readonly TimeFormat[], column: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new SourceError('TIME_UNREADABLE', `${column}: not a date`);
    const zone = formats.find((format) => format.pattern === 'date')?.zone;
    return fromWall(wallOfDate(value), zone, column);
  }
  if (typeof value !== 'string' || value.trim() === '') throw new SourceError('TIME_MISSING', `${column} is empty`);
  const text = value.trim();
  for (const { pattern, zone } of formats) {
    if (pattern === 'date') continue;
    if (pattern === 'iso') {
      const match = ISO.exec(text);
      if (match === null) continue;
      const wall = wallOf(match.slice(1, 8));
      const offset = match[8];
      if (offset !== undefined)
        return withOffset(wall, offset.toUpperCase() === 'Z' ? 0 : offsetMinutes(offset), column);
      return fromWall(wall, zone, column);
    }
    if (pattern === 'ymd') {
      const match = YMD.exec(text);
      if (match !== null) return fromWall(wallOf(match.slice(1, 7)), zone, column);
      continue;
    }
    const match = MDY.exec(text);
    if (match === null) continue;
    const [, month, day, year, hour, minute, second, half] = match;
    const wall = wallOf([year, month, day, hour, minute, second]);
    if (half !== undefined) {
      if (wall.hour < 1 || wall.hour > 12)
        throw new SourceError('TIME_UNREADABLE', `${column}: an AM/PM hour is 1 to 12`);
      const pm = half.toUpperCase().startsWith('P');
      wall.hour = (wall.hour % 12) + (pm ? 12 : 0);
    }
    return fromWall(wall, zone, column);
  }
  throw new SourceError(
    'TIME_UNREADABLE',
    `${column}: not a time in the layouts the mapping names (${formats.map((format) => format.pattern).join(', ')})`,
  );
}

function wallOf(parts: ReadonlyArray<string | undefined>): Wall {
  const [year, month, day, hour, minute, second, fraction] = parts;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    ms: fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3)),
  };
}

/**
 * A spreadsheet's date: its UTC fields are the wall clock the sheet shows. A sheet keeps a
 * time as a fraction of a day, which comes back a millisecond short (07:59:59.999): the
 * nearest second is what the sheet shows.
 */
function wallOfDate(cell: Date): Wall {
  const date = new Date(Math.round(cell.getTime() / 1000) * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    ms: date.getUTCMilliseconds(),
  };
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** The wall clock as milliseconds, as if it were UTC; refuses a day or hour that does not exist. */
function wallMs(wall: Wall, column: string): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== wall.year ||
    back.getUTCMonth() !== wall.month - 1 ||
    back.getUTCDate() !== wall.day ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    throw new SourceError('TIME_UNREADABLE', `${column}: no such date or time of day`);
  }
  return ms;
}

function withOffset(wall: Wall, minutes: number, column: string): string {
  wallMs(wall, column);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const fraction = wall.ms === 0 ? '' : `.${pad(wall.ms, 3)}`;
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC, in minutes, at an instant. */
export function zoneOffset(zone: string, instant: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const shown = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((shown - (instant - (((instant % 1000) + 1000) % 1000))) / 60_000);
}

/**
 * The one instant a wall clock names in a zone: every offset the zone had within a day of
 * it is tried, and kept when the zone really had that offset at the instant it gives.
 */
function fromWall(wall: Wall, zone: string | undefined, column: string): string {
  if (zone === undefined) {
    throw new SourceError('TIME_NO_ZONE', `${column}: a time without an offset, and the mapping names no zone for it`);
  }
  const ms = wallMs(wall, column);
  const offsets = new Set([-1, 0, 1].map((days) => zoneOffset(zone, ms + days * 86_400_000)));
  const fits = [...offsets].filter((offset) => zoneOffset(zone, ms - offset * 60_000) === offset);
  if (fits.length === 0) {
    throw new SourceError(
      'TIME_NONEXISTENT',
      `${column}: that local time does not exist in ${zone} (the hour skipped when clocks go forward)`,
    );
  }
  if (fits.length > 1) {
    throw new SourceError(
      'TIME_AMBIGUOUS',
      `${column}: that local time happens twice in ${zone} (the hour repeated when clocks go back); write it with an offset`,
    );
  }
  return withOffset(wall, fits[0] as number, column);
}
