/**
 * One source file read through one mapping, start to end: rows read, each planned (times,
 * parties, the subject hashed), then written, or with `dryRun` only shown. Problems are
 * collected as rejects that name the line and a code and never repeat the row; organisation
 * names that match no party are counted apart, for the auditor to register or map.
 */
import type { Database } from '../../infra/db.ts';
import { DomainError } from '../../infra/errors.ts';
import { rejectLine } from '../import/importer.ts';
import { SourceError } from './errors.ts';
import { withParams, type Mapping } from './mapping.ts';
import { loadPartyNames, normaliseName } from './parties.ts';
import { planRow, type Planned } from './plan.ts';
import { columnKey, readRecords, type Cell } from './table.ts';
import { writePlanned } from './write.ts';

export type SourceOptions = {
  file: string;
  mapping: Mapping;
  params: Record<string, string>;
  /** Organisation name → party id, over every other match. */
  names?: Record<string, string>;
  secret: string;
  dryRun?: boolean;
  /** How many planned rows a dry run shows. */
  show?: number;
};

export type SourceSummary = {
  rows: number;
  committed: number;
  refused: number;
  /** `line N: CODE: message`, one per refused row. */
  rejects: string[];
  /** Names that matched no party (or several), with the number of rows that wrote them. */
  unknownNames: Array<{ name: string; rows: number }>;
  /** The first rows as they would be written (a dry run), or were. */
  preview: Planned[];
};

export async function runSource(db: Database, options: SourceOptions): Promise<SourceSummary> {
  const mapping = withParams(options.mapping, options.params);
  const names = await loadPartyNames(db, options.names ?? {});
  const context = { mapping, names, secret: options.secret };
  const planned: Planned[] = [];
  const rejects: Array<{ line: number; text: string }> = [];
  const unknown = new Map<string, { name: string; rows: number }>();
  let rows = 0;
  const nameColumns = [mapping.sender, mapping.holder, mapping.recipient].flatMap((source) =>
    source !== undefined && 'column' in source ? source.column.map(columnKey) : [],
  );

  const readOptions = {
    header: mapping.header,
    columns: mapping.columns,
    ...(mapping.format === undefined ? {} : { format: mapping.format }),
    ...(mapping.sheet === undefined ? {} : { sheet: mapping.sheet }),
  };
  for await (const row of readRecords(options.file, readOptions)) {
    rows += 1;
    if ('error' in row) {
      rejects.push({ line: row.line, text: rejectLine(row.line, 'ROW_UNREADABLE', row.error) });
      continue;
    }
    try {
      planned.push(planRow(row.line, row.fields, context));
    } catch (error) {
      if (!(error instanceof SourceError || error instanceof DomainError)) throw error;
      const code = error instanceof SourceError ? error.code : String(error.code);
      if (code === 'UNKNOWN_PARTY') countUnknown(unknown, row.fields, nameColumns, names);
      rejects.push({ line: row.line, text: rejectLine(row.line, code, error.message, valuesOf(row.fields)) });
    }
  }
  if (!options.dryRun) {
    for (const refusal of await writePlanned(db, planned)) {
      const row = planned.find((one) => one.line === refusal.line);
      rejects.push({
        line: refusal.line,
        text: rejectLine(refusal.line, refusal.code, refusal.message, row ?? null),
      });
    }
  }
  rejects.sort((a, b) => a.line - b.line);
  return {
    rows,
    committed: rows - rejects.length,
    refused: rejects.length,
    rejects: rejects.map((reject) => reject.text.trimEnd()),
    unknownNames: [...unknown.values()].sort((a, b) => b.rows - a.rows || (a.name < b.name ? -1 : 1)),
    preview: planned.slice(0, options.show ?? 5),
  };
}

/** The cells of a row as text, for rejectLine to take out of a message. */
function valuesOf(fields: Record<string, Cell>): string[] {
  return Object.values(fields).map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? '')));
}

function countUnknown(
  unknown: Map<string, { name: string; rows: number }>,
  fields: Record<string, Cell>,
  columns: readonly string[],
  names: { resolve: (name: string) => { partyId: string } | { unknown: string } },
): void {
  for (const [column, cell] of Object.entries(fields)) {
    if (!columns.includes(columnKey(column)) || typeof cell !== 'string' || cell.trim() === '') continue;
    if ('partyId' in names.resolve(cell)) continue;
    const key = normaliseName(cell);
    const seen = unknown.get(key) ?? { name: cell.trim(), rows: 0 };
    seen.rows += 1;
    unknown.set(key, seen);
  }
}
