/**
 * `node scripts/subject-key.ts --kind KIND [--column N | --field NAME] [--in FILE] [--out FILE]`:
 * for agencies that hash their own extracts before sending them. Replaces each identifier by
 * its subject key and leaves everything else byte for byte as it was, streaming, so an
 * extract of millions of lines runs in flat memory. A refused line goes to stderr as
 * "line N: reason" (never with the identifier) and is left out of the output.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { IDENTIFIER_KINDS, isIdentifierKind, subjectKeyOf, subjectKeySecret } from '../core/registry/index.ts';
import { InputError } from '../infra/errors.ts';

const USAGE = `usage: node scripts/subject-key.ts --kind KIND [--column N | --field NAME] [--in FILE] [--out FILE]

Replaces identifiers by subject keys (HMAC-SHA-256 with SUBJECT_KEY_SECRET, which the county
gives to the agencies that hash their own extracts).

  --kind KIND     ${IDENTIFIER_KINDS.join(', ')}
  --column N      CSV: replace column N (1-based); the first row is a header and is kept
  --field NAME    NDJSON: replace the value of the top-level field NAME in each object
                  (neither: every line is one identifier)
  --in FILE       read FILE instead of standard input
  --out FILE      write FILE (created with mode 0600) instead of standard output

A refused line is reported on standard error as "line N: reason" and left out; an empty
identifier is kept as it was. Exit status: 0 all hashed, 1 some line refused, 2 nothing done.`;

/** Past this, an unclosed quote is a broken file rather than a long field. */
const MAX_CSV_RECORD = 1 << 20;
/** Output is written in chunks of about this many characters. */
const CHUNK = 1 << 16;

type Format = { kind: 'plain' } | { kind: 'csv'; column: number } | { kind: 'ndjson'; field: string };
type Outcome = { hashed: string } | { empty: string } | { refused: string };
type Hash = (raw: string) => string;

export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const line = await commandLine(USAGE, () => parseOptions(args));
  if ('exit' in line) return line.exit;
  const { options } = line;
  let secret: string;
  try {
    secret = subjectKeySecret(env);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (!env.SUBJECT_KEY_SECRET) {
    console.error(
      'warning: SUBJECT_KEY_SECRET is not set; using the local secret in .local/subject-key-secret, so these keys match no other agency’s',
    );
  }
  const { kind, format } = options;
  const input = options.in ? createReadStream(options.in) : process.stdin;
  const output = options.out ? createWriteStream(options.out, { mode: 0o600 }) : process.stdout;
  if (!options.in && process.stdin.isTTY) console.error('reading identifiers from standard input (Ctrl-D to end)');
  const counts = await transform(input, output, format, (raw) => subjectKeyOf(secret, kind, raw));
  if (options.out) {
    output.end();
    await once(output, 'finish');
  }
  const n = (count: number) => count.toLocaleString('en-US');
  const empty = counts.empty > 0 ? `, ${n(counts.empty)} empty kept as they were` : '';
  console.error(
    `hashed ${n(counts.hashed)} line${counts.hashed === 1 ? '' : 's'}, ${n(counts.refused)} refused${empty}`,
  );
  return counts.refused > 0 ? 1 : 0;
}

function parseOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      kind: { type: 'string' },
      column: { type: 'string' },
      field: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help' as const;
  const kind = values.kind?.toUpperCase();
  if (!isIdentifierKind(kind)) throw new UsageError(`--kind must be one of ${IDENTIFIER_KINDS.join(', ')}`);
  if (values.column !== undefined && values.field !== undefined) {
    throw new UsageError('--column (CSV) and --field (NDJSON) exclude each other');
  }
  let format: Format = { kind: 'plain' };
  if (values.column !== undefined) {
    if (!/^[1-9][0-9]{0,5}$/.test(values.column)) throw new UsageError('--column must be a column number from 1');
    format = { kind: 'csv', column: Number(values.column) };
  }
  if (values.field !== undefined) {
    if (values.field === '') throw new UsageError('--field must name a field');
    format = { kind: 'ndjson', field: values.field };
  }
  if (values.in !== undefined && !statSync(values.in, { throwIfNoEntry: false })?.isFile()) {
    throw new UsageError(`--in ${values.in}: no such file`);
  }
  if (values.in !== undefined && values.out !== undefined && resolve(values.in) === resolve(values.out)) {
    throw new UsageError('--out must not be the --in file: it would be emptied before it is read');
  }
  return { kind, format, in: values.in, out: values.out };
}

/** Streams input to output line by line; a CSV record whose quoted field spans lines is kept whole. */
async function transform(input: Readable, output: Writable, format: Format, hash: Hash) {
  const counts = { hashed: 0, refused: 0, empty: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    lines.close();
  };
  input.on('error', fail);
  output.on('error', fail);
  let chunk = '';
  const flush = async () => {
    const text = chunk;
    chunk = '';
    if (text !== '' && !output.write(text)) await once(output, 'drain');
  };
  let lineNumber = 0;
  // A CSV record whose quoted field is still open, and the line it started on.
  let pending: string | null = null;
  let recordStart = 0;
  for await (const line of lines) {
    lineNumber += 1;
    let text = line;
    if (lineNumber === 1 && line.startsWith('\uFEFF')) {
      chunk += '\uFEFF';
      text = line.slice(1);
    }
    if (format.kind !== 'csv') {
      const outcome =
        text.trim() === ''
          ? { empty: text }
          : format.kind === 'plain'
            ? hashPlain(text, hash)
            : hashJson(text, format.field, hash);
      tally(lineNumber, outcome);
    } else {
      if (pending === null) recordStart = lineNumber;
      const record: string = pending === null ? text : `${pending}\n${text}`;
      // Inside an open quoted field, a line without a quote cannot close it: no need to split again.
      const fields = pending !== null && !text.includes('"') ? 'unclosed' : splitCsvRecord(record);
      if (fields === 'unclosed' && record.length < MAX_CSV_RECORD) {
        pending = record;
        continue;
      }
      pending = null;
      if (recordStart === 1) {
        if (Array.isArray(fields) && fields.length < format.column) {
          fail(new UsageError(`--column ${format.column}, but the header has ${fields.length} columns`));
          break;
        }
        chunk += `${record}\n`;
        continue;
      }
      tally(
        recordStart,
        fields === 'unclosed'
          ? { refused: `a quoted field is not closed within ${MAX_CSV_RECORD} characters` }
          : hashCsv(record, fields, format.column, hash),
      );
    }
    if (chunk.length >= CHUNK) await flush();
  }
  if (pending !== null && failure === undefined) {
    tally(recordStart, { refused: 'a quoted field is not closed at the end of the input' });
  }
  await flush();
  if (failure !== undefined) throw failure;
  return counts;

  function tally(at: number, outcome: Outcome) {
    if ('refused' in outcome) {
      counts.refused += 1;
      process.stderr.write(`line ${at}: ${outcome.refused}\n`);
    } else if ('empty' in outcome) {
      counts.empty += 1;
      chunk += `${outcome.empty}\n`;
    } else {
      counts.hashed += 1;
      chunk += `${outcome.hashed}\n`;
    }
  }
}

/** Runs the hash; an identifier it refuses becomes the reason, which never contains it. */
function keyOrReason(raw: string, hash: Hash): { key: string } | { refused: string } {
  try {
    return { key: hash(raw) };
  } catch (error) {
    if (error instanceof InputError) return { refused: error.message };
    throw error;
  }
}

function hashPlain(line: string, hash: Hash): Outcome {
  const result = keyOrReason(line, hash);
  return 'key' in result ? { hashed: result.key } : result;
}

function hashCsv(record: string, fields: CsvField[] | { error: string }, column: number, hash: Hash): Outcome {
  if (!Array.isArray(fields)) return { refused: fields.error };
  const field = fields[column - 1];
  if (!field)
    return {
      refused: `column ${column} is missing (the record has ${fields.length} column${fields.length === 1 ? '' : 's'})`,
    };
  if (field.value.trim() === '') return { empty: record };
  const result = keyOrReason(field.value, hash);
  if (!('key' in result)) return result;
  return { hashed: record.slice(0, field.start) + result.key + record.slice(field.end) };
}

function hashJson(line: string, name: string, hash: Hash): Outcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // JSON.parse's own message quotes the text, which may hold the identifier.
    return { refused: 'not valid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { refused: 'not a JSON object' };
  const members = topLevelMembers(line).filter((member) => member.key === name);
  if (members.length > 1) return { refused: `field "${name}" appears ${members.length} times` };
  const member = members[0];
  const value = (parsed as Record<string, unknown>)[name];
  if (!member || value === null || (typeof value === 'string' && value.trim() === '')) return { empty: line };
  const text = line.slice(member.start, member.end);
  if (typeof value === 'number' && !/^[0-9]+$/.test(text)) {
    return { refused: `field "${name}" is a number that is not a whole number` };
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    return { refused: `field "${name}" is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not a string` };
  }
  const result = keyOrReason(typeof value === 'string' ? value : text, hash);
  if (!('key' in result)) return result;
  return { hashed: `${line.slice(0, member.start)}"${result.key}"${line.slice(member.end)}` };
}

export type CsvField = { start: number; end: number; value: string };

/**
 * RFC 4180 fields of one record, with where each one's text starts and ends, so that one field
 * can be replaced and the rest kept as written. 'unclosed' when a quoted field runs past the
 * end (the record continues on the next line). Quotes elsewhere are refused rather than
 * guessed at, so that a misread line can never put an identifier where a key should be.
 */
export function splitCsvRecord(text: string): CsvField[] | 'unclosed' | { error: string } {
  const fields: CsvField[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return 'unclosed';
        value += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          fields.push({ start: at, end: quote + 1, value });
          at = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      if (at < text.length && text[at] !== ',') {
        return { error: `column ${fields.length}: a closing quote is followed by more text (character ${at + 1})` };
      }
    } else {
      const comma = text.indexOf(',', at);
      const end = comma < 0 ? text.length : comma;
      const value = text.slice(at, end);
      if (value.includes('"')) {
        return {
          error: `column ${fields.length + 1}: a quote inside an unquoted field (character ${at + value.indexOf('"') + 1})`,
        };
      }
      fields.push({ start: at, end, value });
      at = end;
    }
    if (at >= text.length) return fields;
    at += 1; // the comma
    if (at === text.length) {
      fields.push({ start: at, end: at, value: '' });
      return fields;
    }
  }
}

/**
 * Where each top-level member's value starts and ends in a line already known to be a JSON
 * object, so that one value can be replaced without re-serialising the others (JSON.parse
 * would round large numbers and reorder integer-like keys).
 */
function topLevelMembers(text: string): { key: string; start: number; end: number }[] {
  const members: { key: string; start: number; end: number }[] = [];
  let at = skipSpace(text, skipSpace(text, 0) + 1);
  while (text[at] === '"') {
    const keyEnd = endOfString(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = endOfValue(text, start);
    members.push({ key, start, end });
    at = skipSpace(text, end);
    if (text[at] === ',') at = skipSpace(text, at + 1);
  }
  return members;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  return at;
}

function endOfString(text: string, at: number): number {
  for (let i = at + 1; ; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
}

function endOfValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return endOfString(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !' \t\n\r,}]'.includes(text[i]!)) i += 1;
    return i;
  }
  let depth = 0;
  for (let i = at; ; i += 1) {
    const c = text[i];
    if (c === '"') i = endOfString(text, i) - 1;
    else if (c === '{' || c === '[') depth += 1;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
}

// I/O and setup failures end with their message; no identifier reaches an error raised outside the hashing.
if (import.meta.main) await runMain(main);
