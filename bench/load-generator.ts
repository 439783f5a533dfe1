/**
 * The load generator of `npm run bench -- load`, run in a process of its own so that it
 * does not share an event loop with the service it measures: autocannon sends a mix of
 * GraphQL requests (each a body and a bearer token, drawn in turn from a weighted list) at
 * rising concurrency, and prints, as one JSON line per step, throughput, latency
 * percentiles and the errors seen (transport errors, non-2xx answers, GraphQL errors).
 *
 *   node bench/load-generator.ts CONFIG.json
 */
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { signInternalRequest, type Caller, type Target } from '../infra/auth/internal.ts';

/**
 * One body and the headers it goes with: a bearer token, or, for a subgraph called directly,
 * what to sign it with as the gateway would (`signed`): a signature is good for one request.
 */
export type LoadRequest = {
  name: string;
  weight: number;
  headers: Record<string, string>;
  body: string;
  signed?: { secret: string; caller: Caller; target: Target };
};

/** The request's headers, signed afresh when it is signed at all. */
export function headersOf(request: LoadRequest): Record<string, string> {
  if (request.signed === undefined) return request.headers;
  const { secret, caller, target } = request.signed;
  return { ...request.headers, ...signInternalRequest(secret, caller, request.body, target) };
}
export type LoadConfig = {
  url: string;
  seconds: number;
  concurrency: number[];
  /** The run stops after the first step whose p99 is above this, in milliseconds. */
  stopAboveP99Ms: number;
  requests: LoadRequest[];
};
export type StepResult = {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  /** Mean latency: finer than the percentiles, which autocannon keeps in whole milliseconds. */
  meanMs: number;
  p99Ms: number;
  requests: number;
  errors: number;
  graphqlErrors: number;
};

/** The requests in the order connections take them: each appears as often as its weight says. */
function rotation(requests: readonly LoadRequest[]): LoadRequest[] {
  const list: LoadRequest[] = [];
  const most = Math.max(...requests.map((request) => request.weight));
  for (let round = 0; round < most; round++) {
    for (const request of requests) if (round < request.weight) list.push(request);
  }
  return list;
}

async function step(config: LoadConfig, connections: number): Promise<StepResult> {
  const order = rotation(config.requests);
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: config.url,
    connections,
    duration: config.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const chosen = order[next++ % order.length] as LoadRequest;
          return {
            ...request,
            headers: headersOf(chosen),
            body: chosen.body,
          };
        },
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    meanMs: result.latency.average,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    graphqlErrors,
  };
}

if (import.meta.main) {
  const config = JSON.parse(await readFile(process.argv[2] as string, 'utf8')) as LoadConfig;
  for (const connections of config.concurrency) {
    const result = await step(config, connections);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.p99Ms > config.stopAboveP99Ms) break;
  }
}
