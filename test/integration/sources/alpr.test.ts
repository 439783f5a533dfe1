/**
 * The ALPR vendor's audit exports and the transparency portal's, read as published, into
 * the graph through the service's own writes: searches of the Sheriff's camera data by
 * other organisations become disclosures through the vendor, or access grants when the
 * plate is withheld.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMapping } from '../../../scripts/sources/mapping.ts';
import { runSource, type SourceOptions } from '../../../scripts/sources/run.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import type { Database } from '../../../infra/db.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/sources');
const MAPPINGS = path.join(import.meta.dirname, '../../../scripts/sources/mappings');
const SECRET = 'a test secret of at least thirty-two characters';
const NAMES: Record<string, string> = {
  ccso: "Cook County Sheriff's Office",
  vendor: 'Flock Safety',
  hpd: 'Houston Police Department',
  dpd: 'Dallas Police Department',
};

const count = async (db: Database) => {
  const [row] = await db.read((tx) =>
    tx.run<{ nodes: number; edges: number }>(/* cypher */ `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:Party
       OPTIONAL MATCH (n)-[e]-() RETURN count(DISTINCT n) AS nodes, count(DISTINCT e) AS edges`),
  );
  return row;
};
const disclosures = (db: Database) =>
  db.read((tx) =>
    tx.run<{
      from: string;
      to: string;
      channel: string;
      at: string;
      purpose: string;
      holderUnknown: boolean;
    }>(/* cypher */ `MATCH (s:Party)-[:SENT]->(d:Disclosure)-[:TO]->(r:Party)
       RETURN s.id AS from, r.id AS to, d.channel AS channel, toString(d.atStated) AS at, d.purpose AS purpose,
         d.holderUnknown AS holderUnknown ORDER BY d.at, d.channel DESC`),
  );
const grants = (db: Database) =>
  db.read((tx) =>
    tx.run<{
      agency: string;
      grantee: string;
      from: string;
      purpose: string;
    }>(/* cypher */ `MATCH (a:Party)-[:GRANTED]->(g:AccessGrant)-[:TO]->(t:Party)
       RETURN a.id AS agency, t.id AS grantee, toString(g.fromStated) AS from, g.purpose AS purpose ORDER BY g.from`),
  );

describe('ALPR audit exports as sources', () => {
  const ctx = useTestDatabase();
  let scratch: string;
  const run = async (file: string, extra: Partial<SourceOptions> = {}) =>
    runSource(ctx.db, {
      file,
      mapping: await loadMapping(path.join(MAPPINGS, 'alpr-audit.yaml')),
      params: { agency: 'ccso', vendor: 'vendor' },
      secret: SECRET,
      ...extra,
    });

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'sources-'));
    await registerTestParties(
      ctx.db,
      [
        ['ccso', 'COUNTY_AGENCY'],
        ['vendor', 'CORPORATION'],
        ['hpd', 'GOVERNMENT_AGENCY'],
        ['dpd', 'GOVERNMENT_AGENCY'],
      ],
      (id) => NAMES[id] as string,
    );
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('a dry run shows the rows and every problem, and writes nothing', async () => {
    const before = await count(ctx.db);
    const summary = await run(path.join(FIXTURES, 'alpr-network-audit.csv'), { dryRun: true });
    expect(await count(ctx.db)).toEqual(before);
    expect(summary.preview[0]?.disclosures.map((d) => [d.fromPartyId, d.toPartyId, d.channel])).toEqual([
      ['ccso', 'vendor', 'DATA_EXCHANGE_FEED'],
      ['vendor', 'hpd', 'API_QUERY'],
    ]);
    expect(summary.refused).toBe(2);
  });

  it('reads a header with a BOM, reordered, added and dropped columns, two-line time frames and UTC times', async () => {
    const summary = await run(path.join(FIXTURES, 'alpr-network-audit.csv'));
    expect([summary.rows, summary.committed, summary.refused]).toEqual([5, 3, 2]);
    expect(await disclosures(ctx.db)).toEqual([
      expect.objectContaining({
        from: 'ccso',
        to: 'vendor',
        channel: 'DATA_EXCHANGE_FEED',
        at: '2024-05-01T14:03:00Z',
      }),
      expect.objectContaining({ from: 'vendor', to: 'hpd', channel: 'API_QUERY', purpose: 'stolen vehicle' }),
      expect.objectContaining({
        from: 'ccso',
        to: 'vendor',
        channel: 'DATA_EXCHANGE_FEED',
        at: '2024-05-03T16:00:00Z',
      }),
      expect.objectContaining({ from: 'vendor', to: 'dpd', purpose: 'immigration violation', holderUnknown: false }),
    ]);
    // The plate written "ABC1234" and "ABC 1234" is one subject and one record of the Sheriff's.
    const [records] = await ctx.db.read((tx) =>
      tx.run<{ records: number; subjects: number }>(
        /* cypher */ `MATCH (r:Record)-[:ABOUT]->(s:Subject) RETURN count(DISTINCT r) AS records, count(DISTINCT s) AS subjects`,
      ),
    );
    expect(records).toEqual({ records: 1, subjects: 1 });
    // The withheld plate ("***") is access to the dataset, not a disclosure of anyone's record.
    expect(await grants(ctx.db)).toEqual([
      { agency: 'ccso', grantee: 'hpd', from: '2024-05-02T09:00:00Z', purpose: 'stolen vehicle' },
    ]);
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('lists organisation names that match no party with their rows, and never guesses', async () => {
    const summary = await run(path.join(FIXTURES, 'alpr-network-audit.csv'), { dryRun: true });
    expect(summary.unknownNames).toEqual([{ name: 'Acme Detective Agency', rows: 2 }]);
    expect(summary.rejects).toEqual([
      expect.stringMatching(/^line 6: UNKNOWN_PARTY: /),
      expect.stringMatching(/^line 8: UNKNOWN_PARTY: /),
    ]);
    const mapped = await run(path.join(FIXTURES, 'alpr-network-audit.csv'), {
      dryRun: true,
      names: { 'ACME DETECTIVE AGENCY': 'dpd' },
    });
    expect(mapped.refused).toBe(0);
  });

  it('changes nothing when the same file is read again', async () => {
    const before = await count(ctx.db);
    const summary = await run(path.join(FIXTURES, 'alpr-network-audit.csv'));
    expect([summary.committed, summary.refused]).toEqual([3, 2]);
    expect(await count(ctx.db)).toEqual(before);
  });

  it('reads an export without a header in local time with AM/PM, refusing the hours DST skips or repeats', async () => {
    const summary = await run(path.join(FIXTURES, 'alpr-org-audit-local.csv'));
    expect([summary.rows, summary.committed, summary.refused]).toEqual([4, 2, 2]);
    expect(summary.rejects).toEqual([
      expect.stringMatching(/^line 3: TIME_AMBIGUOUS: Search Time: /),
      expect.stringMatching(/^line 5: TIME_NONEXISTENT: Search Time: /),
    ]);
    const at = (await disclosures(ctx.db)).map((row) => row.at);
    expect(at).toContain('2024-03-10T15:15:00-05:00');
    expect((await grants(ctx.db)).map((row) => row.from)).toContain('2024-11-03T02:30:00-06:00');
  });

  it('never repeats a row in a reject', async () => {
    const summaries = [
      await run(path.join(FIXTURES, 'alpr-org-audit-local.csv'), { dryRun: true }),
      await run(path.join(FIXTURES, 'alpr-network-audit.csv'), { dryRun: true }),
    ];
    const rejects = summaries.flatMap((summary) => summary.rejects);
    expect(rejects.length).toBe(4);
    for (const reject of rejects) {
      for (const value of [
        'Jane Roe',
        'Rick Deckard',
        'DEF5679',
        'DEF5670',
        'XYZ999',
        'Acme',
        'skip trace',
        'b-2',
        '1:30',
      ]) {
        expect(reject).not.toContain(value);
      }
    }
  });

  it('reads an XLSX export, its times typed as dates or as text', async () => {
    const file = path.join(scratch, 'audit.xlsx');
    const header = ['ID', 'Name', 'Org Name', 'Time Frame', 'License Plate', 'Reason', 'Search Time'];
    await writeXlsxFile([
      header.map((value) => ({ value })),
      [
        { value: 'x-1' },
        { value: 'Jane Roe' },
        { value: 'Dallas Police Department' },
        { value: '7/1/2024 12:00:00 AM\n7/2/2024 8:00:00 AM' },
        { value: 'GHI4321' },
        { value: 'theft' },
        { value: new Date(Date.UTC(2024, 6, 2, 8, 0, 0)), type: Date, format: 'mm/dd/yyyy hh:mm:ss' },
      ],
      [
        { value: 'x-2' },
        { value: 'Jane Roe' },
        { value: 'Dallas Police Department' },
        { value: '' },
        { value: '***' },
        { value: 'theft' },
        { value: '7/3/2024 9:15:00 PM' },
      ],
    ]).toFile(file);
    const summary = await run(file);
    expect([summary.committed, summary.refused]).toEqual([2, 0]);
    expect((await disclosures(ctx.db)).map((row) => row.at)).toContain('2024-07-02T08:00:00-05:00');
    expect((await grants(ctx.db)).map((row) => row.from)).toContain('2024-07-03T21:15:00-05:00');
  });

  it('reads the transparency portal export as access by the organisation named on the command line', async () => {
    const summary = await runSource(ctx.db, {
      file: path.join(FIXTURES, 'transparency-portal.csv'),
      mapping: await loadMapping(path.join(MAPPINGS, 'transparency-portal.yaml')),
      params: { agency: 'ccso', vendor: 'vendor', searcher: 'dpd' },
      secret: SECRET,
    });
    expect([summary.committed, summary.refused]).toEqual([2, 0]);
    const portal = (await grants(ctx.db)).filter((row) => row.from.startsWith('2024-06'));
    expect(portal).toEqual([
      { agency: 'ccso', grantee: 'dpd', from: '2024-06-01T15:00:00Z', purpose: 'missing person' },
      { agency: 'ccso', grantee: 'dpd', from: '2024-06-02T16:30:00Z', purpose: 'no reason stated' },
    ]);
  });
});
