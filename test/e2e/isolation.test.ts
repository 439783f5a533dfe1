import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { startProcessStack, type ProcessStack } from '../../scripts/process-stack.ts';
import type { Manifest } from '../../scripts/seed/generate.ts';
import { LIMITS } from '../../gateway/limits.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { BOOKMARK_HEADER } from '../../infra/scope.ts';
import { as } from '../support/auth.ts';
import { useTestDatabase } from '../support/database.ts';
import { importGeneratedCounty } from '../support/seed-county.ts';
import { postGraphQL, useNodeEnvOfStart, type HttpAnswer } from '../support/stack.ts';

const ROOT = path.join(import.meta.dirname, '../..');

const TRACE = `query OneSubject($subjectKey: String!) {
  trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {
    totalCount nodes { at hopCount party { id name } chain { at from { id } to { id } } }
  }
}`;

/**
 * The most expensive query each role may send that the cost limit lets through, and one it
 * refuses: what a noisy neighbour would send.
 */
const HEAVY: Array<{ role: Role; organisation?: string; name: string; query: string }> = [
  {
    role: 'AUDITOR',
    name: 'every ledger verified at once',
    query: '{ a: verifyLedger { ok } b: verifyComplianceLedger { ok } c: verifyAccessLog { ok } }',
  },
  {
    role: 'ANALYST',
    name: 'findings over forty years',
    query: '{ findings(from: "1990-01-01T00:00:00Z", until: "2030-01-01T00:00:00Z", first: 500) { totalCount } }',
  },
  {
    role: 'ANALYST',
    name: 'findings over six thousand years',
    query: '{ findings(from: "1900-01-01T00:00:00Z", until: "8000-12-01T00:00:00Z", first: 1) { totalCount } }',
  },
  {
    role: 'REPORTER',
    name: 'four annual reports',
    query:
      '{ a: annualReport(year: 2022) { year } b: annualReport(year: 2023) { year } c: annualReport(year: 2024) { year } d: annualReport(year: 2025) { year } }',
  },
  {
    role: 'RECORDER',
    organisation: 'agency:sheriff',
    name: 'three nested pages of 500',
    query: `{ party(id: "agency:sheriff") { disclosuresSent(first: 500) { nodes { to {
      disclosuresSent(first: 500) { nodes { to { disclosuresSent(first: 500) { nodes { id } } } } } } } } } }`,
  },
];

/** Clock ticks a process has spent on a CPU (user and system), from /proc. */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
const TICKS_PER_SECOND = 100;

const p99 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] as number;
};

const codes = (answer: HttpAnswer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code);

describe('each subgraph a process of its own, as npm start runs them, on the small county', () => {
  useNodeEnvOfStart();
  const database = useTestDatabase();
  let stack: ProcessStack;
  let manifest: Manifest;
  let subjects: string[];

  beforeAll(async () => {
    manifest = await importGeneratedCounty(database.db, 'small');
    await developmentPrincipals(database.db);
    subjects = [...new Set(manifest.planted.map((entry) => entry.subjectKey))].slice(0, 20);
    stack = await startProcessStack(inject('neo4j'), { host: '127.0.0.1', port: () => 0, logging: false });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const traces = async (headers: Record<string, string>, rounds: number) => {
    const ms: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const subjectKey of subjects) {
        const answer = await postGraphQL(stack.gatewayUrl, { query: TRACE, variables: { subjectKey } }, headers);
        expect({ status: answer.status, errors: answer.body?.errors }).toEqual({ status: 200, errors: undefined });
        ms.push(answer.ms);
      }
    }
    return ms;
  };

  it('runs the four subgraphs in four processes, none of them this one', () => {
    const pids = Object.values(stack.pids());
    expect(new Set(pids).size).toBe(4);
    expect(pids).not.toContain(process.pid);
  });

  it(
    "keeps a second client's one-subject traces answering while each role's heaviest query runs or is refused",
    {
      timeout: 300_000,
    },
    async () => {
      const auditor = await as(stack.auth, 'AUDITOR');
      await traces(auditor, 1);
      const alone = p99(await traces(auditor, 5));
      const figures: string[] = [`alone: p99 ${alone.toFixed(0)} ms`];
      const outcomes: string[] = [];
      for (const heavy of HEAVY) {
        const headers = {
          ...(await as(stack.auth, heavy.role, heavy.organisation)),
          // Cut at half a second rather than the 30 s a subgraph call has: on the small county
          // the heaviest queries take about a second, on a county's real data minutes.
          'x-request-timeout': '500',
        };
        let running = true;
        const noisy = (async () => {
          const answers: HttpAnswer[] = [];
          while (running) answers.push(await postGraphQL(stack.gatewayUrl, { query: heavy.query }, headers));
          return answers;
        })();
        let beside: number;
        try {
          beside = p99(await traces(auditor, 3));
        } finally {
          running = false;
        }
        const answers = await noisy;
        const seen = [
          ...new Set(answers.flatMap((answer) => (codes(answer).length === 0 ? ['answered'] : codes(answer)))),
        ];
        figures.push(
          `${heavy.role} ${heavy.name} (${seen.join(', ')}): p99 ${beside.toFixed(0)} ms, ${(beside / alone).toFixed(2)}× alone`,
        );
        outcomes.push(...seen.map(String));
        // Answered whole within its deadline, refused for its cost, or cut at its deadline: never
        // a dropped connection, a subgraph gone or an error without a code.
        for (const answer of answers) {
          expect(answer.status === 200 || answer.status === 400, answer.text.slice(0, 300)).toBe(true);
          for (const code of codes(answer)) {
            expect(['GRAPHQL_VALIDATION_FAILED', 'DEADLINE_EXCEEDED'], answer.text.slice(0, 600)).toContain(code);
          }
        }
      }
      console.log(`noisy neighbours, ${subjects.length} subjects a round:\n  ${figures.join('\n  ')}`);
      expect(outcomes).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(outcomes).toContain('DEADLINE_EXCEEDED');
    },
  );

  /**
   * Holds the write lock of the clock every recorded fact takes (subgraphs/shared/recorded.ts)
   * in a transaction of the test's own, so that a write sent through the gateway waits inside
   * Neo4j for as long as the test wants; rolled back at the end, it leaves nothing.
   */
  async function holdingTheClock<T>(work: () => Promise<T>): Promise<T> {
    const session = database.db.driver.session({ database: database.db.name });
    const tx = await session.beginTransaction();
    try {
      await tx.run("MERGE (c:RecordClock {id: 'facts'}) SET c.locked = true");
      return await work();
    } finally {
      await tx.rollback();
      await session.close();
    }
  }
  const enforcement = (id: string) => ({
    query: `mutation { recordImmigrationEnforcement(input: { id: "${id}", partyId: "causal-1", from: "2020-01-01T00:00:00Z", basis: "test" }) { created } }`,
  });
  const written = async (id: string) =>
    (await database.db.read((tx) => tx.run('MATCH (e {id: $id}) RETURN e.id', { id }))).length;

  it('cuts a request at its deadline with DEADLINE_EXCEEDED, its Neo4j transaction ended and nothing written', async () => {
    const admin = await as(stack.auth, 'ADMIN');
    await postGraphQL(
      stack.gatewayUrl,
      {
        query:
          'mutation { registerParty(input: { id: "causal-1", name: "Causal one", kind: DATA_BROKER }) { created } }',
      },
      admin,
    );
    const answer = await holdingTheClock(async () => {
      const cut = await postGraphQL(stack.gatewayUrl, enforcement('late-1'), { ...admin, 'x-request-timeout': '1500' });
      // Ended by Neo4j at the deadline, while the lock it waited for is still held.
      expect(await requestTransactions()).toEqual([]);
      return cut;
    });
    expect(answer.body?.data ?? null).toBeNull();
    expect(codes(answer)).toEqual(['DEADLINE_EXCEEDED']);
    expect(answer.body?.errors?.[0]?.message).toMatch(
      /^the request ran out of its time \(\d+ ms at this service\) and was stopped, nothing of it written/,
    );
    console.log(`a write held up in Neo4j, with a 1,500 ms deadline, answered in ${answer.ms.toFixed(0)} ms`);
    expect(await written('late-1')).toBe(0);
  });

  it('terminates the Neo4j transaction of a client that leaves mid-request, and writes nothing of it', async () => {
    const admin = await as(stack.auth, 'ADMIN');
    await holdingTheClock(async () => {
      const leaving = new AbortController();
      const sent = fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...admin },
        body: JSON.stringify(enforcement('left-1')),
        signal: leaving.signal,
      }).catch((error: unknown) => error);
      // The write waits in Neo4j for the clock.
      let waiting: string[] = [];
      for (let attempt = 0; attempt < 40 && waiting.length === 0; attempt += 1) {
        await sleep(100);
        waiting = await requestTransactions(1);
      }
      expect(waiting).toHaveLength(1);
      leaving.abort();
      await sent;
      // Terminated because its client left, not at its deadline, which is 30 s away.
      expect(await requestTransactions()).toEqual([]);
    });
    expect(await written('left-1')).toBe(0);
  });

  it('returns to idle soon after a client leaves its heaviest query (printed)', { timeout: 60_000 }, async () => {
    const pids = [...Object.values(stack.pids()), ...[neo4jPid()].filter((pid) => pid !== null)];
    const ticks = () => pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
    const heaviest = HEAVY.find((heavy) => heavy.role === 'ANALYST') as (typeof HEAVY)[number];
    const leaving = new AbortController();
    const started = Date.now();
    const sent = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as(stack.auth, heaviest.role)) },
      body: JSON.stringify({ query: heaviest.query }),
      signal: leaving.signal,
    }).catch((error: unknown) => error);
    const before = ticks();
    await sleep(300);
    const busy = (ticks() - before) / TICKS_PER_SECOND / 0.3;
    leaving.abort();
    await sent;
    const left = Date.now();
    const samples: number[] = [];
    let idleAfter: number | null = null;
    while (Date.now() - left < 5_000 && idleAfter === null) {
      const from = ticks();
      await sleep(100);
      const cores = (ticks() - from) / TICKS_PER_SECOND / 0.1;
      samples.push(cores);
      if (cores < 0.1) idleAfter = Date.now() - left;
    }
    console.log(
      `${heaviest.name}, left after ${left - started} ms: ${busy.toFixed(2)} cores while it ran; idle ${idleAfter === null ? 'not within 5 s' : `within ${idleAfter} ms`} after (cores per 100 ms: ${samples.map((c) => c.toFixed(2)).join(', ')})`,
    );
    expect(busy).toBeGreaterThan(0);
    // The work stops with its client: the processes and Neo4j fall idle, well within 5 s.
    expect(idleAfter).not.toBeNull();
  });

  it('carries what a write wrote to every later read, through any subgraph, and back to the client', async () => {
    const admin = await as(stack.auth, 'ADMIN');
    const write = await postGraphQL(
      stack.gatewayUrl,
      {
        query:
          'mutation { registerParty(input: { id: "causal-2", name: "Causal two", kind: DATA_BROKER }) { created } }',
      },
      admin,
    );
    expect(write.body?.data).toEqual({ registerParty: { created: true } });
    const bookmark = write.headers.get(BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^[\w-]+$/);
    // The next request carries it: whichever subgraph answers waits for the write first.
    const read = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ party(id: "causal-2") { name disclosuresReceived(first: 1) { nodes { id } } } }' },
      { ...(await as(stack.auth, 'AUDITOR')), [BOOKMARK_HEADER]: bookmark as string },
    );
    expect(read.body).toEqual({ data: { party: { name: 'Causal two', disclosuresReceived: { nodes: [] } } } });
    // A read writes nothing, so it gives no bookmark back.
    expect(read.headers.get(BOOKMARK_HEADER)).toBeNull();
    // One the service never gave is refused, by name, without echoing it.
    const forged = Buffer.from(JSON.stringify(['FB:not-a-bookmark'])).toString('base64url');
    const refused = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ party(id: "causal-1") { name } }' },
      { ...(await as(stack.auth, 'AUDITOR')), [BOOKMARK_HEADER]: forged },
    );
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.text).not.toContain('not-a-bookmark');
    const garbled = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ party(id: "causal-1") { name } }' },
      { ...(await as(stack.auth, 'AUDITOR')), [BOOKMARK_HEADER]: '%%%' },
    );
    expect({ status: garbled.status, codes: codes(garbled) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
  });

  it('refuses a timeout header that is not whole milliseconds within the limit, naming it', async () => {
    for (const value of ['0', '-5', '1.5', 'soon', String(LIMITS.requestDeadlineMs + 1)]) {
      const answer = await postGraphQL(
        stack.gatewayUrl,
        { query: '{ party(id: "causal-1") { name } }' },
        { ...(await as(stack.auth, 'AUDITOR')), 'x-request-timeout': value },
      );
      expect({ status: answer.status, codes: codes(answer) }, value).toEqual({
        status: 400,
        codes: ['BAD_USER_INPUT'],
      });
      expect(answer.body?.errors?.[0]?.message).toContain('x-request-timeout');
    }
  });

  /** The request-scoped transactions Neo4j runs, asked up to `attempts` times until none is left. */
  async function requestTransactions(attempts = 20): Promise<string[]> {
    let running: string[] = [];
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const session = database.db.driver.session({ database: database.db.name });
      try {
        const result = await session.run(
          'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.scope IS NOT NULL RETURN transactionId',
        );
        running = result.records.map((record) => String(record.get('transactionId')));
      } finally {
        await session.close();
      }
      if (running.length === 0 || attempt === attempts - 1) return running;
      await sleep(250);
    }
    return running;
  }
});

/** The project's own Neo4j, when the tests run on it (none is known when NEO4J_URI names another). */
function neo4jPid(): number | null {
  try {
    const pid = Number(readFileSync(path.join(ROOT, '.neo4j', 'neo4j.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
