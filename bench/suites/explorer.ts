/**
 * Time to first chain in the explorer, on the database the last `npm run bench -- ingest`
 * left: the service runs as `npm start` runs it (the gateway serving the built explorer at
 * /explorer), and Debian's Chromium (headless, through playwright-core) signs in as an
 * AUDITOR, searches a planted subject whose record reached an immigration agent in three
 * hops, and waits for the page to say it drew the first chain. Each subject is searched in
 * a fresh page, the first one after the services start (cold) apart.
 *
 * `firstChainMs`: from pressing Search to the first chain painted, as the page measures it
 * (performance.now() around its own work: the API's answers, the layout and one frame).
 * `firstChainWithLoadMs`: from asking for the page to the same moment, the page's own load
 * (HTML, script, style) and the sign-in included.
 *
 *   npm run bench -- explorer [--profile medium] [--seed 1] [--subjects 20]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import type { Manifest } from '../../scripts/seed/generate.ts';
import { DEVELOPMENT_PRINCIPALS } from '../../infra/auth/dev-principals.ts';
import { issueDevelopmentToken } from '../../infra/auth/tokens.ts';
import {
  benchNeo4j,
  onServiceStack,
  percentile,
  round,
  SEED_FLAGS,
  seedDir,
  type Suite,
  type SuiteResult,
} from '../harness.ts';
import { ensureExplorerBuilt } from '../../scripts/explorer-build.ts';

const CHROMIUM = '/usr/bin/chromium';
const FIRST_CHAIN = 'data-first-chain-drawn';

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      subjects: { type: 'string', default: '20' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '8g' },
    },
  });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const manifest = JSON.parse(
    await readFile(join(seedDir(values.profile, values.seed), 'manifest.json'), 'utf8'),
  ) as Manifest;
  const subjects = manifest.planted
    .filter((entry) => entry.kind === 'indirect' && entry.hops === 3 && entry.reaches)
    .slice(0, Number(values.subjects) + 1)
    .map((entry) => entry.subjectKey);
  if (subjects.length < 2) throw new Error(`explorer: the ${values.profile} manifest plants too few 3-hop flows`);
  await ensureExplorerBuilt((line) => console.error(line));

  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  return onServiceStack(options, async (_db, stack) => {
    let browser: Browser | null = null;
    try {
      const token = await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS.AUDITOR, stack.auth);
      const page = new URL('/explorer/', stack.gatewayUrl).href;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      const measured: Array<{ subjectKey: string; firstChainMs: number; withLoadMs: number }> = [];
      for (const subjectKey of subjects) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const tab = await context.newPage();
        const asked = performance.now();
        await tab.goto(page);
        await tab.locator('#signin-token').fill(token);
        await tab.locator('#signin-form button[type=submit]').click();
        await tab.locator('#search-kind').selectOption('subject');
        await tab.locator('#search-text').fill(subjectKey);
        await tab.locator('#search button[type=submit]').click();
        const drawn = tab.locator(`[${FIRST_CHAIN}]`);
        await drawn.waitFor({ timeout: 60_000 });
        const withLoadMs = performance.now() - asked;
        measured.push({ subjectKey, firstChainMs: Number(await drawn.getAttribute(FIRST_CHAIN)), withLoadMs });
        await context.close();
      }
      const [cold, ...warm] = measured;
      const sorted = (pick: (row: (typeof measured)[number]) => number) => warm.map(pick).sort((a, b) => a - b);
      const firstChain = sorted((row) => row.firstChainMs);
      const withLoad = sorted((row) => row.withLoadMs);
      return {
        profile: values.profile,
        metrics: {
          firstChainMs: round(percentile(firstChain, 50)),
          firstChainP90Ms: round(percentile(firstChain, 90)),
          firstChainMaxMs: round(firstChain.at(-1) as number),
          firstChainWithLoadMs: round(percentile(withLoad, 50)),
          firstChainColdMs: round(cold?.firstChainMs ?? Number.NaN),
        },
        targets: { firstChainMs: { max: 1000 } },
        settings: {
          seed: Number(values.seed),
          subjects: warm.length,
          browser: 'Debian chromium, headless, through playwright-core',
          viewport: '1400x900',
          neo4jHeap: values.heap,
          neo4jPageCache: values.pagecache,
          // In search order, the first cold; the subjects are the manifest's first 3-hop flows.
          measured: measured.map((row) => ({ firstChainMs: row.firstChainMs, withLoadMs: round(row.withLoadMs) })),
        },
      };
    } finally {
      await browser?.close();
    }
  });
}

export const explorerSuite: Suite = {
  usage:
    'time to first chain in the explorer, in headless Chromium, on the database the last ingest left [--profile medium] [--seed 1] [--subjects 20]',
  run,
};
