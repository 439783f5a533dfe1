/**
 * The trace through the gateway, case by case: direct and indirect arrivals, affiliations,
 * windows, corrections. Over 400 lines because each case builds its own small world beside
 * its assertions, on one stack started once for the file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { recordAffiliation, recordEnforcement } from '../../core/registry/affiliations.ts';
import { registerParty } from '../../core/registry/parties.ts';
import { as } from '../support/auth.ts';
import { carrying, seedRecords, subjectKeyFor } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';
import { registerTestParties } from '../support/parties.ts';

const Trace = graphql(/* GraphQL */ `
  query Trace(
    $subjectKey: String!
    $to: TraceTarget!
    $window: TimeWindow
    $maxHops: Int
    $first: Int! = 100
    $after: String
  ) {
    trace(subjectKey: $subjectKey, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {
      ...Arrivals
    }
  }
`);

const TraceRecords = graphql(/* GraphQL */ `
  query TraceRecords(
    $recordIds: [ID!]!
    $to: TraceTarget!
    $window: TimeWindow
    $maxHops: Int
    $first: Int! = 100
    $after: String
  ) {
    traceRecords(recordIds: $recordIds, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {
      ...Arrivals
    }
  }
`);

const Accounting = graphql(/* GraphQL */ `
  query Accounting($subjectKey: String!, $from: DateTime) {
    accounting(subjectKey: $subjectKey, from: $from) {
      subjectKey
      entries {
        recipient {
          id
        }
        kind
        firstAt
        lastAt
        count
        disclosures {
          id
        }
        records {
          id
        }
        categories
        purposes
        legalBases
        immigrationAgent
        chain {
          disclosure {
            id
          }
        }
        firstArrival {
          at
          kind
          hopCount
          chain {
            disclosure {
              id
            }
          }
        }
      }
    }
  }
`);

const Exposure = graphql(/* GraphQL */ `
  query Exposure($from: DateTime, $until: DateTime, $by: [ExposureDimension!]! = [DIRECTNESS]) {
    exposure(from: $from, until: $until) {
      groups(by: $by) {
        keys {
          dimension
          value
          party {
            name
          }
        }
        individualCount
        arrivalCount
      }
      recordCount
      individualCount
      arrivalCount
      direct {
        arrivalCount
      }
      indirect {
        arrivalCount
      }
      byHopCount {
        key
        arrivalCount
      }
      byIntermediary {
        key
        party {
          name
        }
        arrivalCount
      }
      byAgent {
        key
        recordCount
      }
      byOriginAgency {
        key
        individualCount
      }
      byCategory {
        key
        recordCount
      }
    }
  }
`);

const PartyExposure = graphql(/* GraphQL */ `
  query PartyExposure($party: ID!, $from: DateTime) {
    party(id: $party) {
      name
      exposure(from: $from) {
        arrivalCount
        individualCount
        byAgent {
          key
        }
      }
    }
  }
`);

const PartyLineage = graphql(/* GraphQL */ `
  query PartyLineage($party: ID!, $disclosure: ID!) {
    upstream(partyId: $party) {
      recordCount
      byOriginAgency {
        key
      }
      bySender {
        key
      }
      byIntermediary {
        key
        arrivalCount
      }
    }
    exchange: downstream(partyId: "exchange") {
      arrivalCount
      immigrationAgent {
        arrivalCount
      }
      byRecipient {
        key
        arrivalCount
      }
      byHopCount {
        key
        arrivalCount
      }
    }
    downstreamOfDisclosure(disclosureId: $disclosure) {
      arrivalCount
      byAgent {
        key
      }
    }
  }
`);

const Navigable = graphql(/* GraphQL */ `
  query Navigable($record: ID!, $disclosure: ID!) {
    record(id: $record) {
      lineage {
        totalCount
        nodes {
          party {
            id
          }
          hopCount
        }
      }
    }
    disclosure(id: $disclosure) {
      downstream {
        arrivalCount
      }
    }
  }
`);

const Chains = graphql(/* GraphQL */ `
  query Chains($recordId: ID!, $partyId: ID!, $maxHops: Int!, $first: Int!, $after: String) {
    chains(recordId: $recordId, partyId: $partyId, maxHops: $maxHops, first: $first, after: $after) {
      truncated
      pageInfo {
        endCursor
      }
      nodes {
        categories
        hops {
          disclosure {
            id
          }
        }
      }
    }
  }
`);

graphql(/* GraphQL */ `
  fragment Arrivals on TraceConnection {
    totalCount
    truncated
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      record {
        id
      }
      subjectKey
      party {
        id
        name
      }
      at
      hopCount
      kind
      immigrationAgent
      intermediaries {
        id
      }
      categories
      chain {
        disclosure {
          id
        }
        from {
          id
        }
        to {
          id
        }
        at
        purpose
        legalBasis
        agreementReference
        categories
        recipientWasImmigrationAgent
      }
    }
  }
`);

const SHERIFF = 'cook-sheriff';
const RECORD = 'booking-trace-1';
const SUBJECT = subjectKeyFor(RECORD);

describe('trace through the gateway', () => {
  const ctx = useStack();
  const auditor = () => as(ctx.stack.auth, 'AUDITOR');
  const AGENTS = { kind: 'IMMIGRATION_AGENTS' as const };
  const ask = async (variables: Record<string, unknown>, role = auditor()) => {
    const response = await execute(ctx.stack.gatewayUrl, Trace, variables as never, await role);
    return { errors: response.errors, data: response.data ? { trace: response.data.trace } : response.data };
  };
  const askRecords = async (variables: Record<string, unknown>) => {
    const response = await execute(ctx.stack.gatewayUrl, TraceRecords, variables as never, await auditor());
    return { errors: response.errors, data: response.data ? { trace: response.data.traceRecords } : response.data };
  };

  beforeAll(async () => {
    await registerTestParties(
      ctx.db,
      [
        [SHERIFF, 'COUNTY_AGENCY'],
        // The office the auditor's and analyst's tokens act for: a principal's organisation
        // must be a registered party.
        ['cook-oiig', 'COUNTY_AGENCY'],
        ['exchange', 'DATA_EXCHANGE'],
        ['broker', 'DATA_BROKER'],
        ['ice', 'GOVERNMENT_AGENCY'],
      ],
      (id) => `the ${id}`,
    );
    await recordEnforcement(ctx.db, { id: 'e-ice', partyId: 'ice', from: '2003-03-01T00:00:00Z', basis: 'federal' });
    // The broker works for ICE only from 2021-03-01 to 2023-02-28.
    await recordAffiliation(ctx.db, {
      id: 'a-broker',
      fromPartyId: 'broker',
      kind: 'CONTRACTOR_OF',
      toPartyId: 'ice',
      from: '2021-03-01T00:00:00-06:00',
      until: '2023-02-28T00:00:00-06:00',
    });
    await seedRecords(ctx.db, SHERIFF, [RECORD]);
    const hop = (id: string, at: string, fromPartyId: string, toPartyId: string) =>
      recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose: `purpose of ${id}`, ...carrying(RECORD) });
    await hop('d1', '2022-01-10T09:00:00-06:00', SHERIFF, 'exchange');
    await hop('d2', '2022-06-01T09:00:00-05:00', 'exchange', 'broker'); // the broker is an agent then
    await hop('d3', '2022-07-01T09:00:00-05:00', 'broker', 'ice');
    await hop('d4', '2024-01-01T09:00:00-06:00', 'exchange', 'broker'); // no longer an agent
  });

  it('shows every arrival at an immigration agent, at the time of its hop, with its chain', async () => {
    const { data, errors } = await ask({ subjectKey: SUBJECT, to: AGENTS });
    expect(errors).toBeUndefined();
    const nodes = data?.trace.nodes ?? [];
    expect(nodes.map((node) => [node.party.id, node.hopCount, node.kind])).toEqual([
      ['broker', 2, 'INDIRECT'],
      ['ice', 3, 'INDIRECT'],
    ]);
    const toIce = nodes[1];
    expect(
      toIce?.chain.map((hop) => [hop.disclosure.id, hop.from.id, hop.to.id, hop.recipientWasImmigrationAgent]),
    ).toEqual([
      ['d1', SHERIFF, 'exchange', false],
      ['d2', 'exchange', 'broker', true],
      ['d3', 'broker', 'ice', true],
    ]);
    expect(toIce?.intermediaries.map((party) => party.id)).toEqual(['exchange', 'broker']);
    expect(toIce?.chain[0]?.purpose).toBe('purpose of d1');
    expect(toIce?.subjectKey).toBe(SUBJECT);
    expect(data?.trace).toMatchObject({ totalCount: 2, truncated: false });
  });

  it('pages without a silent cap, honours a window and a hop limit, and traces to one party', async () => {
    const firstPage = await askRecords({ recordIds: [RECORD], to: AGENTS, first: 1 });
    expect(firstPage.data?.trace).toMatchObject({ totalCount: 2, truncated: true, pageInfo: { hasNextPage: true } });
    const rest = await askRecords({
      recordIds: [RECORD],
      to: AGENTS,
      first: 1,
      after: firstPage.data?.trace.pageInfo.endCursor,
    });
    expect(rest.data?.trace.nodes.map((node) => node.party.id)).toEqual(['ice']);
    expect(rest.data?.trace.truncated).toBe(false);

    const windowed = await askRecords({
      recordIds: [RECORD],
      to: AGENTS,
      window: { from: '2022-06-15T00:00:00Z' },
    });
    expect(windowed.data?.trace.nodes.map((node) => node.party.id)).toEqual(['ice']);
    const short = await askRecords({ recordIds: [RECORD], to: AGENTS, maxHops: 2 });
    expect(short.data?.trace.nodes.map((node) => node.party.id)).toEqual(['broker']);
    // To the broker: both arrivals, only one of them while it was an agent.
    const toBroker = await askRecords({ recordIds: [RECORD], to: { kind: 'PARTY', partyId: 'broker' } });
    expect(toBroker.data?.trace.nodes.map((node) => [node.chain.at(-1)?.disclosure.id, node.immigrationAgent])).toEqual(
      [
        ['d2', true],
        ['d4', false],
      ],
    );
  });

  it('refuses unclear questions with one error naming the bad value', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ subjectKey: 'not-a-key', to: AGENTS }, /64 lower-case hex digits, got "not-a-key"/],
      [{ subjectKey: SUBJECT, to: { kind: 'PARTY' } }, /to.partyId is required when to.kind is PARTY/],
      [{ subjectKey: SUBJECT, to: { ...AGENTS, partyId: 'ice' } }, /only when to.kind is PARTY, got "ice"/],
      [{ subjectKey: SUBJECT, to: AGENTS, maxHops: 0 }, /maxHops must be a whole number from 1 to 100, got 0/],
      [
        { subjectKey: SUBJECT, to: AGENTS, window: { from: '2024-01-01T00:00:00Z', until: '2023-01-01T00:00:00Z' } },
        /window.until .* must be after window.from/,
      ],
      [
        { subjectKey: SUBJECT, to: AGENTS, after: 'bm90LWEtbnVtYmVy' },
        /after must be a cursor returned by a previous page/,
      ],
    ];
    for (const [variables, message] of cases) {
      const { errors } = await ask(variables);
      expect(errors?.[0]?.message).toMatch(message);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is for auditors only, and what it shows goes to the access log', async () => {
    const analyst = await ask({ subjectKey: SUBJECT, to: AGENTS }, as(ctx.stack.auth, 'ANALYST'));
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [logged] = await ctx.db.read((tx) =>
      tx.run<{ n: number }>(
        `MATCH (e:AccessLogEntry {outcome: 'ALLOWED'}) WHERE $subject IN e.subjects RETURN count(e) AS n`,
        { subject: SUBJECT },
      ),
    );
    expect(logged?.n).toBeGreaterThan(0);
  });

  it("gives a person's accounting of disclosures: a line per recipient, the chain for indirect ones", async () => {
    const { data, errors } = await execute(ctx.stack.gatewayUrl, Accounting, { subjectKey: SUBJECT }, await auditor());
    expect(errors).toBeUndefined();
    const entries = data?.accounting.entries ?? [];
    expect(
      entries.map((entry) => [
        entry.recipient.id,
        entry.kind,
        entry.count,
        entry.immigrationAgent,
        entry.chain?.map((hop) => hop.disclosure.id) ?? null,
      ]),
    ).toEqual([
      ['exchange', 'DIRECT', 1, false, null],
      ['broker', 'INDIRECT', 2, true, ['d1', 'd2']],
      ['ice', 'INDIRECT', 1, true, ['d1', 'd2', 'd3']],
    ]);
    // Each line carries its first arrival, direct or not, with its chain: no trace asked after it.
    expect(
      entries.map((entry) => [
        entry.firstArrival.kind,
        entry.firstArrival.hopCount,
        entry.firstArrival.chain.map((hop) => hop.disclosure.id),
      ]),
    ).toEqual([
      ['DIRECT', 1, ['d1']],
      ['INDIRECT', 2, ['d1', 'd2']],
      ['INDIRECT', 3, ['d1', 'd2', 'd3']],
    ]);
    const broker = entries[1];
    expect(broker?.disclosures.map((disclosure) => disclosure.id)).toEqual(['d2', 'd4']);
    expect(broker?.purposes).toEqual(['purpose of d2', 'purpose of d4']);
    expect([broker?.firstAt, broker?.lastAt]).toEqual(['2022-06-01T09:00:00-05:00', '2024-01-01T09:00:00-06:00']);
    expect(broker?.records.map((record) => record.id)).toEqual([RECORD]);

    const later = await execute(
      ctx.stack.gatewayUrl,
      Accounting,
      { subjectKey: SUBJECT, from: '2023-01-01T00:00:00Z' },
      await auditor(),
    );
    expect(later.data?.accounting.entries.map((entry) => [entry.recipient.id, entry.count])).toEqual([['broker', 1]]);
  });

  it('counts exposure county-wide for an analyst: individuals, records, arrivals, by hop count, intermediary and agent', async () => {
    const { data, errors } = await execute(ctx.stack.gatewayUrl, Exposure, {}, await as(ctx.stack.auth, 'ANALYST'));
    expect(errors).toBeUndefined();
    const seen = data?.exposure;
    expect(seen).toMatchObject({
      recordCount: 1,
      individualCount: 1,
      arrivalCount: 2,
      direct: { arrivalCount: 0 },
      indirect: { arrivalCount: 2 },
    });
    expect(seen?.byHopCount).toEqual([
      { key: '2', arrivalCount: 1 },
      { key: '3', arrivalCount: 1 },
    ]);
    expect(seen?.byIntermediary).toEqual([
      { key: 'exchange', party: { name: 'the exchange' }, arrivalCount: 2 },
      { key: 'broker', party: { name: 'the broker' }, arrivalCount: 1 },
    ]);
    expect(seen?.byAgent.map((line) => line.key)).toEqual(['broker', 'ice']);
    expect(seen?.byOriginAgency).toEqual([{ key: SHERIFF, individualCount: 1 }]);
    expect(seen?.byCategory.map((line) => line.key).sort()).toEqual(['DATE_OF_BIRTH', 'NAME', 'RESIDENTIAL_ADDRESS']);
    const after = await execute(
      ctx.stack.gatewayUrl,
      Exposure,
      { from: '2022-06-15T00:00:00Z' },
      await as(ctx.stack.auth, 'ANALYST'),
    );
    expect(after.data?.exposure.byAgent.map((line) => line.key)).toEqual(['ice']);
  });

  it("gives a party's own exposure: as origin, as intermediary, or as the agent reached", async () => {
    const analyst = await as(ctx.stack.auth, 'ANALYST');
    const of = async (party: string, from?: string) => {
      const { data, errors } = await execute(ctx.stack.gatewayUrl, PartyExposure, { party, from }, analyst);
      expect(errors).toBeUndefined();
      return data?.party?.exposure;
    };
    expect(await of(SHERIFF)).toMatchObject({ arrivalCount: 2, individualCount: 1 });
    expect(await of('exchange')).toMatchObject({ arrivalCount: 2 });
    expect((await of('broker'))?.byAgent.map((line) => line.key)).toEqual(['broker', 'ice']);
    expect((await of('ice'))?.byAgent.map((line) => line.key)).toEqual(['ice']);
    // After June 2022 only the hop to ICE counts, and the broker took part in it as intermediary.
    expect((await of('broker', '2022-06-15T00:00:00Z'))?.byAgent.map((line) => line.key)).toEqual(['ice']);
  });

  it('cross-tabulates exposure by the dimensions asked for, months in county time', async () => {
    const analyst = await as(ctx.stack.auth, 'ANALYST');
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      Exposure,
      { by: ['DIRECTNESS', 'INTERMEDIARY', 'MONTH'] },
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.exposure.groups.map((group) => [...group.keys.map((key) => key.value), group.arrivalCount])).toEqual([
      ['INDIRECT', 'broker', '2022-07', 1],
      ['INDIRECT', 'exchange', '2022-06', 1],
      ['INDIRECT', 'exchange', '2022-07', 1],
    ]);
    expect(data?.exposure.groups[0]?.keys[1]).toEqual({
      dimension: 'INTERMEDIARY',
      value: 'broker',
      party: { name: 'the broker' },
    });
    const byBasis = await execute(ctx.stack.gatewayUrl, Exposure, { by: ['LEGAL_BASIS', 'HOP_COUNT'] }, analyst);
    expect(byBasis.data?.exposure.groups.map((group) => group.keys.map((key) => key.value))).toEqual([
      ['NONE', '2'],
      ['NONE', '3'],
    ]);
    const repeated = await execute(ctx.stack.gatewayUrl, Exposure, { by: ['MONTH', 'MONTH'] }, analyst);
    expect(repeated.errors?.[0]).toMatchObject({
      message: 'by must name 1 to 4 different dimensions, got [MONTH, MONTH]',
      extensions: { code: 'BAD_USER_INPUT', field: 'by' },
    });
  });

  it('answers upstream and downstream at party level, through time-respecting chains only', async () => {
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      PartyLineage,
      { party: 'ice', disclosure: 'd2' },
      await as(ctx.stack.auth, 'ANALYST'),
    );
    expect(errors).toBeUndefined();
    expect(data?.upstream).toEqual({
      recordCount: 1,
      byOriginAgency: [{ key: SHERIFF }],
      bySender: [{ key: 'broker' }],
      byIntermediary: [
        { key: 'broker', arrivalCount: 1 },
        { key: 'exchange', arrivalCount: 1 },
      ],
    });
    expect(data?.exchange).toEqual({
      arrivalCount: 3,
      immigrationAgent: { arrivalCount: 2 },
      byRecipient: [
        { key: 'broker', arrivalCount: 2 },
        { key: 'ice', arrivalCount: 1 },
      ],
      // Hops from the exchange: its own sends are hop 1.
      byHopCount: [
        { key: '1', arrivalCount: 2 },
        { key: '2', arrivalCount: 1 },
      ],
    });
    // From d2 on, only the broker holds it: its pass to ICE; the exchange's later send is not downstream of d2.
    expect(data?.downstreamOfDisclosure).toEqual({ arrivalCount: 1, byAgent: [{ key: 'ice' }] });
  });

  it('traces a chain of 100 hops with a bounded number of queries, whatever its length', async () => {
    const parties = Array.from({ length: 100 }, (_, index) => `relay-${String(index).padStart(3, '0')}`);
    for (const id of parties) await registerParty(ctx.db, { id, name: id, kind: 'CORPORATION' });
    await seedRecords(ctx.db, SHERIFF, ['relayed-1']);
    const start = Date.parse('2021-01-01T00:00:00Z');
    let from = SHERIFF;
    for (const [index, to] of parties.entries()) {
      const at = new Date(start + index * 3_600_000).toISOString();
      await recordDisclosure(ctx.db, {
        id: `relay-d${index}`,
        at,
        fromPartyId: from,
        toPartyId: to,
        purpose: 'relay',
        ...carrying('relayed-1'),
      });
      from = to;
    }
    let queries = 0;
    const unobserve = ctx.db.observe(() => {
      queries += 1;
    });
    const { data, errors } = await askRecords({
      recordIds: ['relayed-1'],
      to: { kind: 'PARTY', partyId: 'relay-099' },
    });
    unobserve();
    expect(errors).toBeUndefined();
    const chain = data?.trace.nodes[0]?.chain ?? [];
    expect(chain).toHaveLength(100);
    expect(chain.map((hop) => hop.to.id)).toEqual(parties);
    // Histories, subject keys, agent status, party kinds, the disclosures of the hops in one
    // batch, the parties' names in one batch at the registry, the access log: not one per hop.
    expect(queries).toBeLessThanOrEqual(12);
  });

  it('reaches the same answers from a record and a disclosure fetched elsewhere', async () => {
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      Navigable,
      { record: RECORD, disclosure: 'd2' },
      await auditor(),
    );
    expect(errors).toBeUndefined();
    expect(data?.record?.lineage.nodes.map((node) => [node.party.id, node.hopCount])).toEqual([
      ['exchange', 1],
      ['broker', 2],
      ['ice', 3],
      ['broker', 2],
    ]);
    expect(data?.disclosure?.downstream.arrivalCount).toBe(1);
  });

  it('enumerates every chain to a party in pages, with the hop limit always named', async () => {
    const headers = await auditor();
    const page = (after: string | null | undefined) =>
      execute(
        ctx.stack.gatewayUrl,
        Chains,
        { recordId: RECORD, partyId: 'broker', maxHops: 6, first: 1, after },
        headers,
      );
    const one = await page(null);
    expect(one.errors).toBeUndefined();
    expect(one.data?.chains.truncated).toBe(true);
    const two = await page(one.data?.chains.pageInfo.endCursor);
    expect(two.data?.chains.truncated).toBe(false);
    const chains = [...(one.data?.chains.nodes ?? []), ...(two.data?.chains.nodes ?? [])].map((chain) =>
      chain.hops.map((hop) => hop.disclosure.id).join(' → '),
    );
    expect(chains.sort()).toEqual(['d1 → d2', 'd1 → d4']);
    const short = await execute(
      ctx.stack.gatewayUrl,
      Chains,
      { recordId: RECORD, partyId: 'ice', maxHops: 2, first: 10 },
      headers,
    );
    expect(short.data?.chains.nodes).toEqual([]);
  });

  // Last: its records would change the county-wide counts asked above.
  it('logs exactly the records and people a page shows, not the arrivals on other pages', async () => {
    await seedRecords(ctx.db, SHERIFF, ['paged-1', 'paged-2']);
    for (const [index, record] of ['paged-1', 'paged-2'].entries()) {
      await recordDisclosure(ctx.db, {
        id: `paged-d${index}`,
        at: `2023-0${index + 1}-01T09:00:00-06:00`,
        fromPartyId: SHERIFF,
        toPartyId: 'ice',
        purpose: 'paged',
        ...carrying(record),
      });
    }
    const logged = async () =>
      (
        await ctx.db.read((tx) =>
          tx.run<{ records: string[]; subjects: string[] }>(
            `MATCH (e:AccessLogEntry {outcome: 'ALLOWED'}) WHERE 'paged-1' IN e.records OR 'paged-2' IN e.records
             RETURN e.records AS records, e.subjects AS subjects ORDER BY e.seq`,
          ),
        )
      ).map((entry) => ({ records: [...entry.records].sort(), subjects: entry.subjects }));
    const first = await askRecords({ recordIds: ['paged-2', 'paged-1'], to: AGENTS, first: 1 });
    expect(first.data?.trace.nodes.map((node) => node.record.id)).toEqual(['paged-1']);
    expect(first.data?.trace.nodes[0]?.kind).toBe('DIRECT');
    expect(await logged()).toEqual([{ records: ['paged-1'], subjects: [subjectKeyFor('paged-1')] }]);
    const second = await askRecords({
      recordIds: ['paged-2', 'paged-1'],
      to: AGENTS,
      first: 1,
      after: first.data?.trace.pageInfo.endCursor,
    });
    expect(second.data?.trace.nodes.map((node) => node.record.id)).toEqual(['paged-2']);
    expect((await logged()).at(-1)).toEqual({ records: ['paged-2'], subjects: [subjectKeyFor('paged-2')] });
  });
  it('gives the first arrival of a recipient reached through a third party before the county sent to it directly', async () => {
    // The broker hears of the person through the exchange, then straight from the sheriff: its
    // line is DIRECT (at least once), and its first arrival still shows the exchange.
    await seedRecords(ctx.db, SHERIFF, ['late-direct-1']);
    const send = (id: string, at: string, fromPartyId: string, toPartyId: string) =>
      recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose: 'relay', ...carrying('late-direct-1') });
    await send('late-d1', '2023-01-10T09:00:00-06:00', SHERIFF, 'exchange');
    await send('late-d2', '2023-02-10T09:00:00-06:00', 'exchange', 'broker');
    await send('late-d3', '2023-03-20T09:00:00-05:00', SHERIFF, 'broker');
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      Accounting,
      { subjectKey: subjectKeyFor('late-direct-1') },
      await auditor(),
    );
    expect(errors).toBeUndefined();
    const broker = data?.accounting.entries.find((entry) => entry.recipient.id === 'broker');
    expect(broker?.kind).toBe('DIRECT');
    expect(broker?.chain).toBeNull();
    expect(broker?.firstArrival).toEqual({
      at: '2023-02-10T09:00:00-06:00',
      kind: 'INDIRECT',
      hopCount: 2,
      chain: [{ disclosure: { id: 'late-d1' } }, { disclosure: { id: 'late-d2' } }],
    });
  });
});
