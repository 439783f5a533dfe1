/**
 * An attacker on a public table, for tests of suppression: what a reader can work out about
 * each suppressed count from a published table and the sums its total makes.
 */
import { SUPPRESSED, type Table } from '../../subgraphs/reporting/report.ts';

export type Position = number | 'total';
type Bounds = { min: number; max: number };
/** What the attacker found a suppressed count can be. */
type Finding = { column: string; position: Position; truth: number; values: number[] };

export const SMALL = { min: 1, max: 10 };
/** Added to a column's true total to stand for "unbounded": room the equation never uses up. */
const HEADROOM = 100;

/**
 * The attacker: everything a reader can work out about each suppressed count, column by
 * column, from what is published, by exact enumeration of the sums the hidden counts can
 * make (not by interval reasoning, as the module does). It shares no code with the module
 * and is told more than a reader can see:
 * - which hidden counts are small (in [1, 10]) and which were hidden to protect another
 *   (the published marker is the same for both);
 * - that a cell hidden to protect another is above 10 and, complements being taken smallest
 *   first, no larger than the smallest count above 10 still shown in its column;
 * - a cap on unbounded counts (the true total plus HEADROOM) that narrows nothing a reader
 *   could use but keeps the enumeration finite.
 * A reader of the publication knows only that a hidden count is not 0, so what protects
 * against this attacker protects against that reader. One who also runs the procedure on
 * inputs of its own is the second reader, `valuesBehind`, below.
 */
export function attack(published: Table, input: Table): Finding[] {
  const findings: Finding[] = [];
  for (const { key, numeric } of published.columns) {
    const publishedTotal = published.total?.[key];
    const trueTotal = input.total?.[key];
    if (!numeric || publishedTotal == null || typeof trueTotal !== 'number') continue;
    const cap = trueTotal + HEADROOM;
    const cells = published.rows.map((row, index) => ({ shown: row[key], truth: Number(input.rows[index]?.[key]) }));
    const shownAbove10 = cells.flatMap(({ shown }) => (typeof shown === 'number' && shown > 10 ? [shown] : []));
    const protectsAtMost = Math.min(cap, ...shownAbove10);
    // Where zeros are hidden too, a small hidden count is only known to be in [0, 10].
    const zerosHidden = published.rows.some((row, index) => row[key] === SUPPRESSED && input.rows[index]?.[key] === 0);
    const small = zerosHidden ? { min: 0, max: 10 } : SMALL;
    const boundsOf = (truth: number, protects: Bounds): Bounds => (truth >= 0 && truth <= 10 ? small : protects);
    const totalBoundsOf = (truth: number, protects: Bounds): Bounds => (truth >= 1 && truth <= 10 ? SMALL : protects);
    const known = cells.reduce((sum, { shown }) => sum + (typeof shown === 'number' ? shown : 0), 0);
    const hidden = cells.flatMap(({ shown, truth }, index) =>
      shown === SUPPRESSED ? [{ index, truth, bounds: boundsOf(truth, { min: 11, max: protectsAtMost }) }] : [],
    );
    // The hidden cells must add up to something in `target`: the total less the shown cells.
    const totalBounds =
      publishedTotal === SUPPRESSED
        ? totalBoundsOf(trueTotal, { min: 11, max: cap })
        : { min: trueTotal, max: trueTotal };
    const target = { min: totalBounds.min - known, max: totalBounds.max - known };

    for (const cell of hidden) {
      const others = reachableSums(
        hidden.filter((other) => other !== cell).map((other) => other.bounds),
        target.max,
      );
      const values = range(cell.bounds).filter((value) => others.anyIn(target.min - value, target.max - value));
      findings.push({ column: key, position: cell.index, truth: cell.truth, values });
    }
    if (publishedTotal === SUPPRESSED) {
      const all = reachableSums(
        hidden.map((cell) => cell.bounds),
        target.max,
      );
      const values = range(totalBounds).filter((total) => all.anyIn(total - known, total - known));
      findings.push({ column: key, position: 'total', truth: trueTotal, values });
    }
  }
  return findings;
}

/** The sums, from 0 to limit, that one count from each range can make together. */
function reachableSums(ranges: readonly Bounds[], limit: number) {
  let reachable = Array.from({ length: Math.max(0, limit + 1) }, (_, sum) => sum === 0);
  for (const { min, max } of ranges) {
    const before = countsBelow(reachable);
    reachable = reachable.map((_, sum) => sum - min >= 0 && countIn(before, sum - max, sum - min) > 0);
  }
  const counts = countsBelow(reachable);
  return { anyIn: (from: number, to: number) => countIn(counts, from, to) > 0 };
}

/** counts[i] = how many of flags[0..i-1] are set. */
function countsBelow(flags: readonly boolean[]): number[] {
  const counts = [0];
  for (const flag of flags) counts.push((counts.at(-1) ?? 0) + (flag ? 1 : 0));
  return counts;
}

function countIn(counts: readonly number[], from: number, to: number): number {
  const last = counts.length - 2;
  const lo = Math.max(0, from);
  const hi = Math.min(last, to);
  return hi < lo ? 0 : (counts[hi + 1] ?? 0) - (counts[lo] ?? 0);
}

const range = ({ min, max }: Bounds) => Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);

/** The attack's findings that a reader could use: a count pinned, or the truth ruled out (a wrong model). */
export function recovered(published: Table, input: Table): string[] {
  return attack(published, input).flatMap(({ column, position, truth, values }) => {
    const where = `${published.name} ${column} ${position === 'total' ? 'total' : `row ${position}`}`;
    if (!values.includes(truth)) return [`${where}: the true ${truth} is not among ${values.join(', ')}`];
    return values.length < 2 ? [`${where}: pinned to ${truth}`] : [];
  });
}
