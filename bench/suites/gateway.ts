/**
 * The gateway against its peers, on the database the last `npm run bench -- ingest` left:
 * the load benchmark's mixed workload (bench/workload.ts) over the same running subgraphs,
 * in turn, round after round at one concurrency:
 *
 * - ours (Hive Gateway's runtime, what `npm start` runs: an operation one subgraph answers
 *   whole goes to it as one call, gateway/direct-calls.ts; others through its JavaScript query
 *   planner) against Apollo's JavaScript gateway (bench/apollo-gateway.ts): the target;
 * - then ours planning every operation (`directCalls: false`) against ours, started only then:
 *   it runs the same JavaScript as ours, and a second gateway of ours measured between two
 *   turns of ours left ours slower (see below).
 *
 * Before any load, every request of the workload is sent to each pair and their `data` must
 * be equal, so that they are measured doing the same work. Between the two comparisons, the
 * overhead of the gateway itself: one cheap query of one subgraph (a party's name, from the
 * registry), through the gateway, through it planning the query, straight to the subgraph
 * with the gateway's signature,
 * through a bare HTTP hop that only carries that signed call to the subgraph
 * (bench/bare-hop.ts: what any gateway's second hop costs with nothing else done) and through
 * Apollo's gateway, alone (one connection, mean latency, alternated in short rounds, the
 * median of each round's ratio) and, ours and straight, under load (throughput).
 *
 * Each gateway carries the mix unmeasured for `--warm` seconds, twice in turn: the first pass
 * also warms the subgraphs and Neo4j behind every gateway, which the first gateway warmed alone
 * when there was one pass. Then many short rounds, each starting with the next gateway, so that
 * the order of the turns favours none; the throughput against Apollo's gateway is the median of
 * each round's own ratio, so that a machine whose speed drifts over minutes moves both sides of
 * a ratio together.
 *
 *   npm run bench -- gateway [--profile medium] [--seconds 6] [--connections 16] [--rounds 7] [--warm 20]
 */
import { parseArgs } from 'node:util';
import { startGateway } from '../../gateway/index.ts';
import { DEVELOPMENT_PRINCIPALS } from '../../infra/auth/dev-principals.ts';
import { internalSecret } from '../../infra/auth/internal.ts';
import { createTokenVerifier, issueDevelopmentToken, type Claims } from '../../infra/auth/tokens.ts';
import { exposureFromEnv } from '../../infra/config.ts';
import { startApolloGateway } from '../apollo-gateway.ts';
import { startBareHop } from '../bare-hop.ts';
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

/** Rounds of ours with every operation planned against ours, after the comparison with Apollo's. */
const PLANNER_ROUNDS = 3;
/** Rounds, and seconds of each step, of the cheap query alone through each path. */
const OVERHEAD_ROUNDS = 5;
const OVERHEAD_SECONDS = 3;

/** The names in the order of round `turn`: each round starts with the next, so that none is always first or last. */
const rotated = <T>(names: readonly T[], turn: number): T[] => [
  ...names.slice(turn % names.length),
  ...names.slice(0, turn % names.length),
];

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
      seconds: { type: 'string', default: '6' },
      connections: { type: 'string', default: '16' },
      rounds: { type: 'string', default: '7' },
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
      const apollo = await startApolloGateway(shared);
      peers.push(apollo);
      // Ours planning every operation is started only for its own comparison, at the end.
      const urls = { hive: stack.gatewayUrl, apollo: apollo.url, hivePlanned: '' };
      type Name = keyof typeof urls;
      const requests = await workload(db, stack.auth);

      const warmed: Partial<Record<Name, StepResult[]>> = {};
      /** Unmeasured load through each, in turn, `passes` times: Neo4j's and Node's compilers reach their steady code only after a few thousand requests. */
      const warmAll = async (names: Name[], passes: number) => {
        for (let pass = 0; pass < passes; pass++) {
          for (const name of names) {
            (warmed[name] ??= []).push(await warmUnderLoad(urls[name], requests, warm, connections));
          }
        }
      };
      /** `rounds` rounds of the mix through each of `names`, each round starting with the next. */
      const alternate = async (names: Name[], rounds: number) => {
        const steps: Partial<Record<Name, StepResult[]>> = {};
        for (let turn = 0; turn < rounds; turn++) {
          for (const name of rotated(names, turn)) {
            console.error(`round ${turn + 1}, ${name}`);
            const [step] = await generate({
              url: urls[name],
              seconds,
              concurrency: [connections],
              stopAboveP99Ms: Infinity,
              requests,
            });
            (steps[name] ??= []).push(step as StepResult);
          }
        }
        return steps as Record<Name, StepResult[]>;
      };
      const rps = (steps: StepResult[]) => median(steps.map((step) => step.requestsPerSecond));
      const p99 = (steps: StepResult[]) => median(steps.map((step) => step.p99Ms));
      /** Each round's throughput over another's in the same round, measured within seconds of each other. */
      const ratios = (steps: StepResult[], than: StepResult[]) =>
        steps.map((step, index) => round(step.requestsPerSecond / (than[index] as StepResult).requestsPerSecond, 3));

      // Ours against Apollo's, with no third gateway between them: a second gateway of ours
      // runs the same JavaScript (Yoga, envelop, the plugins, the HTTP executor), and measured
      // between two turns of ours it left ours to meet code that V8 had reshaped for it: in the
      // run that showed it (Hive Router's planner), ours was lowest in each round it began after it.
      for (const url of [urls.hive, urls.apollo]) await warmUp(url, requests);
      await sameAnswers({ hive: urls.hive, apollo: urls.apollo }, requests);
      await warmAll(['hive', 'apollo'], 2);
      const mixed = await alternate(['hive', 'apollo'], Number(values.rounds));
      const hiveVsApollo = ratios(mixed.hive, mixed.apollo);

      // The gateway's own cost: one registry query, through it, straight to the subgraph and through Apollo's.
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
      await warmUp(urls.apollo, [viaGateway]);
      // The physical limit of any gateway: a hop that only carries the signed call to the subgraph.
      const hop = await startBareHop({ upstream: stack.subgraphUrls.registry, host: '127.0.0.1', port: 0 });
      peers.push(hop);
      await warmUp(hop.url, [direct()]);
      // Ours planning every operation, for the cheap query and then for the mix.
      const planned = await startGateway({
        ...shared,
        exposure: exposureFromEnv(),
        logging: false,
        directCalls: false,
      });
      peers.push(planned);
      urls.hivePlanned = planned.url;
      await warmUp(planned.url, [viaGateway]);
      // One connection, alternated in short rounds as the mix is: through ours, through ours
      // planning it, straight to the subgraph, through the bare hop, through Apollo's.
      const cheap = {
        hive: { url: stack.gatewayUrl, request: viaGateway },
        hivePlanned: { url: planned.url, request: viaGateway },
        direct: { url: stack.subgraphUrls.registry, request: direct() },
        bareHop: { url: hop.url, request: direct() },
        apollo: { url: urls.apollo, request: viaGateway },
      };
      const alone: Record<keyof typeof cheap, StepResult[]> = {
        hive: [],
        hivePlanned: [],
        direct: [],
        bareHop: [],
        apollo: [],
      };
      const paths = Object.keys(cheap) as Array<keyof typeof cheap>;
      for (let turn = 0; turn < OVERHEAD_ROUNDS; turn++) {
        for (const name of rotated(paths, turn)) {
          const [step] = await generate({
            url: cheap[name].url,
            seconds: OVERHEAD_SECONDS,
            concurrency: [1],
            stopAboveP99Ms: Infinity,
            requests: [cheap[name].request],
          });
          alone[name].push(step as StepResult);
        }
      }
      const latencyRatios = (steps: StepResult[]) =>
        steps.map((step, index) => round(step.meanMs / (alone.direct[index] as StepResult).meanMs, 3));
      const loaded = {} as Record<'gateway' | 'subgraph', StepResult>;
      for (const [name, path] of [
        ['gateway', cheap.hive],
        ['subgraph', cheap.direct],
      ] as const) {
        const [step] = await generate({
          url: path.url,
          seconds,
          concurrency: [connections],
          stopAboveP99Ms: Infinity,
          requests: [path.request],
        });
        loaded[name] = step as StepResult;
      }

      // Then ours planning every operation against ours, alternated: what the direct calls save.
      await warmUp(urls.hivePlanned, requests);
      await sameAnswers({ hive: urls.hive, hivePlanned: urls.hivePlanned }, requests);
      await warmAll(['hivePlanned'], 1);
      const planners = await alternate(['hivePlanned', 'hive'], PLANNER_ROUNDS);

      const failed = [
        ...Object.values(mixed).flat(),
        ...Object.values(planners).flat(),
        ...Object.values(alone).flat(),
        loaded.gateway,
        loaded.subgraph,
      ].reduce((sum, step) => sum + step.errors + step.graphqlErrors, 0);

      return {
        profile: values.profile,
        metrics: {
          throughputVsApolloGateway: round(median(hiveVsApollo), 2),
          throughputMediansVsApolloGateway: round(rps(mixed.hive) / rps(mixed.apollo), 2),
          p99VsApolloGateway: round(p99(mixed.hive) / p99(mixed.apollo), 2),
          directCallsThroughputVsPlanned: round(median(ratios(planners.hive, planners.hivePlanned)), 2),
          directCallsP99VsPlanned: round(p99(planners.hive) / p99(planners.hivePlanned), 2),
          gatewayOverheadLatencyRatio: round(median(latencyRatios(alone.hive)), 2),
          plannedOverheadLatencyRatio: round(median(latencyRatios(alone.hivePlanned)), 2),
          apolloOverheadLatencyRatio: round(median(latencyRatios(alone.apollo)), 2),
          bareHopLatencyRatio: round(median(latencyRatios(alone.bareHop)), 2),
          gatewayOverheadThroughputRatio: round(
            loaded.subgraph.requestsPerSecond / loaded.gateway.requestsPerSecond,
            2,
          ),
          hiveRequestsPerSecond: round(rps(mixed.hive)),
          apolloRequestsPerSecond: round(rps(mixed.apollo)),
          hiveP99Ms: p99(mixed.hive),
          apolloP99Ms: p99(mixed.apollo),
          hivePlannedRequestsPerSecond: round(rps(planners.hivePlanned)),
          hiveBesidePlannedRequestsPerSecond: round(rps(planners.hive)),
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
          roundRatiosVsApolloGateway: hiveVsApollo,
          plannerRounds: PLANNER_ROUNDS,
          planners,
          overhead: {
            query: 'party(id) { id name kind } as an ANALYST',
            rounds: OVERHEAD_ROUNDS,
            secondsPerStep: OVERHEAD_SECONDS,
            alone,
            latencyRatios: {
              hive: latencyRatios(alone.hive),
              hivePlanned: latencyRatios(alone.hivePlanned),
              bareHop: latencyRatios(alone.bareHop),
              apollo: latencyRatios(alone.apollo),
            },
            loaded,
          },
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
    'the mixed workload through our gateway, through ours planning every operation and through @apollo/gateway, and the gateway’s overhead over a subgraph, on the database the last ingest left [--profile medium] [--seconds 6] [--connections 16] [--rounds 7] [--warm 20]',
  run,
};
