/**
 * What every benchmark of the project shares: one result file per suite,
 * `bench/results/<suite>.json` (`<suite>.county.json` for the county profile), shaped
 *
 *   { "suite", "profile", "date", "machine", "metrics": { name: number },
 *     "targets": { name: { "target", "met" } }, "settings": { ... } }
 *
 * where a target is a bound on the metric of the same name (`min` or `max`), and a short
 * summary printed at the end. Numbers are what was measured on the machine described.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { findJava, neo4jVersion, startNeo4j, stopNeo4j, type Neo4jOptions } from '../scripts/neo4j/server.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { catchUp } from '../core/lineage/index.ts';
import { developmentPrincipals } from '../scripts/development-principals.ts';
import { gatewayBeside, startStack, type Stack } from '../scripts/stack.ts';
import type { RunningService } from '../infra/http.ts';

export type Target = { min: number } | { max: number };
export type SuiteResult = {
  profile: string;
  metrics: Record<string, number>;
  targets?: Record<string, Target>;
  /** How it ran (sizes, batch sizes, memory settings): enough to rerun it the same way. */
  settings?: Record<string, unknown>;
};
export type Suite = {
  usage: string;
  run: (args: string[]) => Promise<SuiteResult>;
};

export const RESULTS = join(import.meta.dirname, 'results');
const ROOT = join(import.meta.dirname, '..');

/** The flags of every suite that reads a generated county: which profile, which seed. */
export const SEED_FLAGS = {
  profile: { type: 'string', default: 'medium' },
  seed: { type: 'string', default: '1' },
} as const;

/** Where `npm run seed` writes a profile's county by default. */
export const seedDir = (profile: string, seed: string) => join(ROOT, '.seed', `${profile}-${seed}`);

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/** The size of a bench home's database store, its transaction logs left out, in MB. */
export const storeSizeMb = async (neo4j: Neo4jOptions) =>
  round((await sizeOf(join(neo4j.home as string, 'data', 'databases', 'neo4j'))) / 2 ** 20);

/**
 * The CPU seconds a process has used so far, all its threads (user and system time from
 * /proc/PID/stat, in Linux's clock ticks of 1/100 s); null once it is gone. Another process's
 * CPU, as Neo4j's, is what a benchmark reads it for: Node gives only its own.
 */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The benchmarks' own Neo4j (home .neo4j-bench, port BENCH_NEO4J_PORT or 7688 unless told), so
 * the project's database is left alone.
 */
export function benchNeo4j(options: Omit<Neo4jOptions, 'home' | 'lib'> = {}): Neo4jOptions {
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7688);
  return { home: join(ROOT, '.neo4j-bench'), lib: join(ROOT, '.neo4j', 'lib'), port, ...options };
}

/**
 * A suite that times work for one county year on the database the last `ingest` left:
 * `--profile`, `--seed`, `--year` (default 2024), `--heap` and `--pagecache` of the bench
 * Neo4j, which is started, migrated as the service would be, and stopped after `work`.
 */
export async function onYearDatabase(
  args: string[],
  work: (db: Database, year: number, settings: Record<string, unknown>) => Promise<Record<string, number>>,
): Promise<{ profile: string; metrics: Record<string, number>; settings: Record<string, unknown> }> {
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
  const db = new Database(await startNeo4j(options));
  const settings: Record<string, unknown> = {
    seed: Number(values.seed),
    year,
    neo4jHeap: values.heap,
    neo4jPageCache: values.pagecache,
  };
  try {
    await migrate(db);
    // As a service that has run for a while keeps it: the arrival index made before the work is timed.
    const started = performance.now();
    settings.indexCaughtUp = { records: await catchUp(db), seconds: round((performance.now() - started) / 1000) };
    const metrics = await work(db, year, settings);
    settings.peakRssMb = round(process.memoryUsage().rss / 2 ** 20);
    return { profile: values.profile, metrics, settings };
  } finally {
    await db.close();
    await stopNeo4j(options);
  }
}

/**
 * Runs `work` against the service as `npm start` runs it (four subgraphs and the gateway on
 * free ports, migrated first) on the bench Neo4j, and stops all of it afterwards, whatever
 * `work` did.
 */
export async function onServiceStack<T>(
  options: Neo4jOptions,
  work: (db: Database, stack: Stack) => Promise<T>,
): Promise<T> {
  const db = new Database(await startNeo4j(options));
  let stack: Stack | null = null;
  try {
    await migrate(db);
    // As a service that has run for a while keeps it: the arrival index made, not made while measured.
    await catchUp(db);
    // As npm start does: the office the development tokens act for is registered.
    await developmentPrincipals(db);
    stack = await startStack(db, { host: '127.0.0.1', port: () => 0, logging: false });
    return await work(db, stack);
  } finally {
    await stack?.stop();
    await db.close();
    await stopNeo4j(options);
  }
}

/**
 * A second gateway in front of the stack's subgraphs that plans every operation
 * (`directCalls: false`), to measure what the direct calls change.
 */
export const planningGateway = (stack: Stack): Promise<RunningService> => gatewayBeside(stack, { directCalls: false });

/** The machine in one line: CPU model and count, memory, and the versions that matter. */
export async function machine(): Promise<string> {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const java = await findJava()
    .then((found) => found.version)
    .catch(() => 'none found');
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux, Node ${process.version}, Neo4j ${neo4jVersion()}, Java ${java}`;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/**
 * Where a suite's latest run is kept: `bench/results/<suite>.json`, or `<suite>.county.json`
 * for the county profile, so that a county run does not replace the medium one the README's
 * tables compare with.
 */
export const resultFile = (suite: string, profile: string) =>
  join(RESULTS, profile === 'county' ? `${suite}.county.json` : `${suite}.json`);

/** Writes the suite's result file (resultFile) and returns what it wrote. */
export async function writeResult(suite: string, result: SuiteResult, when = new Date()) {
  const targets = Object.fromEntries(
    Object.entries(result.targets ?? {}).map(([name, target]) => {
      const value = result.metrics[name];
      const met =
        value !== undefined && ('min' in target ? value >= target.min : value <= (target as { max: number }).max);
      return [name, { target: 'min' in target ? `>= ${target.min}` : `<= ${target.max}`, met }];
    }),
  );
  const file = {
    suite,
    profile: result.profile,
    date: when.toISOString(),
    machine: await machine(),
    metrics: result.metrics,
    targets,
    ...(result.settings === undefined ? {} : { settings: result.settings }),
  };
  // Written as the project's formatter writes JSON (lists of numbers filled into lines), so
  // that a committed result passes the lint as it came.
  const path = resultFile(suite, result.profile);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(file, null, 2), { ...options, filepath: path }));
  return file;
}

/** A few lines a person reads at the end of a run. */
export function summary(file: Awaited<ReturnType<typeof writeResult>>): string {
  const lines = [`${file.suite} (${file.profile}) on ${file.machine}`];
  for (const [name, value] of Object.entries(file.metrics)) {
    const target = file.targets[name];
    lines.push(`  ${name}: ${value}${target ? `  (target ${target.target}: ${target.met ? 'met' : 'MISSED'})` : ''}`);
  }
  return lines.join('\n');
}

export function readResult(suite: string, profile = 'medium'): unknown {
  return JSON.parse(readFileSync(resultFile(suite, profile), 'utf8'));
}
