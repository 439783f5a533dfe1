import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphFiles } from '../../../scripts/first-load/graph-files.ts';
import { countyFiles, FirstLoadPass } from '../../../scripts/first-load/pass.ts';
import { importFile } from '../../../scripts/import/importer.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';

const context = useTestDatabase();

const record = (id: string, categories: string[], createdAt: string) => ({
  id,
  subjectKey: 'a'.repeat(64),
  originPartyId: 'sheriff',
  sourceSystem: 'JMS',
  sourceRecordId: id,
  categories,
  createdAt,
});

/**
 * A county's records in two files, as an agency exports a year at a time: the second repeats
 * r-1 as it was and r-2 with a category less and its creation time written in UTC.
 */
const FILES = {
  'parties.ndjson': [{ id: 'sheriff', name: 'Sheriff', kind: 'COUNTY_AGENCY' }],
  'records-2024.ndjson': [
    record('r-1', ['NAME', 'SSN'], '2024-01-01T00:00:00-06:00'),
    record('r-2', ['NAME', 'SSN'], '2024-01-01T00:00:00-06:00'),
  ],
  'records-2025.ndjson': [
    record('r-1', ['NAME', 'SSN'], '2024-01-01T00:00:00-06:00'),
    record('r-2', ['NAME'], '2024-01-01T06:00:00Z'),
  ],
};

describe('a first load of a kind split over several files', () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('checks each file as npm run import does: a file starts its own batches, so a line repeated from an earlier file is unchanged or a conflict, not a repeat within a batch', async () => {
    const [online, offline, out] = await Promise.all(
      ['files-online-', 'files-offline-', 'files-csv-'].map((name) => mkdtemp(path.join(tmpdir(), name))),
    );
    made.push(online as string, offline as string, out as string);
    for (const dir of [online, offline] as string[]) {
      for (const [name, lines] of Object.entries(FILES)) {
        await writeFile(path.join(dir, name), lines.map((line) => JSON.stringify(line)).join('\n'));
      }
    }
    await wipe(context.db);
    const imported = [];
    for (const file of await countyFiles(online as string)) {
      imported.push(await importFile(context.db, { ...file, batch: defaultBatch(file.kind) }));
    }
    const files = new GraphFiles(out as string);
    const pass = await new FirstLoadPass(files, new Date().toISOString()).run(await countyFiles(offline as string));
    await files.close();

    const counts = (summary: { lines: number; created: number; unchanged: number; refused: number }) => {
      const { lines, created, unchanged, refused } = summary;
      return { lines, created, unchanged, refused };
    };
    expect(imported.map(counts)).toEqual([
      { lines: 1, created: 1, unchanged: 0, refused: 0 },
      { lines: 2, created: 2, unchanged: 0, refused: 0 },
      { lines: 2, created: 0, unchanged: 1, refused: 1 },
    ]);
    expect(pass.kinds.map(counts)).toEqual(imported.map(counts));
    // The reject names the fields the resubmission changed, in the same words both ways.
    const refusal = async (dir: string) =>
      /^line 2: CONFLICTING_RESUBMISSION: .* differs from the one already registered in categories, createdAt;/m.exec(
        await readFile(path.join(dir, 'records-2025.ndjson.rejects'), 'utf8'),
      )?.[0];
    expect(await refusal(offline as string)).toBeDefined();
    expect(await refusal(offline as string)).toEqual(await refusal(online as string));
  });
});
