/**
 * The disclosures on screen as CSV for a spreadsheet: RFC 4180 (CRLF, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), one row per disclosure in time
 * order. Purposes and names are other parties' free text, so a cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with
 * an apostrophe.
 */
import type { Evidence } from './evidence.ts';

export const CSV_COLUMNS = [
  'disclosure_id',
  'at',
  'from_id',
  'from_name',
  'to_id',
  'to_name',
  'recipient_was_immigration_agent',
  'path_to_immigration_agent',
  'purpose',
  'categories',
  'legal_basis',
  'agreement_reference',
  'channel',
  'retracted',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value);
  const text = FORMULA.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function evidenceCsv(evidence: Evidence): string {
  const rows = evidence.disclosures.map((d) => [
    d.id,
    d.at,
    d.from.id,
    d.from.name,
    d.to.id,
    d.to.name,
    d.recipientWasImmigrationAgent,
    d.pathToImmigrationAgent,
    d.purpose,
    d.categories === null ? null : d.categories.join(';'),
    d.legalBasis,
    d.agreementReference,
    d.channel,
    d.retracted,
  ]);
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads back what evidenceCsv wrote: a test's way to compare a downloaded file with the API. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
