/**
 * Small-cell suppression for the public edition of the Sec. 46-37(g) annual report.
 *
 * The rule. A count from 1 to 10 is published as SUPPRESSED ("1-10"): primary suppression.
 * A zero is published as 0: it is not a small cell. A count above 10 is published exactly
 * unless it must be hidden so that a hidden count cannot be worked out from a table's total:
 * complementary suppression.
 *
 * The equation. A table with a `total` is additive: in each numeric column the rows add up
 * to the total (checked; a table that is not additive must not carry a total). A reader can
 * subtract, so each column is one equation, sum(cells) = total, in which the published
 * counts are known and the suppressed ones are unknowns.
 *
 * What a reader is taken to know about a suppressed count. The marker is the same for every
 * suppressed count, but to be safe the reader is assumed to know why each one is hidden:
 * - a small cell (primary) lies in [1, 10];
 * - a cell hidden to protect another lies in [11, m]: it was shown before (so it is above
 *   10, zeros are never hidden), and complements are taken smallest first, so it is no
 *   larger than m, the smallest count above 10 still shown in its column (unbounded if none);
 * - a total hidden to protect a cell lies in [11, unbounded).
 * A column is safe when, for every suppressed count, the values it can take given these
 * bounds, the published counts and the equation number at least two. With interval bounds
 * and one sum, those values form an interval, which `feasibleRange` computes exactly.
 *
 * The procedure, per numeric column of an additive table: hide the small cells; while some
 * hidden count can be pinned, also hide the smallest cell still shown above 10 (equal
 * counts in row order), and the total once no such cell is left. It depends only on the
 * input, so the same table always gives the same publication.
 *
 * Assumptions and limits.
 * - Columns are independent: a reader combining columns of a row (individuals <= records,
 *   say) is not modelled.
 * - A null cell is not a count: it is published as null and is not part of the sum.
 * - A reader who knows this procedure also learns that complements were needed at all
 *   (the stopping rule); that is not modelled beyond the bound m above.
 * - Ten cells of 1 with a total of 10 cannot be protected by hiding counts above 10: every
 *   nonzero count and the total are already hidden, and each cell would be pinned to 1. In
 *   such a column the zeros are hidden too, and a reader then knows of each small hidden
 *   count only that it lies in [0, 10]. A column with no zero to hide is refused.
 *
 * Tables that share a figure (a total shown under two breakdowns) are suppressed together
 * by the caller: `forced` names, per table, the cells another table hid, which are hidden
 * here too (a reader bounds such a count as one hidden to protect another, or as a hidden
 * zero); the caller repeats until no table hides anything new.
 */
import { SUPPRESSED, type Count, type Table } from './report.ts';

/** Counts from SMALL_MIN to SMALL_MAX are small cells, published only as SUPPRESSED. */
const SMALL_MIN = 1;
const SMALL_MAX = 10;
/** A suppressed count that a reader can narrow to fewer values than this is recovered. */
const MIN_FEASIBLE_VALUES = 2;

/** Why a count is hidden, which is what bounds it for a reader. */
type Hidden = 'small' | 'protects' | 'forced' | 'zero';

/** One count of a column's equation: a row's cell or the total. */
type Entry = { position: Position; value: number; hidden: Hidden | null };
type Position = number | 'total';
type Range = { min: number; max: number };

const isSmall = (value: number) => value >= SMALL_MIN && value <= SMALL_MAX;

/** A single figure outside any table: 1..10 becomes SUPPRESSED. */
export function suppressCount(value: number): Count {
  return isSmall(checkedCount(value, 'the figure')) ? SUPPRESSED : value;
}

/** A cell of a table, as `forced` names it: its row index (or "total") and its column key. */
export const cellId = (position: Position, key: string) => `${position}:${key}`;

/**
 * The public edition of each table; the input tables are left as they are. `forced[i]` names
 * cells of table i (by `cellId`) to hide whatever their value.
 */
export function suppressTables(tables: readonly Table[], forced: ReadonlyArray<ReadonlySet<string>> = []): Table[] {
  return tables.map((table, index) => suppressTable(table, forced[index] ?? new Set()));
}

function suppressTable(table: Table, forced: ReadonlySet<string>): Table {
  const hiddenByColumn = new Map<string, Set<Position>>();
  for (const column of table.columns) {
    if (column.numeric) hiddenByColumn.set(column.key, hiddenInColumn(table, column.key, forced));
  }
  const publish = (cells: Table['rows'][number], position: Position) =>
    Object.fromEntries(
      Object.entries(cells).map(([key, value]) => [key, hiddenByColumn.get(key)?.has(position) ? SUPPRESSED : value]),
    );
  const published: Table = {
    ...table,
    columns: table.columns.map((column) => ({ ...column })),
    rows: table.rows.map((row, index) => publish(row, index)),
  };
  if (table.total) published.total = publish(table.total, 'total');
  return published;
}

/** Where a column's counts are suppressed, primary and complementary. */
function hiddenInColumn(table: Table, key: string, forced: ReadonlySet<string>): Set<Position> {
  const entries = columnEntries(table, key, forced);
  const total = entries.find((entry) => entry.position === 'total');
  if (total) checkAdditive(table, key, entries, total.value);
  while (total && entries.some((entry) => isPinned(entry, entries))) {
    const next = nextToHide(entries);
    if (next) {
      next.hidden = 'protects';
      continue;
    }
    // Only small cells and the total are left to hide: hide the zeros as well (module comment).
    const zeros = entries.filter((entry) => !entry.hidden && entry.value === 0);
    if (zeros.length === 0) {
      throw new Error(
        `table ${table.name}: column ${key}: its small counts cannot be protected; it has no zero to hide`,
      );
    }
    for (const zero of zeros) zero.hidden = 'zero';
  }
  return new Set(entries.filter((entry) => entry.hidden).map((entry) => entry.position));
}

/** The column's non-null counts, rows in order and then the total (if it has one), small and forced ones hidden. */
function columnEntries(table: Table, key: string, forced: ReadonlySet<string>): Entry[] {
  const entries: Entry[] = [];
  const entryAt = (position: Position, value: number): Entry => ({
    position,
    value,
    hidden: isSmall(value) ? 'small' : forced.has(cellId(position, key)) ? 'forced' : null,
  });
  table.rows.forEach((row, index) => {
    const value = row[key];
    if (value != null) entries.push(entryAt(index, checkedCount(value, where(table, index, key))));
  });
  const total = table.total?.[key];
  if (total != null) entries.push(entryAt('total', checkedCount(total, where(table, 'total', key))));
  return entries;
}

function checkAdditive(table: Table, key: string, entries: readonly Entry[], total: number): void {
  const sum = entries.reduce((acc, entry) => (entry.position === 'total' ? acc : acc + entry.value), 0);
  if (sum !== total) {
    throw new Error(
      `table ${table.name}: column ${key}: the total ${total} is not the sum of the rows, ${sum}; a table that is not additive must have no total`,
    );
  }
}

function checkedCount(value: Count, place: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${place}: expected an exact count (a whole number, 0 or more), got ${JSON.stringify(value)}`);
  }
  return value;
}

const where = (table: Table, position: Position, key: string) =>
  `table ${table.name}: ${position === 'total' ? 'total' : `row ${position}`}: column ${key}`;

/** Whether a reader can narrow a suppressed count to fewer than MIN_FEASIBLE_VALUES values. */
function isPinned(entry: Entry, column: readonly Entry[]): boolean {
  if (!entry.hidden) return false;
  const range = feasibleRange(entry, column);
  return range.max - range.min + 1 < MIN_FEASIBLE_VALUES;
}

/**
 * The values a suppressed count can take given the published counts, the bounds of the
 * other suppressed counts and the equation, written as sum(sign * count) = 0 with sign +1
 * for a cell and -1 for the total.
 */
function feasibleRange(entry: Entry, column: readonly Entry[]): Range {
  let known = 0;
  let othersMin = 0;
  let othersMax = 0;
  for (const other of column) {
    if (other === entry) continue;
    const sign = signOf(other);
    if (!other.hidden) {
      known += sign * other.value;
      continue;
    }
    const { min, max } = readerBounds(other, column);
    // Only a total's term can reach -Infinity and only a cell's +Infinity, so no NaN arises.
    othersMin += sign > 0 ? min : -max;
    othersMax += sign > 0 ? max : -min;
  }
  const signedMin = -known - othersMax;
  const signedMax = -known - othersMin;
  const own = readerBounds(entry, column);
  const equation = signOf(entry) > 0 ? { min: signedMin, max: signedMax } : { min: -signedMax, max: -signedMin };
  return { min: Math.max(own.min, equation.min), max: Math.min(own.max, equation.max) };
}

const signOf = (entry: Entry) => (entry.position === 'total' ? -1 : 1);

/** What a reader who knows this rule can tell about a suppressed count on its own. */
function readerBounds(entry: Entry, column: readonly Entry[]): Range {
  const zerosHidden = column.some((other) => other.hidden === 'zero');
  if (entry.hidden === 'zero' || (entry.hidden === 'small' && zerosHidden && entry.position !== 'total')) {
    return { min: 0, max: SMALL_MAX };
  }
  if (entry.hidden === 'small') return { min: SMALL_MIN, max: SMALL_MAX };
  if (entry.hidden === 'forced')
    return entry.value === 0 ? { min: 0, max: SMALL_MAX } : { min: SMALL_MAX + 1, max: Infinity };
  if (entry.position === 'total') return { min: SMALL_MAX + 1, max: Infinity };
  const shownAbove = column.filter(isCandidateCell).map((cell) => cell.value);
  return { min: SMALL_MAX + 1, max: Math.min(Infinity, ...shownAbove) };
}

const isCandidateCell = (entry: Entry) => !entry.hidden && entry.position !== 'total' && entry.value > SMALL_MAX;

/** The smallest cell still shown above 10 (the first in row order among equals), else the total. */
function nextToHide(column: readonly Entry[]): Entry | undefined {
  const smallest = column
    .filter(isCandidateCell)
    .reduce<Entry | undefined>((best, cell) => (best && best.value <= cell.value ? best : cell), undefined);
  return smallest ?? column.find((entry) => entry.position === 'total' && !entry.hidden && entry.value > SMALL_MAX);
}
