/**
 * The CSV files `neo4j-admin database import full` reads: one file per label or relationship
 * type (named on the importer's command line, not on every row), its header naming each
 * column's property and type (`at:datetime`, `seq:long`, `categories:string[]`), `:ID` and
 * `:START_ID`/`:END_ID` joining them. The id columns carry no property name, so they store
 * nothing: every stored property is a column of its own, as the service's Cypher sets it. An
 * empty cell stores no property, as Neo4j stores no null.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export type Cell = string | number | boolean | readonly string[] | null;

/** Between the elements of an array cell: no value of an array the service stores (categories) holds it. */
export const ARRAY_DELIMITER = '|';

const quoted = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

export function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  for (const item of value) {
    if (item.includes(ARRAY_DELIMITER)) throw new RangeError(`an array element holds "${ARRAY_DELIMITER}"`);
  }
  return quoted(value.join(ARRAY_DELIMITER));
}

const FLUSH_BYTES = 1 << 20;

const LINE_BREAK = /[\n\r]/;

/** Whether a cell's text spans lines once written: the importer must then read its file as multiline. */
export function spansLines(value: Cell): boolean {
  if (typeof value === 'string') return LINE_BREAK.test(value);
  return Array.isArray(value) && value.some((item: string) => LINE_BREAK.test(item));
}

/**
 * One CSV file, written in order with its header first; `multiline` says whether any cell
 * holds a line break (a purpose or a legal basis may: the importer then reads that file, and
 * only that one, in its slower multiline mode).
 */
export class CsvFile {
  readonly path: string;
  multiline = false;
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private size = 0;
  private draining: Promise<void> | undefined;

  constructor(dir: string, name: string, header: readonly string[]) {
    this.path = join(dir, name);
    this.stream = createWriteStream(this.path);
    this.pending.push(`${header.join(',')}\n`);
  }

  /** Queues a row. */
  add(values: readonly Cell[]): void {
    this.addLine(`${values.map(cell).join(',')}\n`, !this.multiline && values.some(spansLines));
  }

  /**
   * Queues a row already written as cells (`cell` of each, joined by commas, ended by a line
   * break), which the caller has checked with `spansLines`: `multiline` if any spans lines.
   */
  addLine(line: string, multiline = false): void {
    if (multiline) this.multiline = true;
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_BYTES) this.flush();
  }

  /**
   * While the file is behind its stream, settles once it has caught up: await it before
   * queuing much more. Undefined when the file is not behind.
   */
  get behind(): Promise<void> | undefined {
    return this.draining;
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text) && this.draining === undefined) {
      this.draining = once(this.stream, 'drain').then(() => {
        this.draining = undefined;
      });
    }
  }

  async close(): Promise<void> {
    this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
