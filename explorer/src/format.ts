/**
 * How the explorer writes instants, intervals and labels. Dates are the county's
 * (America/Chicago), as in the annual report and the counting rules, with the zone
 * named so that a printed page cannot be misread.
 */
export const COUNTY_ZONE = 'America/Chicago';

export type Interval = { from: string; until: string | null };

const DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: COUNTY_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: COUNTY_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function parts(format: Intl.DateTimeFormat, instant: string): Record<string, string> {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`not an instant: "${instant}"`);
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "2024-03-05 14:30 CST": the instant in county time. */
export function countyDateTime(instant: string): string {
  const p = parts(DATE_TIME, instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** "2024-03-05": the county day of the instant. */
export function countyDate(instant: string): string {
  const p = parts(DATE, instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "from 2022-04-01 00:00 CDT until 2025-07-01 00:00 CDT", or "from … (still running)". */
export function intervalText(interval: Interval): string {
  const from = `from ${countyDateTime(interval.from)}`;
  return interval.until === null ? `${from} (still running)` : `${from} until ${countyDateTime(interval.until)}`;
}

/** What a node says about a party's status as an immigration agent, in words (never colour alone). */
export function agentText(intervals: readonly Interval[]): string | null {
  if (intervals.length === 0) return null;
  return `Immigration agent ${intervals.map(intervalText).join('; ')}`;
}

/** Whether an instant falls in one of the intervals, each [from, until). */
export function inIntervals(intervals: readonly Interval[], instant: string): boolean {
  const at = Date.parse(instant);
  return intervals.some(
    (interval) => Date.parse(interval.from) <= at && (interval.until === null || at < Date.parse(interval.until)),
  );
}

/** A category or enum value as people write it: DATE_OF_BIRTH becomes "date of birth". */
export function words(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

/** Cuts a free text for a graph label; the full text is in the details and the exports. */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** A subsection as the ordinance writes it: F_III becomes "(f)(iii)". */
export function subsectionText(subsection: string): string {
  return `(${subsection.toLowerCase().split('_').join(')(')})`;
}

/** Breaks a text into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [''] : lines;
}
