/**
 * The 287(g) list as a file: its table read (CSV or XLSX), its header found, its rows made a
 * snapshot dated by the operator (g287.ts) and applied through the registry. What the command
 * `npm run source -- FILE --mapping 287g --date YYYY-MM-DD` runs.
 */
import { apply287gSnapshot, type G287Counts, type G287NameMapping } from '../../core/registry/index.ts';
import type { Database } from '../../infra/db.ts';
import { snapshotFromRows, type TableRow } from './g287.ts';
import { readTable, type Cell } from './table.ts';

export type G287FileOptions = {
  file: string;
  date: string;
  source: string;
  pending: boolean;
  sheet?: string;
  /** "ST: listed name" → party id, for names that fit more than one party. */
  names: Record<string, string>;
  dryRun: boolean;
};

export type G287FileSummary = {
  rows: number;
  agencies: number;
  rejects: string[];
  counts: G287Counts | null;
};

/** A cell as the list's reader takes it: a spreadsheet date as its calendar day. */
function cellText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null ? '' : String(cell);
}

/** The header is the first row that names a state column; a list without one is read by position. */
const isHeader = (cells: readonly string[]) => cells.some((cell) => /^\s*state\s*$/i.test(cell));

/** Names file entries as the registry takes them: "IL: Cook County Sheriff's Office" → party id. */
export function nameMappings(names: Record<string, string>): G287NameMapping[] {
  return Object.entries(names).map(([key, partyId]) => {
    const match = /^\s*([A-Za-z]{2})\s*:\s*(.+)$/.exec(key);
    if (match === null) throw new Error(`a 287(g) names entry is "ST: listed name", got "${key}"`);
    return { state: (match[1] as string).toUpperCase(), name: (match[2] as string).trim(), partyId };
  });
}

export async function import287gFile(db: Database, options: G287FileOptions): Promise<G287FileSummary> {
  const rows: TableRow[] = [];
  const rejects: string[] = [];
  let header: string[] | null = null;
  for await (const row of readTable(options.file, options.sheet === undefined ? {} : { sheet: options.sheet })) {
    if ('error' in row) {
      rejects.push(`line ${row.line}: ROW_UNREADABLE: ${row.error}`);
      continue;
    }
    const cells = row.cells.map(cellText);
    if (header === null && rows.length === 0 && isHeader(cells)) header = cells;
    else rows.push({ line: row.line, cells });
  }
  const read = snapshotFromRows(rows, {
    date: options.date,
    source: options.source,
    header,
    pending: options.pending,
  });
  rejects.push(...read.rejects.map((reject) => `line ${reject.line}: ${reject.code}`));
  const counts = options.dryRun
    ? null
    : await apply287gSnapshot(db, read.snapshot, { names: nameMappings(options.names) });
  return { rows: rows.length, agencies: read.snapshot.agencies.length, rejects, counts };
}
