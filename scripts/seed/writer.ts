/**
 * An NDJSON file written a line at a time through a buffer, in flat memory: lines are
 * gathered into blocks of 64 KiB, and `ready()` waits for the disk when the
 * stream says it is full, so a county-sized file never piles up in memory.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const BLOCK = 1 << 16;

export class LineWriter {
  readonly path: string;
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private buffered = 0;
  private failure: Error | null = null;
  lines = 0;

  constructor(path: string) {
    this.path = path;
    this.stream = createWriteStream(path, { highWaterMark: 16 * BLOCK });
    // Kept until the next ready() or close(), which throw it: a full disk stops the run.
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  write(line: string): void {
    this.buffer.push(line);
    this.buffered += line.length + 1;
    this.lines++;
    if (this.buffered >= BLOCK) this.flush();
  }

  /** Resolves once the stream can take more; call it between batches of lines. */
  async ready(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    // Asked of the stream, not remembered: another file's wait may have let this one drain.
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.buffer.push('');
    this.stream.write(this.buffer.join('\n'));
    this.buffer = [];
    this.buffered = 0;
  }
}
