/**
 * All findings of Sec. 46-37 for one county calendar year, on the database the last
 * `npm run bench -- ingest --profile P` left in .neo4j-bench (migrated first, as the service
 * would be): every rule, (a) to (h), with the lineage engine's exposure for (e).
 *
 *   npm run bench -- findings [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]
 */
import { parseArgs } from 'node:util';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import { findings, SUBSECTIONS } from '../../subgraphs/compliance/findings.ts';
import { Database } from '../../subgraphs/shared/db.ts';
import { migrate } from '../../subgraphs/shared/migrations.ts';
import { benchNeo4j, round, SEED_FLAGS, type Suite, type SuiteResult } from '../harness.ts';

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      year: { type: 'string', default: '2024' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '12g' },
    },
  });
  const year = Number(values.year);
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  const server = await startNeo4j(options);
  const db = new Database(server);
  const metrics: Record<string, number> = {};
  const settings: Record<string, unknown> = {
    seed: Number(values.seed),
    year,
    neo4jHeap: values.heap,
    neo4jPageCache: values.pagecache,
  };
  try {
    await migrate(db);
    const window = { from: `${year}-01-01T00:00:00-06:00`, until: `${year + 1}-01-01T00:00:00-06:00` };
    const started = performance.now();
    const steps: Record<string, number> = {};
    const found = await findings(db, { window, onStep: (name, ms) => (steps[name] = round(ms / 1000, 2)) });
    settings.secondsByStep = steps;
    metrics.findingsYearSeconds = round((performance.now() - started) / 1000, 2);
    metrics.findings = found.length;
    settings.bySubsection = Object.fromEntries(
      SUBSECTIONS.map((subsection) => [
        subsection,
        found.filter((finding) => finding.subsection === subsection).length,
      ]),
    );
    settings.peakRssMb = round(process.memoryUsage().rss / 2 ** 20);
  } finally {
    await db.close();
    await stopNeo4j(options);
  }
  return { profile: values.profile, metrics, targets: { findingsYearSeconds: { max: 60 } }, settings };
}

export const findingsSuite: Suite = {
  usage:
    'every finding, (a) to (h), for one county year on the database the last ingest left [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]',
  run,
};
