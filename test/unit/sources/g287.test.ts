import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarDay, snapshotFromRows, type TableRow } from '../../../scripts/sources/g287.ts';

// A tiny CSV split for the test (quoted fields, doubled quotes); the real reader is elsewhere.
function splitLine(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}
function table(file: string): { header: string[]; rows: TableRow[] } {
  const [header = '', ...lines] = readFileSync(new URL(`../../fixtures/g287/${file}`, import.meta.url), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
  return { header: splitLine(header), rows: lines.map((text, index) => ({ line: index + 2, cells: splitLine(text) })) };
}

describe('the 287(g) list as a table', () => {
  it('reads the agencies of a published list, tolerating its quirks, and rejects bad lines by number and code', () => {
    const { header, rows } = table('participating-2025-03-01.csv');
    const { snapshot, rejects } = snapshotFromRows(rows, { date: '2025-03-01', source: 'ice.gov', header });
    expect(snapshot.date).toBe('2025-03-01');
    expect(snapshot.agencies).toEqual([
      {
        state: 'FL',
        name: "Lee County Sheriff's Office",
        county: 'Lee',
        supportType: 'Jail Enforcement Model',
        signed: '2025-01-23',
        pending: false,
      },
      {
        state: 'TX',
        name: 'Washington County Sheriffs Office',
        county: 'Washington',
        supportType: 'Task Force Model',
        signed: '2025-02-01',
        pending: false,
      },
      {
        state: 'OR',
        name: "Washington County Sheriff's Office",
        county: 'Washington',
        supportType: 'Warrant Service Officer',
        signed: null,
        pending: true,
      },
    ]);
    expect(rejects).toEqual([
      { line: 6, code: 'MISSING_AGENCY' },
      { line: 7, code: 'UNKNOWN_STATE' },
      { line: 8, code: 'BAD_SIGNED_DATE' },
      { line: 9, code: 'MISSING_SIGNED_DATE' },
    ]);
    // Rejects name the line, never its content.
    expect(JSON.stringify(rejects)).not.toMatch(/Hall|Cobb|Nowhere/);
  });

  it('takes header variants, a list of pending agencies, and a table without its header in the published order', () => {
    const header = ['State', 'Agency Name', 'Type of Support', 'Date Signed'];
    const rows = [{ line: 3, cells: ['il', 'Village PD', 'Task Force Model', '2025-04-02'] }];
    const pending = snapshotFromRows(rows, { date: '2025-05-01', source: 'pending list', header, pending: true });
    expect(pending.snapshot.agencies).toMatchObject([{ state: 'IL', signed: '2025-04-02', pending: true }]);
    const bare = snapshotFromRows([{ line: 1, cells: ['TX', 'Harris Co. SO', 'Harris', 'County', 'JEM', '45680'] }], {
      date: '2025-05-01',
      source: 'ice.gov',
    });
    expect(bare.snapshot.agencies).toMatchObject([{ state: 'TX', name: 'Harris Co. SO', supportType: 'JEM' }]);
    expect(() => snapshotFromRows([], { date: '2025-05-01', source: 'x', header: ['Name', 'Signed'] })).toThrow(
      /state/,
    );
  });

  it('reads the dates the list writes, and no impossible one', () => {
    expect(calendarDay('1/23/2025')).toBe('2025-01-23');
    expect(calendarDay('2025-01-23')).toBe('2025-01-23');
    expect(calendarDay('January 23, 2025')).toBe('2025-01-23');
    expect(calendarDay('45680')).toBe('2025-01-23');
    expect(calendarDay('2/30/2025')).toBeUndefined();
    expect(calendarDay('soon')).toBeUndefined();
  });
});
