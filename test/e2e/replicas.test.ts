import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { internalSecret } from '../../infra/auth/internal.ts';
import { authConfigFromEnv, createTokenVerifier, type AuthConfig } from '../../infra/auth/tokens.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../infra/config.ts';
import type { RunningService } from '../../infra/http.ts';
import { BOOKMARK_HEADER } from '../../infra/scope.ts';
import { spawnSubgraph, stopChild, subgraphEnvironment, type Child } from '../../scripts/process-stack.ts';
import { gatewayOf } from '../../scripts/stack.ts';
import { as } from '../support/auth.ts';
import { useTestDatabase } from '../support/database.ts';
import { registerTestParties } from '../support/parties.ts';
import { seedRecords } from '../support/records.ts';
import { startRoundRobin, type RoundRobin } from '../support/round-robin.ts';
import { postGraphQL, request, useNodeEnvOfStart, type HttpAnswer } from '../support/stack.ts';

const RECORD = `mutation Record($input: RecordDisclosureInput!) {
  recordDisclosure(input: $input) { created disclosure { id } }
}`;
const READ = `query Read($id: ID!) { disclosure(id: $id) { id purpose } }`;

const ROUNDS = 6;
/** How long a read waiting for a bookmark ahead of the server is given before the client leaves. */
const WAITED_MS = 3_000;

/** The transaction id of a Neo4j bookmark, as the server writes it in this version. */
const BOOKMARK_LAYOUT = /^91cc10([0-9a-f]{32})(.+)90$/;

/**
 * A bookmark of the same database a million transactions ahead of `given`: a read that carries
 * it waits for a write the server has not made, as a cluster member that has not caught up
 * waits for one it has not received. Made by hand from the bytes Neo4j writes (a list of the
 * database's id and a transaction id); the test fails, saying so, if that layout changes.
 */
function bookmarkAhead(header: string): string {
  const [bookmark] = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as string[];
  const bytes = Buffer.from((bookmark as string).replace(/^FB:/, ''), 'base64').toString('hex');
  const layout = BOOKMARK_LAYOUT.exec(bytes);
  if (layout === null) throw new Error(`a Neo4j bookmark no longer reads as [database id, transaction id]: ${bytes}`);
  const ahead = `91cc10${layout[1]}ca${(1_000_000_000).toString(16).padStart(8, '0')}90`;
  const forged = `FB:${Buffer.from(ahead, 'hex').toString('base64')}`;
  return Buffer.from(JSON.stringify([forged]), 'utf8').toString('base64url');
}

describe('two processes of the lineage subgraph behind the gateway, on one Neo4j', () => {
  useNodeEnvOfStart();
  const database = useTestDatabase();
  const children: Child[] = [];
  let balancer: RoundRobin;
  let gateway: RunningService;
  let auth: AuthConfig;

  beforeAll(async () => {
    await registerTestParties(database.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
    ]);
    await seedRecords(database.db, 'sheriff', ['r-1']);
    auth = authConfigFromEnv();
    const secret = internalSecret();
    const env = subgraphEnvironment(inject('neo4j'), '127.0.0.1', secret);
    // One process per subgraph, and a second of lineage: the two share nothing but Neo4j.
    const names: SubgraphName[] = [...SUBGRAPH_NAMES, 'lineage'];
    const started = await Promise.all(names.map((name) => spawnSubgraph(name, 0, env)));
    children.push(...started);
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, started[index]?.url])) as Record<
      SubgraphName,
      string
    >;
    balancer = await startRoundRobin([urls.lineage, (started.at(-1) as Child).url]);
    const options = { host: '127.0.0.1', port: () => 0, logging: false as const, auth };
    gateway = await gatewayOf(
      options,
      { ...urls, lineage: balancer.url },
      await createTokenVerifier(auth),
      secret,
      auth,
    );
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await balancer?.stop();
    await Promise.all(children.map((child) => stopChild(child.process)));
  });

  const record = async (id: string) =>
    postGraphQL(
      gateway.url,
      {
        query: RECORD,
        variables: {
          input: {
            id,
            at: '2024-03-01T09:00:00-06:00',
            fromPartyId: 'sheriff',
            toPartyId: 'exchange',
            purpose: `booking feed ${id}`,
            channel: 'DATA_EXCHANGE_FEED',
            records: [{ recordId: 'r-1' }],
          },
        },
      },
      await as(auth, 'RECORDER', 'sheriff'),
    );
  const read = async (id: string, headers: Record<string, string> = {}) =>
    postGraphQL(gateway.url, { query: READ, variables: { id } }, { ...(await as(auth, 'AUDITOR')), ...headers });
  const replicaOf = (answer: HttpAnswer) => balancer.answeredBy.get(answer.headers.get('x-request-id') ?? '');

  it('runs the two lineage replicas in processes of their own', () => {
    const pids = children.map((child) => child.process.pid);
    expect(new Set(pids).size).toBe(SUBGRAPH_NAMES.length + 1);
    expect(pids).not.toContain(process.pid);
  });

  it('reads its own write on the next request, whichever replica wrote and whichever reads', async () => {
    const seen: Array<{ wrote: number | undefined; read: number | undefined }> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `replica-${round}`;
      const write = await record(id);
      expect(write.body).toEqual({ data: { recordDisclosure: { created: true, disclosure: { id } } } });
      const bookmark = write.headers.get(BOOKMARK_HEADER);
      expect(bookmark, 'a write gives its bookmark back').toMatch(/^[\w-]+$/);
      const answer = await read(id, { [BOOKMARK_HEADER]: bookmark as string });
      expect(answer.body).toEqual({ data: { disclosure: { id, purpose: `booking feed ${id}` } } });
      seen.push({ wrote: replicaOf(write), read: replicaOf(answer) });
      // One read more between rounds, so that the replica that wrote last reads next.
      if (round % 2 === 0) await read(id);
    }
    // The balancer answered every call, and the read after each write was the other replica's.
    expect(seen.every(({ wrote, read }) => wrote !== undefined && read !== undefined && wrote !== read)).toBe(true);
    // Both wrote, both read.
    expect(new Set(seen.map(({ wrote }) => wrote))).toEqual(new Set([0, 1]));
  });

  it('makes the replica that did not write wait for the bookmark the client carries', { timeout: 60_000 }, async () => {
    const write = await record('replica-ahead');
    const bookmark = write.headers.get(BOOKMARK_HEADER) as string;
    // On one server a committed write is visible to every later transaction, bookmark or not;
    // on a cluster, a read sent to a member that has not caught up sees it only by waiting
    // for the bookmark. A bookmark the server has not reached shows that the replica which
    // answers hands the one the client carried to Neo4j, which waits: dropped anywhere on
    // the way (client, gateway, balancer, replica, driver), the read would answer at once.
    const prompt = await read('replica-ahead', { [BOOKMARK_HEADER]: bookmark });
    expect(prompt.body).toEqual({
      data: { disclosure: { id: 'replica-ahead', purpose: 'booking feed replica-ahead' } },
    });
    const replicas = new Set<number | undefined>();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const headers = { ...(await as(auth, 'AUDITOR')), [BOOKMARK_HEADER]: bookmarkAhead(bookmark) };
      const answered = await request(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: READ, variables: { id: 'replica-ahead' } }),
        signal: AbortSignal.timeout(WAITED_MS),
      }).then(
        (answer) => answer,
        (error: unknown) =>
          error instanceof DOMException && error.name === 'TimeoutError' ? null : Promise.reject(error),
      );
      // Still waiting when the client gives up (the server waits up to its bookmark timeout).
      expect(answered?.text ?? null).toBeNull();
      replicas.add([...balancer.answeredBy.values()].at(-1));
    }
    // Round robin: one wait on each replica.
    expect(replicas.size).toBe(2);
  });

  it(
    'ends a read waiting for a bookmark at the request deadline, not at the database bookmark timeout',
    { timeout: 60_000 },
    async () => {
      const write = await record('replica-deadline');
      const bookmark = write.headers.get(BOOKMARK_HEADER) as string;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const headers = {
          ...(await as(auth, 'AUDITOR')),
          [BOOKMARK_HEADER]: bookmarkAhead(bookmark),
          'x-request-timeout': '1500',
        };
        const started = performance.now();
        const answered = await request(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: READ, variables: { id: 'replica-deadline' } }),
          // Neo4j would wait up to 30 s for the bookmark; the request asked for 1.5 s.
          signal: AbortSignal.timeout(15_000),
        });
        const waited = performance.now() - started;
        expect(
          (answered.body as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code,
        ).toBe('DEADLINE_EXCEEDED');
        console.log(
          `a read waiting for a bookmark ahead of the server ended after ${Math.round(waited)} ms (deadline 1,500 ms)`,
        );
      }
    },
  );
});
