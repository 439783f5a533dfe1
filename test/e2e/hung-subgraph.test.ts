import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { gatewayBeside, postGraphQL, useStack } from '../support/stack.ts';

const PARTY = `query HungParty($id: ID!) { party(id: $id) { id name } }`;
const TIMEOUT_MS = 1_500;

/**
 * A subgraph that takes the gateway's call and never answers (a process stuck, a network that
 * drops the answer): the gateway stops waiting at its timeout for a subgraph call, says which
 * subgraph did not answer, and closes the connection, so that calls to it do not pile up.
 */
describe('a subgraph that never answers', () => {
  const ctx = useStack();
  const sockets: Socket[] = [];
  const closed: number[] = [];
  const silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => undefined);
    socket.on('close', () => closed.push(Date.now()));
  });
  let gateway: Awaited<ReturnType<typeof gatewayBeside>>;

  beforeAll(async () => {
    await registerTestParties(ctx.db, [['cook-oiig', 'COUNTY_AGENCY']]);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    gateway = await gatewayBeside(ctx.stack, {
      subgraphUrls: { ...ctx.stack.subgraphUrls, registry: `http://127.0.0.1:${port}/graphql` },
      subgraphTimeoutMs: TIMEOUT_MS,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('is given up at the timeout, named in the answer, and its connection closed', async () => {
    const auditor = await as(ctx.stack.auth, 'AUDITOR');
    const sent = Date.now();
    const answer = await postGraphQL(gateway.url, { query: PARTY, variables: { id: 'cook-oiig' } }, auditor);
    const waited = Date.now() - sent;
    expect(answer.body?.errors?.map((error) => [error.extensions?.['code'], error.message])).toEqual([
      ['SUBGRAPH_UNAVAILABLE', 'The registry subgraph did not answer in time (1.5 s); try again once it is back.'],
    ]);
    expect((answer.body?.data as { party?: unknown } | null | undefined)?.party ?? null).toBeNull();
    expect(waited).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(waited).toBeLessThan(TIMEOUT_MS + 10_000);
    expect(sockets.length).toBeGreaterThan(0);
    await expect.poll(() => closed.length, { timeout: 5_000 }).toBe(sockets.length);
  });
});
