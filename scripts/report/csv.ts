/**
 * A table as CSV for spreadsheets: RFC 4180 (CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), a header row of the column labels, the
 * total row last, an empty cell for no value. Party names and purposes are other parties'
 * free text: a text cell that a spreadsheet would run as a formula (starting with =, +, -,
 * @, a tab or a carriage return) is prefixed with an apostrophe; numbers are left as they are.
 */
import type { Table } from '../../core/reporting/index.ts';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && FORMULA.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function tableCsv(table: Table): string {
  const keys = table.columns.map((column) => column.key);
  const lines = [
    table.columns.map((column) => csvField(column.label)).join(','),
    ...table.rows.map((row) => keys.map((key) => csvField(row[key])).join(',')),
    ...(table.total === undefined ? [] : [keys.map((key) => csvField(table.total?.[key])).join(',')]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
