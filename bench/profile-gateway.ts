/**
 * Where the gateway's time goes: the gateway benchmark's cheap query, sent one at a time
 * through the gateway, through a second one planning it (`directCalls: false`) and straight to
 * the registry subgraph (signed as the gateway signs), alternated in `--rounds` rounds, on the
 * database the last `npm run bench -- ingest` left. Prints each round's mean latency and the
 * process's CPU time a request on each path (client, gateways and subgraphs share the
 * process: the differences are the gateways' own), and the medians of the rounds' differences.
 * With `--profile-to DIR`, a CPU profile of the first round's requests on each path.
 *
 *   node bench/profile-gateway.ts [--requests 1500] [--rounds 10] [--profile-to DIR]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import { internalSecret, signInternalRequest } from '../infra/auth/internal.ts';
import { issueDevelopmentToken } from '../infra/auth/tokens.ts';
import { benchNeo4j, onServiceStack, planningGateway, round } from './harness.ts';
import { A_PARTY, benchCaller, PARTY } from './suites/gateway.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '1500' },
    rounds: { type: 'string', default: '10' },
    'profile-to': { type: 'string' },
    heap: { type: 'string', default: '1g' },
    pagecache: { type: 'string', default: '512m' },
  },
});
const count = Number(values.requests);

/** Mean milliseconds of `count` requests sent one after the other, and the process's CPU milliseconds a request. */
async function timed(
  url: string,
  headers: () => Record<string, string>,
  body: string,
): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { method: 'POST', headers: headers(), body });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors !== undefined) throw new Error(JSON.stringify(answer.errors));
  }
  const used = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / count, cpuMs: (used.user + used.system) / 1000 / count };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

await onServiceStack(benchNeo4j({ heap: values.heap, pagecache: values.pagecache }), async (db, stack) => {
  const id = (await db.read((tx) => tx.run<{ id: string }>(A_PARTY, {})))[0]?.id as string;
  const body = JSON.stringify({ query: PARTY, variables: { id } });
  const analyst = DEVELOPMENT_PRINCIPALS.ANALYST;
  const token = await issueDevelopmentToken(analyst, stack.auth);
  const viaGateway = () => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const secret = internalSecret();
  const direct = () => ({
    'content-type': 'application/json',
    ...signInternalRequest(secret, benchCaller(analyst), body, { audience: 'registry', path: '/graphql' }),
  });
  const planning = await planningGateway(stack);
  const paths = {
    gateway: () => timed(stack.gatewayUrl, viaGateway, body),
    planned: () => timed(planning.url, viaGateway, body),
    subgraph: () => timed(stack.subgraphUrls.registry, direct, body),
  };
  const profiled = async (name: string, work: () => Promise<{ ms: number; cpuMs: number }>) => {
    if (values['profile-to'] === undefined) return work();
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const measured = await work();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(values['profile-to'], `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
    return measured;
  };
  try {
    // Unmeasured, so that each path's code is compiled before it is measured.
    for (const path of Object.values(paths)) await path();
    const rounds: Array<Record<keyof typeof paths, { ms: number; cpuMs: number }>> = [];
    for (let turn = 0; turn < Number(values.rounds); turn++) {
      const measured = {} as Record<keyof typeof paths, { ms: number; cpuMs: number }>;
      const names = Object.keys(paths) as Array<keyof typeof paths>;
      // Each round starts with the next path, so that none is always first.
      for (const name of [...names.slice(turn % 3), ...names.slice(0, turn % 3)]) {
        measured[name] = turn === 0 ? await profiled(name, paths[name]) : await paths[name]();
      }
      rounds.push(measured);
      console.log(
        JSON.stringify(
          Object.fromEntries(
            Object.entries(measured).map(([k, v]) => [k, { ms: round(v.ms, 3), cpuMs: round(v.cpuMs, 3) }]),
          ),
        ),
      );
    }
    const own = (name: 'gateway' | 'planned') => median(rounds.map((each) => each[name].cpuMs - each.subgraph.cpuMs));
    console.log(
      JSON.stringify({
        gatewayCpuMsOwn: round(own('gateway'), 3),
        plannedCpuMsOwn: round(own('planned'), 3),
        savedCpuMs: round(median(rounds.map((each) => each.planned.cpuMs - each.gateway.cpuMs)), 3),
        gatewayLatencyRatio: round(median(rounds.map((each) => each.gateway.ms / each.subgraph.ms)), 2),
        plannedLatencyRatio: round(median(rounds.map((each) => each.planned.ms / each.subgraph.ms)), 2),
        gatewayQuickerInRounds: rounds.filter((each) => each.gateway.ms < each.planned.ms).length,
        rounds: rounds.length,
      }),
    );
  } finally {
    await planning.stop();
  }
});
