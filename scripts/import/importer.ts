import { appendFile, rm, stat } from 'node:fs/promises';
import { CHANNELS, LEGAL_BASES, REPORTERS } from '../../core/lineage/index.ts';
import { AFFILIATION_KINDS, CATEGORIES, PARTY_KINDS } from '../../core/registry/index.ts';
import type { Database } from '../../infra/db.ts';
import { DomainError, ErrorCode } from '../../infra/errors.ts';
import { readCheckpoint, removeCheckpoint, writeCheckpoint } from './checkpoint.ts';
import { toItem, type Format, type Item, type Kind } from './layouts.ts';
import { LineSource } from './lines.ts';
import { silentProgress, type Progress } from './progress.ts';
import { COMPLIANCE_TYPES } from './compliance-input.ts';
import { checkAll } from './strict.ts';
import { WRITERS } from './writers.ts';
import type { BatchInFlight } from '../../core/lineage/index.ts';

export type ImportOptions = {
  file: string;
  kind: Kind;
  format: Format;
  strict?: boolean;
  /** Default `<file>.rejects`. */
  rejects?: string;
  /** Lines per batch and per checkpoint; default the write function's limit (100 for one-item writers). */
  batch: number;
  progress?: Progress;
  /** Receives notes for the operator (a checkpoint resumed, a strict pass failed). */
  log?: (line: string) => void;
};

export type ImportSummary = {
  /** Data lines handled by this run (after a resumed checkpoint, only those after it). */
  lines: number;
  created: number;
  unchanged: number;
  refused: number;
  /** Lines skipped because a checkpoint said they were committed. */
  skipped: number;
  /** True when --strict found bad lines and nothing was written. */
  strictFailed: boolean;
  seconds: number;
  rejects: string;
  /**
   * Batches of disclosures, each checked while the one before it was written, that read their
   * checks again under the clock: another writer committed between the two, or the batch
   * before was refused, split or retried. Each costs its batch a second read of its checks.
   */
  checkedAgain: number;
  /** Batches of disclosures whose transaction the database ran again after a transient error. */
  retried: number;
};

type Entry = { line: number; item: Item; fields: Record<string, unknown> };

/** Codes that mean "this input is bad", not "the database is": only those are rejected per line. */
const ITEM_CODES = new Set<unknown>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICTING_RESUBMISSION,
]);
export const isItemError = (error: unknown): error is DomainError =>
  error instanceof DomainError && ITEM_CODES.has(error.code);

/**
 * `line N: CODE: message`, one line, as the rejects file holds it. A reject never repeats the
 * content of its line: the line number finds it, and every value the line holds (two
 * characters or more) is replaced by "…" where the message quotes it, a name or an identifier
 * as much as an id. The service's messages say "nothing was written" of one call; in an
 * import that commits the good lines, only this line was not.
 */
export function rejectLine(
  line: number,
  code: string,
  message: string,
  content: unknown = null,
  lineOf: LineOf = () => undefined,
): string {
  // The line's values first, on the message as it was made: rewording before would change a
  // value that holds the words reworded ("… of input[1]"), which then would not be found.
  let text = message;
  for (const value of valuesOf(content).sort((a, b) => b.length - a.length)) {
    // Whole values only: "one" is left out of `"one"`, not out of "none".
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, 'gu'), '…');
  }
  text = inFileTerms(text, lineOf)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/nothing was written/g, 'this line was not written');
  return `line ${line}: ${code}: ${text}\n`;
}

/** The line of the item at a place in the call that refused it, where it is known. */
export type LineOf = (index: number) => number | undefined;

/**
 * A refusal in the file's own terms. The writers name an item by its place in their call
 * (`input[3].categories`), which tells the reader of a file nothing, and which moves as an
 * import takes refused lines out of a batch and retries the rest. The refused item's own place
 * is left out (the reject names its line: `categories: …`), and any other item is named by its
 * line (`is also line 7`), or as another line of the batch where its line is not known.
 */
export function inFileTerms(message: string, lineOf: LineOf): string {
  return (
    message
      .replace(/^input\[(?:\d+|…)\](?:\.([\w.[\]]+))?(?: \(([^)]*)\))?: /, (_, field?: string, about?: string) =>
        field === undefined
          ? about === undefined
            ? ''
            : `${about}: `
          : `${field}${about === undefined ? '' : ` (${about})`}: `,
      )
      // A place the line's values hid (a value "12" and `input[12]`) is known no more.
      .replace(/input\[(\d+|…)\]/g, (_, index: string) => {
        const at = index === '…' ? undefined : lineOf(Number(index));
        return at === undefined ? 'another line of its batch' : `line ${at}`;
      })
  );
}

/** Words of the service's own vocabulary, which say what was expected and hold nothing of a person. */
const VOCABULARY: ReadonlySet<string> = new Set([
  ...CATEGORIES,
  ...PARTY_KINDS,
  ...AFFILIATION_KINDS,
  ...CHANNELS,
  ...LEGAL_BASES,
  ...REPORTERS,
  ...COMPLIANCE_TYPES,
]);

/** Every string and number a parsed line holds, however deep, each once, but the vocabulary's words. */
function valuesOf(content: unknown, found = new Set<string>()): string[] {
  if (typeof content === 'string' || typeof content === 'number') {
    const text = String(content).trim();
    if (text.length >= 2 && !VOCABULARY.has(text)) found.add(text);
  } else if (Array.isArray(content)) for (const item of content) valuesOf(item, found);
  else if (content !== null && typeof content === 'object')
    for (const item of Object.values(content)) valuesOf(item, found);
  return [...found];
}

/**
 * Imports one file of one kind through the service's write functions, in batches. A refused
 * batch is narrowed down to its bad lines (the item a refusal names, else by halves), which
 * go to the rejects file; the rest is committed. With `strict`, a first pass refuses the
 * whole file if any line is bad and writes nothing.
 */
export async function importFile(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const writer = WRITERS[options.kind];
  const batchSize = Math.max(1, Math.min(options.batch, writer.limit === 1 ? options.batch : writer.limit));
  const rejects = options.rejects ?? `${options.file}.rejects`;
  const checkpointFile = `${options.file}.checkpoint`;
  const progress = options.progress ?? silentProgress;
  const log = options.log ?? (() => {});
  const size = (await stat(options.file)).size;
  const summary: ImportSummary = {
    lines: 0,
    created: 0,
    unchanged: 0,
    refused: 0,
    skipped: 0,
    strictFailed: false,
    seconds: 0,
    rejects,
    checkedAgain: 0,
    retried: 0,
  };
  const finish = () => {
    progress.finish();
    summary.seconds = (Date.now() - started) / 1000;
    return summary;
  };

  const checkpoint = await readCheckpoint(checkpointFile, size);
  if (checkpoint === null) await rm(rejects, { force: true });
  else log(`resuming after line ${checkpoint.line} (${checkpointFile})`);

  if (options.strict) {
    const bad = await checkAll(db, options);
    if (bad.length > 0) {
      await appendFile(
        rejects,
        bad.map((reject) => rejectLine(reject.line, reject.code, reject.message, reject.content)).join(''),
      );
      summary.refused = bad.length;
      summary.strictFailed = true;
      return finish();
    }
  }

  const source = new LineSource(options.file, options.kind, options.format);
  // Each batch's refusals, written in line order when it has ended: a line's shape is refused
  // as it is read, the rest as its batch is written.
  type Rejects = Array<{ line: number; text: string }>;
  let pendingRejects: Rejects = [];
  const reject = (
    into: Rejects,
    line: number,
    code: string,
    message: string,
    content: unknown = null,
    lineOf?: LineOf,
  ) => {
    summary.refused += 1;
    into.push({ line, text: rejectLine(line, code, message, content, lineOf) });
  };

  /** Writes entries; a refusal is narrowed down to the refused items, the others committed. */
  const commit = async (entries: readonly Entry[], into: Rejects): Promise<void> => {
    if (entries.length === 0) return;
    try {
      const outcome = await writer.write(
        db,
        entries.map((entry) => entry.item),
      );
      summary.created += outcome.created;
      summary.unchanged += outcome.unchanged;
    } catch (error) {
      if (!isItemError(error)) throw error;
      await narrow(entries, error, into);
    }
  };
  const narrow = async (entries: readonly Entry[], error: DomainError, into: Rejects): Promise<void> => {
    const first = entries[0] as Entry;
    const lineOf: LineOf = (at) => entries[at]?.line;
    if (entries.length === 1) return reject(into, first.line, error.code, error.message, first.fields, lineOf);
    // registerRecords names the item it refused (`input[3].categories`): no need to bisect.
    const named = /^input\[(\d+)\]/.exec(String(error.extensions.field ?? ''));
    const index = named ? Number(named[1]) : -1;
    if (index >= 0 && index < entries.length) {
      const refused = entries[index] as Entry;
      reject(into, refused.line, error.code, error.message, refused.fields, lineOf);
      return commit(
        entries.filter((_, at) => at !== index),
        into,
      );
    }
    const half = Math.ceil(entries.length / 2);
    await commit(entries.slice(0, half), into);
    await commit(entries.slice(half), into);
  };

  /** A batch's refusals in line order, then the checkpoint after its last line. */
  const ended = async (rejected: Rejects, line: number) => {
    if (rejected.length > 0) {
      rejected.sort((a, b) => a.line - b.line);
      await appendFile(rejects, rejected.map((reject) => reject.text).join(''));
    }
    await writeCheckpoint(checkpointFile, { line, size });
    progress.update(summary.lines, source.bytesRead);
  };

  // With a writer that can (`after`), a batch is written while the next is read and checked;
  // at most two are in flight, and each ends (refusals, checkpoint) in file order.
  type InFlight = { next: BatchInFlight; rejected: Rejects; line: number };
  let inFlight: InFlight | null = null;
  const settle = async (batchInFlight: InFlight | null): Promise<void> => {
    if (batchInFlight === null) return;
    await batchInFlight.next.committed;
    await ended(batchInFlight.rejected, batchInFlight.line);
  };

  let batch: Entry[] = [];
  let weight = 0;
  let lastLine = checkpoint?.line ?? 0;
  const flush = async () => {
    const entries = batch;
    const rejected = pendingRejects;
    const line = lastLine;
    batch = [];
    pendingRejects = [];
    weight = 0;
    const earlier = inFlight;
    if (writer.after === undefined || entries.length === 0) {
      inFlight = null;
      await settle(earlier);
      if (writer.atomic) await commit(entries, rejected);
      else for (const entry of entries) await commit([entry], rejected);
      return ended(rejected, line);
    }
    const started = writer.after(
      db,
      entries.map((entry) => entry.item),
      earlier?.next ?? null,
    );
    const committed = started.written.then(
      (outcome) => {
        summary.created += outcome.created;
        summary.unchanged += outcome.unchanged;
        if (outcome.checkedAgain) summary.checkedAgain += 1;
        if (!outcome.committed.firstAttempt) summary.retried += 1;
        return outcome.committed;
      },
      async (error: unknown) => {
        if (!isItemError(error)) throw error;
        await narrow(entries, error, rejected);
        return null;
      },
    );
    // Its failure is thrown where it is awaited, after the batch before it has ended.
    committed.catch(() => {});
    inFlight = {
      next: { locked: started.locked, planned: started.planned, committed },
      rejected,
      line,
    };
    await settle(earlier);
  };

  try {
    for await (const line of source.lines(checkpoint?.line ?? 0)) {
      summary.lines += 1;
      lastLine = line.line;
      if ('error' in line) {
        reject(pendingRejects, line.line, ErrorCode.BAD_USER_INPUT, line.error);
      } else {
        try {
          const item = toItem(options.kind, line.fields, options.format);
          batch.push({ line: line.line, item, fields: line.fields });
          weight += writer.weight?.(item) ?? 0;
        } catch (error) {
          if (!isItemError(error)) throw error;
          reject(pendingRejects, line.line, error.code, error.message, line.fields);
        }
      }
      if (batch.length >= batchSize || weight >= (writer.maxWeight ?? Number.POSITIVE_INFINITY)) await flush();
    }
    await flush();
    const last = inFlight;
    inFlight = null;
    await settle(last);
  } finally {
    // A batch still in flight when an earlier one failed fails with it; it is waited for, so
    // that nothing is written after the import has returned.
    await (inFlight as InFlight | null)?.next.committed.catch(() => {});
    source.close();
  }
  summary.skipped = checkpoint?.line ?? 0;
  await removeCheckpoint(checkpointFile);
  return finish();
}
