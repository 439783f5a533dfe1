/**
 * A table as CSV for spreadsheets: RFC 4180 (CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), a header row of the column labels, the
 * total row last, an empty cell for no value.
 */
import type { Table } from './report.ts';

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function tableCsv(table: Table): string {
  const keys = table.columns.map((column) => column.key);
  const lines = [
    table.columns.map((column) => field(column.label)).join(','),
    ...table.rows.map((row) => keys.map((key) => field(row[key])).join(',')),
    ...(table.total === undefined ? [] : [keys.map((key) => field(table.total?.[key])).join(',')]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
