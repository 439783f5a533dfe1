/**
 * Ingest: a generated county imported into an empty database by `npm run import`, kind by
 * kind, each kind in its own process (as an operator runs it), against a Neo4j of its own
 * (home .neo4j-bench, port 7688) so that the project's database is left alone.
 *
 *   npm run bench -- ingest [--profile small|medium|county] [--seed N] [--batch N]
 *                           [--heap 4g] [--pagecache 8g] [--keep]
 *
 * Then its physical limit, in the same run: the same parties, records and pairs written with
 * the plainest batched Cypher (bench/plain-write.ts) into an empty database of its own (home
 * .neo4j-bench-plain, so that the import's database stays for the suites that read it); and
 * the offline path on the same files (`npm run first-load`, bench/offline-load.ts) into that
 * home, emptied again after.
 *
 * Metrics: pairsPerSecond ((record, disclosure) pairs over the disclosures' import time),
 * plainWritePairsPerSecond (the same pairs over the plain write's time), plainWriteRatio
 * (the first over the second; target 0.8), offlinePairsPerSecond (the same pairs over the first
 * load's pass and engine's import; target 100,000 on the county) and offlinePlainWriteRatio
 * (it over the plain write; target 5), eventsPerSecond (disclosures, grants, deletions and retractions over their import time),
 * recordsPerSecond, importerPeakRssMb (the largest peak resident set of the import
 * processes), storeSizeMb (the database's store files, without transaction logs), and
 * seconds per kind. And what the disclosures cost in CPU, whatever ran at once: Neo4j's and
 * the importer's (disclosuresNeo4jCpuSeconds, disclosuresImporterCpuSeconds), the plain
 * write's and its client's, plainCpuRatio (the plain write's CPU over ours, for the same
 * pairs) and cpuCeilingRatio (the plainWriteRatio ours would reach if all its CPU were spread
 * evenly over the machine's cores: no overlap of its statements can pass it). And what the
 * import's summaries say: refusedLines (target 0: the generated files hold no bad line),
 * batchesCheckedAgain and batchesRetried (see ImportSummary).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resetNeo4j, startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import { KINDS, type Kind } from '../../scripts/import/layouts.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import {
  benchNeo4j,
  cpuSecondsOf,
  round,
  SEED_FLAGS,
  seedDir,
  storeSizeMb,
  type Suite,
  type SuiteResult,
} from '../harness.ts';
import { loadOffline } from '../offline-load.ts';
import { plainNeo4j, plainWrite, WRITE_MEMORY } from '../plain-write.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVENT_KINDS: readonly Kind[] = ['disclosures', 'grants', 'deletions', 'retractions'];

type Manifest = {
  files: Array<{ kind: Kind; file: string; lines: number }>;
  counts: Record<string, number>;
};

/**
 * Runs a child process to its end, its output passed through, with the peak RSS it reached and
 * its CPU seconds (as last read, at most a tenth of a second before it ended).
 */
function runMeasured(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; peakRssMb: number; cpuSeconds: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let peakKb = 0;
    let cpuSeconds = 0;
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    // VmHWM is the process's own high-water mark, so a late read still sees the peak.
    const poll = setInterval(() => {
      cpuSeconds = cpuSecondsOf(child.pid as number) ?? cpuSeconds;
      readFile(`/proc/${child.pid}/status`, 'utf8')
        .then((text) => {
          const kb = Number(/VmHWM:\s+(\d+)/.exec(text)?.[1] ?? 0);
          if (kb > peakKb) peakKb = kb;
        })
        .catch(() => {});
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code: code ?? 1, peakRssMb: peakKb / 1024, cpuSeconds, out });
    });
  });
}

/**
 * What an import's summary line (scripts/import.ts) says of its refused lines, and of its
 * batches that read their checks again or were retried (said only when some were).
 */
export function importCounts(out: string): { refused: number; checkedAgain: number; retried: number } {
  const refused = /, (\d+) refused, in /.exec(out);
  if (refused === null) throw new Error('the import printed no summary line');
  const again = /; (\d+) batch(?:es)? read (?:its|their) checks again, (\d+) retried/.exec(out);
  return { refused: Number(refused[1]), checkedAgain: Number(again?.[1] ?? 0), retried: Number(again?.[2] ?? 0) };
}

async function generated(profile: string, seed: string): Promise<{ dir: string; manifest: Manifest }> {
  const dir = seedDir(profile, seed);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`generating the ${profile} county (seed ${seed}) in .seed/${profile}-${seed}`);
    const made = await runMeasured(
      ['scripts/seed.ts', '--profile', profile, '--seed', seed, '--out', dir],
      process.env,
    );
    if (made.code !== 0) throw new Error(`npm run seed exited with ${made.code}`);
  }
  return { dir, manifest: JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest };
}

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      batch: { type: 'string' },
      heap: { type: 'string', default: WRITE_MEMORY.heap },
      pagecache: { type: 'string', default: WRITE_MEMORY.pagecache },
      keep: { type: 'boolean', default: false },
    },
  });
  const { dir, manifest } = await generated(values.profile, values.seed);
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache, log: console.error });
  await resetNeo4j(options);
  const server = await startNeo4j(options);
  const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
  const db = new Database(server);
  await migrate(db);
  await db.close();

  const seconds: Partial<Record<Kind, number>> = {};
  let peakRssMb = 0;
  let refused = 0;
  let checkedAgain = 0;
  let retried = 0;
  const disclosuresCpu = { neo4j: NaN, importer: NaN };
  try {
    for (const kind of KINDS) {
      const entry = manifest.files.find((file) => file.kind === kind);
      if (entry === undefined) continue;
      const batch = kind === 'disclosures' && values.batch !== undefined ? ['--batch', values.batch] : [];
      // The database is empty: a checkpoint left by a run that was stopped would skip lines.
      await rm(`${join(dir, entry.file)}.checkpoint`, { force: true });
      const started = performance.now();
      const neo4jBefore = cpuSecondsOf(server.pid) ?? NaN;
      const result = await runMeasured(['scripts/import.ts', join(dir, entry.file), ...batch], env);
      seconds[kind] = (performance.now() - started) / 1000;
      if (kind === 'disclosures') {
        disclosuresCpu.neo4j = (cpuSecondsOf(server.pid) ?? NaN) - neo4jBefore;
        disclosuresCpu.importer = result.cpuSeconds;
      }
      peakRssMb = Math.max(peakRssMb, result.peakRssMb);
      if (result.code === 2) throw new Error(`the import of ${entry.file} failed (exit 2)`);
      const counts = importCounts(result.out);
      refused += counts.refused;
      checkedAgain += counts.checkedAgain;
      retried += counts.retried;
    }
    const store = await storeSizeMb(options);
    const events = EVENT_KINDS.reduce((sum, kind) => sum + (manifest.counts[kind] ?? 0), 0);
    const eventSeconds = EVENT_KINDS.reduce((sum, kind) => sum + (seconds[kind] ?? 0), 0);
    const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
    if (!values.keep) await stopNeo4j(options);
    const plain = await plainWrite(dir, values.heap, values.pagecache);
    // The offline path, on the same files, into the plain write's home, emptied again after:
    // the import's database stays for the suites that read it.
    const offlineHome = plainNeo4j(values.heap, values.pagecache);
    const offline = await loadOffline(dir, offlineHome).finally(() => resetNeo4j(offlineHome));
    const pairs = manifest.counts.pairs ?? 0;
    const pairsPerSecond = Math.round(pairs / (seconds.disclosures ?? Infinity));
    const plainWritePairsPerSecond = Math.round(pairs / plain.disclosuresSeconds);
    const offlinePairsPerSecond = Math.round(offline.pairs / (offline.seconds.pass + offline.seconds.import));
    const cpu = disclosuresCpu.neo4j + disclosuresCpu.importer;
    const plainCpu = plain.disclosuresNeo4jCpuSeconds + plain.disclosuresClientCpuSeconds;
    return {
      profile: values.profile,
      metrics: {
        pairsPerSecond,
        plainWritePairsPerSecond,
        plainWriteRatio: round(pairsPerSecond / plainWritePairsPerSecond, 3),
        // What the same pairs cost the machine, whatever overlaps: the database's CPU and the
        // writer's, ours and the plain write's; and the ratio no overlap on these cores could pass.
        disclosuresNeo4jCpuSeconds: round(disclosuresCpu.neo4j),
        disclosuresImporterCpuSeconds: round(disclosuresCpu.importer),
        plainDisclosuresNeo4jCpuSeconds: round(plain.disclosuresNeo4jCpuSeconds),
        plainDisclosuresClientCpuSeconds: round(plain.disclosuresClientCpuSeconds),
        plainCpuRatio: round(plainCpu / cpu, 3),
        cpuCeilingRatio: round((plain.disclosuresSeconds * availableParallelism()) / cpu, 3),
        offlinePairsPerSecond,
        offlinePlainWriteRatio: round(offlinePairsPerSecond / plainWritePairsPerSecond, 3),
        eventsPerSecond: Math.round(events / eventSeconds),
        recordsPerSecond: Math.round((manifest.counts.records ?? 0) / (seconds.records ?? Infinity)),
        importerPeakRssMb: round(peakRssMb),
        storeSizeMb: store,
        refusedLines: refused,
        batchesCheckedAgain: checkedAgain,
        batchesRetried: retried,
        totalSeconds: round(total),
        ...Object.fromEntries(Object.entries(seconds).map(([kind, value]) => [`${kind}Seconds`, round(value)])),
        plainRecordsSeconds: round(plain.recordsSeconds),
        plainDisclosuresSeconds: round(plain.disclosuresSeconds),
      },
      targets: {
        pairsPerSecond: { min: 100_000 },
        plainWriteRatio: { min: 0.8 },
        ...(values.profile === 'county' ? { offlinePairsPerSecond: { min: 100_000 } } : {}),
        offlinePlainWriteRatio: { min: 5 },
        refusedLines: { max: 0 },
      },
      settings: {
        seed: Number(values.seed),
        counts: manifest.counts,
        disclosureBatch: values.batch === undefined ? 'default' : Number(values.batch),
        neo4jHeap: values.heap,
        neo4jPageCache: values.pagecache,
      },
    };
  } finally {
    if (!values.keep) await stopNeo4j(options);
  }
}

export const ingest: Suite = {
  usage:
    'a generated county imported into an empty database, then the plain write and the first load of the same files, each into a database of its own [--profile small|medium|county] [--seed N] [--batch N] [--heap 4g] [--pagecache 8g] [--keep]',
  run,
};
