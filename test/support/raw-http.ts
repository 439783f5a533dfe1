import { connect } from 'node:net';

/** What a server said on a raw connection, and whether it closed it. */
export type RawAnswer = { status: number | null; text: string; ms: number; closed: boolean };

/** Whether `text` holds a whole answer with a Content-Length (the gateway's refusals have one). */
function complete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end))?.[1];
  return end >= 0 && length !== undefined && Buffer.byteLength(text.slice(end + 4)) >= Number(length);
}

/**
 * Speaks HTTP/1.1 by hand, as a hostile client does: sends `head` (request line and headers,
 * without the blank line after them unless it is there), then `body` one byte every
 * `everyMs` ms, or at once when `everyMs` is 0, and resolves when a whole answer is in, when
 * the server closes the connection, or after `waitMs` with what it said so far.
 */
export function rawRequest(
  url: string,
  head: string,
  body: string,
  { everyMs, waitMs }: { everyMs: number; waitMs: number },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(Number(port), hostname, () => {
      socket.write(head);
      if (everyMs === 0) {
        socket.write(body);
        return;
      }
      timer = setInterval(() => {
        if (sent >= body.length || socket.destroyed) return clearInterval(timer);
        socket.write(body[sent] as string);
        sent += 1;
      }, everyMs);
    });
    const finish = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(deadline);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({ status: status === undefined ? null : Number(status), text, ms: performance.now() - started, closed });
      socket.destroy();
    };
    const deadline = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (complete(Buffer.concat(chunks).toString('utf8'))) finish(false);
    });
    // A reset after the server's answer is how a refused upload may end: what it said counts.
    socket.on('error', () => undefined);
    socket.on('close', () => finish(true));
  });
}

/** The JSON body of a raw HTTP answer, or null. */
export function rawBody(answer: RawAnswer): unknown {
  const start = answer.text.indexOf('\r\n\r\n');
  if (start < 0) return null;
  try {
    return JSON.parse(answer.text.slice(start + 4));
  } catch {
    return null;
  }
}
