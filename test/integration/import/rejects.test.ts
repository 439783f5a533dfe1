/**
 * A reject file is read by people who may not see what the file held: it names each refused
 * line and why, and never repeats the line's content (a name, an identifier, a value it got
 * wrong). A file that cannot hold a line (empty, binary, another encoding) is one coded
 * sentence and a non-zero exit, without a byte of it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/import.ts';
import { importFile } from '../../../scripts/import/importer.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');
const context = useTestDatabase();
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'import-rejects-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** What `npm run import` prints, and its exit status. */
async function runCli(args: string[]): Promise<{ status: number; said: string }> {
  const said: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void said.push(parts.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void said.push(parts.join(' ')));
  const status = await main(args);
  vi.restoreAllMocks();
  return { status, said: said.join('\n') };
}

/** A database holding the fixture's parties alone; the fixture's good record lines. */
async function fixtureParties(): Promise<string[]> {
  await wipe(context.db);
  await importFile(context.db, {
    file: path.join(FIXTURES, 'fixture.parties.ndjson'),
    kind: 'parties',
    format: 'ndjson',
    batch: defaultBatch('parties'),
    strict: false,
  });
  return (await readFile(path.join(FIXTURES, 'fixture.records.ndjson'), 'utf8')).trim().split('\n');
}

describe('the import tells what it refused, and nothing of what the lines held', () => {
  it('leaves every value of a refused line out of its reject, and counts what was committed', async () => {
    const good = await fixtureParties();
    const first = JSON.parse(good[0] as string) as Record<string, unknown>;
    const lines = [
      good[0],
      // Broken JSON whose text starts with a person's name: the parser's message would quote it.
      '"Maria Gonzalez, 1987-03-02, 4400 W Madison" is not an object',
      // A category that is no category, beside a source record id that names a person.
      JSON.stringify({ ...first, id: 'r-maria', sourceRecordId: 'Maria Gonzalez file', categories: ['SHOE_SIZE'] }),
      // An origin that is not registered.
      JSON.stringify({ ...first, id: 'r-ghost', originPartyId: 'party-of-maria-gonzalez', sourceRecordId: 'x-1' }),
      good[1],
    ];
    const file = path.join(scratch, 'people.records.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    const { status, said } = await runCli([file]);
    const rejects = await readFile(`${file}.rejects`, 'utf8');
    expect(status).toBe(1);
    expect(
      rejects
        .trim()
        .split('\n')
        .map((line) => line.replace(/:.*$/, '')),
    ).toEqual(['line 2', 'line 3', 'line 4']);
    expect(rejects).toMatch(/^line 2: BAD_USER_INPUT: not JSON/m);
    expect(rejects).toMatch(/^line 3: BAD_USER_INPUT: .*is not a category/m);
    expect(rejects).toMatch(/^line 4: NOT_FOUND: /m);
    for (const secret of ['Maria', 'Gonzalez', 'Madison', '1987', 'SHOE_SIZE', 'r-maria', 'r-ghost', 'party-of']) {
      expect(rejects).not.toContain(secret);
      expect(said).not.toContain(secret);
    }
    expect(rejects).not.toContain('nothing was written');
    expect(said).toMatch(/imported 5 lines: 2 committed \(created 2, unchanged 0\), 3 refused/);
  });

  it('names each refusal of a batch by its lines, never by its place in the batch retried without the lines refused before it', async () => {
    const good = await fixtureParties();
    const [a, b] = [0, 1].map((at) => JSON.parse(good[at] as string) as Record<string, unknown>) as [
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    const record = (id: string, changes: Record<string, unknown>) =>
      JSON.stringify({ ...a, id, sourceRecordId: `source-of-${id}`, ...changes });
    const lines = [
      JSON.stringify(a),
      JSON.stringify(b),
      record('r-shoe', { categories: ['SHOE_SIZE; nothing was written'] }),
      // Line 2's id again, then line 1's source record again, in the same batch.
      record(b.id as string, {}),
      record('r-twin', { sourceRecordId: a.sourceRecordId }),
      // Values that hold what a refusal's words hold (above too) are still left out whole.
      record('r-hat', { categories: ['HAT_SIZE of input[1]'] }),
      record('r-cap', { categories: ['CAP_SIZE\nCAP_COLOUR'] }),
      record('r-good', {}),
    ];
    const file = path.join(scratch, 'batch.records.ndjson');
    await writeFile(file, lines.join('\n') + '\n');
    const { status } = await runCli([file]);
    expect(status).toBe(1);
    const rejects = (await readFile(`${file}.rejects`, 'utf8')).trim().split('\n');
    // In line order, though line 3 and line 6 were refused as they were read and the others as the batch was written.
    expect(rejects).toEqual([
      expect.stringMatching(/^line 3: BAD_USER_INPUT: categories: .*is not a category/),
      expect.stringMatching(/^line 4: BAD_USER_INPUT: id: record … is also line 2; a batch names each record once/),
      expect.stringMatching(
        /^line 5: BAD_USER_INPUT: sourceRecordId: record … has the same source record .* as line 1;/,
      ),
      expect.stringMatching(/^line 6: BAD_USER_INPUT: categories: .*is not a category/),
      expect.stringMatching(/^line 7: BAD_USER_INPUT: categories: .*is not a category/),
    ]);
    expect(rejects.join('\n')).not.toMatch(/input\[|SHOE_SIZE|HAT_SIZE|CAP_|r-twin|booking-/);
  });

  it('refuses an empty file, a blank one and one with no data line, with a code and exit status 2', async () => {
    const empty = path.join(scratch, 'empty.parties.ndjson');
    await writeFile(empty, '');
    expect(await runCli([empty])).toMatchObject({ status: 2, said: expect.stringMatching(/^IMPORT_EMPTY_FILE: /) });
    const blank = path.join(scratch, 'blank.parties.ndjson');
    await writeFile(blank, '\n  \n\n');
    expect(await runCli([blank])).toMatchObject({ status: 2, said: expect.stringMatching(/^IMPORT_EMPTY_FILE: /) });
    const headerOnly = path.join(scratch, 'header.parties.csv');
    await writeFile(headerOnly, 'id,name,kind\n');
    const header = await runCli([headerOnly]);
    expect(header.status).toBe(2);
    expect(header.said).toMatch(/IMPORT_EMPTY_FILE: .* has no data lines/);
  });

  it('refuses a binary file and one in another encoding without printing a byte of them', async () => {
    const png = path.join(scratch, 'photo.parties.ndjson');
    const bytes = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR Maria Gonzalez'),
    ]);
    await writeFile(png, bytes);
    const binary = await runCli([png]);
    expect(binary).toMatchObject({ status: 2, said: expect.stringMatching(/^IMPORT_NOT_TEXT: /) });
    expect(binary.said).not.toContain('Maria');
    expect(binary.said).not.toContain('IHDR');

    const latin1 = path.join(scratch, 'latin1.parties.csv');
    await writeFile(latin1, Buffer.from('id,name,kind\np-1,Jos\xe9 Mu\xf1oz,INDIVIDUAL\n', 'latin1'));
    const encoded = await runCli([latin1]);
    expect(encoded).toMatchObject({ status: 2, said: expect.stringMatching(/^IMPORT_NOT_TEXT: .*not UTF-8/) });
    expect(encoded.said).not.toContain('Jos');
  });
});

describe('npm run token', () => {
  it('--help prints the usage and exits 0', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(
      process.execPath,
      [path.join(import.meta.dirname, '../../../scripts/token.ts'), '--help'],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/^usage: npm run token -- /);
  });
});
