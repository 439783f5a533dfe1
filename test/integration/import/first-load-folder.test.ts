import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoad } from '../../../scripts/first-load.ts';

describe('npm run first-load -- DIR --keep-files FOLDER', () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a folder whose path has a comma, which the engine importer would split, before writing anything', async () => {
    const county = await mkdtemp(path.join(tmpdir(), 'first-load-county-'));
    const home = await mkdtemp(path.join(tmpdir(), 'first-load-home-'));
    made.push(county, home);
    await writeFile(
      path.join(county, 'parties.ndjson'),
      `${JSON.stringify({ id: 'sheriff', name: 'Sheriff', kind: 'COUNTY_AGENCY' })}\n`,
    );
    const folder = path.join(county, 'csv,files');
    await expect(firstLoad({ dir: county, keepFiles: folder, neo4j: { home } })).rejects.toMatchObject({
      code: 'FIRST_LOAD_BAD_FOLDER',
      message: expect.stringContaining(folder),
    });
    expect(existsSync(folder)).toBe(false);
  });
});
