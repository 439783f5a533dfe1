import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import { execute, useStack } from '../support/stack.ts';
import { registerTestParties } from '../support/parties.ts';

const RecordEnforcement = graphql(/* GraphQL */ `
  mutation RecordEnforcement($input: RecordImmigrationEnforcementInput!) {
    recordImmigrationEnforcement(input: $input) {
      created
      interval {
        id
        from
        until
      }
    }
  }
`);

const RecordAffiliation = graphql(/* GraphQL */ `
  mutation RecordAffiliation($input: RecordAffiliationInput!) {
    recordAffiliation(input: $input) {
      created
      affiliation {
        id
        kind
        fromParty {
          id
        }
        toParty {
          id
        }
      }
    }
  }
`);

const AgentStatus = graphql(/* GraphQL */ `
  query AgentStatus($id: ID!, $at: DateTime!) {
    party(id: $id) {
      isImmigrationAgent(at: $at)
      immigrationAgentIntervals {
        from
        until
      }
      affiliations {
        kind
        toParty {
          name
        }
      }
    }
  }
`);

describe('immigration agents in the registry', () => {
  const ctx = useStack();
  const admin = () => as(ctx.stack.auth, 'ADMIN');

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      // The office the administrator's and analyst's tokens act for.
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['acme-data', 'DATA_BROKER'],
      ['acme-sub', 'CONTRACTOR'],
    ]);
    const enforcement = await execute(
      ctx.stack.gatewayUrl,
      RecordEnforcement,
      { input: { id: 'ice-always', partyId: 'ice', from: '1900-01-01T00:00:00Z', basis: 'federal statute' } },
      await admin(),
    );
    expect(enforcement.data?.recordImmigrationEnforcement.created).toBe(true);
    // The broker's ICE contract runs from 2021-03-01 through 2023-02-28, Chicago time.
    const contract = await execute(
      ctx.stack.gatewayUrl,
      RecordAffiliation,
      {
        input: {
          id: 'acme-ice-2021',
          fromPartyId: 'acme-data',
          kind: 'CONTRACTOR_OF',
          toPartyId: 'ice',
          from: '2021-03-01T00:00:00-06:00',
          until: '2023-03-01T00:00:00-06:00',
          reference: 'contract 70CMSD21C00000001',
        },
      },
      await admin(),
    );
    expect(contract.errors).toBeUndefined();
    await execute(
      ctx.stack.gatewayUrl,
      RecordAffiliation,
      {
        input: {
          id: 'sub-acme',
          fromPartyId: 'acme-sub',
          kind: 'CONTRACTOR_OF',
          toPartyId: 'acme-data',
          from: '2020-01-01T00:00:00-06:00',
        },
      },
      await admin(),
    );
  });

  const status = async (id: string, at: string) =>
    (await execute(ctx.stack.gatewayUrl, AgentStatus, { id, at }, await as(ctx.stack.auth, 'ANALYST'))).data?.party;

  it('holds for a broker under ICE contract on 2022-06-01, and not on 2024-01-01', async () => {
    expect((await status('acme-data', '2022-06-01T12:00:00-05:00'))?.isImmigrationAgent).toBe(true);
    expect((await status('acme-data', '2024-01-01T12:00:00-06:00'))?.isImmigrationAgent).toBe(false);
  });

  it('holds for its subcontractor only while both links hold', async () => {
    expect((await status('acme-sub', '2022-06-01T12:00:00-05:00'))?.isImmigrationAgent).toBe(true);
    expect((await status('acme-sub', '2024-01-01T12:00:00-06:00'))?.isImmigrationAgent).toBe(false);
    expect((await status('acme-sub', '2020-06-01T12:00:00-05:00'))?.isImmigrationAgent).toBe(false);
  });

  it('derives the intervals: exactly the contract, for the broker and for its subcontractor', async () => {
    const contract = [{ from: '2021-03-01T00:00:00-06:00', until: '2023-03-01T00:00:00-06:00' }];
    expect((await status('acme-data', '2022-06-01T12:00:00-05:00'))?.immigrationAgentIntervals).toEqual(contract);
    expect((await status('acme-sub', '2022-06-01T12:00:00-05:00'))?.immigrationAgentIntervals).toEqual(contract);
    expect((await status('ice', '2022-06-01T12:00:00-05:00'))?.immigrationAgentIntervals).toEqual([
      { from: '1900-01-01T00:00:00Z', until: null },
    ]);
  });

  it('lists affiliations both ways', async () => {
    const broker = await status('acme-data', '2022-06-01T12:00:00-05:00');
    expect(broker?.affiliations).toEqual([
      { kind: 'CONTRACTOR_OF', toParty: { name: 'acme-data' } },
      { kind: 'CONTRACTOR_OF', toParty: { name: 'ice' } },
    ]);
  });

  it('treats a resubmission as a no-op and refuses conflicting or impossible links', async () => {
    const again = await execute(
      ctx.stack.gatewayUrl,
      RecordEnforcement,
      { input: { id: 'ice-always', partyId: 'ice', from: '1900-01-01T00:00:00Z', basis: 'federal statute' } },
      await admin(),
    );
    expect(again.data?.recordImmigrationEnforcement.created).toBe(false);
    const changed = await execute(
      ctx.stack.gatewayUrl,
      RecordEnforcement,
      { input: { id: 'ice-always', partyId: 'ice', from: '2000-01-01T00:00:00Z', basis: 'federal statute' } },
      await admin(),
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICTING_RESUBMISSION');
    const selfLink = await execute(
      ctx.stack.gatewayUrl,
      RecordAffiliation,
      {
        input: { id: 'self', fromPartyId: 'ice', kind: 'AGENT_OF', toPartyId: 'ice', from: '2020-01-01T00:00:00Z' },
      },
      await admin(),
    );
    expect(selfLink.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'toPartyId' } });
    const backwards = await execute(
      ctx.stack.gatewayUrl,
      RecordAffiliation,
      {
        input: {
          id: 'backwards',
          fromPartyId: 'acme-sub',
          kind: 'AGENT_OF',
          toPartyId: 'ice',
          from: '2020-01-01T00:00:00Z',
          until: '2019-01-01T00:00:00Z',
        },
      },
      await admin(),
    );
    expect(backwards.errors?.[0]?.message).toContain('until (2019-01-01T00:00:00Z) must be after from');
    const unknown = await execute(
      ctx.stack.gatewayUrl,
      RecordAffiliation,
      {
        input: { id: 'ghost', fromPartyId: 'nobody', kind: 'AGENT_OF', toPartyId: 'ice', from: '2020-01-01T00:00:00Z' },
      },
      await admin(),
    );
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('lets only ADMIN keep the registry', async () => {
    const refused = await execute(
      ctx.stack.gatewayUrl,
      RecordEnforcement,
      { input: { id: 'x', partyId: 'acme-data', from: '2020-01-01T00:00:00Z', basis: 'x' } },
      await as(ctx.stack.auth, 'AUDITOR'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
