/**
 * `npm run import -- FILE [--kind K] [--format F] [--strict] [--rejects FILE] [--batch N]`:
 * bulk import of parties, affiliations, records or disclosures through the service's own
 * write functions (their validation and idempotency), streaming, batched, resumable.
 */
import { parseArgs } from 'node:util';
import { Database } from '../subgraphs/shared/db.ts';
import { migrate } from '../subgraphs/shared/migrations.ts';
import { importFile, type ImportSummary } from './import/importer.ts';
import { FORMATS, guessFromName, KINDS, type Format, type Kind } from './import/layouts.ts';
import { progressOn } from './import/progress.ts';
import { WRITERS, defaultBatch } from './import/writers.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { stat } from 'node:fs/promises';

const USAGE = `usage: npm run import -- FILE [--kind parties|affiliations|records|disclosures]
                          [--format ndjson|csv] [--strict] [--rejects FILE] [--batch N]

Imports one file of one kind into the graph (the project's own Neo4j, or NEO4J_URI).
Kind and format come from the flags or from the file name (x.parties.ndjson, disclosures.csv).

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

  --strict        check every line first (shape, enums, ids unique, parties and records
                  present); if any is bad, report them all and write nothing
  --rejects FILE  where refused lines go, as "line N: CODE: message" (default FILE.rejects)
  --batch N       lines per write and per checkpoint (default and maximum: records ${WRITERS.records.limit},
                  disclosures ${WRITERS.disclosures.limit}; parties and affiliations are written one per
                  transaction, default ${defaultBatch('parties')} per checkpoint)

Refused lines are reported and the rest committed. Every write is idempotent by id, so a
run that was killed can be run again; FILE.checkpoint lets it skip what was committed.
Exit status: 0 all imported, 1 some lines refused (or --strict found bad lines), 2 usage
error or nothing could be done (e.g. Neo4j unreachable).`;

class UsageError extends Error {}

type Parsed = { file: string; kind: Kind; format: Format; strict: boolean; rejects?: string; batch: number };

export function parseCommandLine(args: string[]): Parsed | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean', default: false },
      rejects: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('name exactly one FILE');
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
  return `imported ${summary.lines} lines (created ${summary.created}, unchanged ${summary.unchanged}, refused ${summary.refused}) in ${summary.seconds.toFixed(1)} s, ${rate} lines/s`;
}

export async function main(args: string[]): Promise<number> {
  let parsed: Parsed | 'help';
  try {
    parsed = parseCommandLine(args);
    if (parsed !== 'help') await stat(parsed.file);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const connection = await ensureNeo4j({ log: (line) => console.error(line) });
  const db = new Database(connection);
  try {
    await db.verify();
    await migrate(db);
    const size = (await stat(parsed.file)).size;
    const summary = await importFile(db, {
      ...parsed,
      progress: progressOn(process.stderr, size),
      log: (line) => console.error(line),
    });
    if (summary.strictFailed) {
      console.error(`--strict: ${summary.refused} bad lines, listed in ${summary.rejects}; nothing was written`);
      return 1;
    }
    console.log(summaryLine(summary));
    if (summary.refused > 0) console.error(`refused lines are listed in ${summary.rejects}`);
    return summary.refused > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
