/**
 * The least a gateway can be: one more HTTP hop that does nothing else. It reads a request,
 * sends its body and headers as they are to one upstream over a kept-alive connection, reads
 * the answer and sends it back; no GraphQL is parsed, nothing is checked, signed or planned.
 * The gateway benchmark measures it beside the direct call, so that a gateway's overhead can be
 * read against what the second hop alone costs on the same machine in the same run.
 */
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { listen, type RunningService } from '../infra/http.ts';

/** Hop-by-hop headers, which a proxy never forwards (RFC 9110, 7.6.1), and the host, which names the hop. */
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

function forwarded(headers: IncomingHttpHeaders, length: number): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = { 'content-length': String(length) };
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !NOT_FORWARDED.has(name)) kept[name] = value;
  }
  return kept;
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A bare hop on `host:port` in front of `upstream` (a URL whose path every request is sent to). */
export async function startBareHop(options: { upstream: string; host: string; port: number }): Promise<RunningService> {
  const target = new URL(options.upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readAll(incoming);
      const answer = await new Promise<{ status: number; type: string | undefined; body: Buffer }>(
        (resolve, reject) => {
          const call = httpRequest(
            {
              agent,
              host: target.hostname,
              port: target.port,
              path: target.pathname,
              method: incoming.method,
              headers: forwarded(incoming.headers, body.length),
            },
            (response) => {
              readAll(response).then(
                (read) =>
                  resolve({ status: response.statusCode ?? 502, type: response.headers['content-type'], body: read }),
                reject,
              );
            },
          );
          call.on('error', reject);
          call.end(body);
        },
      );
      outgoing.writeHead(answer.status, {
        'content-type': answer.type ?? 'application/json',
        'content-length': answer.body.length,
      });
      outgoing.end(answer.body);
    })().catch(() => {
      outgoing.statusCode = 502;
      outgoing.end();
    });
  });
  const url = await listen(server, options.host, options.port, 'the bare hop', 'its port');
  return {
    name: 'bare hop',
    url,
    stop: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
