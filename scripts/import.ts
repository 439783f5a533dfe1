/**
 * `npm run import -- FILE|DIR [--kind K] [--format F] [--strict] [--rejects FILE] [--batch N]`:
 * bulk import of every kind the registry and the lineage hold through the service's own
 * write functions (their validation and idempotency), streaming, batched, resumable.
 */
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { importFile, type ImportSummary } from './import/importer.ts';
import { FORMATS, guessFromName, KINDS, type Format, type Kind } from './import/layouts.ts';
import { progressOn } from './import/progress.ts';
import { WRITERS, defaultBatch } from './import/writers.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const USAGE = `usage: npm run import -- FILE|DIR [--kind KIND] [--format ndjson|csv] [--strict]
                                   [--rejects FILE] [--batch N]

Imports one file of one kind into the graph (the project's own Neo4j, or NEO4J_URI).
Kind and format come from the flags or from the file name (x.parties.ndjson, disclosures.csv).
A directory (such as one written by npm run seed) is imported file by file in the order
${KINDS.join(', ')}: every file in it whose name says its kind.

Layouts (NDJSON: one object per line with these members; CSV: a header row naming these
columns in any order, RFC 4180 quotes, an empty cell for an optional field):
  parties       id, name, kind
  affiliations  id, fromPartyId, kind (EMPLOYEE_OF|AGENT_OF|CONTRACTOR_OF), toPartyId,
                from, until?, reference?                       (instants with an offset)
  records       id, subjectKey (64 hex), originPartyId, sourceSystem, sourceRecordId,
                categories (NDJSON array; CSV NAME|DATE_OF_BIRTH), createdAt
  disclosures   id, at, fromPartyId, toPartyId, purpose, channel, legalBasis?,
                agreementReference?, reportedBy?, records
                (NDJSON [{"recordId":"r-1","categories":["NAME"]},{"recordId":"r-2"}];
                 CSV r-1:NAME|DATE_OF_BIRTH;r-2 — no categories means all of the record's)
  enforcement   id, partyId, from, until?, basis
  grants        id, agencyPartyId, granteePartyId, dataset, purpose, from, until?,
                agreementReference?
  deletions     id, holderPartyId, at, recordIds (NDJSON array; CSV r-1;r-2), reportedBy?
  retractions   id, disclosureId, at, reason, filedByPartyId? (default: the disclosure's sender)
  compliance    type, document: one compliance document per line, the document being the
                input of the mutation of its type (NDJSON an object; CSV its JSON text):
                AGREEMENT (recordAgreement), RECIPIENT_CERTIFICATION, RECIPIENT_LIST, AUDIT,
                VIOLATION_NOTICE, CEASE_ORDER, DELETION_DEMAND, DETAINER_REQUEST,
                IMMIGRATION_ACCESS_REQUEST, COMPLAINT, COMPLAINT_STATUS

  --strict        check every line first (shape, enums, ids unique, parties and records
                  present); if any is bad, report them all and write nothing
  --rejects FILE  where refused lines go, as "line N: CODE: message" (default FILE.rejects)
  --batch N       lines per write and per checkpoint (parties: default ${WRITERS.parties.batch}, maximum
                  ${WRITERS.parties.limit}; records: default and maximum ${WRITERS.records.limit}; disclosures: default
                  ${WRITERS.disclosures.batch}, maximum ${WRITERS.disclosures.limit}; the other kinds are written one per
                  transaction, default ${defaultBatch('grants')} per checkpoint)

Refused lines are reported and the rest committed. Every write is idempotent by id, so a
run that was killed can be run again; FILE.checkpoint lets it skip what was committed.
Exit status: 0 all imported, 1 some lines refused (or --strict found bad lines), 2 usage
error or nothing could be done (an empty file, one that is not UTF-8 text, Neo4j
unreachable). A reject names its line and never repeats what the line holds.`;

type Parsed = { file: string; kind: Kind; format: Format; strict: boolean; rejects?: string; batch: number };

const OPTIONS = {
  kind: { type: 'string' },
  format: { type: 'string' },
  strict: { type: 'boolean', default: false },
  rejects: { type: 'string' },
  batch: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCommandLine(args: string[]): Parsed | 'help' {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('name exactly one FILE or DIR');
  const file = positionals[0] as string;
  const guessed = guessFromName(file);
  const kind = values.kind ?? guessed.kind;
  const format = values.format ?? guessed.format;
  if (kind === undefined || !KINDS.includes(kind as Kind)) {
    throw new UsageError(
      `--kind must be one of ${KINDS.join(', ')}${kind ? `, got "${kind}"` : ' (the file name does not say)'}`,
    );
  }
  if (format === undefined || !FORMATS.includes(format as Format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}${format ? `, got "${format}"` : ' (the file name does not say)'}`,
    );
  }
  const limit = WRITERS[kind as Kind].limit;
  const batch = values.batch === undefined ? defaultBatch(kind as Kind) : Number(values.batch);
  if (!Number.isSafeInteger(batch) || batch < 1 || (limit > 1 && batch > limit)) {
    throw new UsageError(
      `--batch must be a whole number from 1${limit > 1 ? ` to ${limit}` : ''}, got "${values.batch}"`,
    );
  }
  return {
    file,
    kind: kind as Kind,
    format: format as Format,
    strict: values.strict,
    batch,
    ...(values.rejects === undefined ? {} : { rejects: values.rejects }),
  };
}

export function summaryLine(summary: ImportSummary): string {
  const rate = summary.seconds > 0 ? Math.round(summary.lines / summary.seconds) : summary.lines;
  const committed = summary.created + summary.unchanged;
  // Said only when some batch read its checks again or was retried (see ImportSummary).
  const again =
    summary.checkedAgain + summary.retried > 0
      ? `; ${summary.checkedAgain === 1 ? '1 batch read its' : `${summary.checkedAgain} batches read their`} checks again, ${summary.retried} retried`
      : '';
  return `imported ${summary.lines} lines: ${committed} committed (created ${summary.created}, unchanged ${summary.unchanged}), ${summary.refused} refused, in ${summary.seconds.toFixed(1)} s, ${rate} lines/s${again}`;
}

/** How much of a file is looked at to tell text from binary: a NUL byte or bytes that are not UTF-8. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Refuses, with a code and no byte of its content, a file that cannot hold a line to import:
 * an empty one, or one that is not text (a spreadsheet, an archive, a text in another encoding).
 */
export async function checkImportable(file: string): Promise<void> {
  const size = (await stat(file)).size;
  if (size === 0) throw new ImportFileError('IMPORT_EMPTY_FILE', `${file} is empty: there is nothing to import`);
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(Math.min(size, SNIFF_BYTES)),
      0,
      Math.min(size, SNIFF_BYTES),
      0,
    );
    const head = buffer.subarray(0, bytesRead);
    // A multi-byte character may be cut at the end of what was read: leave its bytes out.
    const whole = bytesRead < size ? head.subarray(0, Math.max(0, head.length - 3)) : head;
    let text = '';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
    } catch {
      throw new ImportFileError(
        'IMPORT_NOT_TEXT',
        `${file} is not UTF-8 text: the import reads NDJSON or CSV files in UTF-8`,
      );
    }
    if (head.includes(0)) {
      throw new ImportFileError(
        'IMPORT_NOT_TEXT',
        `${file} holds binary data (a NUL byte): the import reads NDJSON or CSV files in UTF-8`,
      );
    }
    if (bytesRead === size && text.trim() === '') {
      throw new ImportFileError('IMPORT_EMPTY_FILE', `${file} holds only blank lines: there is nothing to import`);
    }
  } finally {
    await handle.close();
  }
}

/** A file the import cannot read at all: one coded sentence, exit status 2. */
export class ImportFileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/**
 * The files of a directory, in the order their kinds must be imported; the flags apply to
 * each (not --kind or --rejects, which name one file's).
 */
export async function planDirectory(dir: string, flags: string[]): Promise<Parsed[]> {
  if (flags.some((flag) => /^--(kind|rejects)(=|$)/.test(flag))) {
    throw new UsageError('--kind and --rejects name one file; with a directory, every file says its own kind');
  }
  const planned = (await readdir(dir))
    .filter((name) => !/\.(rejects|checkpoint|tmp)$/.test(name))
    .map((name) => ({ name, ...guessFromName(name) }))
    .filter((entry) => entry.kind !== undefined && entry.format !== undefined)
    .sort((a, b) => KINDS.indexOf(a.kind as Kind) - KINDS.indexOf(b.kind as Kind) || (a.name < b.name ? -1 : 1));
  if (planned.length === 0) throw new UsageError(`${dir} holds no file whose name says its kind and format`);
  return planned.map((entry) => {
    const parsed = parseCommandLine([join(dir, entry.name), ...flags]);
    if (parsed === 'help') throw new UsageError('--help takes no directory');
    return parsed;
  });
}

async function plan(args: string[]): Promise<Parsed[] | 'help'> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const [path] = positionals;
  if (positionals.length === 1 && (await stat(path as string).catch(() => null))?.isDirectory()) {
    return planDirectory(
      path as string,
      args.filter((arg) => arg !== path),
    );
  }
  const parsed = parseCommandLine(args);
  if (parsed !== 'help') await stat(parsed.file).catch((error: Error) => Promise.reject(new UsageError(error.message)));
  return parsed === 'help' ? parsed : [parsed];
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => plan(args));
  if ('exit' in line) return line.exit;
  const jobs = line.options;
  try {
    for (const job of jobs) await checkImportable(job.file);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    console.error(error.message);
    return 2;
  }
  const connection = await ensureNeo4j({ log: (line) => console.error(line) });
  const db = new Database(connection);
  let status = 0;
  try {
    await db.verify();
    await migrate(db);
    for (const job of jobs) {
      const size = (await stat(job.file)).size;
      if (jobs.length > 1) console.error(`${job.file} (${job.kind})`);
      const summary = await importFile(db, {
        ...job,
        progress: progressOn(process.stderr, size),
        log: (line) => console.error(line),
      });
      if (summary.strictFailed) {
        console.error(`--strict: ${summary.refused} bad lines, listed in ${summary.rejects}; nothing was written`);
        return 1;
      }
      if (summary.lines === 0) {
        console.error(`IMPORT_EMPTY_FILE: ${job.file} has no data lines: nothing was imported`);
        return 2;
      }
      console.log(`${jobs.length > 1 ? `${job.kind}: ` : ''}${summaryLine(summary)}`);
      if (summary.refused > 0) {
        console.error(`refused lines are listed in ${summary.rejects}`);
        status = 1;
      }
    }
    return status;
  } finally {
    await db.close();
  }
}

if (import.meta.main) await runMain(main);
