import type { IncomingHttpHeaders, IncomingMessage, ServerOptions } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** What the gateway's HTTP server holds a client to before the GraphQL server sees a request. */
export type HttpLimits = {
  /**
   * The largest body read. A disclosure of the 10,000 records a call may carry, with long
   * ids and categories, is about 1 MB, a batch of 1,000 records to register about 0.3 MB;
   * more than this belongs to the bulk import. The subgraphs read at most 16 MB.
   */
  maxBodyBytes: number;
  /** Time to send the headers; Node answers 408 and closes the connection after it. */
  headersTimeoutMs: number;
  /**
   * Time to send the whole request, headers and body (Node's requestTimeout): a client that
   * trickles a byte at a time (slowloris) is cut off with 408. It stops counting once the
   * request is in: a slow answer is the request deadline's business, not this.
   */
  requestTimeoutMs: number;
  /** How often Node looks for requests past those times (its default is 30 s). */
  timeoutCheckMs: number;
};

export const HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 8 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  timeoutCheckMs: 1_000,
};

export function serverOptions(limits: HttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckMs,
  };
}

export type Refusal = { status: number; message: string };

/**
 * A POST refused on its headers alone, before a byte of its body is read or parsed: too
 * large by its Content-Length (413), of no stated length (411; every client that sends a
 * string body states it, and only a stated length can be refused before reading), or not
 * JSON (415). The GraphQL server would read any body whole first and accepts form and
 * `application/graphql` bodies too; a browser sends a form or text/plain cross-site without
 * a CORS preflight, so JSON alone is taken.
 */
export function refusalOf(
  method: string | undefined,
  headers: IncomingHttpHeaders,
  maxBodyBytes: number,
): Refusal | null {
  if (method !== 'POST') return null;
  const length = headers['content-length'];
  if (length === undefined && headers['transfer-encoding'] !== undefined) {
    return { status: 411, message: 'a request body must state its Content-Length' };
  }
  if (length !== undefined && Number(length) > maxBodyBytes) {
    return { status: 413, message: `the request body is ${length} bytes; the gateway reads at most ${maxBodyBytes}` };
  }
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    const given = type === undefined || type === '' ? 'none was given' : `not ${type.slice(0, 100)}`;
    return { status: 415, message: `a GraphQL request must be sent as application/json, ${given}` };
  }
  return null;
}

/**
 * Reads a POST's body whole, before the GraphQL server, and leaves it on the request as the
 * `body` a Node body parser leaves, which the server takes as already read: parsed, when it is
 * a JSON object or array with something in it; else its text, which the server then refuses as
 * it would have (`null`, a number, an empty object). A body that is not JSON is refused here,
 * in a short answer of its own: the server's repeated the whole body, megabytes of it, in its
 * message. Resolves `gone` when the client hung up before the end: nothing is owed to it.
 * Safe to read whole: refusalOf took only a stated length no longer than the limit, and Node
 * reads no byte past the length stated (nor past requestTimeoutMs). The server's own limit,
 * which streamed every body through a second copy (a quarter of a millisecond a request in a
 * profile), then finds the body read and has nothing left to guard.
 */
export function readBodyFirst(request: IncomingMessage): Promise<'read' | 'gone' | Refusal> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('error', () => resolve('gone'));
    request.once('close', () => {
      if (!request.complete) resolve('gone');
    });
    request.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return resolve(notJson(error));
      }
      const filled = typeof parsed === 'object' && parsed !== null && Object.keys(parsed).length > 0;
      (request as IncomingMessage & { body?: unknown }).body = filled ? parsed : text;
      resolve('read');
    });
  });
}

/** The refusal of a body JSON cannot read: where it stopped, when the parser says, never the text. */
function notJson(error: unknown): Refusal {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  const at = position === undefined ? '' : ` (at character ${Number(position) + 1})`;
  return {
    status: 400,
    message: `the request body is not valid JSON${at}: a GraphQL request is one JSON object, with "query" and, if any, "variables"`,
  };
}

/**
 * Every answer of the GraphQL endpoint is its caller's alone and may name a person's records:
 * no browser or proxy keeps a copy to hand out again, to that caller or to another, whether
 * it was asked by POST or by GET, answered or refused.
 */
export function useNoStore(): GatewayPlugin {
  return {
    onResponse({ response }) {
      response.headers.set('cache-control', 'no-store');
    },
  };
}
