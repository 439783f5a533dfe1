import { createReadStream, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { splitCsvRecord } from '../subject-key.ts';
import { checkHeader, type Format, type Kind } from './layouts.ts';

/** One data line of the input: its fields, or why they could not be read. */
export type SourceLine = { line: number; fields: Record<string, unknown> } | { line: number; error: string };

/** Past this, an unclosed quote is a broken file rather than a long field. */
const MAX_CSV_RECORD = 1 << 20;

/** The input file, read line by line in flat memory; `bytesRead` is for progress. */
export class LineSource {
  private readonly stream: ReadStream;
  private readonly kind: Kind;
  private readonly format: Format;

  constructor(file: string, kind: Kind, format: Format) {
    this.stream = createReadStream(file);
    this.kind = kind;
    this.format = format;
  }

  get bytesRead(): number {
    return this.stream.bytesRead;
  }

  close(): void {
    this.stream.destroy();
  }

  /**
   * Data lines in file order, numbered as an editor numbers them (a CSV record that spans
   * lines has the number of its first). Lines up to `skipThrough` are read but not parsed.
   * A bad CSV header throws: nothing of the file can be read without it.
   */
  async *lines(skipThrough = 0): AsyncGenerator<SourceLine> {
    const reader = createInterface({ input: this.stream, crlfDelay: Infinity });
    let number = 0;
    let header: string[] | null = null;
    let pending: { start: number; text: string } | null = null;
    for await (const text of reader) {
      number += 1;
      if (this.format === 'ndjson') {
        if (number <= skipThrough || text.trim() === '') continue;
        yield parseJson(number, text);
        continue;
      }
      const record: { start: number; text: string } =
        pending === null ? { start: number, text } : { start: pending.start, text: `${pending.text}\n${text}` };
      const split = splitCsvRecord(record.text);
      if (split === 'unclosed' && record.text.length < MAX_CSV_RECORD) {
        pending = record;
        continue;
      }
      pending = null;
      if (header === null) {
        if (!Array.isArray(split)) throw new Error(`line 1: the CSV header cannot be read`);
        header = split.map((field) => field.value.trim());
        checkHeader(this.kind, header);
        continue;
      }
      if (record.start <= skipThrough || record.text.trim() === '') continue;
      if (split === 'unclosed') yield { line: record.start, error: 'a quoted field is not closed' };
      else if (!Array.isArray(split)) yield { line: record.start, error: split.error };
      else if (split.length !== header.length) {
        yield { line: record.start, error: `${split.length} columns where the header has ${header.length}` };
      } else {
        const columns = header;
        yield { line: record.start, fields: Object.fromEntries(split.map((field, i) => [columns[i], field.value])) };
      }
    }
    if (pending !== null && pending.start > skipThrough) {
      yield { line: pending.start, error: 'a quoted field is not closed at the end of the file' };
    }
  }
}

function parseJson(line: number, text: string): SourceLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own message quotes the text around the fault; a reject never repeats a line.
    const at = /at position (\d+)/.exec((error as Error).message);
    return {
      line,
      error: `not JSON${at ? ` (at character ${Number(at[1]) + 1})` : ' (it ends too soon or holds a stray character)'}`,
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, error: 'a line must be one JSON object' };
  }
  return { line, fields: value as Record<string, unknown> };
}
