import { createServer, request as forward, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a deployment puts in front of several replicas of one subgraph (a load balancer, a
 * Kubernetes Service): each request goes to the next replica in turn, unchanged. Hive
 * Gateway's runtime takes one URL per subgraph (a transport entry's `location`), so the
 * replicas stand behind one address, as they would in production.
 */
export type RoundRobin = {
  /** The address the gateway is given for the subgraph: the same path, on the balancer. */
  url: string;
  /** Which replica (its index in the list given) answered each request, by the gateway's request id. */
  answeredBy: Map<string, number>;
  stop: () => Promise<void>;
};

export async function startRoundRobin(upstreams: readonly string[]): Promise<RoundRobin> {
  const targets = upstreams.map((url) => new URL(url));
  const agent = new Agent({ keepAlive: true });
  const answeredBy = new Map<string, number>();
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next;
    next = (next + 1) % targets.length;
    const target = targets[index] as URL;
    const requestId = incoming.headers['x-request-id'];
    if (typeof requestId === 'string') answeredBy.set(requestId, index);
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const first = targets[0] as URL;
  return {
    url: `http://127.0.0.1:${port}${first.pathname}`,
    answeredBy,
    stop: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
