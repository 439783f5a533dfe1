/**
 * A mixed auditor workload (bench/workload.ts) through the gateway over HTTP, on the
 * database the last `npm run bench -- ingest --profile P` left in .neo4j-bench, at rising
 * concurrency until p99 passes 250 ms. The service (four subgraphs and the gateway) runs in
 * this process; the load comes from bench/load-generator.ts (autocannon) in a process of its
 * own. Before the measured steps, the mix runs unmeasured at four connections (`--warm`
 * seconds): Neo4j's and Node's compilers only reach their steady code after a few thousand
 * requests, and a service that has run for a while is past them (the round trip of a bare
 * `RETURN 1` fell from 6.4 ms to 1.1 ms over its first 1,200 calls here).
 *
 *   npm run bench -- load [--profile medium] [--seed 1] [--seconds 10] [--warm 30] [--steps 1,2,4,...]
 */
import { parseArgs } from 'node:util';
import { benchNeo4j, onServiceStack, round, SEED_FLAGS, type Suite, type SuiteResult } from '../harness.ts';
import { generate, MIX, warmUnderLoad, warmUp, workload } from '../workload.ts';

/** Saturation: the run stops after the first step whose p99 passes this. */
const SATURATION_P99_MS = 250;

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      seconds: { type: 'string', default: '10' },
      warm: { type: 'string', default: '30' },
      steps: { type: 'string', default: '1,2,4,8,16,32,64,128' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '8g' },
    },
  });
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  return onServiceStack(options, async (db, stack) => {
    const requests = await workload(db, stack.auth);
    await warmUp(stack.gatewayUrl, requests);
    const warm =
      Number(values.warm) > 0 ? await warmUnderLoad(stack.gatewayUrl, requests, Number(values.warm), 4) : null;
    const alone = await warmUp(stack.gatewayUrl, requests);
    const steps = await generate({
      url: stack.gatewayUrl,
      seconds: Number(values.seconds),
      concurrency: values.steps.split(',').map(Number),
      stopAboveP99Ms: SATURATION_P99_MS,
      requests,
    });
    const below = steps.filter((step) => step.p99Ms <= SATURATION_P99_MS);
    const under100 = steps.filter((step) => step.p99Ms < 100);
    return {
      profile: values.profile,
      metrics: {
        requestsPerSecondAtP99Under100Ms: round(Math.max(0, ...under100.map((step) => step.requestsPerSecond))),
        errorsBelowSaturation: below.reduce((sum, step) => sum + step.errors + step.graphqlErrors, 0),
      },
      targets: { requestsPerSecondAtP99Under100Ms: { min: 150 }, errorsBelowSaturation: { max: 0 } },
      settings: {
        seed: Number(values.seed),
        secondsPerStep: Number(values.seconds),
        mix: MIX,
        // Unmeasured, before every figure here (a request failed in it stops the run).
        warmUp: warm,
        // Each kind's latency with nothing else running (a second pass, caches warm): no
        // concurrency can bring a mix's p99 under its slowest kind's.
        alone,
        steps: steps.map((step) => ({ ...step, requestsPerSecond: round(step.requestsPerSecond) })),
        neo4jHeap: values.heap,
        neo4jPageCache: values.pagecache,
      },
    };
  });
}

export const loadSuite: Suite = {
  usage:
    'a mixed auditor workload through the gateway at rising concurrency, on the database the last ingest left [--profile medium] [--seed 1] [--seconds 10] [--warm 30] [--steps 1,2,4,8,16,32,64,128]',
  run,
};
