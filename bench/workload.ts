/**
 * The mixed auditor workload that the load and gateway benchmarks send, and how they send
 * it: the request bodies with their weights and headers, a warm-up that proves each is
 * answered cleanly, and the load generator (bench/load-generator.ts) run in a process of
 * its own.
 *
 * The mix, per 100 requests: 35 one-subject traces to immigration agents and 15 accountings
 * (AUDITOR, each logged), 25 party lineages downstream of a third party for a month, 10 lists
 * of a day's findings (ANALYST; all but (f)(v) and (g), which count whole calendar years),
 * 15 annual disclosure counts (REPORTER).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import type { Role } from '../infra/auth/principal.ts';
import { issueDevelopmentToken, type AuthConfig } from '../infra/auth/tokens.ts';
import type { Database } from '../infra/db.ts';
import { percentile } from './harness.ts';
import { headersOf, type LoadConfig, type LoadRequest, type StepResult } from './load-generator.ts';

export const MIX = { trace: 35, accounting: 15, downstream: 25, findings: 10, disclosureCount: 15 } as const;

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

/** The mix's documents, by kind. */
export const WORKLOAD_DOCUMENTS: Record<keyof typeof MIX, string> = {
  trace: TRACE,
  accounting: ACCOUNTING,
  downstream: DOWNSTREAM,
  findings: FINDINGS,
  disclosureCount: COUNT,
};

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
export async function workload(db: Database, auth: AuthConfig): Promise<LoadRequest[]> {
  const token = (role: Role) => issueDevelopmentToken(DEVELOPMENT_PRINCIPALS[role], auth);
  const [auditor, analyst, reporter] = await Promise.all([token('AUDITOR'), token('ANALYST'), token('REPORTER')]);
  const subjects = (await db.read((tx) => tx.run<{ key: string }>(SUBJECTS, { n: 50 }))).map((row) => row.key);
  const parties = (await db.read((tx) => tx.run<{ id: string }>(THIRD_PARTIES, { n: 25 }))).map((row) => row.id);
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const spread = (name: string, weight: number, token: string, bodies: string[]) =>
    bodies.map((text, index) => ({
      name,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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

export type AloneLatency = Record<string, { requests: number; p50Ms: number; maxMs: number }>;

/**
 * One request of each body, in turn, alone: warms the caches, proves every body is answered
 * without error, and gives each kind's latency when nothing else runs.
 */
export async function warmUp(url: string, requests: readonly LoadRequest[]): Promise<AloneLatency> {
  const times = new Map<string, number[]>();
  for (const request of requests) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: headersOf(request), body: request.body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) {
      throw new Error(`load: the ${request.name} request was not answered cleanly: ${text.slice(0, 300)}`);
    }
    times.set(request.name, [...(times.get(request.name) ?? []), performance.now() - started]);
  }
  return Object.fromEntries(
    [...times].map(([name, list]) => {
      const sorted = list.sort((a, b) => a - b);
      const ms = (value: number) => Number(value.toFixed(1));
      return [name, { requests: sorted.length, p50Ms: ms(percentile(sorted, 50)), maxMs: ms(sorted.at(-1) as number) }];
    }),
  );
}

function runGenerator(configFile: string): Promise<StepResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'load-generator.ts'), configFile], {
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

/**
 * Load that is not measured: `seconds` of the mix at `connections`, so that Neo4j's and Node's
 * compilers reach their steady code first. It must be answered cleanly, as the warm-up's
 * single requests must: an error here would otherwise never show in any figure.
 */
export async function warmUnderLoad(
  url: string,
  requests: LoadRequest[],
  seconds: number,
  connections: number,
): Promise<StepResult & { seconds: number }> {
  const [step] = await generate({ url, seconds, concurrency: [connections], stopAboveP99Ms: Infinity, requests });
  if (step === undefined) throw new Error('load: the warm-up under load gave no result');
  if (step.errors + step.graphqlErrors > 0) {
    throw new Error(
      `load: ${step.errors} requests failed and ${step.graphqlErrors} were answered with errors while warming up at ${connections} connections`,
    );
  }
  return { seconds, ...step };
}

/** Sends `config` from the load generator's own process: one result per concurrency step. */
export async function generate(config: LoadConfig): Promise<StepResult[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-load-'));
  try {
    const file = join(scratch, 'load.json');
    await writeFile(file, JSON.stringify(config));
    return await runGenerator(file);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
