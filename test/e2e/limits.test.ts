import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../gateway/limits.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { as } from '../support/auth.ts';
import { useStack } from '../support/stack.ts';

type Response = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Response;
}

/** party → disclosures → recipient → disclosures …, `hops` times. */
function nested(hops: number): string {
  let selection = 'id';
  for (let i = 0; i < hops; i += 1) selection = `disclosuresSent(first: 1) { nodes { to { id ${selection} } } }`;
  return `{ party(id: "cook-sheriff") { ${selection} } }`;
}

describe('limits on what one request may ask', () => {
  const ctx = useStack();
  const auditor = () => as(ctx.stack.auth, 'AUDITOR');

  it('accepts a lineage query a few hops deep', async () => {
    const result = await post(ctx.stack.gatewayUrl, { query: nested(2) }, await auditor());
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query deeper than the limit before any subgraph is called', async () => {
    // Three levels a hop: four hops are deeper than the limit.
    const result = await post(ctx.stack.gatewayUrl, { query: nested(Math.ceil(LIMITS.maxDepth / 3)) }, await auditor());
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => error.message).join('\n')).toMatch(
      new RegExp(`depth limit of ${LIMITS.maxDepth}`, 'i'),
    );
  });

  it('refuses a query that would cost more than the limit', async () => {
    const result = await post(ctx.stack.gatewayUrl, { query: nested(LIMITS.maxDepth) }, await auditor());
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => error.message).join('\n')).toMatch(
      new RegExp(`cost limit of ${LIMITS.maxCost}`, 'i'),
    );
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: party(id: "x") { id }`).join(' ');
    const result = await post(ctx.stack.gatewayUrl, { query: `{ ${aliases} }` }, await auditor());
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a document with more tokens than the limit', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const result = await post(ctx.stack.gatewayUrl, { query: `{ party(id: "x") { ${fields} } }` }, await auditor());
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a batch larger than the limit', async () => {
    const one = { query: '{ disclosureCount(year: 2025) }' };
    const response = await fetch(ctx.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as(ctx.stack.auth, 'REPORTER')) },
      body: JSON.stringify(Array.from({ length: LIMITS.batchSize + 1 }, () => one)),
    });
    const body = (await response.json()) as Response | Response[];
    expect(Array.isArray(body)).toBe(false);
    expect((body as Response).errors?.[0]?.message).toMatch(/batch/i);
  });
});

describe('a production gateway', () => {
  const ctx = useStack();
  let closed: Stack;
  beforeAll(async () => {
    closed = await startStack(ctx.db, {
      host: '127.0.0.1',
      port: () => 0,
      logging: false,
      exposure: { introspection: false, graphiql: false },
    });
  });
  afterAll(async () => closed?.stop());

  it('can turn introspection off', async () => {
    const result = await post(
      closed.gatewayUrl,
      { query: '{ __schema { types { name } } }' },
      await as(closed.auth, 'AUDITOR'),
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('can turn GraphiQL off', async () => {
    const response = await fetch(closed.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('GraphiQL');
  });
});
