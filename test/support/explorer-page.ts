import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AuthConfig } from '../../infra/auth/tokens.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { styleKeys } from '../../explorer/src/palette.ts';
import { as } from './auth.ts';

// Debian's own Chromium: no test ever downloads a browser.
export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run this test`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A signed-in explorer page, with what it refused under its content security policy and the errors it logged. */
export type ExplorerPage = {
  page: Page;
  violations: () => Promise<string[]>;
  errors: string[];
  /** Every /graphql answer the page received, as text. */
  answers: string[];
};

export async function openExplorer(
  browser: Browser,
  gatewayUrl: string,
  auth: AuthConfig,
  role: Role,
): Promise<ExplorerPage> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const answers: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql') void response.text().then((text) => answers.push(text));
  });
  // Injected by the browser's debugging protocol, which the page's policy does not govern.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(new URL('/explorer/', gatewayUrl).href);
  await page.locator('main[data-state="signed-out"]').waitFor();
  const token = ((await as(auth, role)).authorization ?? '').replace(/^Bearer /, '');
  await page.locator('#signin-token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('main[data-state="idle"]').waitFor();
  return {
    page,
    errors,
    answers,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** Searches and waits until the answer is drawn, the matches listed or the search refused; says which. */
export async function search(page: Page, text: string, kind = 'any'): Promise<'drawn' | 'matches' | 'error'> {
  await page.locator('#search-kind').selectOption(kind);
  await page.locator('#search-text').fill(text);
  await page.locator('#search-text').press('Enter');
  await page.locator('main[data-state="drawn"], main[data-state="error"], main[data-state="matches"]').waitFor();
  return (await page.locator('main').getAttribute('data-state')) as 'drawn' | 'matches' | 'error';
}

/** Searches, and fails with the page's own message unless the answer is drawn. */
export async function open(page: Page, text: string, kind = 'any'): Promise<void> {
  const state = await search(page, text, kind);
  if (state !== 'drawn')
    throw new Error(
      `searching "${text}" ended in ${state}: ${await page.locator('#error').textContent()} ${await page.locator('#status').textContent()}`,
    );
}

/** Clicks an export button and reads the file the browser was handed. */
export async function download(page: Page, buttonId: string): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#${buttonId}`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: await readFile(path) };
}

/**
 * The words of the panel's table headers that a person would see broken: split over lines
 * (a column narrower than its header word) or cut off. Empty when every header reads whole.
 */
export function brokenHeaderWords(page: Page, scope = '#panel-body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const header of document.querySelectorAll(`${selector} th`)) {
      if (header.scrollWidth > header.clientWidth + 1) broken.push(`${header.textContent} (cut off)`);
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, scope);
}

/** The classes of every party and disclosure an SVG export draws (its legend's own groups left out). */
export function drawnClasses(svg: string): Array<{ group: 'nodes' | 'edges'; classes: string[] }> {
  return [...svg.matchAll(/<g class="([^"]*)"/g)]
    .map((match) => (match[1] ?? '').split(' ').filter(Boolean))
    .filter((classes) => !classes.includes('legend-entry') && !classes.includes('lane'))
    .map((classes) => ({
      group: classes.some((name) => ['disclosure', 'bundle', 'hop'].includes(name)) ? 'edges' : 'nodes',
      classes,
    }));
}

/** The legend keys an SVG export's own legend holds. */
export function svgLegendKeys(svg: string): string[] {
  return [...svg.matchAll(/data-legend-key="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** A PNG's width and height, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The smallest text of an inline SVG on screen, in CSS pixels: its font size times the drawing's scale. */
export function smallestSvgText(page: Page, selector: string): Promise<number> {
  return page.evaluate((scope) => {
    let smallest = Number.POSITIVE_INFINITY;
    for (const text of document.querySelectorAll<SVGTextElement>(`${scope} svg text`)) {
      const scale = text.getScreenCTM()?.a ?? 1;
      smallest = Math.min(smallest, Number(text.getAttribute('font-size')) * scale);
    }
    return smallest;
  }, selector);
}

/** The styles an SVG export draws that a legend (its own unless given) lacks: empty when the legend is whole. */
export function stylesMissingFromLegend(
  svg: string,
  legend: readonly (string | null)[] = svgLegendKeys(svg),
): string[] {
  const drawn = new Set(drawnClasses(svg).flatMap(({ group, classes }) => styleKeys(group, classes)));
  return [...drawn].filter((key) => !legend.includes(key));
}

/** The size a picture's PNG export has: the SVG export's frame (title above, legend below) at twice its size. */
export function frameAtTwice(svg: string): { width: number; height: number } {
  const frame = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Math.ceil(Number(frame?.[1]) * 2), height: Math.ceil(Number(frame?.[2]) * 2) };
}
