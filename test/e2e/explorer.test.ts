/**
 * Every page of the explorer in a real browser, with the screenshots a reviewer opens. Over
 * 400 lines because the views share one stack and one signed-in browser, started once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { ensureExplorerBuilt } from '../../scripts/explorer-build.ts';
import type { Manifest } from '../../scripts/seed/generate.ts';
import { parseCsv, CSV_COLUMNS } from '../../explorer/src/csv.ts';
import type { Evidence } from '../../explorer/src/evidence.ts';
import { agentText } from '../../explorer/src/format.ts';
import { PAGES } from '../../explorer/src/load.ts';
import { styleKeys } from '../../explorer/src/palette.ts';
import { EXPLORER_CSP } from '../../gateway/explorer.ts';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import {
  brokenHeaderWords,
  download,
  drawnClasses,
  frameAtTwice,
  launchChromium,
  open,
  openExplorer,
  pngSize,
  search,
  smallestSvgText,
  stylesMissingFromLegend,
  svgLegendKeys,
} from '../support/explorer-page.ts';
import { rawRequest } from '../support/raw-http.ts';
import { importGeneratedCounty } from '../support/seed-county.ts';
import { recordDisclosures } from '../../core/lineage/record-disclosure.ts';
import { registerParty } from '../../core/registry/parties.ts';
import { execute, useStack } from '../support/stack.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SUBJECT_KEY = /[0-9a-f]{64}/gi;

/** What the explorer's arrivals hold, asked of the API by the test itself. */
const Lineage = graphql(/* GraphQL */ `
  query ExplorerTestLineage($subjectKey: String!, $records: Int!, $arrivals: Int!) {
    subject(subjectKey: $subjectKey) {
      records(first: $records) {
        nodes {
          lineage(first: $arrivals) {
            nodes {
              record {
                id
              }
              subjectKey
              party {
                id
              }
              at
              hopCount
              kind
              immigrationAgent
              intermediaries {
                id
              }
              categories
              unknownSourceCategories
              chain {
                disclosure {
                  id
                  channel
                }
                from {
                  id
                  name
                  kind
                  immigrationAgentIntervals {
                    from
                    until
                  }
                }
                to {
                  id
                  name
                  kind
                  immigrationAgentIntervals {
                    from
                    until
                  }
                }
                at
                purpose
                legalBasis
                agreementReference
                categories
                recipientWasImmigrationAgent
                senderCountyPersonnel {
                  through {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const TraceToAgents = graphql(/* GraphQL */ `
  query ExplorerTestTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {
      totalCount
      nodes {
        party {
          id
          name
          immigrationAgentIntervals {
            from
            until
          }
        }
        at
        kind
        hopCount
        chain {
          disclosure {
            id
          }
        }
      }
    }
  }
`);

const Received = graphql(/* GraphQL */ `
  query ExplorerTestReceived($id: ID!) {
    party(id: $id) {
      name
      disclosureCountReceived
    }
  }
`);

describe('the explorer, in a browser, on the small generated county', () => {
  const context = useStack();
  let manifest: Manifest;
  let browser: Browser;
  let gateway: string;
  let planted: Manifest['planted'][number];

  beforeAll(async () => {
    await ensureExplorerBuilt();
    manifest = await importGeneratedCounty(context.db, 'small');
    // As npm start does: the office the development tokens act for is registered.
    await developmentPrincipals(context.db);
    const found = manifest.planted.find((entry) => entry.kind === 'indirect' && entry.hops === 3);
    if (found === undefined) throw new Error('the small county plants no 3-hop indirect flow');
    planted = found;
    gateway = context.stack.gatewayUrl;
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows an auditor the three hops of a planted flow in time order, the agent marked with its interval, and exports what the API answers', async () => {
    const auditor = await as(context.stack.auth, 'AUDITOR');
    const { page, violations, errors } = await openExplorer(browser, gateway, context.stack.auth, 'AUDITOR');
    await open(page, planted.subjectKey);
    await page.locator(`main[data-first-chain-drawn]`).waitFor();
    const firstChainMs = Number(await page.locator('main').getAttribute('data-first-chain-drawn'));
    expect(firstChainMs).toBeGreaterThan(0);
    console.log(`explorer: the first chain of the planted subject was drawn ${firstChainMs} ms after the search`);
    expect(await page.evaluate(() => performance.getEntriesByName('first-chain', 'mark').length)).toBe(1);

    // The chain to the agent, hop by hop, in time order.
    const chain = page.locator(`li.chain.to-agent[data-party-id="${planted.agentPartyId}"]`).first();
    const hops = chain.locator('ol.hops > li');
    expect(await hops.evaluateAll((items) => items.map((item) => item.getAttribute('data-disclosure-id')))).toEqual(
      planted.disclosureIds,
    );
    const times = await hops.evaluateAll((items) =>
      items.map((item) => Date.parse(item.getAttribute('data-at') ?? '')),
    );
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await chain.textContent()).toContain('indirectly, in 3 hops');

    // The agent is marked as one, with the interval the registry gives.
    const trace = await execute(gateway, TraceToAgents, { subjectKey: planted.subjectKey }, auditor);
    const atAgent = trace.data?.trace.nodes.find((node) => node.party.id === planted.agentPartyId);
    expect(atAgent?.chain.map((hop) => hop.disclosure.id)).toEqual(planted.disclosureIds);
    const intervals = atAgent?.party.immigrationAgentIntervals ?? [];
    expect(intervals.length).toBeGreaterThan(0);
    expect(await chain.locator('.agent-status').textContent()).toBe(`${atAgent?.party.name}: ${agentText(intervals)}`);
    expect(await page.locator('#text-view').textContent()).toContain('(recipient was an IMMIGRATION AGENT then)');
    expect(await page.locator('main').textContent()).not.toMatch(/still running|1899-12-31|GMT-6/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-auditor.png'), fullPage: true });

    // The graph at fit: every label at least 10 pixels on screen, none over a party, another label or its own arrow.
    const graph = page.locator('#graph');
    await page.locator('#zoom-fit').click();
    expect(Number(await graph.getAttribute('data-smallest-label-px'))).toBeGreaterThanOrEqual(10);
    expect(await graph.getAttribute('data-label-faults')).toBe('0');
    console.log(
      `explorer: the planted subject's graph at fit runs ${await graph.getAttribute('data-direction')}, zoom ${await graph.getAttribute('data-zoom')}, all in view: ${await graph.getAttribute('data-all-in-view')}`,
    );
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-graph-fit.png') });

    // The picture: in time order along the way the drawing runs, the agent drawn as one.
    const svg = (await download(page, 'export-svg')).content.toString('utf8');
    const parties = await partiesOnChain(planted.disclosureIds);
    const across = /<svg [^>]*data-direction="(LR|TB)"/.exec(svg)?.[1] !== 'TB';
    const along = parties.map((id) => centreOf(svg, id)[across ? 'x' : 'y']);
    expect(along.every((at, index) => index === 0 || at > (along[index - 1] as number))).toBe(true);
    expect(svg).toMatch(new RegExp(`<g class="[^"]*\\bagent\\b[^"]*" data-party-id="${planted.agentPartyId}"`));
    // Every style drawn has its entry, in the page's legend and in the file's own.
    const legendKeys = await page
      .locator('#legend li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-legend-key')));
    expect(stylesMissingFromLegend(svg, legendKeys)).toEqual([]);
    expect(stylesMissingFromLegend(svg)).toEqual([]);
    await writeFile(path.join(ARTIFACTS, 'explorer-auditor.svg'), svg);
    // The PNG in the same frame: the title above the graph, the legend below, at twice the size.
    const png = (await download(page, 'export-png')).content;
    expect(pngSize(png)).toEqual(frameAtTwice(svg));
    await writeFile(path.join(ARTIFACTS, 'explorer-auditor-export.png'), png);

    // The evidence: the arrivals as the API gives them, and a CSV row for every hop.
    const evidence = JSON.parse((await download(page, 'export-json')).content.toString('utf8')) as Evidence;
    const lineage = await execute(
      gateway,
      Lineage,
      // The explorer's own page sizes: a larger page of records, each with a larger page of
      // arrivals and their chains, would cost more than the gateway allows one request.
      { subjectKey: planted.subjectKey, records: PAGES.records, arrivals: PAGES.arrivals },
      auditor,
    );
    expect(lineage.errors).toBeUndefined();
    const arrivals = lineage.data?.subject?.records.nodes.flatMap((record) => record.lineage.nodes) ?? [];
    expect(arrivals.length).toBeGreaterThanOrEqual(3);
    expect(evidence.answered.arrivals).toEqual(arrivals);
    expect(evidence.complete).toBe(true);
    expect(evidence.selection).toEqual({ kind: 'subject', subjectKey: planted.subjectKey });
    const exportedAgentArrivals = evidence.answered.arrivals.filter((arrival) => arrival.immigrationAgent);
    expect(exportedAgentArrivals.map((arrival) => arrival.chain.map((hop) => hop.disclosure.id))).toEqual(
      trace.data?.trace.nodes.map((node) => node.chain.map((hop) => hop.disclosure.id)),
    );
    const hopsOfApi = new Map(arrivals.flatMap((arrival) => arrival.chain.map((hop) => [hop.disclosure.id, hop])));
    const csv = parseCsv((await download(page, 'export-csv')).content.toString('utf8'));
    expect(csv[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.slice(1).map((row) => row[0])).toEqual(
      [...hopsOfApi.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((hop) => hop.disclosure.id),
    );
    for (const row of csv.slice(1)) {
      const hop = hopsOfApi.get(row[0] as string);
      expect(row.slice(1, 6)).toEqual([hop?.at, hop?.from.id, hop?.from.name, hop?.to.id, hop?.to.name]);
      expect(row[8]).toBe(hop?.purpose);
      expect(row[6]).toBe(String(hop?.recipientWasImmigrationAgent));
    }
    const lastHop = planted.disclosureIds.at(-1) as string;
    expect(csv.find((row) => row[0] === lastHop)?.[7]).toBe('INDIRECT');

    // The time lanes: a band per party, every disclosure an arrow at its instant, the planted hops left to right in time.
    await page.getByRole('tab', { name: 'Time lanes' }).click();
    await page.locator('#lanes svg').waitFor();
    expect(await smallestSvgText(page, '#lanes')).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#lanes g.hop').count()).toBe(evidence.disclosures.length);
    expect(await page.locator('#lanes g.lane').count()).toBe(evidence.parties.length);
    const laneX = async (id: string) =>
      Number(await page.locator(`#lanes g.hop[data-disclosure-id="${id}"] line`).getAttribute('x1'));
    const plantedXs = await Promise.all(planted.disclosureIds.map(laneX));
    expect(plantedXs.every((x, index) => index === 0 || x > (plantedXs[index - 1] as number))).toBe(true);
    // By keyboard: Home is the first disclosure, Right the next; each opens its details.
    await page.locator('#lanes').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const second = evidence.disclosures[1]?.id as string;
    await page.locator('#panel-body h3', { hasText: `Disclosure ${second}` }).waitFor();
    expect(await page.locator(`#lanes g.hop.selected[data-disclosure-id="${second}"]`).count()).toBe(1);
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-lanes.png') });
    // Its exports: a title, the legend of every style drawn, every disclosure; a PNG of the same.
    const lanesSvg = (await download(page, 'export-lanes-svg')).content.toString('utf8');
    expect(lanesSvg).toContain(`<title id="lanes-title">${evidence.title}: time lanes</title>`);
    for (const id of planted.disclosureIds) expect(lanesSvg).toContain(`data-disclosure-id="${id}"`);
    const laneStyles = new Set(drawnClasses(lanesSvg).flatMap(({ group, classes }) => styleKeys(group, classes)));
    expect([...laneStyles].filter((key) => !svgLegendKeys(lanesSvg).includes(key))).toEqual([]);
    expect(svgLegendKeys(lanesSvg)).toEqual(expect.arrayContaining(['lane', 'lane-agent', 'indirect-path']));
    await writeFile(path.join(ARTIFACTS, 'explorer-lanes.svg'), lanesSvg);
    const lanesPng = (await download(page, 'export-lanes-png')).content;
    const width = Number(/<svg [^>]*width="([\d.]+)"/.exec(lanesSvg)?.[1]);
    expect(pngSize(lanesPng).width).toBe(Math.ceil(width * 2));
    await writeFile(path.join(ARTIFACTS, 'explorer-lanes.png.export.png'), lanesPng);
    await page.getByRole('tab', { name: 'Graph' }).click();

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets an auditor move by keyboard, open the views of a hop, narrow the time window and print', async () => {
    const { page, violations, errors } = await openExplorer(browser, gateway, context.stack.auth, 'AUDITOR');
    await open(page, planted.subjectKey, 'subject');
    const graph = page.locator('#graph');
    await graph.focus();
    await graph.press('Home');
    await graph.press('ArrowRight');
    expect(await page.locator('#announcer').textContent()).toMatch(/^Disclosure from /);
    await page
      .locator('#panel-body h3')
      .filter({ hasText: /^Disclosure / })
      .waitFor();
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-details.png') });

    // The first hop's deletion scope holds the chain's later holders (Sec. 46-37(h)).
    const first = planted.disclosureIds[0] as string;
    await page.locator(`#text-view li[data-disclosure-id="${first}"] button`).click();
    await page.getByRole('tab', { name: 'Deletion scope' }).click();
    await page.locator('#panel-body table').waitFor();
    const holders = await page.locator('#panel-body table').textContent();
    for (const party of (await partiesOnChain(planted.disclosureIds)).slice(1)) expect(holders).toContain(party);
    // No column narrower than its header word ("Re/cor/ds" was one letter a line).
    expect(await brokenHeaderWords(page)).toEqual([]);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-deletion-scope.png') });
    await page.getByRole('tab', { name: 'Accounting' }).click();
    await page.locator('#panel-body table.accounting').waitFor();
    const agentRow = page.locator(`#panel-body tr[data-party-id="${planted.agentPartyId}"]`);
    expect(await agentRow.textContent()).toContain('IMMIGRATION AGENT then');
    // The chain of each recipient's first arrival, for a directly reached one too, comes with the accounting.
    expect(
      await agentRow
        .locator('td.chain li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-disclosure-id'))),
    ).toEqual(planted.disclosureIds);
    expect(
      await page
        .locator('#panel-body td.chain')
        .evaluateAll((cells) => cells.every((cell) => cell.querySelector('p.first-arrival') !== null)),
    ).toBe(true);
    expect(await brokenHeaderWords(page)).toEqual([]);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-accounting.png') });
    await page.getByRole('button', { name: 'Widen the panel to show the whole table' }).click();
    await page.waitForFunction(() => {
      const scroller = document.querySelector('#panel-body .table-scroll');
      return scroller !== null && scroller.scrollWidth <= scroller.clientWidth + 1;
    });
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-accounting-wide.png') });
    // Back to the panel's own width by keyboard, on the handle between the graph and the panel.
    await page.locator('#splitter').focus();
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Downstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    expect(await brokenHeaderWords(page)).toEqual([]);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-downstream.png') });
    // Its hops say from where they count.
    const hops = page.locator('#panel-body caption', { hasText: 'By the fewest hops' });
    await hops.scrollIntoViewIfNeeded();
    expect(await hops.textContent()).toMatch(
      /^By the fewest hops from this (party \(its own send is hop 1\)|disclosure \(itself hop 1\))$/,
    );
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-downstream-hops.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-views.png'), fullPage: true });
    // A party's upstream: where its records came from.
    await page.locator(`#text-view ul.parties li[data-party-id="${planted.agentPartyId}"] button`).click();
    await page.getByRole('tab', { name: 'Upstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    expect(await brokenHeaderWords(page)).toEqual([]);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-panel-upstream.png') });

    // A window that ends before the last hop leaves the arrival at the agent out.
    const whole = JSON.parse((await download(page, 'export-json')).content.toString('utf8')) as Evidence;
    const steps = [...new Set(whole.disclosures.map((d) => Date.parse(d.at)))].sort((a, b) => a - b);
    const lastHop = whole.disclosures.find((d) => d.id === planted.disclosureIds.at(-1));
    const before = steps.indexOf(Date.parse(lastHop?.at ?? '')) - 1;
    expect(before).toBeGreaterThanOrEqual(0);
    await page.locator('#window-until').evaluate((input: HTMLInputElement, step) => {
      input.value = String(step);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, before);
    await page.locator('#window-text', { hasText: /^From / }).waitFor();
    await page.locator('main[data-state="drawn"]').waitFor();
    const narrowed = JSON.parse((await download(page, 'export-json')).content.toString('utf8')) as Evidence;
    expect(Date.parse(narrowed.window.until as string)).toBe((steps[before] as number) + 1);
    expect(narrowed.answered.arrivals.length).toBeLessThan(whole.answered.arrivals.length);
    expect(narrowed.answered.arrivals.every((arrival) => Date.parse(arrival.at) <= (steps[before] as number))).toBe(
      true,
    );
    expect(await page.locator(`#text-view li.chain.to-agent[data-party-id="${planted.agentPartyId}"]`).count()).toBe(0);
    await page.locator('#window-reset').click();
    await page.locator(`#text-view li.chain.to-agent[data-party-id="${planted.agentPartyId}"]`).first().waitFor();

    // The printable page: the picture, the chain and the agents, without the controls.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.locator('#export-print').click();
    await page.locator('body[data-printed="yes"]').waitFor();
    const printed = await page.locator('#print-view').textContent();
    expect(printed).toContain('Disclosure evidence under Cook County Sec. 46-37');
    for (const id of planted.disclosureIds) expect(printed).toContain(id);
    expect(await page.locator('#print-view svg g[data-party-id]').count()).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: path.join(ARTIFACTS, 'explorer-print.pdf') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The deletion scope of the first hop, drawn: the chains by which each later holder got the record.
    await page.locator(`#text-view li[data-disclosure-id="${first}"] button`).click();
    await page.getByRole('tab', { name: 'Deletion scope' }).click();
    await page.getByRole('button', { name: 'Draw the evidence chains of this scope' }).click();
    await page.locator('#picture-title', { hasText: `Deletion scope of disclosure ${first}` }).waitFor();
    await page.locator('main[data-state="drawn"]').waitFor();
    const scope = JSON.parse((await download(page, 'export-json')).content.toString('utf8')) as Evidence;
    expect(scope.selection).toEqual({ kind: 'deletion-scope', of: first });
    expect(scope.disclosures.map((d) => d.id)).toEqual(expect.arrayContaining(planted.disclosureIds));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-deletion-scope.png'), fullPage: true });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows an analyst parties, disclosures and counts, and no subject key or record id anywhere', async () => {
    const { page, violations, errors, answers } = await openExplorer(browser, gateway, context.stack.auth, 'ANALYST');
    // A subject key is refused before anything is asked.
    await search(page, planted.subjectKey);
    expect(await page.locator('#error').textContent()).toContain('only an AUDITOR may search them');

    // A party in the middle of the planted chain, found by the start of its name.
    const middle = (await partiesOnChain(planted.disclosureIds))[2] as string;
    const analyst = await as(context.stack.auth, 'ANALYST');
    const name = (await execute(gateway, Received, { id: middle }, analyst)).data?.party?.name as string;
    const found = await search(page, name.slice(0, Math.min(name.length, 14)), 'party');
    expect(found, (await page.locator('#error').textContent()) ?? '').not.toBe('error');
    if (found === 'matches') {
      await page.locator('#matches button', { hasText: `(${middle})` }).click();
      await page.locator('main[data-state="drawn"]').waitFor();
    }
    expect(await page.locator('#picture-title').textContent()).toBe(`${name} (${middle})`);
    await page.getByRole('tab', { name: 'Upstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    // Only the views that apply are offered: an ANALYST reads no accounting and no deletion scope.
    expect(await page.locator('#panel [role="tab"]:not([hidden])').allTextContents()).toEqual([
      'Details',
      'Upstream',
      'Downstream',
    ]);
    expect(await page.getByRole('tab', { name: 'Accounting' }).count()).toBe(0);

    // The second hop of the chain, by its id: the disclosure, its details and its downstream.
    const second = planted.disclosureIds[1] as string;
    await open(page, second, 'disclosure');
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.locator('#panel-body h3', { hasText: `Disclosure ${second}` }).waitFor();
    const details = (await page.locator('#panel-body').textContent()) ?? '';
    expect(details).toContain('Agreement in force');
    // Findings as the rest of the page writes things: names and county time, no ISO instant.
    expect(details).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'explorer-analyst-panel-details.png') });
    await page.getByRole('tab', { name: 'Downstream' }).click();
    await page.locator('#panel-body dl.facts').waitFor();
    expect(await page.getByRole('tab', { name: 'Deletion scope' }).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-analyst.png'), fullPage: true });

    const files = [];
    for (const id of ['export-json', 'export-csv', 'export-svg', 'export-png', 'export-lanes-svg', 'export-lanes-png'])
      files.push(await download(page, id));
    const evidence = JSON.parse(files[0]?.content.toString('utf8') ?? '{}') as Evidence;
    expect(evidence.disclosures.map((d) => d.id)).toContain(second);
    expect(evidence.answered.arrivals).toEqual([]);
    // What an ANALYST sees drawn (the thin solid orange arrow to an agent among it) is all in the legend.
    const analystSvg = files[2]?.content.toString('utf8') ?? '';
    const analystStyles = new Set(drawnClasses(analystSvg).flatMap(({ group, classes }) => styleKeys(group, classes)));
    const analystLegend = await page
      .locator('#legend li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-legend-key')));
    expect([...analystStyles].filter((key) => !analystLegend.includes(key))).toEqual([]);
    expect([...analystStyles].filter((key) => !svgLegendKeys(analystSvg).includes(key))).toEqual([]);
    await writeFile(path.join(ARTIFACTS, 'explorer-analyst.svg'), analystSvg);

    // A party's name matches by word: "ice" is not found inside "services", "justice" or "office".
    const byWord = await search(page, 'ice', 'party');
    const matched =
      byWord === 'matches'
        ? await page.locator('#matches button').allTextContents()
        : byWord === 'drawn'
          ? [(await page.locator('#picture-title').textContent()) ?? '']
          : [];
    for (const label of matched) expect(label).toMatch(/(^|[^a-z0-9])ice/i);
    // A new search takes the previous answer off the page.
    expect(await search(page, 'zzqx nothing', 'party')).toBe('matches');
    expect(await page.locator('#status').textContent()).toBe('Nothing matches "zzqx nothing".');
    expect(await page.locator('#results').isHidden()).toBe(true);

    const subjects = await context.db.read((tx) => tx.run<{ key: string }>('MATCH (s:Subject) RETURN s.key AS key'));
    const records = await context.db.read((tx) => tx.run<{ id: string }>('MATCH (r:Record) RETURN r.id AS id'));
    const everything = [
      await page.content(),
      (await page.locator('body').textContent()) ?? '',
      ...files.map((file) => file.content.toString('utf8')),
      ...answers,
    ].join('\n');
    const keys = new Set(subjects.map((row) => row.key));
    expect(keys.size).toBeGreaterThan(1000);
    const hexes = everything.match(SUBJECT_KEY) ?? [];
    expect(hexes.filter((hex) => keys.has(hex.toLowerCase()))).toEqual([]);
    expect(everything).not.toContain(planted.subjectKey);
    expect(records.length).toBeGreaterThan(0);
    const recordIds = new Set(records.map((row) => row.id));
    expect((everything.match(/\br-\d{7}\b/g) ?? []).filter((id) => recordIds.has(id))).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('draws a county-size party from its first page, says how many more, and reads the next page when asked', async () => {
    const busy = await busyParty(350);
    const analyst = await as(context.stack.auth, 'ANALYST');
    const party = (await execute(gateway, Received, { id: busy }, analyst)).data?.party;
    expect(party?.disclosureCountReceived).toBe(350);
    const { page, violations, errors } = await openExplorer(browser, gateway, context.stack.auth, 'ANALYST');
    await open(page, busy, 'party');
    await page.locator('main[data-first-chain-drawn]').waitFor();
    const more = page.locator('#text-view li[data-more-id="received"] button');
    const remaining = ((party?.disclosureCountReceived ?? 0) - 100).toLocaleString('en-US');
    expect(await more.textContent()).toBe(
      `Read the next page (${remaining} more disclosures received by ${party?.name})`,
    );
    const rows = page.locator('#text-view tr[data-disclosure-id]');
    const before = await rows.count();
    expect(before).toBeLessThanOrEqual(200);
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('#text-view tr[data-disclosure-id]').length > count,
      before,
    );
    expect(await rows.count()).toBe(before + 100);
    expect(await page.locator('#text-view li[data-more-id="received"] button').textContent()).toContain(
      `${((party?.disclosureCountReceived ?? 0) - 200).toLocaleString('en-US')} more`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-busy-party.png'), fullPage: true });
    await page.locator('.graph-column').screenshot({ path: path.join(ARTIFACTS, 'explorer-busy-party-graph.png') });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('is served by the gateway with its content security policy, and nothing outside its build', async () => {
    const page = await fetch(new URL('/explorer/', gateway));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = /src="(\/explorer\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    const style = /href="(\/explorer\/assets\/[^"]+\.css)"/.exec(html)?.[1] as string;
    expect((await fetch(new URL(script, gateway))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(new URL(style, gateway))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(new URL('/explorer', gateway), { redirect: 'manual' })).headers.get('location')).toBe(
      '/explorer/',
    );
    const post = await fetch(new URL('/explorer/', gateway), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(post.status).toBe(405);
    for (const target of [
      '/explorer/../package.json',
      '/explorer/../../package.json',
      '/explorer/%2e%2e/package.json',
      '/explorer/..%2fpackage.json',
      '/explorer/assets/..%2f..%2f..%2fpackage.json',
      '/explorer/..%5c..%5cpackage.json',
      '/explorer//etc/passwd',
      '/explorer/%2fetc%2fpasswd',
      '/explorer/index.html%00.js',
      '/explorer/%',
    ]) {
      const answer = await rawRequest(
        gateway,
        `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
        '',
        {
          everyMs: 0,
          waitMs: 5_000,
        },
      );
      expect(answer.status, target).toBe(404);
      expect(answer.text, target).not.toContain('"name": "disclosure-tracker"');
      expect(answer.text, target).not.toContain('root:');
    }
  });

  /**
   * A broker that one agency sent `count` disclosures (of one record it holds): more than a
   * page, as a county-size party has. The small county's busiest party receives a few dozen.
   */
  async function busyParty(count: number): Promise<string> {
    const id = 'explorer-busy-broker';
    await registerParty(context.db, { id, name: 'Busy Broker of the explorer test', kind: 'DATA_BROKER' });
    const [held] = await context.db.read((tx) =>
      tx.run<{ agency: string; record: string }>(
        `MATCH (a:Party {kind: 'COUNTY_AGENCY'})-[:ORIGINATED]->(r:Record) RETURN a.id AS agency, r.id AS record ORDER BY r.id LIMIT 1`,
      ),
    );
    const inputs = Array.from({ length: count }, (_, n) => ({
      id: `explorer-busy-${String(n).padStart(4, '0')}`,
      at: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
      fromPartyId: held?.agency as string,
      toPartyId: id,
      purpose: 'bulk resale',
      channel: 'BULK_EXPORT' as const,
      records: [{ recordId: held?.record as string }],
    }));
    for (let start = 0; start < inputs.length; start += 100) {
      await recordDisclosures(context.db, inputs.slice(start, start + 100));
    }
    return id;
  }

  /** The parties of the planted chain, in order: the origin, then each hop's recipient. */
  async function partiesOnChain(disclosureIds: readonly string[]): Promise<string[]> {
    const rows = await context.db.read((tx) =>
      tx.run<{ from: string; to: string }>(
        `UNWIND $ids AS id MATCH (f:Party)-[:SENT]->(d:Disclosure {id: id})-[:TO]->(t:Party) RETURN f.id AS from, t.id AS to`,
        { ids: [...disclosureIds] },
      ),
    );
    return [rows[0]?.from as string, ...rows.map((row) => row.to)];
  }
});

/** The centre of a party's node in the SVG export: the middle of its rectangle or octagon. */
function centreOf(svg: string, partyId: string): { x: number; y: number } {
  const shape = new RegExp(`data-party-id="${partyId}"><title>[^<]*</title><(rect|polygon)([^>]*)/>`).exec(svg);
  if (shape === null) throw new Error(`the SVG export draws no party ${partyId}`);
  const attribute = (name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(shape[2] ?? '')?.[1]);
  if (shape[1] === 'rect')
    return { x: attribute('x') + attribute('width') / 2, y: attribute('y') + attribute('height') / 2 };
  const points = [...(/points="([^"]*)"/.exec(shape[2] ?? '')?.[1] ?? '').matchAll(/([-\d.]+),([-\d.]+)/g)];
  const xs = points.map((point) => Number(point[1]));
  const ys = points.map((point) => Number(point[2]));
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}
