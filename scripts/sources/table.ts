/**
 * Tables as sources publish them, one reader for all: CSV (RFC 4180, UTF-8 with or without a
 * byte order mark), XLSX (the first sheet or a named one) and NDJSON. Every row carries the
 * line (CSV, NDJSON) or sheet row (XLSX) it came from, so that a reject can name it without
 * repeating it. Other readers (a 287(g) list, say) take their rows from here.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { csvRows } from './csv.ts';

export const TABLE_FORMATS = ['csv', 'xlsx', 'ndjson'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** A cell as read: text (CSV, and XLSX text cells), a Date (XLSX date cells), a number, a boolean, or empty. */
export type Cell = string | number | boolean | Date | null;

/** One row of cells in file order, or why the row could not be read. */
export type TableRow = { line: number; cells: Cell[] } | { line: number; error: string };

/** One row as named fields: by the header, by the names given for each position, or an NDJSON object's members. */
export type TableRecord = { line: number; fields: Record<string, Cell> } | { line: number; error: string };

export type TableOptions = {
  /** Default: from the file's extension (.csv, .xlsx, .ndjson or .jsonl). */
  format?: TableFormat;
  /** XLSX: the sheet's name, or its number from 1; default the first. */
  sheet?: string | number;
};

export type RecordOptions = TableOptions & {
  /**
   * Where the column names come from: `true` the first row; `false` the `columns` given, by
   * position; `'auto'` the first row when it names at least two of `columns` (case, spaces
   * and a BOM aside), else `columns` by position. Ignored for NDJSON. Default `true`.
   */
  header?: boolean | 'auto';
  /** The names of the columns by position, for a file without a header row. */
  columns?: readonly string[];
};

/** A file that cannot be read as a table at all. */
export class TableError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

export function formatOf(file: string, format?: TableFormat): TableFormat {
  if (format !== undefined) return format;
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  throw new TableError('SOURCE_FORMAT', `${file}: say its format (csv, xlsx or ndjson); the name does not`);
}

/**
 * `readTable(file, { format?, sheet? })`: the rows of a CSV or XLSX file as cells, in order,
 * with their line or sheet-row numbers; blank rows left out. NDJSON has no cells by position:
 * read it with readRecords.
 */
export async function* readTable(file: string, options: TableOptions = {}): AsyncGenerator<TableRow> {
  const format = formatOf(file, options.format);
  if (format === 'ndjson')
    throw new TableError('SOURCE_FORMAT', 'NDJSON rows have names, not positions: use readRecords');
  if (format === 'csv') {
    const bytes = await readFile(file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new TableError('SOURCE_NOT_UTF8', `${file} is not UTF-8 text`);
    }
    yield* csvRows(text);
    return;
  }
  let rows: Cell[][];
  try {
    rows = (await readSheet(file, options.sheet ?? 1)) as Cell[][];
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'SheetNotFoundError') throw new TableError('SOURCE_NO_SHEET', `${file} has no sheet ${options.sheet}`);
    throw new TableError('SOURCE_NOT_XLSX', `${file} cannot be read as an XLSX workbook`);
  }
  for (const [index, cells] of rows.entries()) {
    const values = cells.map((cell) => (typeof cell === 'string' ? cell : (cell ?? null)));
    if (values.every((cell) => cell === null || cell === '')) continue;
    yield { line: index + 1, cells: values };
  }
}

/** A header cell as compared with a mapping's names: no BOM, case or runs of spaces. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * `readRecords(file, { format?, sheet?, header?, columns? })`: the rows of a CSV, XLSX or
 * NDJSON file as `{ line, fields }`, named by the header row (as written, trimmed) or by
 * `columns`. A row with fewer cells than names leaves the rest out; cells past the names
 * are named by position ("#14").
 */
export async function* readRecords(file: string, options: RecordOptions = {}): AsyncGenerator<TableRecord> {
  if (formatOf(file, options.format) === 'ndjson') {
    yield* ndjsonRecords(file);
    return;
  }
  const mode = options.header ?? true;
  const given = options.columns ?? [];
  let names: readonly string[] | null = mode === false ? given : null;
  for await (const row of readTable(file, options)) {
    if ('error' in row) {
      yield row;
      continue;
    }
    if (names === null) {
      const cells = row.cells.map((cell) => (typeof cell === 'string' ? cell.replace(/^\uFEFF/, '').trim() : ''));
      const known = new Set(given.map(columnKey));
      const isHeader = mode === true || cells.filter((cell) => known.has(columnKey(cell))).length >= 2;
      if (isHeader) {
        names = cells;
        continue;
      }
      names = given;
    }
    const columns = names;
    const fields: Record<string, Cell> = {};
    row.cells.forEach((cell, index) => {
      fields[columns[index] || `#${index + 1}`] = cell;
    });
    yield { line: row.line, fields };
  }
}

async function* ndjsonRecords(file: string): AsyncGenerator<TableRecord> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // The parser's message quotes the line: a reject never does.
      yield { line: index + 1, error: 'not JSON' };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line: index + 1, error: 'a line must be one JSON object' };
      continue;
    }
    const fields: Record<string, Cell> = {};
    for (const [name, member] of Object.entries(value)) {
      fields[name] =
        member === null || ['string', 'number', 'boolean'].includes(typeof member)
          ? (member as Cell)
          : JSON.stringify(member);
    }
    yield { line: index + 1, fields };
  }
}
