/**
 * `npm run neo4j -- dump FILE` and `load FILE`: the local database as one archive, through
 * the engine's own `neo4j-admin database dump|load` (org.neo4j.cli.AdminTool, in the
 * provisioned jars). Community edition dumps and loads a stopped database only, so both
 * refuse while the server runs. A dump is written beside FILE and renamed when complete; a
 * load replaces the database (the password, kept outside it, stays).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lastLines } from './command.ts';
import { Neo4jOpsError } from './errors.ts';
import { findJava } from './java.ts';
import { withLock } from './lock.ts';
import { display, pathsFor, type Paths } from './paths.ts';
import { isProvisioned, neo4jVersion } from './provision.ts';
import { runningServer } from './run-files.ts';

const DATABASE = 'neo4j';

type ArchiveOptions = { home?: string; lib?: string; log?: (line: string) => void };

export async function dumpNeo4j(file: string, opts: ArchiveOptions = {}): Promise<void> {
  const p = pathsFor(opts);
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  await withStoppedDatabase(p, 'dump', async (run) => {
    try {
      await run(['database', 'dump', DATABASE, '--to-stdout'], { stdout: partial });
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
  });
  opts.log?.(`Dumped database ${DATABASE} of ${display(p.home)} to ${display(target)}.`);
}

export async function loadNeo4j(file: string, opts: ArchiveOptions = {}): Promise<void> {
  const p = pathsFor(opts);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new Neo4jOpsError('NEO4J_NO_DUMP', `neo4j load: no dump at ${display(source)}`);
  await withStoppedDatabase(p, 'load', (run) =>
    run(['database', 'load', DATABASE, '--from-stdin', '--overwrite-destination=true'], { stdin: source }),
  );
  opts.log?.(`Loaded ${display(source)} into database ${DATABASE} of ${display(p.home)}; start Neo4j to use it.`);
}

/**
 * A first load: the CSV files of scripts/first-load (a file per label or type, their headers
 * naming property types) written by `neo4j-admin database import full` as the home's
 * database, replacing the one there. Their ids are the store's own node ids. Quoted fields may
 * span lines in the files `multiline` names, and only there: the importer splits the others
 * among its threads, which it cannot do where a line break may sit inside a field. Arrays use
 * the files' own delimiter. Paths are taken as they are, never as patterns. The importer's
 * stages wait on one another and on the disk, so on a small machine it runs more threads than
 * cores (IMPORT_THREADS).
 */
/**
 * At least four: on two cores the importer's default of one thread a core left them idle in
 * turn. Four made the medium county's import a sixth quicker (16.1 to 13.2 s, three runs each,
 * alternated) and the county's a fifth (101.1 to 80.0 and 82.1 s); six, eight and twelve were
 * within the spread of four (74.9 to 81.3 s on the county). A larger machine keeps the default.
 */
export const IMPORT_THREADS = Math.max(4, availableParallelism());

export async function importNeo4j(
  files: {
    nodes: ReadonlyArray<{ label: string; file: string }>;
    relationships: ReadonlyArray<{ type: string; file: string }>;
    multiline: readonly string[];
    arrayDelimiter: string;
  },
  opts: ArchiveOptions & { signal?: AbortSignal } = {},
): Promise<void> {
  const p = pathsFor(opts);
  await withStoppedDatabase(p, 'import', (run) =>
    run(
      [
        'database',
        'import',
        'full',
        DATABASE,
        '--overwrite-destination=true',
        '--path-pattern-style=none',
        '--id-type=actual',
        `--threads=${IMPORT_THREADS}`,
        ...(files.multiline.length === 0
          ? []
          : [
              '--multiline-fields-format=v2',
              `--multiline-fields=${files.multiline.map((file) => path.resolve(file)).join(',')}`,
            ]),
        `--array-delimiter=${files.arrayDelimiter}`,
        ...files.nodes.map(({ label, file }) => `--nodes=${label}=${path.resolve(file)}`),
        ...files.relationships.map(({ type, file }) => `--relationships=${type}=${path.resolve(file)}`),
      ],
      opts.signal === undefined ? {} : { signal: opts.signal },
    ),
  );
  opts.log?.(
    `Imported ${files.nodes.length + files.relationships.length} CSV files into database ${DATABASE} of ${display(p.home)}.`,
  );
}

/** Whether the home holds a database store already (started once, loaded, or imported). */
export function hasDatabase(opts: ArchiveOptions = {}): boolean {
  return existsSync(path.join(pathsFor(opts).dataDir, 'databases', DATABASE));
}

/** What an admin command reads and writes, and a signal that stops it (its process is ended). */
type Io = { stdin?: string; stdout?: string; signal?: AbortSignal };
type Run = (args: string[], io: Io) => Promise<void>;

/** Runs admin commands against the home's stopped database, under the home's lock. */
async function withStoppedDatabase(p: Paths, what: string, work: (run: Run) => Promise<void>): Promise<void> {
  if (!(await isProvisioned(p.lib, neo4jVersion()))) {
    throw new Neo4jOpsError(
      'NEO4J_NOT_PROVISIONED',
      `neo4j ${what}: Neo4j is not provisioned in ${display(p.lib)}; run npm run neo4j -- start once`,
    );
  }
  const java = await findJava();
  await withLock(p, async () => {
    const running = await runningServer(p);
    if (running) {
      throw new Neo4jOpsError(
        'NEO4J_RUNNING',
        `neo4j ${what}: Neo4j is running (pid ${running.pid}); stop it first with npm run neo4j -- stop`,
      );
    }
    // The admin tool reads neo4j.conf from NEO4J_CONF: an empty one keeps every directory under the home.
    const conf = await mkdtemp(path.join(tmpdir(), 'neo4j-admin-conf-'));
    try {
      await writeFile(path.join(conf, 'neo4j.conf'), '');
      await work((args, io) => adminTool(java.path, p, conf, args, io));
    } finally {
      await rm(conf, { recursive: true, force: true });
    }
  });
}

function adminTool(java: string, p: Paths, conf: string, args: string[], io: Io): Promise<void> {
  // The importer's id mapper uses direct buffers, which the JDK keeps closed unless opened (as server.ts does).
  const jvm = ['--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED'];
  const child = spawn(java, [...jvm, '-cp', path.join(p.lib, '*'), 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: conf },
    stdio: [io.stdin ? 'pipe' : 'ignore', io.stdout ? 'pipe' : 'ignore', 'pipe'],
    ...(io.signal === undefined ? {} : { signal: io.signal }),
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const piped = [
    io.stdin && child.stdin ? pipeline(createReadStream(io.stdin), child.stdin) : null,
    io.stdout && child.stdout ? pipeline(child.stdout, createWriteStream(io.stdout)) : null,
  ];
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  return Promise.all([exited, ...piped]).then(([code]) => {
    if (code !== 0) {
      throw new Neo4jOpsError(
        'NEO4J_ADMIN_FAILED',
        `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${lastLines(errors, 15).join('\n')}`,
      );
    }
  });
}
