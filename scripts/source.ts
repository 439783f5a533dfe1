/**
 * `npm run source -- FILE --mapping M [--agency ID] [--vendor ID] [--param k=v] [--names F] [--dry-run]`:
 * reads a source as its publisher wrote it (CSV, XLSX, NDJSON) through a mapping, into
 * records, disclosures and access grants written by the service's own write functions.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { subjectKeySecret } from '../core/registry/index.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { commandLine, runMain, UsageError } from './cli.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { loadMapping, MappingError } from './sources/mapping.ts';
import { runSource, type SourceSummary } from './sources/run.ts';
import { TableError } from './sources/table.ts';
import { import287gFile, nameMappings } from './sources/g287-file.ts';
import { DomainError } from '../infra/errors.ts';

const BUILT_IN = ['alpr-audit', 'transparency-portal'];
/** The 287(g) list is read as a dated snapshot rather than through a mapping of rows to events. */
const G287 = '287g';

const USAGE = `usage: npm run source -- FILE --mapping NAME|FILE [--agency ID] [--vendor ID]
                          [--param NAME=VALUE]... [--names FILE] [--sheet NAME]
                          [--dry-run] [--rejects FILE]
       npm run source -- FILE --mapping 287g --date YYYY-MM-DD [--source TEXT] [--pending]
                          [--names FILE] [--sheet NAME] [--dry-run]

Reads FILE (CSV, XLSX or NDJSON, by its extension) through a mapping and writes what it
shows through the service's own checks, ledger and idempotency: the same file twice changes
nothing.

  --mapping   a built-in reader (${BUILT_IN.join(', ')}) or a mapping file (JSON or YAML)
  --agency    the county agency whose data the source shows (the mapping's $agency)
  --vendor    the party that holds and answers for it, such as an ALPR vendor ($vendor)
  --param     any other $NAME of the mapping, e.g. --param zone=America/Chicago
  --names     a JSON or YAML file of organisation name → party id, over every other match
  --sheet     the XLSX sheet to read, by name (default: the mapping's, else the first)
  --dry-run   show the first rows as they would be written and every problem; write nothing
  --rejects   where refused rows go as "line N: CODE: message" (default FILE.rejects)

The 287(g) list (--mapping 287g) is a snapshot of ICE's participating agencies, dated --date
(the day it was downloaded): a listed agency enforces immigration law from its signing date,
one a later snapshot leaves out stops on that snapshot's date, a pending one never enforces
(--pending: every row of this file is pending). --names maps "ST: listed name" to a party id.

Exit status: 0 every row committed, 1 some rows refused, 2 usage error or unreadable file.`;

type Parsed = {
  file: string;
  /** Set for the 287(g) list: the snapshot's day, its source, and whether every row is pending. */
  g287?: { date: string; source: string; pending: boolean };
  mapping: string;
  params: Record<string, string>;
  names?: string;
  sheet?: string;
  dryRun: boolean;
  rejects: string;
};

export function parseCommandLine(args: string[]): Parsed | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      agency: { type: 'string' },
      vendor: { type: 'string' },
      param: { type: 'string', multiple: true, default: [] },
      names: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      rejects: { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
      pending: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('name exactly one FILE');
  if (values.mapping === undefined) throw new UsageError('--mapping is required');
  const params: Record<string, string> = {};
  for (const pair of values.param) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--param takes NAME=VALUE, got "${pair}"`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (values.agency !== undefined) params.agency = values.agency;
  if (values.vendor !== undefined) params.vendor = values.vendor;
  const file = positionals[0] as string;
  const g287 = values.mapping === G287;
  if (g287 && values.date === undefined)
    throw new UsageError("--mapping 287g needs --date YYYY-MM-DD, the snapshot's day");
  if (!g287 && (values.date !== undefined || values.pending || values.source !== undefined))
    throw new UsageError('--date, --source and --pending are for --mapping 287g');
  return {
    file,
    ...(g287
      ? {
          g287: {
            date: values.date as string,
            source: values.source ?? `287(g) participating agencies, ${values.date}`,
            pending: values.pending,
          },
        }
      : {}),
    mapping: BUILT_IN.includes(values.mapping)
      ? join(import.meta.dirname, 'sources', 'mappings', `${values.mapping}.yaml`)
      : values.mapping,
    params,
    dryRun: values['dry-run'],
    rejects: values.rejects ?? `${file}.rejects`,
    ...(values.names === undefined ? {} : { names: values.names }),
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
  };
}

async function readNames(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  const value: unknown = extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--names ${file} must map organisation names to party ids`);
  }
  return Object.fromEntries(Object.entries(value).map(([name, id]) => [name, String(id)]));
}

export function report(summary: SourceSummary, dryRun: boolean): string[] {
  const lines: string[] = [];
  if (summary.unknownNames.length > 0) {
    lines.push('organisation names that match no registered party (register them or map them with --names):');
    for (const { name, rows } of summary.unknownNames) lines.push(`  ${JSON.stringify(name)}: ${rows} rows`);
  }
  lines.push(
    dryRun
      ? `dry run: ${summary.rows} rows read, ${summary.committed} would be committed, ${summary.refused} refused; nothing was written`
      : `${summary.committed} committed, ${summary.refused} refused (of ${summary.rows} rows)`,
  );
  return lines;
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => parseCommandLine(args));
  if ('exit' in line) return line.exit;
  const options = line.options;
  let mapping;
  let names: Record<string, string> = {};
  if (options.g287 !== undefined) return main287g(options, options.g287);
  try {
    mapping = await loadMapping(options.mapping);
    if (options.sheet !== undefined) mapping.sheet = options.sheet;
    if (options.names !== undefined) names = await readNames(options.names);
  } catch (error) {
    if (!(error instanceof MappingError || error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  return onDatabase(options.dryRun, async (db) => {
    const summary = await runSource(db, {
      file: options.file,
      mapping,
      params: options.params,
      names,
      secret: subjectKeySecret(),
      dryRun: options.dryRun,
    });
    if (options.dryRun) {
      console.log('the first rows as they would be written:');
      for (const row of summary.preview) console.log(JSON.stringify(row));
      for (const reject of summary.rejects) console.error(reject);
    } else if (summary.refused > 0) {
      await writeFile(options.rejects, summary.rejects.map((reject) => `${reject}\n`).join(''));
      console.error(`refused rows are listed in ${options.rejects}`);
    }
    for (const text of report(summary, options.dryRun)) console.log(text);
    return summary.refused > 0 ? 1 : 0;
  });
}

/**
 * Runs a reading against the graph (the project's own Neo4j, or NEO4J_URI), migrated first
 * unless it is a dry run; a source that cannot be read or applied is one coded line and exit 2.
 */
async function onDatabase(dryRun: boolean, work: (db: Database) => Promise<number>): Promise<number> {
  const connection = await ensureNeo4j({ log: (text) => console.error(text) });
  const db = new Database(connection);
  try {
    await db.verify();
    if (!dryRun) await migrate(db);
    return await work(db);
  } catch (error) {
    if (error instanceof MappingError || error instanceof TableError) console.error(error.message);
    else if (error instanceof DomainError) console.error(`${String(error.extensions.code)}: ${error.message}`);
    else throw error;
    return 2;
  } finally {
    await db.close();
  }
}

async function main287g(options: Parsed, snapshot: NonNullable<Parsed['g287']>): Promise<number> {
  let names: Record<string, string> = {};
  try {
    if (options.names !== undefined) names = await readNames(options.names);
    nameMappings(names);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  return onDatabase(options.dryRun, async (db) => {
    const summary = await import287gFile(db, {
      file: options.file,
      ...snapshot,
      names,
      dryRun: options.dryRun,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    });
    for (const reject of summary.rejects) console.error(reject);
    const counts = summary.counts;
    console.log(
      counts === null
        ? `dry run: ${summary.agencies} agencies read from ${summary.rows} rows, ${summary.rejects.length} refused; nothing was written`
        : counts.alreadyApplied
          ? `287(g) snapshot ${snapshot.date} was already applied: nothing changed`
          : `287(g) snapshot ${snapshot.date}: ${summary.agencies} agencies (${counts.pending} pending); parties added ${counts.added}, matched ${counts.matched}; agreements started ${counts.started}, stopped ${counts.stopped}, unchanged ${counts.unchanged}; ${summary.rejects.length} lines refused`,
    );
    return summary.rejects.length > 0 ? 1 : 0;
  });
}

if (import.meta.main) await runMain(main);
