/**
 * The offline path the ingest and first-load benchmarks measure: `npm run first-load` of a
 * generated county's offline kinds (parties, enforcement, affiliations, records, disclosures)
 * into the emptied database of `neo4j`, which is left running, started and migrated.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { firstLoad, type FirstLoadSummary } from '../scripts/first-load.ts';
import { countyFiles, OFFLINE_KINDS } from '../scripts/first-load/pass.ts';
import { resetNeo4j, type Neo4jOptions } from '../scripts/neo4j/server.ts';

export async function loadOffline(county: string, neo4j: Neo4jOptions): Promise<FirstLoadSummary> {
  // The offline kinds' files only, linked from a folder of our own: rejects land there, not in the county's.
  const dir = await mkdtemp(join(tmpdir(), 'first-load-bench-'));
  try {
    for (const file of await countyFiles(county)) {
      if ((OFFLINE_KINDS as readonly string[]).includes(file.kind)) {
        await symlink(file.file, join(dir, basename(file.file)));
      }
    }
    await resetNeo4j(neo4j);
    return await firstLoad({ dir, neo4j, replaceDatabase: true, log: console.error });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
