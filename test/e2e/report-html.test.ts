import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, type PageTable } from '../../scripts/report/html.ts';
import type { AnnualReport } from '../../core/reporting/report.ts';
import { tablesOf } from '../../core/reporting/tables.ts';
import {
  BUSIEST_MONTH_INDEX,
  PARTIES,
  annualReport,
  crowdedReport,
  demoPublicReport,
  demoReport,
  looksLikeCode,
  publicAnnualReport,
  quietAgencyReport,
  reportTables,
} from '../support/report-fixture.ts';

// Debian's own Chromium: this test never downloads a browser.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CHARTS = ['chart-by-month', 'chart-by-hop-count', 'chart-flows'];

type Box = { width: number; height: number };
type Opened = { page: Page; url: string; requests: string[] };

describe('the annual report as an HTML page, in a browser', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run this test`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    dir = await mkdtemp(path.join(tmpdir(), 'report-html-'));
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Writes the page to a file and opens it, recording every request the page makes. */
  async function open(name: string, report: AnnualReport, tables: PageTable[]): Promise<Opened> {
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, renderHtml(report, tables));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests };
  }

  function boxes(page: Page, selector: string): Promise<Box[]> {
    return page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const box = (element as SVGGraphicsElement).getBBox();
        return { width: box.width, height: box.height };
      }),
    );
  }

  it('draws three charts and every table, and asks the network for nothing', async () => {
    const report = annualReport();
    const tables = reportTables(report);
    const { page, url, requests } = await open('report', report, tables);

    expect(await page.locator('h1').textContent()).toBe(`Sec. 46-37 annual report, ${report.year}`);
    expect(await page.locator('header').textContent()).toContain('Cook County');
    for (const chart of CHARTS) {
      const svg = page.locator(`svg.${chart}`);
      expect(await svg.count()).toBe(1);
      expect(await svg.getAttribute('role')).toBe('img');
      const titleId = await svg.getAttribute('aria-labelledby');
      expect(await svg.locator(`title[id="${titleId}"]`).textContent()).toBeTruthy();
      expect(await svg.locator('desc').textContent()).toBeTruthy();
    }

    const monthBars = await boxes(page, 'svg.chart-by-month rect.bar');
    expect(monthBars).toHaveLength(12);
    expect(monthBars.every((box) => box.width > 0 && box.height > 0)).toBe(true);
    expect(await page.locator('svg.chart-by-month text.label').allTextContents()).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(await page.locator('svg.chart-by-month text.value').nth(BUSIEST_MONTH_INDEX).textContent()).toBe('71');

    const hopBars = await boxes(page, 'svg.chart-by-hop-count rect.bar');
    expect(hopBars).toHaveLength(4);
    expect(hopBars.every((box) => box.width > 0 && box.height > 0)).toBe(true);

    const bands = await boxes(page, 'svg.chart-flows path.link');
    const nodes = await boxes(page, 'svg.chart-flows rect.node');
    expect(bands.length).toBeGreaterThan(0);
    expect([...bands, ...nodes].every((box) => box.width > 0 && box.height > 0)).toBe(true);
    // Four agencies, three intermediaries, four agents; the party names are the labels.
    expect(nodes).toHaveLength(11);
    const labels = await page.locator('svg.chart-flows text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Origin agencies', 'Intermediaries', 'Immigration agents']));
    expect(labels).toEqual(expect.arrayContaining(['Cook County Clerk', 'Northwind Data Exchange', '245']));
    const tooltips = await page.locator('svg.chart-flows g.party > title').allTextContents();
    expect(tooltips).toContain('U.S. Immigration and Customs Enforcement: 260 individuals');
    expect(await page.locator('svg.chart-flows path.link.direct').count()).toBe(3);

    for (const table of tables) {
      const element = page.locator(`table#table-${table.name}`);
      expect(await element.locator('caption').textContent()).toBe(table.title);
      expect(await element.locator('thead th[scope="col"]').count()).toBe(table.columns.length);
      expect(await element.locator('tbody tr').count()).toBe(table.rows.length);
      expect(await element.locator('tfoot tr').count()).toBe(table.total ? 1 : 0);
    }
    expect(await page.locator('table#table-immigration-by-month tfoot').textContent()).toContain('476');

    // A party name with quotes, an ampersand and angle brackets is text, not markup.
    expect(tooltips).toContain(`${PARTIES['ag-records']?.name}: 19 individuals`);
    expect(await page.locator('table#table-immigration-flows').textContent()).toContain(
      'Bureau of "Records" & <Archives>',
    );
    expect(await page.locator('archives').count()).toBe(0);

    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(requests).toEqual([url]);
  });

  it('in the public edition, prints "1-10" and draws no suppressed count to its size', async () => {
    const exact = await open('report-exact', annualReport(), []);
    const report = publicAnnualReport();
    const { page, url, requests } = await open('report-public', report, reportTables(report));

    expect(await page.locator('header').textContent()).toContain('Public edition');
    for (const chart of CHARTS) {
      expect(await page.locator(`svg.${chart} text`).allTextContents()).toContain('1-10');
    }
    expect(await page.locator('table#table-immigration-by-month tbody').textContent()).toContain('1-10');

    // Every suppressed bar has one height, whatever it hides: February hides 7, November 48.
    const suppressedMonths = await boxes(page, 'svg.chart-by-month rect.bar.suppressed');
    expect(suppressedMonths).toHaveLength(2);
    expect(new Set(suppressedMonths.map((box) => box.height)).size).toBe(1);
    const suppressedHops = await boxes(page, 'svg.chart-by-hop-count rect.bar.suppressed');
    expect(suppressedHops).toHaveLength(2);
    expect(new Set(suppressedHops.map((box) => box.height)).size).toBe(1);
    // Lakeshore and ERO (a path of 4) and the Assessor and HSI (a path of 3) carry nothing exact.
    const suppressedParties = await boxes(page, 'svg.chart-flows rect.node.suppressed');
    expect(suppressedParties).toHaveLength(4);
    expect(new Set(suppressedParties.map((box) => box.height)).size).toBe(1);

    // Scales are set by exact counts only: the busiest month is as tall in both editions.
    const tallest = async (opened: Page) =>
      Math.max(...(await boxes(opened, 'svg.chart-by-month rect.bar')).map((box) => box.height));
    expect(await tallest(page)).toBeCloseTo(await tallest(exact.page), 1);

    await page.screenshot({ path: path.join(ARTIFACTS, 'report-public.png'), fullPage: true });
    expect(requests).toEqual([url]);
  });

  it('groups the parties of a column past the twelfth as "others"', async () => {
    const report = crowdedReport(20);
    const { page } = await open('report-crowded', report, []);
    const agencies = page.locator('svg.chart-flows g').filter({ hasText: /County Department|\d+ others/ });
    expect(await agencies.count()).toBe(13);
    expect(await page.locator('svg.chart-flows').textContent()).toContain('8 others');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-crowded.png'), fullPage: true });
  });

  it.each([
    ['demo', demoReport],
    ['demo-public', demoPublicReport],
  ])(
    "shows the demo county's %s report in words, every table filled or saying it is empty, a count of 1 drawn small",
    async (name, make) => {
      const report = make();
      const tables = tablesOf(report);
      const { page, url, requests } = await open(name, report, tables);

      // On screen, a count of 1 is a short bar and a thin node, and a hidden count one fixed height.
      const heights = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
      for (const chart of ['chart-by-month', 'chart-by-hop-count']) {
        const bars = await heights(`svg.${chart} rect.bar`);
        expect(bars).toHaveLength(2);
        for (const height of bars) expect(height).toBeGreaterThan(0);
        for (const height of bars) expect(height).toBeLessThan(report.public ? 40 : 16);
      }
      const nodes = await heights('svg.chart-flows rect.node');
      expect(nodes).toHaveLength(4);
      for (const height of nodes) expect(height).toBeLessThan(30);
      const flowChart = await page.locator('svg.chart-flows').boundingBox();
      expect(flowChart?.height).toBeLessThan(300);

      for (const table of tables) {
        if (table.rows.length === 0) {
          expect(await page.locator(`#table-${table.name} p.table-empty`).textContent(), table.name).toBe(table.empty);
          expect(await page.locator(`#table-${table.name} table, table#table-${table.name}`).count()).toBe(0);
          continue;
        }
        const element = page.locator(`table#table-${table.name}`);
        expect(await element.locator('tbody tr').count(), table.name).toBe(table.rows.length);
        const figures = await element.locator('td.num').allTextContents();
        expect(figures.length, table.name).toBeGreaterThan(0);
        expect(
          figures.filter((figure) => figure.trim() === ''),
          table.name,
        ).toEqual([]);
        for (const cell of await element.locator('th, caption').allTextContents()) {
          expect(looksLikeCode(cell), `${table.name}: ${cell}`).toBe(false);
        }
      }

      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\bNONE\b|at least 0\b|\b(?<!-)1 individuals\b/);
      expect(await page.locator('table#table-immigration-by-category').textContent()).toContain('Jail release time');
      expect(await page.locator('table#table-immigration-by-legal-basis').textContent()).toContain('None given');
      expect(await page.locator('#table-access-requests').textContent()).toContain(
        'No immigration agent asked the county for access or information in 2025.',
      );
      if (report.public) {
        expect(text).toContain('7 to 70');
        expect(text).toContain('fewer than 11 disclosure events');
      } else {
        expect(await page.locator('table#table-year-on-year tbody tr').last().textContent()).toBe(
          'Findings, all subsections024',
        );
        expect(await page.locator('table#table-immigration-summary tfoot').textContent()).toBe('All222');
      }

      // Every section, for a person to look at.
      await page.screenshot({ path: path.join(ARTIFACTS, `report-${name}.png`), fullPage: true });
      await page.locator('header').screenshot({ path: path.join(ARTIFACTS, `report-${name}-header.png`) });
      const sections = page.locator('main > section');
      for (let i = 0; i < (await sections.count()); i++) {
        await sections.nth(i).screenshot({ path: path.join(ARTIFACTS, `report-${name}-section-${i}.png`) });
      }
      const parts = page.locator('figure.chart, .table-wrap');
      for (let i = 0; i < (await parts.count()); i++) {
        const part = String(i).padStart(2, '0');
        await parts.nth(i).screenshot({ path: path.join(ARTIFACTS, `report-${name}-part-${part}.png`) });
      }
      expect(requests).toEqual([url]);
    },
  );

  it('says in a sentence that nothing reached an immigration agent, instead of empty charts', async () => {
    const report = quietAgencyReport();
    const { page } = await open('report-quiet', report, reportTables(report, report));

    expect(await page.locator('header').textContent()).toContain('Bureau of "Records" & <Archives>');
    expect(await page.locator('svg').count()).toBe(0);
    expect(await page.locator('p.empty').textContent()).toBe(
      `No personal information reached an immigration agent in ${report.year}, directly or through a third party: there is nothing to chart.`,
    );
  });
});
