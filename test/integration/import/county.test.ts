import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportSummary } from '../../../scripts/import/importer.ts';
import { KINDS } from '../../../scripts/import/layouts.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { generateSeed, type Manifest } from '../../../scripts/seed/generate.ts';
import { verifyComplianceLedger } from '../../../core/compliance/documents.ts';
import { afterDeletionRows } from '../../../core/compliance/findings/after-deletion.ts';
import { findings } from '../../../core/compliance/findings/index.ts';
import { annualReport } from '../../../core/reporting/annual.ts';
import { publicEdition } from '../../../core/reporting/public-edition.ts';
import { readerEditions } from '../../../core/reporting/release-editions.ts';
import type { AnnualReport } from '../../../core/reporting/report.ts';
import { main as reportMain } from '../../../scripts/report.ts';
import { tablesOf } from '../../../core/reporting/tables.ts';
import { attackRelease, pinned } from '../../support/release-attacker.ts';
import { publicRegistry, publishAnnualReport } from '../../../core/reporting/public-registry.ts';
import { publishedRelease } from '../../../core/reporting/published.ts';
import { auditRelease, narrowed } from '../../../core/reporting/release-audit.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { exposure } from '../../../core/lineage/exposure.ts';
import { catchUp, verify } from '../../../core/lineage/arrival-index.ts';
import { downstreamOfParty } from '../../../core/lineage/party-lineage.ts';
import { historiesOf } from '../../../core/lineage/histories.ts';
import { trace, traceHistories } from '../../../core/lineage/trace.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';
import { graphCounts } from './counts.ts';

const context = useTestDatabase();

/** Keeps a command's messages off the test output, and what it said on standard error. */
function silenced() {
  const [log, error] = [console.log, console.error];
  const errors: string[] = [];
  console.log = () => {};
  console.error = (text: string) => errors.push(String(text));
  return { errors, restore: () => ([console.log, console.error] = [log, error]) };
}
let scratch: string;
let manifest: Manifest;
let first: ImportSummary[];

async function importCounty(dir: string): Promise<ImportSummary[]> {
  const summaries = [];
  for (const kind of KINDS) {
    summaries.push(
      await importFile(context.db, {
        file: path.join(dir, `${kind}.ndjson`),
        kind,
        format: 'ndjson',
        batch: defaultBatch(kind),
      }),
    );
  }
  return summaries;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'county-'));
  manifest = await generateSeed({ profile: 'small', seed: 7, out: scratch });
  await wipe(context.db);
  first = await importCounty(scratch);
}, 300_000);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the small generated county, imported', () => {
  it('holds every line of every file, and a second import changes nothing', async () => {
    expect(first.map((summary) => summary.refused)).toEqual(KINDS.map(() => 0));
    const counts = await graphCounts(context.db);
    expect(counts).toMatchObject({
      ':Party': manifest.counts.parties,
      ':EnforcementInterval': manifest.counts.enforcement,
      '[:AFFILIATED_WITH]': manifest.counts.affiliations,
      ':Subject': manifest.counts.subjects,
      ':Record': manifest.counts.records,
      ':Disclosure': manifest.counts.disclosures,
      '[:CARRIED]': manifest.counts.pairs,
      ':AccessGrant': manifest.counts.grants,
      ':DeletionConfirmation': manifest.counts.deletions,
      ':Retraction': manifest.counts.retractions,
      ':LedgerEntry':
        manifest.counts.disclosures +
        manifest.counts.grants +
        manifest.counts.deletions +
        manifest.counts.retractions +
        manifest.counts.compliance,
    });

    const again = await importCounty(scratch);
    expect(again.map((summary) => summary.created)).toEqual(KINDS.map(() => 0));
    expect(await graphCounts(context.db)).toEqual(counts);
    expect((await verifyLedger(context.db)).ok).toBe(true);
    expect((await verifyComplianceLedger(context.db)).ok).toBe(true);
  });

  it('answers every planted flow as planted: direct, indirect over 2 to 4 hops, subsets, and no decoy', async () => {
    expect(new Set(manifest.planted.map((entry) => entry.kind))).toEqual(
      new Set(['direct', 'indirect', 'backwards', 'outside-contract', 'after-deletion', 'subset']),
    );
    for (const entry of manifest.planted) {
      const arrivals = await trace(context.db, [entry.recordId], { target: { immigrationAgents: true } });
      const atAgent = arrivals.filter((arrival) => arrival.partyId === entry.agentPartyId);
      const what = `${entry.kind} ${entry.recordId}: ${entry.note}`;
      expect(atAgent.length > 0, what).toBe(entry.reaches);
      if (!entry.reaches) continue;
      const arrival = atAgent[0];
      expect(
        arrival?.chain.map((hop) => hop.disclosureId),
        what,
      ).toEqual(entry.disclosureIds);
      expect(arrival?.hopCount, what).toBe(entry.hops);
      expect(arrival?.direct, what).toBe(entry.kind === 'direct');
      expect(arrival?.subjectKey).toBe(entry.subjectKey);
      if ('categories' in entry && entry.categories) expect(arrival?.categories, what).toEqual(entry.categories);
    }
  });

  it('where a path query that ignores time and record identity reports a flow, reports none', async () => {
    const decoys = manifest.planted.filter((entry) => entry.kind === 'backwards');
    for (const entry of decoys) {
      // The naive question: is there any path of disclosures from the record's origin to the agent?
      const [naive] = await context.db.read((tx) =>
        tx.run<{ found: boolean }>(
          `MATCH (r:Record {id: $recordId})
           RETURN EXISTS { MATCH (:Party {id: r.originId})-[:SENT|TO*1..8]->(:Party {id: $agent}) } AS found`,
          { recordId: entry.recordId, agent: entry.agentPartyId },
        ),
      );
      expect(naive?.found).toBe(true);
      expect(await trace(context.db, [entry.recordId], { target: { partyId: entry.agentPartyId } })).toEqual([]);
    }
  });

  it('finds every planted flow to an immigration agent as a finding of (e), with its chain, and no decoy', async () => {
    const found = await findings(context.db, {
      window: { from: '1900-01-01T00:00:00Z', until: new Date().toISOString() },
      subsections: ['E'],
    });
    const byId = new Map(found.map((finding) => [finding.id, finding]));
    for (const entry of manifest.planted) {
      const what = `${entry.kind} ${entry.recordId}: ${entry.note}`;
      const finding = byId.get(`E:${entry.disclosureIds.at(-1)}`);
      expect(finding !== undefined, what).toBe(entry.reaches);
      if (finding === undefined) continue;
      expect(finding.disclosureIds, what).toEqual(expect.arrayContaining(entry.disclosureIds));
      expect(finding.partyIds, what).toContain(entry.agentPartyId);
      expect(finding.explanation.startsWith(entry.kind === 'direct' ? 'Directly' : 'Indirectly'), what).toBe(true);
    }
  });

  it('finds every planted breach of Sec. 46-37 exactly, and nothing about the parties that keep every rule', async () => {
    const { window, clean, planted } = manifest.compliance;
    const found = await findings(context.db, { window });
    const naming = (partyId: string) =>
      found
        .filter((finding) => finding.partyIds.includes(partyId))
        .map((finding) => finding.id)
        .sort();
    for (const partyId of clean) expect(naming(partyId), `${partyId} keeps every rule`).toEqual([]);
    for (const entry of planted.filter((entry) => entry.partyId !== null)) {
      expect(naming(entry.partyId as string), `${entry.rule}: ${entry.note}`).toEqual([...entry.findingIds].sort());
    }
    // The documents of (a) to (d) are the cast's alone: those subsections give exactly its
    // findings, beside (b)'s recorded answers, which come from the county's disclosures.
    const fromDocuments = planted.filter((entry) => entry.partyId === null).flatMap((entry) => entry.findingIds);
    const answers = found.filter((finding) => finding.id.startsWith('B:answer:'));
    expect(
      found
        .filter((finding) => ['A', 'B', 'C', 'D'].includes(finding.subsection) && !answers.includes(finding))
        .map((finding) => finding.id)
        .sort(),
    ).toEqual(fromDocuments.sort());
    // Each recorded answer of (b) is a direct arrival at an immigration agent under (e) too (the
    // county's release times told straight to ICE with no basis: a few in the small county).
    expect(answers.length).toBeGreaterThan(0);
    const byId = new Map(found.map((finding) => [finding.id, finding]));
    for (const answer of answers) {
      const flow = byId.get(`E:${answer.disclosureIds[0]}`);
      expect(flow?.explanation.startsWith('Directly'), answer.id).toBe(true);
      expect(answer.explanation).toMatch(/jail release time|incarceration status/);
    }
    // Every subsection the cast plants is among them, and the county outside the cast has papers for none.
    expect(new Set(planted.flatMap((entry) => entry.rule.split(', ')))).toEqual(
      new Set(['A', 'B', 'C', 'D', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V', 'G', 'H']),
    );
    // The planted deletions confirmed after, and dated before, their holder's own disclosure
    // on record are findings of (h); the disclosures stay flows (above).
    for (const entry of manifest.planted.filter((entry) => entry.kind === 'after-deletion')) {
      expect(
        found.map((finding) => finding.id),
        entry.note,
      ).toContain(`H:deletion-dated-before-own-disclosure:${entry.disclosureIds[1]}`);
    }
  });

  it('finds the same sends after a deletion reading from the deletions as from the window, whatever its length', async () => {
    const planted = manifest.planted.filter((entry) => entry.kind === 'after-deletion');
    expect(planted.length).toBeGreaterThan(0);
    const months = Array.from({ length: 12 }, (_, index) => ({
      from: new Date(Date.UTC(2024, index, 1)).toISOString(),
      until: new Date(Date.UTC(2024, index + 1, 1)).toISOString(),
    }));
    const all = { from: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' };
    let found = 0;
    for (const window of [all, ...months]) {
      const fromDeletions = await afterDeletionRows(context.db, window, 'FROM_DELETIONS');
      expect(await afterDeletionRows(context.db, window, 'FROM_WINDOW'), JSON.stringify(window)).toEqual(fromDeletions);
      expect(await afterDeletionRows(context.db, window), JSON.stringify(window)).toEqual(fromDeletions);
      found += window === all ? 0 : fromDeletions.length;
    }
    const ids = (await afterDeletionRows(context.db, all, 'FROM_WINDOW')).map((row) => row.id);
    for (const entry of planted) expect(ids, entry.note).toContain(entry.disclosureIds[1]);
    // Some months hold sends after a deletion, so the comparison compared something.
    expect(found).toBeGreaterThan(0);
  });

  it('counts a windowed downstream the same whether or not it reads the records that did not move in the window', async () => {
    const parties = await context.db.read((tx) =>
      tx.run<{ id: string }>(
        `MATCH (p:Party)-[:SENT]->(:Disclosure) WHERE p.kind <> 'COUNTY_AGENCY' WITH DISTINCT p ORDER BY p.id LIMIT 40 RETURN p.id AS id`,
        {},
      ),
    );
    let arrivals = 0;
    for (const [index, { id }] of parties.entries()) {
      const window = {
        from: new Date(Date.UTC(2024, index % 12, 1)).toISOString(),
        until: new Date(Date.UTC(2024, (index % 12) + 1 + (index % 3), 1)).toISOString(),
      };
      const followed = await downstreamOfParty(context.db, id, window);
      expect(followed, `${id} ${JSON.stringify(window)}`).toEqual(
        await downstreamOfParty(context.db, id, window, { everyRecord: true }),
      );
      arrivals += followed.arrivalCount;
    }
    expect(arrivals).toBeGreaterThan(0);
  });

  it('reports the county year 2024 as the findings, the lineage and the papers have it', async () => {
    const report = await annualReport(context.db, { year: 2024, now: new Date('2026-01-15T12:00:00Z') });
    const window = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };
    expect(report).toMatchObject({ schemaVersion: 1, year: 2024, agencyId: null, window, public: false });
    const found = await findings(context.db, { window });
    for (const entry of report.findings) {
      expect(entry.total, entry.subsection).toBe(found.filter((f) => f.subsection === entry.subsection).length);
    }
    const exposed = await exposure(context.db, window);
    expect(report.immigration.direct.individuals).toBe(exposed.direct.individualCount);
    expect(report.immigration.indirect.records).toBe(exposed.indirect.recordCount);
    expect(report.immigration.byMonth.map((row) => row.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    // The cast's papers, as planted.
    expect(report.over500.map((row) => [row.thirdPartyId, row.individuals])).toEqual(
      expect.arrayContaining([
        ['cast:clean-exchange', 540],
        ['cast:large-vendor', 501],
        ['cast:private-contractor', 501],
      ]),
    );
    expect(report.over500.map((row) => row.thirdPartyId)).not.toContain('cast:clean-billing');
    expect(report.detainerRequests).toMatchObject({ received: 4, declined: 2, honoured: 2, pending: 0 });
    expect(report.accessRequests).toMatchObject([
      { request: 'ACCESS_TO_INDIVIDUAL', received: 1, granted: 1, declined: 0 },
      { request: 'INCARCERATION_STATUS', received: 1, granted: 0, declined: 1 },
      { request: 'RELEASE_DATE', received: 1, granted: 1, declined: 0 },
    ]);
    expect(report.complaints).toMatchObject([{ status: 'SUSTAINED', count: 1 }]);
    expect(report.complaints[0]?.evidence).toEqual({
      query: 'complianceDocuments',
      kinds: ['COMPLAINT', 'COMPLAINT_STATUS'],
      ...window,
    });
    expect(report.violationNotices).toMatchObject({
      received: 2,
      ceaseOrdered: 1,
      deletionDemanded: 1,
      deletionConfirmed: 0,
      outstanding: 1,
    });
    expect(report.previousYear?.year).toBe(2023);
  });

  it('publishes the whole release, county-wide and every agency, two years and a second version, and a reader of all of it narrows no count from 1 to 10', async () => {
    const { agencies } = await publishedRelease(context.db);
    const now = new Date('2026-03-01T12:00:00Z');
    for (const year of [2023, 2024]) {
      for (const agencyId of [null, ...agencies]) await publishAnnualReport(context.db, year, agencyId, now);
    }
    // A second version of 2024, county-wide and for the sheriff: it hides at least what the first did.
    await publishAnnualReport(context.db, 2024, null, now);
    await publishAnnualReport(context.db, 2024, 'agency:sheriff', now);
    const { reports } = await publicRegistry(context.db);
    expect(reports).toHaveLength(2 * (agencies.length + 1) + 2);
    for (const report of reports) {
      // Never a subject key or a record id, never a count from 1 to 10, never a natural person named.
      expect(report.json).not.toMatch(/[0-9a-f]{64}|"r-\d+"/);
      expect(report.json.match(/"(?!year"|schemaVersion"|publishedVersion")[A-Za-z]+":([1-9]|10)[,}\]]/g)).toBeNull();
      const { parties } = JSON.parse(report.json) as AnnualReport;
      expect(
        Object.entries(parties).filter(([id, party]) => party.kind === 'INDIVIDUAL' && id !== 'INDIVIDUALS'),
      ).toEqual([]);
    }
    const published = reports.map(({ year, agencyId, version, json }) => ({ year, agencyId, version, json }));
    const recoveries = attackRelease(published, agencies);
    expect(pinned(recoveries)).toEqual([]);
    // The small county has small counts to hide: the proof is not vacuous.
    expect(recoveries.length).toBeGreaterThan(300);
    // The service's own audit of what the public reads agrees.
    const audited = await auditRelease(readerEditions(published), agencies, 'public');
    expect(narrowed(audited).map((cell) => `${cell.edition.label} ${cell.path}`)).toEqual([]);

    // Without the protection (small counts hidden, nothing else), the same reader recovers counts.
    const { editions } = await publishedRelease(context.db);
    const naive = await Promise.all(
      editions
        .filter((edition) => edition.version === 1)
        .map(async (edition) => ({
          ...edition,
          json: JSON.stringify(
            await publicEdition(
              JSON.parse(edition.exactJson) as AnnualReport,
              { editions: [], agencies },
              { protect: false },
            ),
          ),
        })),
    );
    expect(pinned(attackRelease(naive, agencies)).length).toBeGreaterThan(10);
  }, 600_000);

  it('writes the report with npm run report as JSON, as one CSV file per table and as one HTML page', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'report-cli-'));
    const quiet = silenced();
    try {
      expect(await reportMain(['--year', '2024', '--format', 'json', '--out', path.join(out, 'r.json')])).toBe(0);
      expect(await reportMain(['--year', '2024', '--format', 'csv', '--out', path.join(out, 'csv'), '--public'])).toBe(
        0,
      );
      expect(await reportMain(['--year', '2024', '--format', 'html', '--out', path.join(out, 'r.html')])).toBe(0);
      expect(await reportMain(['--year', '24', '--format', 'json'])).toBe(2);
      expect(await reportMain(['--year', '2024', '--format', 'pdf'])).toBe(2);
    } finally {
      quiet.restore();
    }
    const json = JSON.parse(await readFile(path.join(out, 'r.json'), 'utf8')) as AnnualReport;
    const direct = await annualReport(context.db, { year: 2024, now: new Date(json.generatedAt) });
    expect(json).toEqual(JSON.parse(JSON.stringify(direct)));
    const files = (await readdir(path.join(out, 'csv'))).sort();
    expect(files).toEqual(
      tablesOf(json)
        .map((table) => `${table.name}.csv`)
        .sort(),
    );
    const byMonth = await readFile(path.join(out, 'csv', 'immigration-by-month.csv'), 'utf8');
    expect(byMonth.split('\r\n')[0]).toBe('Month,Individuals,Records,Disclosures');
    expect(byMonth.split('\r\n').filter(Boolean)).toHaveLength(14);
    expect(byMonth).not.toMatch(/,([1-9]|10)(,|\r)/);
    const html = await readFile(path.join(out, 'r.html'), 'utf8');
    for (const chart of ['chart-by-month', 'chart-by-hop-count', 'chart-flows']) expect(html).toContain(chart);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(quiet.errors.join('\n')).toMatch(/--year must be a calendar year YYYY, got "24"/);
    await rm(out, { recursive: true, force: true });
  });

  it('counts exposure exactly as tracing every record of the county one by one does', async () => {
    const ids = (await context.db.read((tx) => tx.run<{ id: string }>('MATCH (r:Record) RETURN r.id AS id'))).map(
      (row) => row.id,
    );
    const arrivals = await traceHistories(context.db, await historiesOf(context.db, ids), {
      target: { immigrationAgents: true },
    });
    const counted = await exposure(context.db, null);
    expect(counted).toMatchObject({
      recordCount: new Set(arrivals.map((arrival) => arrival.recordId)).size,
      individualCount: new Set(arrivals.map((arrival) => arrival.subjectKey)).size,
      arrivalCount: arrivals.length,
    });
    const planted = manifest.planted.filter((entry) => entry.reaches);
    expect(counted.recordCount).toBeGreaterThanOrEqual(new Set(planted.map((entry) => entry.recordId)).size);
    // The same from the arrival index, once made, and as the index verifies.
    expect(await catchUp(context.db)).toBeGreaterThan(1_000);
    expect(await exposure(context.db, null)).toEqual(counted);
    expect(await verify(context.db)).toMatchObject({ unindexed: 0, mismatched: [] });
  });
});
