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

/**
 * Where the county's records begin: midnight of 2000-01-01, county time, as the gateway's
 * cost rules count an open window (no record the tracker holds is older). A registry that
 * means "always" records an earlier start (the demo says 1900-01-01): an interval that begins
 * at or before this instant began before anything the service can show, and is said so in
 * words, never as a placeholder date.
 */
export const RECORDS_BEGIN = '2000-01-01T06:00:00Z';

/** Whether an interval began before any record the service holds. */
export function beganBeforeRecords(instant: string): boolean {
  return Date.parse(instant) <= Date.parse(RECORDS_BEGIN);
}

/**
 * "from 2022-04-01 00:00 CDT until 2025-07-01 00:00 CDT", "from … to now" for an open end,
 * "since the start of the records, to now" for one that began before any record.
 */
export function intervalText(interval: Interval): string {
  const start = beganBeforeRecords(interval.from)
    ? 'since the start of the records,'
    : `from ${countyDateTime(interval.from)}`;
  return interval.until === null ? `${start} to now` : `${start} until ${countyDateTime(interval.until)}`;
}

/** The same by county day, for a label: "2024-01-01 – now", "start of records – 2025-07-01". */
export function shortIntervalText(interval: Interval): string {
  const start = beganBeforeRecords(interval.from) ? 'since the start of the records' : countyDate(interval.from);
  return `${start} – ${interval.until === null ? 'now' : countyDate(interval.until)}`;
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

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * A finding's explanation as the rest of the page writes things: the service names parties by
 * id and instants in ISO form; here each party id it names becomes the party's name, each
 * instant county time, and the legal basis given is put in words. Only whole ids are
 * replaced ("ice" in "justice" is left alone).
 */
export function readableFinding(text: string, names: ReadonlyMap<string, string>): string {
  const ids = [...names.keys()].filter((id) => id.length > 0).sort((a, b) => b.length - a.length);
  let readable = text.replace(ISO_INSTANT, (instant) => countyDateTime(instant));
  if (ids.length > 0) {
    const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(?<![\\w:.-])(?:${escaped.join('|')})(?![\\w:-]|\\.\\w)`, 'g');
    readable = readable.replace(pattern, (id) => names.get(id) ?? id);
  }
  return readable.replace(/(legal basis given: )([A-Z_]+)/g, (_, lead: string, basis: string) => lead + words(basis));
}
