import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { hopsOn, seedRecords, subjectKeyFor } from '../support/records.ts';
import { gatewayBeside, postGraphQL, useStack } from '../support/stack.ts';

const ACCOUNTING = `query ProvidedAccounting($subjectKey: String!) {
  accounting(subjectKey: $subjectKey) { entries { recipient { id name } kind } }
}`;
const TRACE = `query ProvidedTrace($subjectKey: String!) {
  trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: "named-exchange" }, first: 10) { nodes { party { id name } hopCount } }
}`;

/**
 * An accounting's recipients and a trace's parties come with their names from the lineage
 * subgraph, which reads them from the same graph (`@provides`): no call to the registry for
 * them. A gateway whose registry does not answer still names them, as the registry would.
 */
describe('names the lineage subgraph provides', () => {
  const ctx = useStack();
  const subjectKey = subjectKeyFor('named-1');
  let gateway: Awaited<ReturnType<typeof gatewayBeside>>;

  beforeAll(async () => {
    // The auditor's own office, which every request acts for.
    await registerTestParties(ctx.db, [['cook-oiig', 'COUNTY_AGENCY']]);
    await registerTestParties(
      ctx.db,
      [
        ['named-county', 'COUNTY_AGENCY'],
        ['named-broker', 'DATA_BROKER'],
        ['named-exchange', 'CORPORATION'],
      ],
      (id) => `The ${id.replace('named-', '')}, by its registered name`,
    );
    await seedRecords(ctx.db, 'named-county', ['named-1']);
    const hop = hopsOn(ctx.db);
    await hop('named-d1', '2024-05-01T09:00:00-05:00', 'named-county', 'named-broker', ['named-1']);
    await hop('named-d2', '2024-05-02T09:00:00-05:00', 'named-broker', 'named-exchange', ['named-1']);
    gateway = await gatewayBeside(ctx.stack, {
      subgraphUrls: { ...ctx.stack.subgraphUrls, registry: 'http://127.0.0.1:1/graphql' },
    });
  });
  afterAll(() => gateway?.stop());

  it('names an accounting’s recipients and a trace’s parties without the registry', async () => {
    const auditor = await as(ctx.stack.auth, 'AUDITOR');
    for (const query of [ACCOUNTING, TRACE]) {
      const whole = await postGraphQL(ctx.stack.gatewayUrl, { query, variables: { subjectKey } }, auditor);
      const alone = await postGraphQL(gateway.url, { query, variables: { subjectKey } }, auditor);
      expect(whole.body?.errors, query).toBeUndefined();
      expect(alone.body?.errors, query).toBeUndefined();
      expect(alone.body?.data).toEqual(whole.body?.data);
      expect(JSON.stringify(alone.body?.data)).toContain('The exchange, by its registered name');
    }
  });
});
