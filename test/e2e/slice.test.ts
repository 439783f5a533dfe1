import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { PARTIES_BY_IDS } from '../../core/registry/parties.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { carrying, seedRecords } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';

const RegisterParty = graphql(/* GraphQL */ `
  mutation RegisterParty($input: RegisterPartyInput!) {
    registerParty(input: $input) {
      created
      party {
        id
        name
        kind
        isThirdParty
      }
    }
  }
`);

const RecordDisclosure = graphql(/* GraphQL */ `
  mutation RecordDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      created
      disclosure {
        id
        at
      }
    }
  }
`);

const PartyWithDisclosures = graphql(/* GraphQL */ `
  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {
    party(id: $id) {
      name
      kind
      disclosureCountReceived
      disclosuresSent(first: $first, after: $after) {
        nodes {
          id
          at
          purpose
          from {
            id
          }
          to {
            id
            name
            kind
            disclosureCountReceived
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const Ledger = graphql(/* GraphQL */ `
  query Ledger($id: ID!) {
    disclosure(id: $id) {
      ledger {
        sequence
        hash
      }
    }
    verifyLedger {
      ok
      entries
      lastHash
    }
  }
`);

const DisclosureCount = graphql(/* GraphQL */ `
  query DisclosureCount($year: Int!) {
    disclosureCount(year: $year)
  }
`);

describe('the vertical slice through the gateway', () => {
  const ctx = useStack();
  const gateway = () => ctx.stack.gatewayUrl;

  const admin = async () => as(ctx.stack.auth, 'ADMIN');
  const sheriff = async () => as(ctx.stack.auth, 'RECORDER', 'cook-sheriff');
  const auditor = async () => as(ctx.stack.auth, 'AUDITOR');
  const register = async (id: string, name: string, kind: 'COUNTY_AGENCY' | 'DATA_BROKER' | 'DATA_EXCHANGE') =>
    execute(gateway(), RegisterParty, { input: { id, name, kind } }, await admin());

  // A deployment starts with its own office registered by the import, so that the first
  // administrator acts for a registered organisation.
  beforeAll(async () => {
    await registerTestParties(ctx.db, [['cook-oiig', 'COUNTY_AGENCY']]);
  });

  it('registers parties and records disclosures, and says when a resubmission changed nothing', async () => {
    const first = await register('cook-sheriff', 'Cook County Sheriff', 'COUNTY_AGENCY');
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerParty).toEqual({
      created: true,
      party: { id: 'cook-sheriff', name: 'Cook County Sheriff', kind: 'COUNTY_AGENCY', isThirdParty: false },
    });
    const again = await register('cook-sheriff', 'Cook County Sheriff', 'COUNTY_AGENCY');
    expect(again.data?.registerParty.created).toBe(false);

    await register('nlets-exchange', 'Regional criminal justice data exchange', 'DATA_EXCHANGE');
    await seedRecords(ctx.db, 'cook-sheriff', ['sheriff-record-1']);
    const recorded = await execute(
      gateway(),
      RecordDisclosure,
      {
        input: {
          id: 'sheriff-2025-0001',
          at: '2025-12-31T23:30:00-06:00',
          fromPartyId: 'cook-sheriff',
          toPartyId: 'nlets-exchange',
          purpose: 'nightly booking feed',
          ...carrying('sheriff-record-1'),
        },
      },
      await sheriff(),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordDisclosure).toEqual({
      created: true,
      disclosure: { id: 'sheriff-2025-0001', at: '2025-12-31T23:30:00-06:00' },
    });
  });

  it('refuses a conflicting resubmission with its code and the bad value, and writes nothing', async () => {
    const conflicting = await register('cook-sheriff', 'Sheriff of Cook County', 'COUNTY_AGENCY');
    expect(conflicting.errors?.[0]?.extensions?.code).toBe('CONFLICTING_RESUBMISSION');
    expect(conflicting.errors?.[0]?.message).toContain('Sheriff of Cook County');
    const party = await execute(gateway(), PartyWithDisclosures, { id: 'cook-sheriff', first: 10 }, await auditor());
    expect(party.data?.party?.name).toBe('Cook County Sheriff');

    const changed = await execute(
      gateway(),
      RecordDisclosure,
      {
        input: {
          id: 'sheriff-2025-0001',
          at: '2025-12-31T23:30:00-06:00',
          fromPartyId: 'cook-sheriff',
          toPartyId: 'nlets-exchange',
          purpose: 'something else',
          ...carrying('sheriff-record-1'),
        },
      },
      await sheriff(),
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICTING_RESUBMISSION');
  });

  it('refuses a disclosure to an unregistered party, and a bad instant, naming the value', async () => {
    const unknown = await execute(
      gateway(),
      RecordDisclosure,
      {
        input: {
          id: 'd-x',
          at: '2025-01-01T00:00:00Z',
          fromPartyId: 'cook-sheriff',
          toPartyId: 'nobody',
          purpose: 'x',
          ...carrying('sheriff-record-1'),
        },
      },
      await sheriff(),
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('nobody');

    const badInstant = await execute(
      gateway(),
      RecordDisclosure,
      {
        input: {
          id: 'd-y',
          at: '2025-01-01 10:00',
          fromPartyId: 'cook-sheriff',
          toPartyId: 'nlets-exchange',
          purpose: 'x',
          ...carrying('sheriff-record-1'),
        },
      },
      await sheriff(),
    );
    expect(badInstant.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badInstant.errors?.[0]?.message).toContain('2025-01-01 10:00');
  });

  it('answers one query across registry, lineage and compliance from the real graph', async () => {
    for (let i = 0; i < 50; i += 1) {
      const id = `vendor-${String(i).padStart(2, '0')}`;
      await register(id, `Vendor ${i}`, 'DATA_BROKER');
      await execute(
        gateway(),
        RecordDisclosure,
        {
          input: {
            id: `sheriff-2026-${String(i).padStart(4, '0')}`,
            at: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T10:00:00-06:00`,
            fromPartyId: 'cook-sheriff',
            toPartyId: id,
            purpose: 'records request',
            ...carrying('sheriff-record-1'),
          },
        },
        await sheriff(),
      );
    }

    const recipientQueries: unknown[] = [];
    const unobserve = ctx.db.observe((query, params) => {
      if (query === PARTIES_BY_IDS) recipientQueries.push(params.ids);
    });
    const result = await execute(gateway(), PartyWithDisclosures, { id: 'cook-sheriff', first: 50 }, await auditor());
    unobserve();

    expect(result.errors).toBeUndefined();
    const party = result.data?.party;
    expect(party?.name).toBe('Cook County Sheriff');
    expect(party?.disclosureCountReceived).toBe(0);
    const sent = party?.disclosuresSent;
    expect(sent?.nodes).toHaveLength(50);
    expect(sent?.pageInfo.hasNextPage).toBe(true);
    // Oldest first: the 2025 disclosure to the exchange leads.
    expect(sent?.nodes[0]?.to).toEqual({
      id: 'nlets-exchange',
      name: 'Regional criminal justice data exchange',
      kind: 'DATA_EXCHANGE',
      disclosureCountReceived: 1,
    });
    expect(sent?.nodes.every((node) => node.from.id === 'cook-sheriff')).toBe(true);
    expect(new Set(sent?.nodes.map((node) => node.to.name)).size).toBe(50);

    // 50 recipients (and the root party) resolve through DataLoader: at most 2 queries.
    expect(recipientQueries.length).toBeGreaterThan(0);
    expect(recipientQueries.length).toBeLessThanOrEqual(2);

    const next = await execute(
      gateway(),
      PartyWithDisclosures,
      {
        id: 'cook-sheriff',
        first: 50,
        after: sent?.pageInfo.endCursor ?? null,
      },
      await auditor(),
    );
    expect(next.data?.party?.disclosuresSent.nodes).toHaveLength(1);
    expect(next.data?.party?.disclosuresSent.pageInfo.hasNextPage).toBe(false);
  });

  it('counts disclosures by the county calendar year, not by UTC', async () => {
    // 2025-12-31T23:30-06:00 is 2026-01-01 in UTC, yet belongs to 2025 in Chicago.
    const y2025 = await execute(gateway(), DisclosureCount, { year: 2025 }, await as(ctx.stack.auth, 'REPORTER'));
    const y2026 = await execute(gateway(), DisclosureCount, { year: 2026 }, await as(ctx.stack.auth, 'REPORTER'));
    expect(y2025.data?.disclosureCount).toBe(1);
    expect(y2026.data?.disclosureCount).toBe(50);
  });

  it('stamps every recorded disclosure in a ledger an auditor can verify', async () => {
    const result = await execute(gateway(), Ledger, { id: 'sheriff-2025-0001' }, await auditor());
    expect(result.errors).toBeUndefined();
    expect(result.data?.disclosure?.ledger.sequence).toBe(1);
    expect(result.data?.verifyLedger).toEqual({
      ok: true,
      entries: 51,
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses a page larger than the limit instead of cutting it short', async () => {
    const result = await execute(gateway(), PartyWithDisclosures, { id: 'cook-sheriff', first: 501 }, await auditor());
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('501');
  });

  it('serves GraphiQL without loading anything from another host', async () => {
    const response = await fetch(gateway(), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });
});
