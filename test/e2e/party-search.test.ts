import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { execute, useStack } from '../support/stack.ts';

const PartySearch = graphql(/* GraphQL */ `
  query PartySearch($text: String!, $kind: PartyKind, $first: Int! = 20, $after: String) {
    partySearch(text: $text, kind: $kind, first: $first, after: $after) {
      nodes {
        id
        name
        kind
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const NAMES: Record<string, string> = {
  'cook-sheriff': 'Cook County Sheriff',
  'cook-clerk': 'Cook County Clerk',
  'tp:broker-0001': 'Lakeshore Data Brokers LLC',
  'tp:broker-0002': 'Data Brokerage of Illinois',
  'tp:exchange-0001': 'Northern Illinois Data Exchange',
  'ice:contractor-01': 'Sheriff Street Logistics',
};

describe('finding a party by name (partySearch)', () => {
  const context = useStack();
  let analyst: Record<string, string>;

  beforeAll(async () => {
    await registerTestParties(
      context.db,
      [
        ['cook-sheriff', 'COUNTY_AGENCY'],
        ['cook-clerk', 'COUNTY_AGENCY'],
        ['tp:broker-0001', 'DATA_BROKER'],
        ['tp:broker-0002', 'DATA_BROKER'],
        ['tp:exchange-0001', 'DATA_EXCHANGE'],
        ['ice:contractor-01', 'CONTRACTOR'],
      ],
      (id) => NAMES[id] as string,
    );
    analyst = await as(context.stack.auth, 'ANALYST', 'cook-clerk');
  });

  const search = (variables: { text: string; kind?: 'DATA_BROKER'; first?: number; after?: string | null }) =>
    execute(context.stack.gatewayUrl, PartySearch, variables, analyst);

  it('finds names and ids containing the text whatever its case, those starting with it first, then by name', async () => {
    const answer = await search({ text: '  DATA ' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.partySearch.nodes.map((party) => party.name)).toEqual([
      'Data Brokerage of Illinois',
      'Lakeshore Data Brokers LLC',
      'Northern Illinois Data Exchange',
    ]);
    const sheriff = await search({ text: 'sheriff' });
    expect(sheriff.data?.partySearch.nodes.map((party) => party.id)).toEqual(['ice:contractor-01', 'cook-sheriff']);
    const byId = await search({ text: 'tp:broker' });
    expect(byId.data?.partySearch.nodes.map((party) => party.id)).toEqual(['tp:broker-0002', 'tp:broker-0001']);
    expect((await search({ text: 'brok', kind: 'DATA_BROKER' })).data?.partySearch.nodes).toHaveLength(2);
    expect((await search({ text: 'nobody by that name' })).data?.partySearch).toEqual({
      nodes: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
  });

  it('pages through the matches with a cursor, to the end', async () => {
    const first = await search({ text: 'cook', first: 1 });
    expect(first.data?.partySearch.nodes.map((party) => party.id)).toEqual(['cook-clerk']);
    expect(first.data?.partySearch.pageInfo.hasNextPage).toBe(true);
    const second = await search({ text: 'cook', first: 1, after: first.data?.partySearch.pageInfo.endCursor });
    expect(second.data?.partySearch.nodes.map((party) => party.id)).toEqual(['cook-sheriff']);
    expect(second.data?.partySearch.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a text too short or too long, a page over 500 and a forged cursor, each with one clear error', async () => {
    const refusals = await Promise.all([
      search({ text: ' a ' }),
      search({ text: 'x'.repeat(101) }),
      search({ text: 'cook', first: 501 }),
      search({ text: 'cook', after: 'not-a-cursor' }),
    ]);
    expect(refusals.map((answer) => [answer.errors?.length, answer.errors?.[0]?.extensions?.code])).toEqual(
      refusals.map(() => [1, 'BAD_USER_INPUT']),
    );
    expect(refusals[0]?.errors?.[0]?.message).toBe('text must be 2 to 100 characters once trimmed, got " a "');
    expect(refusals[2]?.errors?.[0]?.message).toBe('first must be an integer from 1 to 500, got 501');
  });

  it('treats the text as text, not as a pattern', async () => {
    for (const text of ['.*', "' OR 1=1 //", '%%', '\\\\']) {
      const answer = await search({ text });
      expect(answer.errors, text).toBeUndefined();
      expect(answer.data?.partySearch.nodes, text).toEqual([]);
    }
  });
});
