/**
 * `npm run first-load -- DIR [--replace-database] [--keep-files DIR]`: a whole county (as
 * `npm run seed` writes it) loaded into an empty, stopped database through the engine's own
 * offline importer, then the database started and migrated. See scripts/first-load/pass.ts
 * for what is checked and how the ledger is made.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { commandLine, runMain, UsageError } from './cli.ts';
import { checkImportable, ImportFileError, summaryLine } from './import.ts';
import { importFile } from './import/importer.ts';
import { KINDS } from './import/layouts.ts';
import { defaultBatch } from './import/writers.ts';
import { ARRAY_DELIMITER } from './first-load/csv.ts';
import { GraphFiles } from './first-load/graph-files.ts';
import { countyFiles, FirstLoadPass, OFFLINE_KINDS, type KindSummary, type PassSummary } from './first-load/pass.ts';
import { hasDatabase, importNeo4j } from './neo4j/archive.ts';
import { pathsFor } from './neo4j/paths.ts';
import { runningServer } from './neo4j/run-files.ts';
import { startNeo4j, stopNeo4j, type Neo4jOptions } from './neo4j/server.ts';

const USAGE = `usage: npm run first-load -- DIR [--replace-database] [--keep-files DIR]

Loads a whole county (the files of DIR, named by kind as npm run import reads them) into the
project's Neo4j when it is stopped and holds no database yet: parties, enforcement,
affiliations, records and disclosures are checked in one streaming pass and written by
neo4j-admin database import full, with their ledger entries; then Neo4j is started, its
migrations applied, and the other kinds (grants, deletions, retractions, compliance) imported
through the service's own write functions, as npm run import does. Neo4j is left running.

Every line gets the checks and the reject codes of npm run import (DIR/FILE.rejects).
Every fact and ledger entry of the offline pass is stamped with one recorded time: the load's.

  --replace-database  the database may exist already: it is replaced, whatever it holds
  --keep-files DIR    write the CSV files there and keep them (default: a temporary folder)

Exit status: 0 all loaded, 1 some lines refused, 2 usage error or nothing could be done
(Neo4j running, a database already there, a file that is not text), 130 or 143 stopped by
Ctrl-C or SIGTERM (the CSV folder removed; the message says what was left).`;

export type FirstLoadOptions = {
  dir: string;
  neo4j?: Neo4jOptions;
  replaceDatabase?: boolean;
  keepFiles?: string;
  log?: (line: string) => void;
  /** Stops the load at the next line of its pass, its engine import at once, or between two later steps. */
  signal?: AbortSignal;
};
export type FirstLoadSummary = {
  kinds: KindSummary[];
  pairs: number;
  ledgerEntries: number;
  loadedAt: string;
  /**
   * The offline pass, a first start of a home never started (its password), the engine's
   * import, the start and migrations, the online kinds.
   */
  seconds: { pass: number; prepare: number; import: number; start: number; online: number };
};

export class FirstLoadError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

const since = (started: number) => (performance.now() - started) / 1000;

/** Where a load was when it was stopped, and what that left. */
const LEFT_AFTER = {
  pass: 'during its pass over the files, before the database was touched',
  import:
    "during the engine's import: the database may be incomplete; run the first load again with --replace-database",
  serving:
    "after the engine's import, while Neo4j was started and migrated or the online kinds imported: Neo4j runs; run the first load again with --replace-database, or import the kinds it did not reach with npm run import",
} as const;

/** Loads the county; the database is left running and migrated. */
export async function firstLoad(options: FirstLoadOptions): Promise<FirstLoadSummary> {
  const log = options.log ?? (() => {});
  const neo4j = options.neo4j ?? {};
  if (!options.replaceDatabase && hasDatabase(neo4j)) {
    throw new FirstLoadError(
      'FIRST_LOAD_NOT_EMPTY',
      'the database exists already: a first load replaces it; use npm run import to add to it, or --replace-database',
    );
  }
  const running = await runningServer(pathsFor(neo4j));
  if (running) {
    throw new FirstLoadError(
      'NEO4J_RUNNING',
      `Neo4j is running (pid ${running.pid}); a first load writes a stopped database: stop it first with npm run neo4j -- stop`,
    );
  }
  const files = await countyFiles(options.dir);
  if (files.length === 0)
    throw new FirstLoadError('IMPORT_EMPTY_FILE', `${options.dir} holds no file whose name says its kind`);
  for (const file of files) await checkImportable(file.file);

  const folder = resolve(options.keepFiles ?? tmpdir());
  if (folder.includes(',')) {
    // The engine's importer reads its lists of files separated by commas.
    throw new FirstLoadError(
      'FIRST_LOAD_BAD_FOLDER',
      `the CSV files' folder ${folder} has a comma in its path, which the engine's importer would split: name another with --keep-files`,
    );
  }
  const work = options.keepFiles ?? (await mkdtemp(join(tmpdir(), 'first-load-')));
  await mkdir(work, { recursive: true });
  const loadedAt = new Date().toISOString();
  const signal = options.signal;
  let step: keyof typeof LEFT_AFTER = 'pass';
  try {
    let started = performance.now();
    const out = new GraphFiles(work);
    let pass: PassSummary;
    try {
      pass = await new FirstLoadPass(out, loadedAt).run(files, signal);
    } catch (error) {
      // Every file closed before the folder is removed, none left open by a stream.
      await out.close().catch(() => undefined);
      throw error;
    }
    const csv = await out.close();
    const seconds = { pass: since(started), prepare: 0, import: 0, start: 0, online: 0 };
    log(
      `checked ${pass.kinds.reduce((sum, kind) => sum + kind.lines, 0)} lines, ${pass.pairs} (record, disclosure) pairs, ${pass.ledgerEntries} ledger entries in ${seconds.pass.toFixed(1)} s`,
    );

    signal?.throwIfAborted();
    step = 'import';
    started = performance.now();
    if (!existsSync(pathsFor(neo4j).passwordFile)) {
      // A home never started has no password and no system database yet: one start makes both.
      await startNeo4j({ ...neo4j, log });
      await stopNeo4j({ ...neo4j, log });
      seconds.prepare = since(started);
      started = performance.now();
    }
    signal?.throwIfAborted();
    await importNeo4j(
      { ...csv, arrayDelimiter: ARRAY_DELIMITER },
      { ...neo4j, log, ...(signal === undefined ? {} : { signal }) },
    );
    seconds.import = since(started);

    step = 'serving';
    signal?.throwIfAborted();
    started = performance.now();
    const db = new Database(await startNeo4j({ ...neo4j, log }));
    const kinds = [...pass.kinds];
    try {
      await db.verify();
      // The store was written a moment ago in the current shape: nothing for the mending statements.
      await migrate(db, undefined, { bornCurrent: true });
      seconds.start = since(started);
      signal?.throwIfAborted();
      started = performance.now();
      const online = files.filter((file) => !(OFFLINE_KINDS as readonly string[]).includes(file.kind));
      online.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
      for (const file of online) {
        signal?.throwIfAborted();
        const summary = await importFile(db, { ...file, batch: defaultBatch(file.kind) });
        log(`${file.kind}: ${summaryLine(summary)}`);
        kinds.push({ kind: file.kind, file: file.file, ...summary });
      }
      seconds.online = since(started);
    } finally {
      await db.close();
    }
    return { kinds, pairs: pass.pairs, ledgerEntries: pass.ledgerEntries, loadedAt, seconds };
  } catch (error) {
    if (signal?.aborted) {
      throw new FirstLoadError('FIRST_LOAD_INTERRUPTED', `the first load was stopped ${LEFT_AFTER[step]}`);
    }
    throw error;
  } finally {
    if (options.keepFiles === undefined) await rm(work, { recursive: true, force: true });
  }
}

function parse(args: string[]): FirstLoadOptions | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'replace-database': { type: 'boolean', default: false },
      'keep-files': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('name exactly one DIR');
  return {
    dir: positionals[0] as string,
    replaceDatabase: values['replace-database'],
    ...(values['keep-files'] === undefined ? {} : { keepFiles: values['keep-files'] }),
  };
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, async () => {
    const parsed = parse(args);
    if (parsed !== 'help' && !(await stat(parsed.dir).catch(() => null))?.isDirectory()) {
      throw new UsageError(`${parsed.dir} is not a directory`);
    }
    return parsed;
  });
  if ('exit' in line) return line.exit;
  // Ctrl-C or SIGTERM stops the load where it can stop cleanly (its CSV folder removed, the
  // engine's importer ended) and says what it left; a second one stops it at once.
  const stopping = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const statusOf = (signal: NodeJS.Signals) => 128 + (constants.signals[signal] ?? 0);
  const stop = (signal: NodeJS.Signals) => {
    if (stoppedBy !== null) process.exit(statusOf(signal));
    stoppedBy = signal;
    console.error(`${signal}: stopping the first load (again to stop at once, leaving its CSV folder behind)`);
    stopping.abort(new Error(`stopped by ${signal}`));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let summary: FirstLoadSummary;
  try {
    summary = await firstLoad({ ...line.options, log: (text) => console.error(text), signal: stopping.signal });
  } catch (error) {
    if (!(error instanceof FirstLoadError || error instanceof ImportFileError || isOpsError(error))) throw error;
    console.error((error as Error).message);
    return stoppedBy === null ? 2 : statusOf(stoppedBy);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  let status = 0;
  for (const kind of summary.kinds) {
    console.log(
      `${kind.kind}: ${kind.lines} lines, created ${kind.created}, unchanged ${kind.unchanged}, refused ${kind.refused}`,
    );
    if (kind.refused > 0) {
      console.error(`refused lines are listed in ${kind.rejects}`);
      status = 1;
    }
  }
  const { pass, import: engine, start, online } = summary.seconds;
  console.log(
    `${summary.pairs} (record, disclosure) pairs and ${summary.ledgerEntries} ledger entries recorded at ${summary.loadedAt}; pass ${pass.toFixed(1)} s, neo4j-admin import ${engine.toFixed(1)} s, start and migrations ${start.toFixed(1)} s, other kinds ${online.toFixed(1)} s`,
  );
  return status;
}

const isOpsError = (error: unknown) =>
  error instanceof Error && /^NEO4J_/.test(String((error as { code?: unknown }).code));

if (import.meta.main) await runMain(main);
