import type { G287Agency, G287Snapshot } from '../../core/registry/index.ts';

/**
 * ICE's list of 287(g) participating agencies, as rows of a table (CSV or spreadsheet, read
 * elsewhere), turned into a snapshot dated by the operator. The list changes shape between
 * publications: headers are matched loosely, extra columns are ignored, blank lines skipped,
 * dates read as 1/23/2025, 2025-01-23 or a spreadsheet day number. A line that cannot be read
 * is rejected by its number and a code, never echoed: the file is the caller's to open.
 */
export type TableRow = { line: number; cells: string[] };
export type G287Reject = { line: number; code: G287RejectCode };
export type G287RejectCode =
  | 'MISSING_STATE'
  | 'UNKNOWN_STATE'
  | 'MISSING_AGENCY'
  | 'MISSING_SUPPORT_TYPE'
  | 'MISSING_SIGNED_DATE'
  | 'BAD_SIGNED_DATE';

type Column = 'state' | 'name' | 'county' | 'supportType' | 'signed' | 'status';

// Headers as compared: lower case, letters and digits only.
const HEADERS: Record<string, Column> = {
  state: 'state',
  lawenforcementagency: 'name',
  lawenforcementagencylea: 'name',
  lea: 'name',
  leaname: 'name',
  agency: 'name',
  agencyname: 'name',
  county: 'county',
  countyparish: 'county',
  supporttype: 'supportType',
  typeofsupport: 'supportType',
  model: 'supportType',
  program: 'supportType',
  signed: 'signed',
  signeddate: 'signed',
  datesigned: 'signed',
  moasigned: 'signed',
  moasigneddate: 'signed',
  status: 'status',
};
/** The columns of the list as ICE publishes it, for a table given without its header. */
const DEFAULT_ORDER: Array<Column | null> = ['state', 'name', 'county', null, 'supportType', 'signed'];

const STATES: Record<string, string> = Object.fromEntries(
  (
    'AL alabama AK alaska AZ arizona AR arkansas CA california CO colorado CT connecticut DE delaware ' +
    'DC district-of-columbia FL florida GA georgia HI hawaii ID idaho IL illinois IN indiana IA iowa ' +
    'KS kansas KY kentucky LA louisiana ME maine MD maryland MA massachusetts MI michigan MN minnesota ' +
    'MS mississippi MO missouri MT montana NE nebraska NV nevada NH new-hampshire NJ new-jersey ' +
    'NM new-mexico NY new-york NC north-carolina ND north-dakota OH ohio OK oklahoma OR oregon ' +
    'PA pennsylvania RI rhode-island SC south-carolina SD south-dakota TN tennessee TX texas UT utah ' +
    'VT vermont VA virginia WA washington WV west-virginia WI wisconsin WY wyoming PR puerto-rico ' +
    'GU guam VI virgin-islands AS american-samoa MP northern-mariana-islands'
  )
    .split(' ')
    .reduce<Array<[string, string]>>((pairs, word, index, words) => {
      if (index % 2 === 0)
        pairs.push([(words[index + 1] as string).replace(/-/g, ''), word], [word.toLowerCase(), word]);
      return pairs;
    }, []),
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The snapshot a table of the 287(g) list gives, and the lines it could not read. `pending`
 * marks every row pending (ICE's separate list of pending agencies); a status column that
 * says pending does the same for its row.
 */
export function snapshotFromRows(
  rows: readonly TableRow[],
  options: { date: string; source: string; header?: readonly string[] | null; pending?: boolean },
): { snapshot: G287Snapshot; rejects: G287Reject[] } {
  const columns = options.header ? columnsOf(options.header) : DEFAULT_ORDER;
  const agencies: G287Agency[] = [];
  const rejects: G287Reject[] = [];
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (row.cells[index] ?? '').trim().replace(/\s+/g, ' ');
    };
    const read = readAgency(cell, options.pending ?? false);
    if ('code' in read) rejects.push({ line: row.line, code: read.code });
    else agencies.push(read);
  }
  return { snapshot: { date: options.date, source: options.source, agencies }, rejects };
}

function columnsOf(header: readonly string[]): Array<Column | null> {
  const columns = header.map((name) => HEADERS[name.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null);
  const missing = (['state', 'name', 'supportType'] as const).filter((column) => !columns.includes(column));
  if (missing.length > 0)
    throw new Error(
      `the 287(g) table's header has no column for ${missing.join(', ')}; it names ${header.length} columns`,
    );
  // A column named twice (two "LEA" columns): the first one counts.
  return columns.map((column, index) => (column !== null && columns.indexOf(column) < index ? null : column));
}

function readAgency(cell: (column: Column) => string, allPending: boolean): G287Agency | { code: G287RejectCode } {
  const stateText = cell('state');
  if (stateText === '') return { code: 'MISSING_STATE' };
  const state = STATES[stateText.toLowerCase().replace(/[^a-z]/g, '')];
  if (state === undefined) return { code: 'UNKNOWN_STATE' };
  const name = cell('name');
  if (name === '') return { code: 'MISSING_AGENCY' };
  const supportType = cell('supportType');
  if (supportType === '') return { code: 'MISSING_SUPPORT_TYPE' };
  const pending = allPending || /pending/i.test(cell('status'));
  const signedText = cell('signed');
  const signed = signedText === '' ? null : calendarDay(signedText);
  if (signed === undefined) return { code: 'BAD_SIGNED_DATE' };
  if (signed === null && !pending) return { code: 'MISSING_SIGNED_DATE' };
  return { state, name, county: cell('county') || null, supportType, signed, pending };
}

/** A date as the list writes it, as YYYY-MM-DD; undefined when it is none. */
export function calendarDay(text: string): string | undefined {
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const words = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us)
    [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3]) + ((us[3] as string).length === 2 ? 2000 : 0)];
  else if (words)
    [month, day, year] = [MONTHS.indexOf((words[1] as string).toLowerCase()) + 1, Number(words[2]), Number(words[3])];
  else if (/^\d{5}$/.test(text)) {
    // A spreadsheet's day number, counted from 1899-12-30.
    return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
  } else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
