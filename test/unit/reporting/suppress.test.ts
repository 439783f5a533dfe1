import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, type Count, type Table } from '../../../subgraphs/reporting/report.ts';
import { cellId, suppressCount, suppressTables } from '../../../subgraphs/reporting/suppress.ts';
import { recovered, type Position } from '../../support/suppression-attacker.ts';

/** A table with one numeric column (n0, n1, ...) per list, a label per row, and the total row. */
function tableOf(columns: readonly (readonly number[])[], name = 'table'): Table {
  const keys = columns.map((_, index) => `n${index}`);
  const height = columns[0]?.length ?? 0;
  const rows = Array.from({ length: height }, (_, row) =>
    Object.fromEntries<Count>([
      ['label', `row ${row}`],
      ...keys.map((key, c): [string, Count] => [key, columns[c]?.[row] ?? 0]),
    ]),
  );
  const total = Object.fromEntries<Count>([
    ['label', 'Total'],
    ...keys.map((key, c): [string, Count] => [key, (columns[c] ?? []).reduce((sum, value) => sum + value, 0)]),
  ]);
  return {
    name,
    title: name,
    columns: [
      { key: 'label', label: 'Row', numeric: false },
      ...keys.map((key) => ({ key, label: key, numeric: true })),
    ],
    rows,
    total,
  };
}

type PublishedColumn = { cells: (Count | null)[]; total: Count | null | undefined };

/** One column as published: its cells in row order, then the total. */
function publishedColumn(values: readonly number[]): PublishedColumn {
  const [table] = suppressTables([tableOf([values])]);
  return { cells: table?.rows.map((row) => row.n0 ?? null) ?? [], total: table?.total?.n0 };
}

/** What a publication with primary suppression only would show: the naive edition. */
function primaryOnly(table: Table): Table {
  const hide = (cells: Record<string, Count | null>) =>
    Object.fromEntries(
      Object.entries(cells).map(([key, v]) => [key, typeof v === 'number' && v >= 1 && v <= 10 ? SUPPRESSED : v]),
    );
  return { ...table, rows: table.rows.map(hide), total: table.total && hide(table.total) };
}

const S = SUPPRESSED;

describe('suppressCount, for a figure outside a table', () => {
  it('shows 0 and counts above 10, and hides 1 to 10', () => {
    expect([0, 1, 5, 10, 11, 500].map(suppressCount)).toEqual([0, S, S, S, 11, 500]);
  });

  it('refuses what is not a count, showing it', () => {
    expect(() => suppressCount(-1)).toThrow(/got -1/);
    expect(() => suppressCount(2.5)).toThrow(/got 2.5/);
  });
});

describe('suppressTables, on the traps of subtraction', () => {
  const traps: Array<{ trap: string; values: number[]; cells: Count[]; total: Count }> = [
    {
      trap: 'one hidden cell with the total shown: hides the smallest cell above 10 as well',
      values: [5, 20, 30],
      cells: [S, S, 30],
      total: 55,
    },
    {
      trap: 'two hidden cells whose sum is 2 (both 1)',
      values: [1, 1, 25, 40],
      cells: [S, S, S, 40],
      total: 67,
    },
    {
      trap: 'two hidden cells whose sum is 20 (both 10)',
      values: [10, 10, 25, 40],
      cells: [S, S, S, 40],
      total: 85,
    },
    {
      trap: 'a small cell and its complement of 11 whose sum is 12 (1 and 11)',
      values: [1, 11, 30],
      cells: [S, S, S],
      total: 42,
    },
    {
      trap: 'a complement no larger than an equal count still shown (11 beside 11)',
      values: [10, 11, 11],
      cells: [S, S, S],
      total: 32,
    },
    {
      trap: 'a hidden total is never left as the only hidden count: its one cell is hidden too',
      values: [0, 7, 0],
      cells: [0, S, 0],
      total: S,
    },
    {
      trap: 'no cell above 10 to hide: the total is hidden to protect two cells of 10',
      values: [10, 10, 0],
      cells: [S, S, 0],
      total: S,
    },
    {
      trap: 'enough room among the small cells: nothing more is hidden',
      values: [3, 7, 25, 40],
      cells: [S, S, 25, 40],
      total: 75,
    },
  ];

  it.each(traps)('$trap', ({ values, cells, total }) => {
    expect(publishedColumn(values)).toEqual({ cells, total });
    const input = tableOf([values]);
    const [published] = suppressTables([input]);
    expect(published && recovered(published, input)).toEqual([]);
  });

  it('the attacker has teeth: it recovers counts from the naive edition of the first four traps', () => {
    expect(recovered(primaryOnly(tableOf([[5, 20, 30]])), tableOf([[5, 20, 30]]))).toEqual([
      'table n0 row 0: pinned to 5',
    ]);
    expect(recovered(primaryOnly(tableOf([[1, 1, 25, 40]])), tableOf([[1, 1, 25, 40]]))).toHaveLength(2);
    expect(recovered(primaryOnly(tableOf([[10, 10, 25, 40]])), tableOf([[10, 10, 25, 40]]))).toHaveLength(2);
    const input = tableOf([[1, 11, 30]]);
    const withTwoHidden = { ...input, rows: input.rows.map((row, index) => (index < 2 ? { ...row, n0: S } : row)) };
    expect(recovered(withTwoHidden, input)).toEqual(['table n0 row 0: pinned to 1', 'table n0 row 1: pinned to 11']);
  });

  it('the attacker recovers a hidden total from its shown cells', () => {
    const input = tableOf([[20, 30]]);
    const hiddenTotal = { ...input, total: { ...input.total, n0: S } };
    expect(recovered(hiddenTotal, input)).toEqual(['table n0 total: pinned to 50']);
  });

  it('shows zeros, leaves a table without a total to primary suppression, and keeps nulls', () => {
    const withoutTotal = tableOf([[5, 20, 0]]);
    delete withoutTotal.total;
    const [published] = suppressTables([withoutTotal]);
    expect(published?.rows.map((row) => row.n0)).toEqual([S, 20, 0]);
    expect(published?.total).toBeUndefined();

    const withNull = tableOf([[3, 7, 30]]);
    withNull.rows[2] = { ...withNull.rows[2], n0: null };
    withNull.total = { ...withNull.total, n0: 10 };
    expect(suppressTables([withNull])[0]?.rows.map((row) => row.n0)).toEqual([S, S, null]);
  });

  it('refuses a total that is not the sum of its rows, and a count that is not exact, naming them', () => {
    const notAdditive = tableOf([[5, 20, 30]], 'individuals-by-agency');
    notAdditive.total = { ...notAdditive.total, n0: 50 };
    expect(() => suppressTables([notAdditive])).toThrow(
      /table individuals-by-agency: column n0: the total 50 is not the sum of the rows, 55/,
    );
    const alreadyPublic = tableOf([[5, 20, 30]], 'by-month');
    alreadyPublic.rows[0] = { ...alreadyPublic.rows[0], n0: S };
    expect(() => suppressTables([alreadyPublic])).toThrow(/table by-month: row 0: column n0: .*got "1-10"/);
  });

  it('protects ten cells of 1 under a total of 10 by hiding the zeros too', () => {
    const months = [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1];
    const table = tableOf([months], 'by-month');
    const [published] = suppressTables([table]);
    expect(published?.rows.map((row) => row.n0)).toEqual(months.map(() => S));
    expect(published?.total?.n0).toBe(S);
    expect(recovered(published as Table, table)).toEqual([]);
    // Without the zeros hidden, the attacker pins every month to 1.
    expect(recovered(primaryOnly(table), table)).toHaveLength(11);
    expect(() => suppressTables([tableOf([[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]], 'no-zero')])).toThrow(
      /table no-zero: column n0: its small counts cannot be protected; it has no zero to hide/,
    );
  });

  it('hides a cell another table hid, and what would give it back', () => {
    // Disclosures by month [10, 10, 0] hide their total of 20 to protect the two 10s; by legal
    // basis, the same 20 is [20, 0]: shown, those cells would give the total back.
    const byMonth = tableOf([[10, 10, 0]], 'by-month');
    const byBasis = tableOf([[20, 0]], 'by-legal-basis');
    const [month, alone] = suppressTables([byMonth, byBasis]);
    expect(month?.total?.n0).toBe(S);
    expect(alone?.rows.map((row) => row.n0)).toEqual([20, 0]);
    const [, together] = suppressTables([byMonth, byBasis], [new Set(), new Set([cellId('total', 'n0')])]);
    expect(together?.rows.map((row) => row.n0)).toEqual([S, 0]);
    expect(together?.total?.n0).toBe(S);
    expect(recovered(together as Table, byBasis)).toEqual([]);
  });
});

describe('suppressTables, on a county with small cells', () => {
  const agencies: Array<[string, number, number]> = [
    ["Sheriff's Office", 214, 388],
    ['Clerk of the Circuit Court', 12, 15],
    ['Assessor', 0, 0],
    ['Board of Review', 1, 2],
    ['Health and Hospitals System', 45, 52],
    ['Juvenile Temporary Detention Center', 1, 1],
  ];
  const byOriginAgency: Table = {
    name: 'immigration-by-origin-agency',
    title: 'Disclosures to immigration agents, by origin agency',
    columns: [
      { key: 'label', label: 'Origin agency', numeric: false },
      { key: 'records', label: 'Records', numeric: true },
      { key: 'events', label: 'Disclosure events', numeric: true },
    ],
    rows: agencies.map(([label, records, events]) => ({ label, records, events })),
    total: { label: 'Total', records: 273, events: 458 },
  };

  it('publishes the table with the small agencies hidden, and the Clerk’s records hidden to protect them', () => {
    const [published] = suppressTables([byOriginAgency]);
    expect(published?.rows).toEqual([
      { label: "Sheriff's Office", records: 214, events: 388 },
      // Board of Review and the Detention Center have 1 record each: 2 hidden records under a
      // shown total would both be 1, so the Clerk's 12 is hidden too; its 15 events are not.
      { label: 'Clerk of the Circuit Court', records: S, events: 15 },
      { label: 'Assessor', records: 0, events: 0 },
      { label: 'Board of Review', records: S, events: S },
      { label: 'Health and Hospitals System', records: 45, events: 52 },
      { label: 'Juvenile Temporary Detention Center', records: S, events: S },
    ]);
    expect(published?.total).toEqual({ label: 'Total', records: 273, events: 458 });
    expect(published && recovered(published, byOriginAgency)).toEqual([]);
  });
});

/** Counts as a county's tables have them: many zeros, many small, some at the edge, some large. */
const arbitraryCount = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 4 },
  { arbitrary: fc.integer({ min: 11, max: 13 }), weight: 1 },
  { arbitrary: fc.integer({ min: 11, max: 60 }), weight: 2 },
);
const arbitraryTable = fc
  .record({ height: fc.integer({ min: 1, max: 8 }), width: fc.integer({ min: 1, max: 4 }) })
  .chain(({ height, width }) =>
    fc.array(fc.array(arbitraryCount, { minLength: height, maxLength: height }), {
      minLength: width,
      maxLength: width,
    }),
  )
  .map((columns) => tableOf(columns));

describe('suppressTables on random additive tables', () => {
  it('publishes no small count, every shown count exactly, nothing the attacker can pin, and leaves its input alone', () => {
    fc.assert(
      fc.property(arbitraryTable, (input) => {
        const before = structuredClone(input);
        const [published] = suppressTables([input]);
        if (!published) throw new Error('suppressTables returned no table');
        const numericKeys = input.columns.filter((column) => column.numeric).map((column) => column.key);
        const pairs = [
          ...input.rows.map((row, index) => [row, published.rows[index]] as const),
          [input.total, published.total] as const,
        ];
        for (const [original, shown] of pairs) {
          for (const key of numericKeys) {
            const value = shown?.[key];
            if (value === SUPPRESSED) continue;
            expect(typeof value === 'number' && value >= 1 && value <= 10).toBe(false);
            expect(value).toBe(original?.[key]);
          }
        }
        expect(recovered(published, input)).toEqual([]);
        expect(input).toEqual(before);
        expect(suppressTables([input])).toEqual([published]);
      }),
      { seed: 4637, numRuns: 2000 },
    );
  });
});

/**
 * A second reader, told less but with another method: it has this very procedure, knows
 * only what a real reader knows (a hidden count is not 0; the marker does not say why it is
 * hidden), and tries every input, with counts up to a cap, whose publication is the one it
 * sees. Every count it cannot rule out is one it cannot tell from the truth. Small tables
 * only, as it runs the procedure once per candidate; the cap is above every count the
 * tables hold, so the truth is always among the candidates and the cap only helps it.
 */
function valuesBehind(published: PublishedColumn, cap: number): Map<Position, Set<number>> {
  const hidden = published.cells.flatMap((cell, index) => (cell === S ? [index] : []));
  const found = new Map<Position, Set<number>>(hidden.map((index) => [index, new Set()]));
  if (published.total === S) found.set('total', new Set());
  const shownTotal = typeof published.total === 'number' ? published.total : Infinity;
  const candidate = published.cells.map((cell) => (typeof cell === 'number' ? cell : 0));
  const sum = () => candidate.reduce((acc, value) => acc + value, 0);
  const expected = JSON.stringify(published);
  const tryFrom = (next: number) => {
    if (sum() > shownTotal) return;
    if (next === hidden.length) {
      if (JSON.stringify(publishedColumn(candidate)) !== expected) return;
      for (const index of hidden) found.get(index)?.add(candidate[index] ?? -1);
      found.get('total')?.add(sum());
      return;
    }
    const index = hidden[next] ?? -1;
    for (let value = 1; value <= cap; value++) {
      candidate[index] = value;
      tryFrom(next + 1);
    }
    candidate[index] = 0;
  };
  tryFrom(0);
  return found;
}

describe('suppressTables against a reader who runs it on every candidate', () => {
  it('leaves that reader at least two values for every hidden count of a small column', () => {
    const edgeCount = fc.constantFrom<number>(0, 1, 2, 9, 10, 11, 12, 13, 20, 21);
    fc.assert(
      fc.property(fc.array(edgeCount, { minLength: 1, maxLength: 3 }), (values) => {
        const behind = valuesBehind(publishedColumn(values), 24);
        for (const [position, candidates] of behind) {
          const truth = position === 'total' ? values.reduce((a, b) => a + b, 0) : values[position];
          expect([...candidates]).toContain(truth);
          expect({ position, pinned: candidates.size < 2 }).toEqual({ position, pinned: false });
        }
      }),
      { seed: 4637, numRuns: 150 },
    );
  });
});
