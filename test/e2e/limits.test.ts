import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../gateway/limits.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { issueDevelopmentToken } from '../../infra/auth/tokens.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
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

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['cook-sheriff', 'COUNTY_AGENCY'],
    ]);
  });

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

  type Costed = Response & {
    errors?: Array<{ message: string; extensions?: { code?: string; cost?: number; limit?: number } }>;
  };
  const refusedForCost = (result: Costed) => {
    expect(result.data ?? null).toBeNull();
    const [error] = result.errors ?? [];
    expect(error?.message).toMatch(new RegExp(`would cost \\d+, over the limit of ${LIMITS.maxCost}`));
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.extensions?.limit).toBe(LIMITS.maxCost);
    expect(error?.extensions?.cost).toBeGreaterThan(LIMITS.maxCost);
  };

  it('refuses a query that would cost more than the limit, with the cost and the limit', async () => {
    // One page of findings over six thousand years of windows: cheap to write, not to answer.
    const result = await post(
      ctx.stack.gatewayUrl,
      { query: '{ findings(from: "1900-01-01T00:00:00Z", until: "8000-12-01T00:00:00Z", first: 1) { totalCount } }' },
      await as(ctx.stack.auth, 'ANALYST'),
    );
    refusedForCost(result);
    expect(result.errors?.[0]?.message).toMatch(/heaviest: findings \d+/);
  });

  it('counts page sizes passed as variables, and left at their defaults, as written out', async () => {
    const query = `query Nested($n: Int) {
      party(id: "cook-sheriff") { disclosuresSent(first: $n) { nodes { to {
        disclosuresSent(first: $n) { nodes { to { disclosuresSent(first: $n) { nodes { id } } } } } } } } }
    }`;
    refusedForCost(await post(ctx.stack.gatewayUrl, { query, variables: { n: 500 } }, await auditor()));
    const written = query.replace('($n: Int)', '').replaceAll('$n', '500');
    refusedForCost(await post(ctx.stack.gatewayUrl, { query: written }, await auditor()));
    // Left out, each page is the schema's default of 100: a million objects.
    refusedForCost(await post(ctx.stack.gatewayUrl, { query, variables: {} }, await auditor()));
    // Small pages of the same shape are honest questions.
    const small = await post(ctx.stack.gatewayUrl, { query, variables: { n: 5 } }, await auditor());
    expect(small.errors).toBeUndefined();
  });

  it('accepts the largest page the schema allows on a one-subject trace', async () => {
    const query = `query Largest($recordIds: [ID!]!) {
      traceRecords(recordIds: $recordIds, to: { kind: IMMIGRATION_AGENTS }, first: 500) {
        totalCount nodes { at party { id name } categories chain { at purpose from { id name } to { id name } } }
      }
    }`;
    const result = await post(ctx.stack.gatewayUrl, { query, variables: { recordIds: ['r-1'] } }, await auditor());
    expect(result.errors).toBeUndefined();
  });

  it('refuses an over-cost mutation before any resolver runs: nothing is written', async () => {
    const query = `mutation {
      registerParty(input: { id: "never-written", name: "Never written", kind: DATA_BROKER }) {
        party { findings(from: "1900-01-01T00:00:00Z", until: "8000-12-01T00:00:00Z") { id } }
      }
    }`;
    const token = await issueDevelopmentToken(
      { subject: 'test-admin-auditor', roles: ['ADMIN', 'AUDITOR'], organisation: 'cook-oiig' },
      ctx.stack.auth,
    );
    refusedForCost(await post(ctx.stack.gatewayUrl, { query }, { authorization: `Bearer ${token}` }));
    const read = await post(ctx.stack.gatewayUrl, { query: '{ party(id: "never-written") { id } }' }, await auditor());
    expect(read).toEqual({ data: { party: null } });
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
      exposure: { introspection: false, graphiql: false, metrics: { kind: 'closed' }, corsOrigins: [] },
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
