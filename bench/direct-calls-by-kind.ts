/**
 * Each kind of the load mix (bench/workload.ts) sent one request at a time through the gateway
 * and through a second one planning every operation (`directCalls: false`), alternated in
 * `--rounds` rounds, on the database the last `npm run bench -- ingest` or `first-load` left:
 * the median latency of each kind on each. A check of what the direct calls change for each
 * kind alone, beside the `gateway` benchmark's throughput under load.
 *
 *   node bench/direct-calls-by-kind.ts [--rounds 6]
 */
import { parseArgs } from 'node:util';
import { benchNeo4j, onServiceStack, planningGateway, round } from './harness.ts';
import { warmUp, workload } from './workload.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '8g' },
  },
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

await onServiceStack(benchNeo4j({ heap: values.heap, pagecache: values.pagecache }), async (db, stack) => {
  const planning = await planningGateway(stack);
  try {
    const requests = await workload(db, stack.auth);
    const gateways = { direct: stack.gatewayUrl, planned: planning.url };
    for (const url of Object.values(gateways)) await warmUp(url, requests);
    const kinds = [...new Set(requests.map((request) => request.name))];
    const times = new Map<string, { direct: number[]; planned: number[] }>(
      kinds.map((kind) => [kind, { direct: [], planned: [] }]),
    );
    for (let turn = 0; turn < Number(values.rounds); turn++) {
      // Each round starts with the other gateway.
      const order = Object.entries(gateways) as Array<[keyof typeof gateways, string]>;
      for (const [name, url] of turn % 2 === 0 ? order : order.reverse()) {
        for (const request of requests) {
          const started = performance.now();
          const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
          await response.text();
          times.get(request.name)?.[name].push(performance.now() - started);
        }
      }
    }
    for (const [kind, { direct, planned }] of times) {
      console.log(JSON.stringify({ kind, directMs: round(median(direct), 1), plannedMs: round(median(planned), 1) }));
    }
  } finally {
    await planning.stop();
  }
});
