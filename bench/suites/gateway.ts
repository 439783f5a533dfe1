/**
 * The gateway against its peers, on the database the last `npm run bench -- ingest` left:
 * the load benchmark's mixed workload (bench/workload.ts) through three gateways over the
 * same running subgraphs, in turn, round after round at one concurrency:
 *
 * - ours: Hive Gateway's runtime with its JavaScript query planner (what `npm start` runs);
 * - ours on Hive Router's Rust query planner (`@graphql-hive/router-runtime`);
 * - Apollo's JavaScript gateway (bench/apollo-gateway.ts).
 *
 * Before any load, every request of the workload is sent to all three and their `data`
 * must be equal, so that they are measured doing the same work. Then the overhead of the
 * gateway itself: one cheap query of one subgraph (a party's name, from the registry),
 * through the gateway and straight to the subgraph with the gateway's signature, alone
 * (one connection: mean latency) and under load (throughput).
 *
 * Each gateway first carries the mix unmeasured for `--warm` seconds, and each round starts
 * with the next gateway, so that the order of the turns favours none.
 *
 *   npm run bench -- gateway [--profile medium] [--seconds 10] [--connections 16] [--rounds 3] [--warm 20]
 */
import { parseArgs } from 'node:util';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { startGateway } from '../../gateway/index.ts';
import { DEVELOPMENT_PRINCIPALS } from '../../infra/auth/dev-principals.ts';
import { internalSecret } from '../../infra/auth/internal.ts';
import { createTokenVerifier, issueDevelopmentToken, type Claims } from '../../infra/auth/tokens.ts';
import { exposureFromEnv } from '../../infra/config.ts';
import { startApolloGateway } from '../apollo-gateway.ts';
import { benchNeo4j, onServiceStack, round, SEED_FLAGS, type Suite, type SuiteResult } from '../harness.ts';
import type { LoadRequest, StepResult } from '../load-generator.ts';
import { generate, MIX, warmUnderLoad, warmUp, workload } from '../workload.ts';
import { type RunningService } from '../../infra/http.ts';

/** The cheap query the gateway's own cost is measured on, and a party to ask it of. */
export const PARTY = /* GraphQL */ `
  query GatewayOverhead($id: ID!) {
    party(id: $id) {
      id
      name
      kind
    }
  }
`;
export const A_PARTY = /* cypher */ `MATCH (p:Party) RETURN p.id AS id ORDER BY p.id LIMIT 1`;

/** What the gateway would sign for `claims`, for a call straight to a subgraph. */
export const benchCaller = (claims: Claims) => ({
  principal: { id: claims.subject, roles: claims.roles, organisation: claims.organisation, requestId: 'bench' },
  requestId: 'bench',
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Every request's `data` must be the same through each gateway (the access log's ids aside, none differ). */
async function sameAnswers(urls: Record<string, string>, requests: readonly LoadRequest[]): Promise<void> {
  for (const request of requests) {
    const answers = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
        return [name, JSON.stringify(((await response.json()) as { data?: unknown }).data ?? null)] as const;
      }),
    );
    const [first, ...others] = answers;
    for (const other of others) {
      if (other[1] !== first?.[1]) {
        throw new Error(`gateway: ${other[0]} answered the ${request.name} request otherwise than ${first?.[0]}`);
      }
    }
  }
}

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      rounds: { type: 'string', default: '3' },
      warm: { type: 'string', default: '20' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '8g' },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const warm = Number(values.warm);
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  return onServiceStack(options, async (db, stack) => {
    const peers: RunningService[] = [];
    try {
      const shared = {
        subgraphUrls: stack.subgraphUrls,
        verify: await createTokenVerifier(stack.auth),
        internalSecret: internalSecret(),
        host: '127.0.0.1',
        port: 0,
      };
      peers.push(await startGateway({ ...shared, exposure: exposureFromEnv(), logging: false, unifiedGraphHandler }));
      peers.push(await startApolloGateway(shared));
      const urls = { hive: stack.gatewayUrl, hiveRustPlanner: peers[0]!.url, apollo: peers[1]!.url };

      const requests = await workload(db, stack.auth);
      for (const url of Object.values(urls)) await warmUp(url, requests);
      await sameAnswers(urls, requests);

      // Unmeasured load through each first: Neo4j's and Node's compilers reach their steady
      // code only after a few thousand requests, and the first gateway measured paid for it.
      const warmed: Record<string, StepResult> = {};
      for (const [name, url] of Object.entries(urls))
        warmed[name] = await warmUnderLoad(url, requests, warm, connections);
      const mixed: Record<keyof typeof urls, StepResult[]> = { hive: [], hiveRustPlanner: [], apollo: [] };
      const gateways = Object.entries(urls) as [keyof typeof urls, string][];
      for (let round = 0; round < Number(values.rounds); round++) {
        // Each round starts with the next gateway, so that none is always measured first or last.
        const order = [...gateways.slice(round % gateways.length), ...gateways.slice(0, round % gateways.length)];
        for (const [name, url] of order) {
          console.error(`round ${round + 1}, ${name}`);
          const [step] = await generate({
            url,
            seconds,
            concurrency: [connections],
            stopAboveP99Ms: Infinity,
            requests,
          });
          mixed[name].push(step as StepResult);
        }
      }
      const rps = (name: keyof typeof urls) => median(mixed[name].map((step) => step.requestsPerSecond));
      const p99 = (name: keyof typeof urls) => median(mixed[name].map((step) => step.p99Ms));

      // The gateway's own cost: one registry query, through it and straight to the subgraph.
      const id = (await db.read((tx) => tx.run<{ id: string }>(A_PARTY, {})))[0]?.id as string;
      const body = JSON.stringify({ query: PARTY, variables: { id } });
      const analyst = DEVELOPMENT_PRINCIPALS.ANALYST;
      const viaGateway: LoadRequest = {
        name: 'party',
        weight: 1,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await issueDevelopmentToken(analyst, stack.auth)}`,
        },
        body,
      };
      // Signed afresh for each request, as the gateway signs: a signature is good for one.
      const direct = (): LoadRequest => ({
        ...viaGateway,
        headers: { 'content-type': 'application/json' },
        signed: {
          secret: shared.internalSecret,
          caller: benchCaller(analyst),
          target: { audience: 'registry', path: '/graphql' },
        },
      });
      await warmUp(stack.gatewayUrl, [viaGateway]);
      await warmUp(stack.subgraphUrls.registry, [direct()]);
      const overhead = async (count: number) => {
        const [gateway] = await generate({
          url: stack.gatewayUrl,
          seconds,
          concurrency: [count],
          stopAboveP99Ms: Infinity,
          requests: [viaGateway],
        });
        const [subgraph] = await generate({
          url: stack.subgraphUrls.registry,
          seconds,
          concurrency: [count],
          stopAboveP99Ms: Infinity,
          requests: [direct()],
        });
        return { gateway: gateway as StepResult, subgraph: subgraph as StepResult };
      };
      const alone = await overhead(1);
      const loaded = await overhead(connections);
      // What another gateway adds to the same call: the second HTTP hop every gateway makes.
      await warmUp(urls.apollo, [viaGateway]);
      const [apolloAlone] = (await generate({
        url: urls.apollo,
        seconds,
        concurrency: [1],
        stopAboveP99Ms: Infinity,
        requests: [viaGateway],
      })) as StepResult[];
      const failed = [
        ...Object.values(mixed).flat(),
        alone.gateway,
        alone.subgraph,
        apolloAlone as StepResult,
        loaded.gateway,
        loaded.subgraph,
      ].reduce((sum, step) => sum + step.errors + step.graphqlErrors, 0);

      return {
        profile: values.profile,
        metrics: {
          throughputVsApolloGateway: round(rps('hive') / rps('apollo'), 2),
          p99VsApolloGateway: round(p99('hive') / p99('apollo'), 2),
          rustPlannerThroughputVsJavaScript: round(rps('hiveRustPlanner') / rps('hive'), 2),
          rustPlannerP99VsJavaScript: round(p99('hiveRustPlanner') / p99('hive'), 2),
          gatewayOverheadLatencyRatio: round(alone.gateway.meanMs / alone.subgraph.meanMs, 2),
          apolloOverheadLatencyRatio: round((apolloAlone as StepResult).meanMs / alone.subgraph.meanMs, 2),
          gatewayOverheadThroughputRatio: round(
            loaded.subgraph.requestsPerSecond / loaded.gateway.requestsPerSecond,
            2,
          ),
          hiveRequestsPerSecond: round(rps('hive')),
          hiveRustPlannerRequestsPerSecond: round(rps('hiveRustPlanner')),
          apolloRequestsPerSecond: round(rps('apollo')),
          hiveP99Ms: p99('hive'),
          hiveRustPlannerP99Ms: p99('hiveRustPlanner'),
          apolloP99Ms: p99('apollo'),
          errors: failed,
        },
        targets: {
          throughputVsApolloGateway: { min: 1 },
          gatewayOverheadLatencyRatio: { max: 1.3 },
          errors: { max: 0 },
        },
        settings: {
          seed: Number(values.seed),
          secondsPerStep: seconds,
          connections,
          rounds: Number(values.rounds),
          mix: MIX,
          warmUp: warmed,
          mixed,
          overhead: { query: 'party(id) { id name kind } as an ANALYST', alone, loaded, apolloAlone },
          neo4jHeap: values.heap,
          neo4jPageCache: values.pagecache,
        },
      };
    } finally {
      for (const peer of peers) await peer.stop();
    }
  });
}

export const gatewaySuite: Suite = {
  usage:
    'the mixed workload through our gateway, on Hive Router’s Rust planner and through @apollo/gateway, and the gateway’s overhead over a subgraph, on the database the last ingest left [--profile medium] [--seconds 10] [--connections 16] [--rounds 3] [--warm 20]',
  run,
};
