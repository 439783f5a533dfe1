/**
 * The CSV files `neo4j-admin database import full` reads: one file per label or relationship
 * type, its header naming each column's property and type (`at:datetime`, `seq:long`,
 * `categories:string[]`), `:ID(space)` and `:START_ID(space)`/`:END_ID(space)` joining them.
 * The id columns carry no property name, so they store nothing: every stored property is a
 * column of its own, as the service's Cypher sets it. An empty cell stores no property, as
 * Neo4j stores no null.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export type Cell = string | number | boolean | readonly string[] | null;

/** Between the elements of an array cell: no value of an array the service stores (categories) holds it. */
export const ARRAY_DELIMITER = '|';

const quoted = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

function cell(value: Cell): string {
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
function spansLines(value: Cell): boolean {
  if (typeof value === 'string') return LINE_BREAK.test(value);
  return Array.isArray(value) && value.some((item: string) => LINE_BREAK.test(item));
}

/**
 * One CSV file, written in order with its header first; `rows` counts what was written, and
 * `multiline` whether any cell holds a line break (a purpose or a legal basis may: the
 * importer then reads that file, and only that one, in its slower multiline mode).
 */
export class CsvFile {
  readonly path: string;
  rows = 0;
  multiline = false;
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private size = 0;

  constructor(dir: string, name: string, header: readonly string[]) {
    this.path = join(dir, name);
    this.stream = createWriteStream(this.path);
    this.pending.push(`${header.join(',')}\n`);
  }

  /** Queues a row; await the result to let the file catch up when much is queued. */
  async add(values: readonly Cell[]): Promise<void> {
    if (!this.multiline && values.some(spansLines)) this.multiline = true;
    const line = `${values.map(cell).join(',')}\n`;
    this.pending.push(line);
    this.rows += 1;
    this.size += line.length;
    if (this.size >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
