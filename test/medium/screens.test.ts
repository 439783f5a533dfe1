/**
 * The explorer and the annual report as a person sees them on the medium county (a tenth of a
 * county: 100,000 subjects, 2 million (record, disclosure) pairs), in Debian's Chromium, with
 * a screenshot of every view kept in test/artifacts/medium/ and, for each, what a person would
 * check: text large enough to read at fit, no table column narrower than its header word, no
 * empty cell where a figure is due, words instead of codes.
 *
 * Runs on the database `npm run bench -- ingest --profile medium` leaves (.neo4j-bench), by
 * `npm run check:medium`; `npm test` runs the same checks on the small county.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchNeo4j, seedDir } from '../../bench/harness.ts';
import { annualReport, publicEdition, publishedRelease, tablesOf } from '../../core/reporting/index.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { ensureExplorerBuilt } from '../../scripts/explorer-build.ts';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import { renderHtml } from '../../scripts/report/html.ts';
import type { Manifest } from '../../scripts/seed/generate.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import {
  brokenHeaderWords,
  download,
  frameAtTwice,
  launchChromium,
  open,
  openExplorer,
  pngSize,
  smallestSvgText,
  stylesMissingFromLegend,
} from '../support/explorer-page.ts';
import { looksLikeCode } from '../support/report-fixture.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/medium/', import.meta.url));
const YEAR = 2024;
const NEO4J = benchNeo4j({ heap: '4g', pagecache: '8g' });
/** What a person reads without leaning in: 10 CSS pixels, the explorer's own minimum at fit. */
const LEGIBLE_PX = 10;

/** The cells of tables under `scope` that are due a figure and show none: a numeric column's empty cell. */
function emptyFigureCells(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const empty: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>(`${selector} table`)) {
      const name = table.id || table.querySelector('caption')?.textContent || table.className;
      for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
        row.querySelectorAll('td').forEach((cell, index) => {
          const figure = cell.classList.contains('num') || /^\s*[\d,.%]+\s*$/.test(cell.textContent ?? 'x');
          if (figure && (cell.textContent ?? '').trim() === '')
            empty.push(`${name}: row ${row.textContent}, cell ${index}`);
          if (!figure && cell.childElementCount === 0 && (cell.textContent ?? '').trim() === '')
            empty.push(`${name}: an empty cell in row "${row.textContent}"`);
        });
      }
    }
    return empty;
  }, scope);
}

/** Every text on the page smaller than a person reads, with its size in CSS pixels. */
function smallHtmlText(page: Page, scope: string, below: number): Promise<string[]> {
  return page.evaluate(
    ([selector, limit]) => {
      const small: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(`${selector} *`)) {
        if (element instanceof SVGElement) continue;
        const own = [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim());
        if (!own || element.getClientRects().length === 0) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < (limit as number))
          small.push(`${element.tagName.toLowerCase()} ${size}px: ${element.textContent?.slice(0, 40)}`);
      }
      return small;
    },
    [scope, below] as const,
  );
}

describe('the explorer and the annual report, on the medium county, as a person sees them', () => {
  let manifest: Manifest;
  let db: Database;
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    const manifestFile = path.join(seedDir('medium', '1'), 'manifest.json');
    if (!existsSync(manifestFile) || !existsSync(path.join(NEO4J.home as string, 'data'))) {
      throw new Error('no medium county here: run `npm run bench -- ingest --profile medium` first, which leaves it');
    }
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
    await ensureExplorerBuilt();
    db = new Database(await startNeo4j(NEO4J));
    await migrate(db);
    await developmentPrincipals(db);
    stack = await startStack(db, { host: '127.0.0.1', port: () => 0, logging: false });
    browser = await launchChromium();
    await rm(ARTIFACTS, { recursive: true, force: true });
    await mkdir(ARTIFACTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await db?.close();
    await stopNeo4j(NEO4J);
  }, 120_000);

  /** Keeps a view's screenshot and checks what a person would check of its panel tables. */
  async function checkPanel(page: Page, name: string): Promise<void> {
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, `explorer-panel-${name}.png`) });
    expect(await brokenHeaderWords(page), name).toEqual([]);
    expect(await emptyFigureCells(page, '#panel-body'), name).toEqual([]);
    expect(await smallHtmlText(page, '#panel', 11), name).toEqual([]);
  }

  it('shows an auditor a planted three-hop flow: graph, time lanes, every panel view and the exports, each readable', async () => {
    const planted = manifest.planted.find((entry) => entry.kind === 'indirect' && entry.hops === 3 && entry.reaches);
    if (planted === undefined) throw new Error('the medium county plants no 3-hop flow that reaches an agent');
    const { page, violations, errors } = await openExplorer(browser, stack.gatewayUrl, stack.auth, 'AUDITOR');
    await open(page, planted.subjectKey, 'subject');
    await page.locator('main[data-first-chain-drawn]').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-auditor.png'), fullPage: true });

    const graph = page.locator('#graph');
    await page.locator('#zoom-fit').click();
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-graph-fit.png') });
    expect(Number(await graph.getAttribute('data-smallest-label-px'))).toBeGreaterThanOrEqual(LEGIBLE_PX);
    expect(await graph.getAttribute('data-label-faults')).toBe('0');
    expect(await smallHtmlText(page, '#text-view', 11)).toEqual([]);

    // The exports: a title and a legend of every style drawn; the PNG in the SVG's frame.
    const svg = (await download(page, 'export-svg')).content.toString('utf8');
    expect(stylesMissingFromLegend(svg)).toEqual([]);
    await writeFile(path.join(ARTIFACTS, 'explorer-export.svg'), svg);
    const png = (await download(page, 'export-png')).content;
    expect(pngSize(png)).toEqual(frameAtTwice(svg));
    await writeFile(path.join(ARTIFACTS, 'explorer-export.png'), png);

    await page.getByRole('tab', { name: 'Time lanes' }).click();
    await page.locator('#lanes svg').waitFor();
    expect(await smallestSvgText(page, '#lanes')).toBeGreaterThanOrEqual(LEGIBLE_PX);
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-lanes.png') });
    const lanesSvg = (await download(page, 'export-lanes-svg')).content.toString('utf8');
    expect(lanesSvg).toMatch(/<title id="lanes-title">[^<]+: time lanes<\/title>/);
    await writeFile(path.join(ARTIFACTS, 'explorer-lanes-export.svg'), lanesSvg);
    await writeFile(
      path.join(ARTIFACTS, 'explorer-lanes-export.png'),
      (await download(page, 'export-lanes-png')).content,
    );
    await page.getByRole('tab', { name: 'Graph' }).click();

    // Every view of the side panel, on the first hop and on the agent.
    const first = planted.disclosureIds[0] as string;
    await page.locator(`#text-view li[data-disclosure-id="${first}"] button`).first().click();
    await page.locator('#panel-body h3', { hasText: `Disclosure ${first}` }).waitFor();
    await checkPanel(page, 'details');
    await page.getByRole('tab', { name: 'Deletion scope' }).click();
    await page.locator('#panel-body table').waitFor();
    await checkPanel(page, 'deletion-scope');
    await page.getByRole('tab', { name: 'Accounting' }).click();
    await page.locator('#panel-body table.accounting').waitFor();
    await checkPanel(page, 'accounting');
    await page.getByRole('tab', { name: 'Downstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    await checkPanel(page, 'downstream');
    await page.locator(`#text-view ul.parties li[data-party-id="${planted.agentPartyId}"] button`).click();
    await page.getByRole('tab', { name: 'Upstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    await checkPanel(page, 'upstream');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-views.png'), fullPage: true });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);

  it("draws the county's busiest recipient readably at fit, its first page and how many more", async () => {
    const [busiest] = await db.read((tx) =>
      tx.run<{ id: string; received: number }>(
        `MATCH (:Disclosure)-[:TO]->(p:Party) WHERE p.kind <> 'COUNTY_AGENCY'
         WITH p, count(*) AS received ORDER BY received DESC LIMIT 1 RETURN p.id AS id, received`,
      ),
    );
    if (busiest === undefined) throw new Error('the medium county has no recipient');
    const { page, violations, errors } = await openExplorer(browser, stack.gatewayUrl, stack.auth, 'ANALYST');
    await open(page, busiest.id, 'party');
    await page.locator('main[data-first-chain-drawn]').waitFor({ timeout: 120_000 });
    await page.locator('#zoom-fit').click();
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-busiest-graph.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-busiest.png'), fullPage: true });
    const graph = page.locator('#graph');
    expect(Number(await graph.getAttribute('data-smallest-label-px'))).toBeGreaterThanOrEqual(LEGIBLE_PX);
    expect(await graph.getAttribute('data-label-faults')).toBe('0');
    expect(await page.locator('#text-view li[data-more-id="received"] button').textContent()).toMatch(
      /^Read the next page \([\d,]+ more disclosures received by /,
    );
    await page.getByRole('tab', { name: 'Time lanes' }).click();
    await page.locator('#lanes svg').waitFor();
    expect(await smallestSvgText(page, '#lanes')).toBeGreaterThanOrEqual(LEGIBLE_PX);
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-busiest-lanes.png') });
    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.getByRole('tab', { name: 'Downstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    await checkPanel(page, 'busiest-downstream');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);

  it.each([
    ['report', false],
    ['report-public', true],
  ])(
    `renders the %s of ${YEAR} with every table filled or saying it is empty, in words, readable`,
    async (name, isPublic) => {
      const made = await annualReport(db, { year: YEAR });
      const report = isPublic ? await publicEdition(made, await publishedRelease(db)) : made;
      const tables = tablesOf(report);
      const file = path.join(ARTIFACTS, `${name}.html`);
      await writeFile(file, renderHtml(report, tables));
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      for (const table of tables) {
        if (table.rows.length === 0) {
          expect(await page.locator(`#table-${table.name} p.table-empty`).textContent(), table.name).toBe(table.empty);
          continue;
        }
        const element = page.locator(`table#table-${table.name}`);
        expect(await element.locator('tbody tr').count(), table.name).toBe(table.rows.length);
        for (const cell of await element.locator('th, caption').allTextContents())
          expect(looksLikeCode(cell), `${table.name}: ${cell}`).toBe(false);
      }
      expect(await emptyFigureCells(page, 'main')).toEqual([]);
      expect(await brokenHeaderWords(page, 'main')).toEqual([]);
      expect(await smallHtmlText(page, 'main', 11)).toEqual([]);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\bNONE\b|at least 0\b|\b(?<!-)1 individuals\b/);
      // The charts' text as large as the page's own smallest, and each bar inside its chart.
      for (const chart of await page.locator('svg[class^="chart-"]').all()) {
        const smallest = await chart.evaluate((svg) =>
          Math.min(
            ...[...svg.querySelectorAll('text')].map(
              (text) =>
                Number.parseFloat(getComputedStyle(text).fontSize) * ((svg as SVGSVGElement).getScreenCTM()?.a ?? 1),
            ),
          ),
        );
        expect(smallest).toBeGreaterThanOrEqual(LEGIBLE_PX);
      }

      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
      const sections = page.locator('main > section');
      for (let i = 0; i < (await sections.count()); i++)
        await sections
          .nth(i)
          .screenshot({ path: path.join(ARTIFACTS, `${name}-section-${String(i).padStart(2, '0')}.png`) });
      const parts = page.locator('figure.chart, .table-wrap');
      for (let i = 0; i < (await parts.count()); i++)
        await parts.nth(i).screenshot({ path: path.join(ARTIFACTS, `${name}-part-${String(i).padStart(2, '0')}.png`) });
      expect(requests).toEqual([pathToFileURL(file).href]);
      await page.close();
    },
    300_000,
  );
});
