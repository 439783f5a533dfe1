/**
 * First load: a generated county's parties, enforcement, affiliations, records and
 * disclosures written by `npm run first-load` (one checked streaming pass, then
 * neo4j-admin database import full) into the benchmarks' own emptied Neo4j, then started
 * and migrated. The other kinds are left out: they go through the online writers, which the
 * ingest suite measures.
 *
 *   npm run bench -- first-load [--profile small|medium|county] [--seed N] [--heap 2g] [--pagecache 2g]
 *                               [--plain-heap 4g] [--plain-pagecache 8g]
 *
 * Then its physical limit, in the same run: the plain online write of the same parties,
 * records and pairs (bench/plain-write.ts, as the ingest suite measures it, with the ingest
 * suite's memory settings unless told), into an empty database of its own.
 *
 * Metrics: offlinePairsPerSecond ((record, disclosure) pairs over the pass and the engine's
 * import, the time the database is out of service beyond a start; target 100,000 on the
 * county), plainWritePairsPerSecond (the same pairs over the plain write's time),
 * offlinePlainWriteRatio (the first over the second; target 5), servingPairsPerSecond (the same
 * pairs over the time until the database answers, migrated: with the start), passSeconds,
 * adminImportSeconds, startAndMigrateSeconds, passPeakRssMb (this process's peak resident
 * set, taken before the plain write), storeSizeMb.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stopNeo4j } from '../../scripts/neo4j/server.ts';
import { loadOffline } from '../offline-load.ts';
import { benchNeo4j, round, SEED_FLAGS, seedDir, storeSizeMb, type Suite, type SuiteResult } from '../harness.ts';
import { plainWrite, WRITE_MEMORY } from '../plain-write.ts';

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '2g' },
      'plain-heap': { type: 'string', default: WRITE_MEMORY.heap },
      'plain-pagecache': { type: 'string', default: WRITE_MEMORY.pagecache },
    },
  });
  const county = seedDir(values.profile, values.seed);
  if (!existsSync(join(county, 'manifest.json'))) {
    throw new Error(`no ${values.profile} county in ${county}: run npm run seed -- --profile ${values.profile} first`);
  }
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache, log: console.error });
  try {
    const summary = await loadOffline(county, options);
    const store = await storeSizeMb(options);
    const offline = summary.seconds.pass + summary.seconds.import;
    const passPeakRssMb = round(process.resourceUsage().maxRSS / 1024);
    await stopNeo4j(options);
    const plain = await plainWrite(county, values['plain-heap'], values['plain-pagecache']);
    const offlinePairsPerSecond = Math.round(summary.pairs / offline);
    const plainWritePairsPerSecond = Math.round(summary.pairs / plain.disclosuresSeconds);
    return {
      profile: values.profile,
      metrics: {
        offlinePairsPerSecond,
        plainWritePairsPerSecond,
        offlinePlainWriteRatio: round(offlinePairsPerSecond / plainWritePairsPerSecond, 3),
        servingPairsPerSecond: Math.round(summary.pairs / (offline + summary.seconds.start)),
        passPairsPerSecond: Math.round(summary.pairs / summary.seconds.pass),
        passSeconds: round(summary.seconds.pass),
        adminImportSeconds: round(summary.seconds.import),
        startAndMigrateSeconds: round(summary.seconds.start),
        passPeakRssMb,
        storeSizeMb: store,
        refusedLines: summary.kinds.reduce((sum, kind) => sum + kind.refused, 0),
        plainRecordsSeconds: round(plain.recordsSeconds),
        plainDisclosuresSeconds: round(plain.disclosuresSeconds),
      },
      targets: {
        ...(values.profile === 'county' ? { offlinePairsPerSecond: { min: 100_000 } } : {}),
        offlinePlainWriteRatio: { min: 5 },
        refusedLines: { max: 0 },
      },
      settings: {
        seed: Number(values.seed),
        pairs: summary.pairs,
        ledgerEntries: summary.ledgerEntries,
        lines: Object.fromEntries(summary.kinds.map((kind) => [kind.kind, kind.lines])),
        neo4jHeap: values.heap,
        neo4jPageCache: values.pagecache,
        plainWriteNeo4jHeap: values['plain-heap'],
        plainWriteNeo4jPageCache: values['plain-pagecache'],
      },
    };
  } finally {
    await stopNeo4j(options);
  }
}

export const firstLoadSuite: Suite = {
  usage:
    'a county loaded offline into an emptied database (npm run first-load), then the plain online write of the same pairs [--profile small|medium|county] [--seed N] [--heap 2g] [--pagecache 2g] [--plain-heap 4g] [--plain-pagecache 8g]',
  run,
};
