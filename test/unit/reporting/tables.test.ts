import { describe, expect, it } from 'vitest';
import { tablesOf } from '../../../core/reporting/tables.ts';
import { MARKERS, SUPPRESSED, WITHHELD, type AnnualReport, type Count } from '../../../core/reporting/report.ts';
import { tableCsv } from '../../../scripts/report/csv.ts';
import {
  annualReport,
  demoPublicReport,
  demoReport,
  looksLikeCode,
  publicAnnualReport,
  quietAgencyReport,
} from '../../support/report-fixture.ts';

const REPORTS: Array<[string, () => AnnualReport]> = [
  ['the hand-made county', annualReport],
  ["the hand-made county's public edition", publicAnnualReport],
  ['an agency that reached no immigration agent', quietAgencyReport],
  ['the demo county', demoReport],
  ["the demo county's public edition", demoPublicReport],
];

const isFigure = (value: Count | null | undefined): boolean =>
  typeof value === 'number' ? Number.isInteger(value) && value >= 0 : typeof value === 'string' && value !== '';

const byName = (report: AnnualReport, name: string) => {
  const table = tablesOf(report).find((candidate) => candidate.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
};

describe.each(REPORTS)('the tables of %s', (_name, make) => {
  const report = make();
  const tables = tablesOf(report);

  it('give every table a column of figures, filled in every row', () => {
    for (const table of tables) {
      const figures = table.columns.filter((column) => column.numeric);
      expect(figures.length, table.name).toBeGreaterThan(0);
      for (const row of table.rows) {
        for (const column of figures) expect(isFigure(row[column.key]), `${table.name}: ${column.key}`).toBe(true);
      }
    }
  });

  it('fill every figure column of a totals row', () => {
    for (const table of tables.filter((candidate) => candidate.total !== undefined)) {
      for (const column of table.columns.filter((candidate) => candidate.numeric)) {
        expect(isFigure(table.total?.[column.key]), `${table.name} total: ${column.key}`).toBe(true);
      }
    }
  });

  it('show words, never a code, in every title, header and label', () => {
    for (const table of tables) {
      expect(looksLikeCode(table.title), table.title).toBe(false);
      for (const column of table.columns)
        expect(looksLikeCode(column.label), `${table.name}: ${column.label}`).toBe(false);
      for (const row of [...table.rows, ...(table.total === undefined ? [] : [table.total])]) {
        for (const value of Object.values(row)) {
          if (typeof value === 'string' && !MARKERS.has(value))
            expect(looksLikeCode(value), `${table.name}: ${value}`).toBe(false);
        }
      }
    }
  });

  it('say in a sentence what an empty table would have counted', () => {
    for (const table of tables) {
      expect(table.empty, table.name).toMatch(/^[A-Z].+\.$/);
      expect(table.empty).toContain(String(report.year));
      if (table.rows.length === 0) expect(table.total, table.name).toBeUndefined();
    }
  });

  it('set every figure beside the year before, when there is one', () => {
    const yearOnYear = tables.find((table) => table.name === 'year-on-year');
    expect(yearOnYear === undefined).toBe(report.previousYear === null);
    for (const row of yearOnYear?.rows ?? []) {
      expect(isFigure(row.previous), String(row.figure)).toBe(true);
      expect(isFigure(row.current), String(row.figure)).toBe(true);
    }
  });
});

describe("the demo county's tables", () => {
  it("count immigration agents' requests in columns of their own, and say when there were none", () => {
    const demo = byName(demoReport(), 'access-requests');
    expect(demo.columns.map((column) => column.label)).toEqual(['Request', 'Received', 'Granted', 'Declined']);
    expect(demo.rows).toEqual([]);
    expect(demo.empty).toBe('No immigration agent asked the county for access or information in 2025.');
    expect(tableCsv(demo)).toBe('Request,Received,Granted,Declined\r\n');

    const county = byName(annualReport(), 'access-requests');
    expect(county.rows).toEqual([
      { request: 'Access to an individual in custody', received: 12, granted: 10, declined: 2 },
      { request: 'An individual’s release date', received: 5, granted: 0, declined: 4 },
    ]);
    expect(county.total).toEqual({ request: 'All requests', received: 17, granted: 10, declined: 6 });
  });

  it('set the findings of 2025 beside those of 2024', () => {
    const findings = byName(demoReport(), 'year-on-year').rows.find(
      (row) => row.figure === 'Findings, all subsections',
    );
    expect(findings).toEqual({ figure: 'Findings, all subsections', previous: 0, current: 24 });
    const county = byName(annualReport(), 'year-on-year').rows.at(-1);
    expect(county).toMatchObject({ previous: 51, current: 39 });
    // Some of a public edition's findings are hidden: their sum is too, as next year will show it.
    const hidden = publicAnnualReport();
    expect(byName(hidden, 'year-on-year').rows.at(-1)).toMatchObject({ current: WITHHELD });
  });

  it('name categories, legal bases, months, subsections and statuses in words', () => {
    const demo = demoReport();
    expect(byName(demo, 'immigration-by-category').rows.map((row) => row.key)).toEqual([
      'Name',
      'Incarceration status',
      'Jail release time',
    ]);
    expect(byName(demo, 'immigration-by-legal-basis').rows.map((row) => row.key)).toEqual(['None given']);
    expect(
      byName(demo, 'immigration-by-month')
        .rows.map((row) => row.key)
        .slice(0, 3),
    ).toEqual(['January 2025', 'February 2025', 'March 2025']);
    expect(byName(demo, 'findings').columns.map((column) => column.label)).toEqual([
      'Severity',
      '(a)',
      '(b)',
      '(c)',
      '(d)',
      '(e)',
      '(f)(i)',
      '(f)(ii)',
      '(f)(iii)',
      '(f)(iv)',
      '(f)(v)',
      '(g)',
      '(h)',
    ]);
    expect(byName(annualReport(), 'complaints').rows).toEqual([{ status: 'Under investigation', count: 3 }]);
    expect(byName(demo, 'immigration-by-intermediary').rows.map((row) => row.key)).toEqual([
      'Acme Data Services',
      'Jail records management vendor',
      'Regional criminal justice data exchange',
    ]);
  });

  it('fill the All rows: each individual and record once, every disclosure', () => {
    const demo = demoReport();
    for (const name of ['immigration-summary', 'immigration-by-month', 'immigration-by-legal-basis']) {
      expect(byName(demo, name).total, name).toMatchObject({ individuals: 2, records: 2, events: 2 });
      expect(byName(demo, name).note, name).toMatch(/once/);
    }
    expect(tableCsv(byName(demo, 'immigration-summary')).split('\r\n').at(-2)).toBe('All,2,2,2');
    // A public edition never publishes the individuals and records of every arrival.
    expect(byName(demoPublicReport(), 'immigration-summary').total).toMatchObject({
      individuals: WITHHELD,
      records: WITHHELD,
      events: '0-10',
    });
  });

  it('say so when no third party was given more than 500 individuals, or no complaint was made', () => {
    const over500 = byName(demoReport(), 'over-500');
    expect(over500.rows).toEqual([]);
    expect(over500.empty).toBe(
      'No third party was given the personal information of more than 500 individuals in 2025.',
    );
    const complaints = byName(demoReport(), 'complaints');
    expect(complaints.rows).toEqual([]);
    expect(complaints.total).toBeUndefined();
    expect(complaints.empty).toMatch(/^No complaint/);
  });

  it('keep the markers of a public edition as they are', () => {
    const months = byName(demoPublicReport(), 'immigration-by-month');
    expect(months.rows[2]).toMatchObject({ key: 'March 2025', individuals: SUPPRESSED, events: '0-10' });
  });
});
