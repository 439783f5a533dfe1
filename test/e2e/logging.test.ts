import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { internalSecret, signInternalRequest } from '../../infra/auth/internal.ts';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/runtime/server.ts';
import type { RequestContext } from '../../subgraphs/runtime/context.ts';
import { memoryLogger } from '../support/logs.ts';
import { gatewayBeside, request, useStack } from '../support/stack.ts';
import { type RunningService } from '../../infra/http.ts';

const SECRET_INPUT = 'personal-value-123-45-6789';

describe('what the services write to their logs', () => {
  const ctx = useStack();
  const subgraphLog = memoryLogger('registry');
  const gatewayLog = memoryLogger('gateway');
  let failing: RunningSubgraph;
  let gateway: RunningService;

  beforeAll(async () => {
    // A subgraph whose one field fails as an unforeseen bug would: with the input in the message.
    failing = await startSubgraph<RequestContext>(
      {
        name: 'registry',
        typeDefs: parse('type Query { echo(text: String!): String }'),
        resolvers: {
          Query: {
            echo: (_root: unknown, { text }: { text: string }) => {
              throw new Error(`could not handle ${text}\nsecond line`);
            },
          },
        },
        createContext: (base) => base,
      },
      ctx.db,
      { host: '127.0.0.1', port: 0 },
      { internalSecret: internalSecret() },
      subgraphLog.logger,
    );
    gateway = await gatewayBeside(ctx.stack, { logger: gatewayLog.logger });
  });
  afterAll(async () => {
    await gateway?.stop();
    await failing?.stop();
  });

  it('writes an unexpected error as one JSON line with the request id, and neither the input nor its message', async () => {
    const body = JSON.stringify({ query: `{ echo(text: "${SECRET_INPUT}") }` });
    const requestId = crypto.randomUUID();
    const answer = await request(failing.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...signInternalRequest(internalSecret(), { principal: null, requestId }, body, {
          audience: 'registry',
          path: '/graphql',
        }),
      },
      body,
    });
    expect(answer.body?.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Internal server error', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(answer.text).not.toContain(SECRET_INPUT);
    const errors = subgraphLog.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ service: 'registry', requestId, error: 'Error' });
    expect(errors[0]?.at).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
    expect(subgraphLog.lines.join('\n')).not.toContain(SECRET_INPUT);
    expect(subgraphLog.lines.join('\n')).not.toContain('second line');
  });

  it('logs a refused request by its path, never its query string', async () => {
    const url = new URL(gateway.url);
    url.search = `?query=${encodeURIComponent(`{ party(id: "${SECRET_INPUT}") { name } }`)}`;
    // Not JSON: refused on its headers alone, before any GraphQL work.
    const refused = await request(url.href, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: `{ party(id: "${SECRET_INPUT}") { name } }`,
    });
    expect(refused.status).toBe(415);
    await request(url.href, { method: 'GET' });
    const lines = gatewayLog.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.status === 415)).toMatchObject({ path: '/graphql', method: 'POST' });
    // The GET carried its document in the query string: its line names the path alone.
    expect(lines.find((line) => line.method === 'GET')).toMatchObject({ path: '/graphql' });
    expect(gatewayLog.lines.join('\n')).not.toContain(SECRET_INPUT.slice(0, 15));
  });
});
