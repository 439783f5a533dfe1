/**
 * Time in the synthetic county: whole seconds since the Unix epoch inside the generator,
 * ISO 8601 instants with an offset in the files. Fixed bounds, never the clock: the same
 * seed gives the same files on any day, and no event is ever in the service's future.
 */
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** 2019-01-01T00:00-06:00, midnight in Chicago: the first instant of the county's history. */
export const START = Date.UTC(2019, 0, 1, 6) / 1000;
/** 2025-12-31T00:00-06:00: the last instant any event carries, in UTC and in Chicago alike on 31 December. */
export const END = Date.UTC(2025, 11, 31, 6) / 1000;

/** Seconds of an ISO 8601 instant (or of a date, taken as UTC midnight). */
export function seconds(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an instant: "${iso}"`);
  return Math.floor(ms / 1000);
}

export type Zone = 'utc' | 'chicago';

/**
 * The instant as UTC (`...Z`) or as Chicago wall time with its offset that day (`-06:00`
 * in winter, `-05:00` under daylight saving time): county systems write both.
 */
export function instant(time: number, zone: Zone): string {
  if (zone === 'utc') return new Date(time * 1000).toISOString();
  const offset = isChicagoDaylightTime(time) ? 5 : 6;
  return `${new Date((time - offset * HOUR) * 1000).toISOString().slice(0, 23)}-0${offset}:00`;
}

const daylightTimes = new Map<number, readonly [number, number]>();

/** US rule since 2007: from the second Sunday of March, 02:00 CST, to the first Sunday of November, 02:00 CDT. */
function isChicagoDaylightTime(time: number): boolean {
  const year = new Date(time * 1000).getUTCFullYear();
  let span = daylightTimes.get(year);
  if (span === undefined) {
    span = [sunday(year, 2, 2) + 8 * HOUR, sunday(year, 10, 1) + 7 * HOUR];
    daylightTimes.set(year, span);
  }
  return time >= span[0] && time < span[1];
}

/** UTC midnight of the nth Sunday of a month (month 0-based). */
function sunday(year: number, month: number, nth: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + 7 * (nth - 1);
  return Date.UTC(year, month, day) / 1000;
}
