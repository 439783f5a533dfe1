import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../scripts/import/importer.ts';
import { KINDS } from '../../scripts/import/layouts.ts';
import { defaultBatch } from '../../scripts/import/writers.ts';
import { generateSeed, type Manifest } from '../../scripts/seed/generate.ts';
import type { ProfileName } from '../../scripts/seed/profiles.ts';
import type { Database } from '../../infra/db.ts';

/**
 * Writes a generated county (`npm run seed`) into the graph through the import, kind by
 * kind, and hands back its manifest, whose planted flows have known answers. The files are
 * removed afterwards; a line the import refuses fails the caller.
 */
export async function importGeneratedCounty(db: Database, profile: ProfileName = 'small', seed = 7): Promise<Manifest> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'county-'));
  try {
    const manifest = await generateSeed({ profile, seed, out: scratch });
    for (const kind of KINDS) {
      const summary = await importFile(db, {
        file: path.join(scratch, `${kind}.ndjson`),
        kind,
        format: 'ndjson',
        batch: defaultBatch(kind),
      });
      if (summary.refused > 0)
        throw new Error(`the import refused ${summary.refused} ${kind} lines of the ${profile} county`);
    }
    return manifest;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
