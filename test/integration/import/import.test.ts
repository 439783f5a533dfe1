import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, parseCommandLine } from '../../../scripts/import.ts';
import { importFile, type ImportSummary } from '../../../scripts/import/importer.ts';
import { KINDS, type Format, type Kind } from '../../../scripts/import/layouts.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { wipe, useTestDatabase } from '../../support/database.ts';
import { graphCounts } from './counts.ts';
import { disclosureLine } from './disclosure-line.ts';
import { disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');
const ORDER: readonly Kind[] = KINDS;
const context = useTestDatabase();
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'import-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function run(file: string, kind: Kind, format: Format, extra: { strict?: boolean; batch?: number } = {}) {
  return importFile(context.db, {
    file,
    kind,
    format,
    batch: extra.batch ?? defaultBatch(kind),
    strict: extra.strict ?? false,
  });
}

async function importFixtures(format: Format): Promise<ImportSummary[]> {
  const summaries = [];
  for (const kind of ORDER) summaries.push(await run(path.join(FIXTURES, `fixture.${kind}.${format}`), kind, format));
  return summaries;
}

const totals = (summaries: ImportSummary[]) =>
  summaries.reduce(
    (sum, s) => ({
      created: sum.created + s.created,
      unchanged: sum.unchanged + s.unchanged,
      refused: sum.refused + s.refused,
    }),
    { created: 0, unchanged: 0, refused: 0 },
  );

describe('npm run import', () => {
  it('imports the NDJSON and the CSV layouts of every kind to the same graph, and a second run changes nothing', async () => {
    await wipe(context.db);
    expect(totals(await importFixtures('ndjson'))).toEqual({ created: 26, unchanged: 0, refused: 0 });
    const fromNdjson = await graphCounts(context.db);
    expect(fromNdjson).toMatchObject({
      ':Party': 5,
      ':EnforcementInterval': 1,
      ':Record': 5,
      ':Subject': 4,
      ':Disclosure': 4,
      ':AccessGrant': 2,
      ':DeletionConfirmation': 1,
      ':Retraction': 1,
      '[:AFFILIATED_WITH]': 2,
      '[:CARRIED]': 7,
      '[:DELETED]': 2,
      // Eight entries of the lineage ledger, five of the compliance ledger.
      ':LedgerEntry': 13,
      ':Agreement': 1,
      ':RecipientCertification': 1,
      ':RecipientList': 1,
      ':ComplianceDocument': 2,
    });

    expect(totals(await importFixtures('ndjson'))).toEqual({ created: 0, unchanged: 26, refused: 0 });
    expect(totals(await importFixtures('csv'))).toEqual({ created: 0, unchanged: 26, refused: 0 });
    expect(await graphCounts(context.db)).toEqual(fromNdjson);

    await wipe(context.db);
    expect(totals(await importFixtures('csv'))).toEqual({ created: 26, unchanged: 0, refused: 0 });
    expect(await graphCounts(context.db)).toEqual(fromNdjson);
    expect(existsSync(path.join(FIXTURES, 'fixture.records.csv.checkpoint'))).toBe(false);
    expect(existsSync(path.join(FIXTURES, 'fixture.records.csv.rejects'))).toBe(false);
  });

  it('commits the good lines of a file with bad ones and names each bad line in the rejects file', async () => {
    await wipe(context.db);
    await run(path.join(FIXTURES, 'fixture.parties.ndjson'), 'parties', 'ndjson');
    const good = (await readFile(path.join(FIXTURES, 'fixture.records.ndjson'), 'utf8')).trim().split('\n');
    const lines = [
      good[0],
      good[1]?.replace('"NAME"', '"SHOE_SIZE"'),
      good[2],
      '{"id": "r-9", "subjectKey": "not a key"',
      good[3]?.replace('cook-sheriff', 'broker'),
      good[4],
    ];
    const file = path.join(scratch, 'bad.records.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    const summary = await run(file, 'records', 'ndjson');
    expect(summary).toMatchObject({ lines: 6, created: 3, unchanged: 0, refused: 3 });
    const rejects = (await readFile(`${file}.rejects`, 'utf8')).trim().split('\n');
    expect(rejects).toHaveLength(3);
    expect(rejects[0]).toMatch(/^line 2: BAD_USER_INPUT: .*is not a category/);
    expect(rejects.join('\n')).not.toContain('SHOE_SIZE');
    expect(rejects[1]).toMatch(/^line 4: BAD_USER_INPUT: not JSON/);
    expect(rejects[2]).toMatch(/^line 5: BAD_USER_INPUT: .*COUNTY_AGENCY/);
    expect((await graphCounts(context.db))[':Record']).toBe(3);
  });

  it('narrows a refused batch of disclosures down to the bad one and keeps their order', async () => {
    await wipe(context.db);
    for (const kind of ['parties', 'records'] as const) {
      await run(path.join(FIXTURES, `fixture.${kind}.ndjson`), kind, 'ndjson');
    }
    const good = (await readFile(path.join(FIXTURES, 'fixture.disclosures.ndjson'), 'utf8')).trim().split('\n');
    // Line 2 names a record nobody registered; line 3 then passes on r-1, which line 1 delivered.
    const lines = [good[0], good[1]?.replace('"r-2"', '"r-404"'), good[2], good[3]];
    const file = path.join(scratch, 'bad-order.disclosures.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    const summary = await run(file, 'disclosures', 'ndjson');
    expect(summary).toMatchObject({ created: 3, refused: 1 });
    const refused = await readFile(`${file}.rejects`, 'utf8');
    expect(refused).toMatch(/^line 2: NOT_FOUND: .*no record is registered/);
    expect(refused).not.toContain('r-404');
  });

  it('writes a batch of disclosures while reading the next, to the answer of one at a time, whatever the batch size', async () => {
    // Each line passes on what an earlier one delivered, across batches of every size here;
    // a refused line and a resubmission sit between them.
    const event = disclosureLine;
    const lines = [
      event('d-1', '01', 'cook-sheriff', 'exchange', ['r-1', 'r-2', 'r-3']),
      '{"id": "d-x"',
      event('d-2', '02', 'exchange', 'broker', ['r-1']),
      // Refused before its batch reads anything: its batch's other lines still wait for the one before.
      event('d-z', '03', 'broker', 'ice', ['r-1']).replace('2024-06-03', '2099-06-03'),
      event('d-y', '03', 'broker', 'ice', ['r-404']),
      event('d-3', '03', 'broker', 'ice', ['r-1']),
      event('d-2', '02', 'exchange', 'broker', ['r-1']),
      event('d-4', '04', 'exchange', 'ice', ['r-2']),
      event('d-5', '05', 'ice', 'cook-sheriff', ['r-3']),
    ];
    const file = path.join(scratch, 'chain.disclosures.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    // A batch after a refused one reads its checks again: the one refused, it planned nothing.
    // In batches of 1, d-3's (after d-y's); of 2, d-3's and d-2's (after d-z's and d-y's); of
    // 3, d-4's and d-5's (after d-y's, d-3's and d-2's, refused for d-y, after d-1's, d-2's and
    // d-z's, refused for d-z); of 1,000, none is written after another.
    const checkedAgain: Record<number, number> = { 1: 1, 2: 1, 3: 1, 1000: 0 };
    for (const batch of [1, 2, 3, 1000]) {
      await wipe(context.db);
      for (const kind of ['parties', 'records'] as const) {
        await run(path.join(FIXTURES, `fixture.${kind}.ndjson`), kind, 'ndjson');
      }
      const summary = await run(file, 'disclosures', 'ndjson', { batch });
      expect(summary, `batches of ${batch}`).toMatchObject({ lines: 9, created: 5, unchanged: 1, refused: 3 });
      expect(summary, `batches of ${batch}`).toMatchObject({ checkedAgain: checkedAgain[batch], retried: 0 });
      const rejects = (await readFile(`${file}.rejects`, 'utf8')).trim().split('\n');
      expect(
        rejects.map((line) => line.split(':').slice(0, 2).join(':')),
        `batches of ${batch}`,
      ).toEqual(['line 2: BAD_USER_INPUT', 'line 4: BAD_USER_INPUT', 'line 5: NOT_FOUND']);
      const stored = await disclosuresByIds(context.db, ['d-1', 'd-2', 'd-3', 'd-4', 'd-5']);
      // Only the immigration agent never held what it sent on.
      expect(Object.fromEntries(stored.map((row) => [row.id, row.holderUnknown])), `batches of ${batch}`).toEqual({
        'd-1': false,
        'd-2': false,
        'd-3': false,
        'd-4': false,
        'd-5': true,
      });
      expect((await verifyLedger(context.db)).ok, `batches of ${batch}`).toBe(true);
    }
  });

  it('checks a compliance document against its mutation input and names the bad field of each refused line', async () => {
    await wipe(context.db);
    for (const kind of ['parties', 'records', 'disclosures'] as const) {
      await run(path.join(FIXTURES, `fixture.${kind}.ndjson`), kind, 'ndjson');
    }
    const good = (await readFile(path.join(FIXTURES, 'fixture.compliance.ndjson'), 'utf8')).trim().split('\n');
    const lines = [
      good[0]?.replace('"version":1', '"version":"one"'),
      good[1]?.replace('"signer":"Lee Park"', '"signer":"Lee Park","shoeSize":44'),
      good[2]?.replace('"RECIPIENT_LIST"', '"MEMO"'),
      good[3]?.replace('"thirdPartyId":"exchange"', '"thirdPartyId":"nobody"'),
      good[0],
      good[4],
    ];
    const file = path.join(scratch, 'bad.compliance.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    const before = await graphCounts(context.db);
    const strict = await run(file, 'compliance', 'ndjson', { strict: true });
    expect(strict).toMatchObject({ strictFailed: true, refused: 4, created: 0 });
    expect(await graphCounts(context.db)).toEqual(before);
    const rejects = (await readFile(`${file}.rejects`, 'utf8')).trim().split('\n');
    expect(rejects[0]).toMatch(/^line 1: BAD_USER_INPUT: AGREEMENT document: .*Int.*"…"/);
    expect(rejects[1]).toMatch(/^line 2: BAD_USER_INPUT: RECIPIENT_CERTIFICATION document: .*"shoeSize"/);
    expect(rejects[2]).toMatch(/^line 3: BAD_USER_INPUT: type must be one of AGREEMENT, .*; got "…"/);
    expect(rejects[3]).toMatch(/^line 4: NOT_FOUND: .*no party/);
    expect(rejects.join('\n')).not.toMatch(/MEMO|nobody|"one"/);
    expect(rejects).toHaveLength(4);

    // Without --strict, the good agreement is written; the cease order names the notice of
    // line 4, which the strict pass could not know was never to be recorded.
    const summary = await run(file, 'compliance', 'ndjson');
    expect(summary).toMatchObject({ lines: 6, created: 1, refused: 5 });
    expect((await readFile(`${file}.rejects`, 'utf8')).trim().split('\n')[4]).toMatch(
      /^line 6: NOT_FOUND: .*no document is recorded/,
    );
    expect(await graphCounts(context.db)).toMatchObject({ ':Agreement': 1 });
  });

  it('--strict with a bad line reports every bad line and writes nothing', async () => {
    await wipe(context.db);
    await run(path.join(FIXTURES, 'fixture.parties.csv'), 'parties', 'csv');
    const csv = (await readFile(path.join(FIXTURES, 'fixture.records.csv'), 'utf8')).trim().split('\n');
    csv[2] = csv[2]?.replace('JMS', '') ?? '';
    csv[4] = csv[4]?.replace('cook-sheriff', 'nobody') ?? '';
    const file = path.join(scratch, 'strict.records.csv');
    await writeFile(file, csv.join('\n') + '\n');
    const before = await graphCounts(context.db);
    const summary = await run(file, 'records', 'csv', { strict: true });
    expect(summary).toMatchObject({ strictFailed: true, refused: 2, created: 0 });
    const rejects = (await readFile(`${file}.rejects`, 'utf8')).trim().split('\n');
    expect(rejects[0]).toMatch(/^line 3: BAD_USER_INPUT: .*sourceSystem/);
    expect(rejects[1]).toMatch(/^line 5: NOT_FOUND: .*no party/);
    expect(rejects.join('\n')).not.toContain('nobody');
    expect(await graphCounts(context.db)).toEqual(before);

    csv[2] = csv[1]?.replace('r-1', 'r-1b').replace('booking-1', 'booking-1b') ?? '';
    csv[4] = csv[1]?.replace('r-1', 'r-1c').replace('booking-1', 'booking-1c') ?? '';
    await writeFile(file, csv.join('\n') + '\n');
    expect(await run(file, 'records', 'csv', { strict: true })).toMatchObject({ created: 5, refused: 0 });
  });

  it('takes kind and format from the file name unless the flags say, and answers usage errors with 2', async () => {
    expect(parseCommandLine(['in/2025.disclosures.csv'])).toMatchObject({
      kind: 'disclosures',
      format: 'csv',
      batch: 1000,
    });
    expect(parseCommandLine(['x.parties.ndjson'])).toMatchObject({ kind: 'parties', format: 'ndjson', batch: 1000 });
    expect(parseCommandLine(['dump.txt', '--kind', 'records', '--format', 'ndjson', '--batch', '250'])).toMatchObject({
      kind: 'records',
      batch: 250,
    });
    const errors: string[] = [];
    const original = console.error;
    console.error = (text: string) => errors.push(text);
    try {
      expect(await main(['dump.txt'])).toBe(2);
      expect(await main([path.join(FIXTURES, 'fixture.records.csv'), '--batch', '5000'])).toBe(2);
      expect(await main([path.join(scratch, 'missing.records.csv')])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors[0]).toMatch(/^--kind must be one of/);
    expect(errors[1]).toMatch(/^--batch must be a whole number from 1 to 1000/);
    expect(errors[2]).toMatch(/ENOENT/);
  });

  it('imports a directory kind by kind in dependency order, whatever the file names sort to', async () => {
    await wipe(context.db);
    const dir = path.join(scratch, 'county');
    await mkdir(dir);
    // Named so that alphabetical order would import disclosures before the parties they name.
    for (const [index, kind] of [...KINDS].reverse().entries()) {
      await copyFile(path.join(FIXTURES, `fixture.${kind}.ndjson`), path.join(dir, `${index}-${kind}.ndjson`));
    }
    const logged: string[] = [];
    const original = console.log;
    const originalError = console.error;
    console.log = (text: string) => logged.push(text);
    console.error = () => {};
    try {
      expect(await main([dir])).toBe(0);
      expect(await main([dir, '--kind', 'records'])).toBe(2);
    } finally {
      console.log = original;
      console.error = originalError;
    }
    expect(logged.map((line) => line.split(':')[0])).toEqual([...KINDS]);
    expect(await graphCounts(context.db)).toMatchObject({
      ':Disclosure': 4,
      ':Retraction': 1,
      ':ComplianceDocument': 2,
    });
  });
});
