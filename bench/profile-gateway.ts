/**
 * Where the gateway's time goes: the gateway benchmark's cheap query, sent one at a time
 * through the gateway and straight to the registry subgraph (signed as the gateway signs),
 * on the database the last `npm run bench -- ingest` left; with `--profile-to DIR`, a CPU
 * profile of the gateway requests alone (the whole process: client, gateway and subgraphs).
 *
 *   node bench/profile-gateway.ts [--requests 2000] [--profile-to DIR]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import { internalSecret, signInternalRequest } from '../infra/auth/internal.ts';
import { issueDevelopmentToken } from '../infra/auth/tokens.ts';
import { benchNeo4j, onServiceStack, round } from './harness.ts';
import { A_PARTY, benchCaller, PARTY } from './suites/gateway.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    'profile-to': { type: 'string' },
    heap: { type: 'string', default: '1g' },
    pagecache: { type: 'string', default: '512m' },
  },
});
const count = Number(values.requests);

/** Mean milliseconds of `count` requests sent one after the other. */
async function timed(url: string, headers: () => Record<string, string>, body: string): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { method: 'POST', headers: headers(), body });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors !== undefined) throw new Error(JSON.stringify(answer.errors));
  }
  return (performance.now() - started) / count;
}

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
  await timed(stack.gatewayUrl, viaGateway, body);
  await timed(stack.subgraphUrls.registry, direct, body);

  const profiled = async (name: string, work: () => Promise<number>): Promise<number> => {
    if (values['profile-to'] === undefined) return work();
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const ms = await work();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(values['profile-to'], `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
    return ms;
  };
  const gatewayMs = await profiled('gateway', () => timed(stack.gatewayUrl, viaGateway, body));
  const subgraphMs = await profiled('subgraph', () => timed(stack.subgraphUrls.registry, direct, body));
  console.log(
    JSON.stringify({
      gatewayMs: round(gatewayMs, 3),
      subgraphMs: round(subgraphMs, 3),
      ratio: round(gatewayMs / subgraphMs, 2),
    }),
  );
});
