/**
 * The public edition of an annual report (Sec. 46-37(g) makes the report public): no subject
 * key or record id (the report never holds one), and every count from 1 to 10 shown as "1-10",
 * also where it could be recovered by subtracting from a total.
 *
 * Suppression runs on the tables the report is published as (tables.ts). A figure bound into
 * several tables (a total shared by two breakdowns, this year's figures in the year-on-year
 * table) is one value: hidden in one table, it is hidden in all, and every table is then
 * suppressed again with it hidden, until no table hides anything new, so that no table gives
 * back what another hid. Last, any count the tables do not show is suppressed if from 1 to 10.
 */
import { SUPPRESSED, type AnnualReport } from './report.ts';
import { cellId, suppressTables } from './suppress.ts';
import { boundTablesOf, type Bound } from './tables.ts';

/** Report fields that hold numbers that are not counts. */
const NOT_COUNTS = new Set(['year', 'schemaVersion']);

export function publicEdition(report: AnnualReport): AnnualReport {
  const edition = structuredClone(report);
  edition.public = true;
  const bound = boundTablesOf(edition);
  const tables = bound.map((entry) => entry.table);
  // The report fields hidden so far, by the object that holds them.
  const hidden = new Map<object, Set<string>>();
  const isHidden = (binding: { target: object; field: string }) =>
    hidden.get(binding.target)?.has(binding.field) ?? false;
  for (;;) {
    const forced = bound.map(
      (entry) =>
        new Set(
          cellsOf(entry)
            .filter(({ binding }) => isHidden(binding))
            .map(({ id }) => id),
        ),
    );
    const published = suppressTables(tables, forced);
    let grew = false;
    bound.forEach((entry, index) => {
      for (const { binding, position, key } of cellsOf(entry)) {
        const table = published[index];
        const cell = position === 'total' ? table?.total?.[key] : table?.rows[position]?.[key];
        if (cell !== SUPPRESSED || isHidden(binding)) continue;
        hidden.set(binding.target, (hidden.get(binding.target) ?? new Set()).add(binding.field));
        grew = true;
      }
    });
    if (!grew) break;
  }
  for (const [target, fields] of hidden)
    for (const field of fields) (target as Record<string, unknown>)[field] = SUPPRESSED;
  suppressSmallCounts(edition);
  return edition;
}

/** Every numeric cell of a bound table: where it is, its `cellId`, and the report field it shows. */
function cellsOf(entry: Bound) {
  const rows = entry.rows.flatMap((cells, position) =>
    Object.entries(cells).map(([key, binding]) => ({ position: position as number | 'total', key, binding })),
  );
  const total = Object.entries(entry.total ?? {}).map(([key, binding]) => ({
    position: 'total' as const,
    key,
    binding,
  }));
  return [...rows, ...total].map((cell) => ({ ...cell, id: cellId(cell.position, cell.key) }));
}

/** Any count from 1 to 10 left anywhere in the report, as "1-10". */
function suppressSmallCounts(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) suppressSmallCounts(item);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(object)) {
    if (typeof field === 'number' && !NOT_COUNTS.has(key) && field >= 1 && field <= 10) object[key] = SUPPRESSED;
    else suppressSmallCounts(field);
  }
}
