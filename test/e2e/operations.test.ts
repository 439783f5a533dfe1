import { describe, expect, it } from 'vitest';
import { as } from '../support/auth.ts';
import { gatewayBeside, useStack } from '../support/stack.ts';

describe('operating the services', () => {
  const ctx = useStack();
  const base = (url: string) => new URL('/', url).toString();

  it('answers /healthz and /readyz on the gateway and on every subgraph', async () => {
    for (const url of [ctx.stack.gatewayUrl, ...Object.values(ctx.stack.subgraphUrls)]) {
      const health = await fetch(new URL('/healthz', base(url)));
      expect(health.status, url).toBe(200);
      const ready = await fetch(new URL('/readyz', base(url)));
      expect(ready.status, url).toBe(200);
    }
  });

  it('is not ready when a subgraph does not answer, and says which', async () => {
    const gateway = await gatewayBeside(ctx.stack, {
      subgraphUrls: { ...ctx.stack.subgraphUrls, reporting: 'http://127.0.0.1:1/graphql' },
      exposure: { introspection: true, graphiql: true, metrics: { kind: 'open' }, corsOrigins: [] },
    });
    try {
      expect((await fetch(new URL('/healthz', base(gateway.url)))).status).toBe(200);
      const ready = await fetch(new URL('/readyz', base(gateway.url)));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { failures: string[] }).failures).toEqual([
        expect.stringMatching(/^reporting: /),
      ]);
    } finally {
      await gateway.stop();
    }
  });

  it('gives each request an id of its own, carries the caller’s beside it, and counts requests per operation for Prometheus', async () => {
    const response = await fetch(ctx.stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'audit-2026-0001',
        ...(await as(ctx.stack.auth, 'REPORTER')),
      },
      body: JSON.stringify({ query: 'query YearCount { disclosureCount(year: 2025) }', operationName: 'YearCount' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-client-request-id')).toBe('audit-2026-0001');
    const metrics = await (await fetch(new URL('/metrics', base(ctx.stack.gatewayUrl)))).text();
    expect(metrics).toMatch(/graphql_envelop_request_duration\w*\{[^}]*operationName="YearCount"/);
    expect(metrics).toMatch(/graphql_gateway_subgraph_execute_duration\w*\{[^}]*subgraphName="reporting"/);
  });
});
