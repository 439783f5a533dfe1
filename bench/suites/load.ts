/**
 * A mixed auditor workload through the gateway over HTTP, on the database the last
 * `npm run bench -- ingest --profile P` left in .neo4j-bench, at rising concurrency until
 * p99 passes 250 ms. The service (four subgraphs and the gateway) runs in this process;
 * the load comes from bench/load-generator.ts (autocannon) in a process of its own.
 *
 * The mix, per 100 requests: 35 one-subject traces to immigration agents and 15 accountings
 * (AUDITOR, each logged), 25 party lineages downstream of a third party for a month, 10 lists
 * of a day's findings (ANALYST; all but (f)(v) and (g), which count whole calendar years),
 * 15 annual disclosure counts (REPORTER).
 *
 *   npm run bench -- load [--profile medium] [--seed 1] [--seconds 10] [--steps 1,2,4,...]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { DEVELOPMENT_PRINCIPALS } from '../../subgraphs/shared/auth/dev-principals.ts';
import type { Role } from '../../subgraphs/shared/auth/principal.ts';
import { issueDevelopmentToken } from '../../subgraphs/shared/auth/tokens.ts';
import { Database } from '../../subgraphs/shared/db.ts';
import { migrate } from '../../subgraphs/shared/migrations.ts';
import { benchNeo4j, round, SEED_FLAGS, type Suite, type SuiteResult } from '../harness.ts';
import type { LoadConfig, LoadRequest, StepResult } from '../load-generator.ts';

const TRACE = /* GraphQL */ `
  query LoadTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }, first: 100) {
      totalCount
      nodes {
        party {
          id
        }
        hopCount
      }
    }
  }
`;
const ACCOUNTING = /* GraphQL */ `
  query LoadAccounting($subjectKey: String!) {
    accounting(subjectKey: $subjectKey) {
      entries {
        recipient {
          id
          name
        }
        kind
        count
      }
    }
  }
`;
const DOWNSTREAM = /* GraphQL */ `
  query LoadDownstream($partyId: ID!, $from: DateTime!, $until: DateTime!) {
    downstream(partyId: $partyId, from: $from, until: $until) {
      recordCount
      individualCount
      arrivalCount
    }
  }
`;
const FINDINGS = /* GraphQL */ `
  query LoadFindings($from: DateTime!, $until: DateTime!) {
    findings(from: $from, until: $until, subsections: [A, B, C, D, E, F_I, F_II, F_III, F_IV, H], first: 20) {
      totalCount
      nodes {
        id
        subsection
        explanation
      }
    }
  }
`;
const COUNT = /* GraphQL */ `
  query LoadCount($year: Int!) {
    disclosureCount(year: $year)
  }
`;

const SUBJECTS = /* cypher */ `
  MATCH (s:Subject)<-[:ABOUT]-(:Record)<-[:CARRIED]-(:Disclosure)
  WITH DISTINCT s LIMIT $n
  RETURN s.key AS key`;
const THIRD_PARTIES = /* cypher */ `
  MATCH (p:Party)-[:SENT]->(:Disclosure) WHERE p.kind <> 'COUNTY_AGENCY'
  WITH DISTINCT p LIMIT $n
  RETURN p.id AS id`;

const month = (index: number) => {
  const m = (index % 12) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `2024-${pad(m)}-01T00:00:00-06:00`,
    until: m === 12 ? '2025-01-01T00:00:00-06:00' : `2024-${pad(m + 1)}-01T00:00:00-06:00`,
  };
};
const day = (index: number) => {
  const date = new Date(Date.UTC(2024, 0, 1 + index * 29));
  const next = new Date(date.getTime() + 86_400_000);
  return { from: date.toISOString(), until: next.toISOString() };
};

/** The weighted mix: each kind's weight spread over bodies with different arguments. */
async function workload(db: Database, stack: Stack): Promise<LoadRequest[]> {
  const token = (role: Role) => issueDevelopmentToken(DEVELOPMENT_PRINCIPALS[role], stack.auth);
  const [auditor, analyst, reporter] = await Promise.all([token('AUDITOR'), token('ANALYST'), token('REPORTER')]);
  const subjects = (await db.read((tx) => tx.run<{ key: string }>(SUBJECTS, { n: 50 }))).map((row) => row.key);
  const parties = (await db.read((tx) => tx.run<{ id: string }>(THIRD_PARTIES, { n: 25 }))).map((row) => row.id);
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const spread = (name: string, weight: number, token: string, bodies: string[]) =>
    bodies.map((text, index) => ({
      name,
      token,
      body: text,
      weight: Math.max(1, Math.round((weight * (index + 1)) / bodies.length - (weight * index) / bodies.length)),
    }));
  return [
    ...spread(
      'trace',
      35,
      auditor,
      subjects.slice(0, 35).map((subjectKey) => body(TRACE, { subjectKey })),
    ),
    ...spread(
      'accounting',
      15,
      auditor,
      subjects.slice(35, 50).map((subjectKey) => body(ACCOUNTING, { subjectKey })),
    ),
    ...spread(
      'downstream',
      25,
      analyst,
      parties.map((partyId, index) => body(DOWNSTREAM, { partyId, ...month(index) })),
    ),
    ...spread(
      'findings',
      10,
      analyst,
      Array.from({ length: 10 }, (_, index) => body(FINDINGS, day(index))),
    ),
    ...spread(
      'count',
      15,
      reporter,
      Array.from({ length: 15 }, (_, index) => body(COUNT, { year: 2019 + (index % 7) })),
    ),
  ];
}

/** One request of each body, in turn: warms the caches and proves every body is answered without error. */
async function warmUp(url: string, requests: readonly LoadRequest[]): Promise<void> {
  for (const request of requests) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
      body: request.body,
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) {
      throw new Error(`load: the ${request.name} request was not answered cleanly: ${text.slice(0, 300)}`);
    }
  }
}

function generate(configFile: string): Promise<StepResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'load-generator.ts'), configFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const last = output.trim().split('\n').at(-1);
      if (last) console.error(`  ${last}`);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(
            output
              .trim()
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as StepResult),
          )
        : reject(new Error(`the load generator exited with ${code}`)),
    );
  });
}

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      seconds: { type: 'string', default: '10' },
      steps: { type: 'string', default: '1,2,4,8,16,32,64,128' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '8g' },
    },
  });
  const options = benchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  const db = new Database(await startNeo4j(options));
  const scratch = await mkdtemp(join(tmpdir(), 'bench-load-'));
  let stack: Stack | null = null;
  try {
    await migrate(db);
    stack = await startStack(db, { host: '127.0.0.1', port: () => 0, logging: false });
    const requests = await workload(db, stack);
    await warmUp(stack.gatewayUrl, requests);
    const config: LoadConfig = {
      url: stack.gatewayUrl,
      seconds: Number(values.seconds),
      concurrency: values.steps.split(',').map(Number),
      stopAboveP99Ms: 250,
      requests,
    };
    const file = join(scratch, 'load.json');
    await writeFile(file, JSON.stringify(config));
    const steps = await generate(file);
    const below = steps.filter((step) => step.p99Ms <= 250);
    const under100 = steps.filter((step) => step.p99Ms < 100);
    return {
      profile: values.profile,
      metrics: {
        requestsPerSecondAtP99Under100Ms: round(Math.max(0, ...under100.map((step) => step.requestsPerSecond))),
        errorsBelowSaturation: below.reduce((sum, step) => sum + step.errors + step.graphqlErrors, 0),
      },
      targets: { requestsPerSecondAtP99Under100Ms: { min: 500 }, errorsBelowSaturation: { max: 0 } },
      settings: {
        seed: Number(values.seed),
        secondsPerStep: config.seconds,
        mix: { trace: 35, accounting: 15, downstream: 25, findings: 10, disclosureCount: 15 },
        steps: steps.map((step) => ({ ...step, requestsPerSecond: round(step.requestsPerSecond) })),
        neo4jHeap: values.heap,
        neo4jPageCache: values.pagecache,
      },
    };
  } finally {
    await stack?.stop();
    await db.close();
    await stopNeo4j(options);
    await rm(scratch, { recursive: true, force: true });
  }
}

export const loadSuite: Suite = {
  usage:
    'a mixed auditor workload through the gateway at rising concurrency, on the database the last ingest left [--profile medium] [--seed 1] [--seconds 10] [--steps 1,2,4,8,16,32,64,128]',
  run,
};
