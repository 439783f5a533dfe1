/**
 * The parties being audited report the data, and have every reason to hide a flow to an
 * immigration agent. Each attempt here goes through the gateway as the audited party would
 * make it, and the answers an auditor reads afterwards must still hold the evidence:
 *
 * 1. a data broker retracts its own disclosure to ICE "reported in error";
 * 2. the broker confirms today a deletion dated before its disclosure to ICE;
 * 3. a retracted disclosure is named as the violation of a deletion scope;
 * 4. the same instant written in other UTC offsets: interval ends, equal times, county years.
 *
 * After every attempt the three ledgers still verify.
 *
 * Over 400 lines on purpose: one scenario per attempt, each with the evidence it must leave,
 * so that the audited party's whole playbook reads in order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { recordDocument } from '../../core/compliance/documents.ts';
import { recordEnforcement } from '../../core/registry/affiliations.ts';
import { lastRecorded } from '../../infra/recorded.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { seedRecords, subjectKeyFor } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';

const Record = graphql(/* GraphQL */ `
  mutation AdversaryRecord($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      created
      disclosure {
        id
        holderUnknown
        recordedAt
      }
    }
  }
`);

const Retract = graphql(/* GraphQL */ `
  mutation AdversaryRetract($input: RetractDisclosureInput!) {
    retractDisclosure(input: $input) {
      retraction {
        id
        status
      }
    }
  }
`);

const Decide = graphql(/* GraphQL */ `
  mutation AdversaryDecide($input: DecideRetractionInput!) {
    decideRetraction(input: $input) {
      created
      retraction {
        status
        decision {
          outcome
          decidedBy
        }
      }
    }
  }
`);

const Delete = graphql(/* GraphQL */ `
  mutation AdversaryDelete($input: ConfirmDeletionInput!) {
    confirmDeletion(input: $input) {
      created
    }
  }
`);

const Trace = graphql(/* GraphQL */ `
  query AdversaryTrace($subjectKey: String!, $asOf: DateTime) {
    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }, asOf: $asOf) {
      nodes {
        party {
          id
        }
        at
        kind
        chain {
          disclosure {
            id
          }
          contested
          withdrawn
          retraction {
            status
            reason
            filedBy {
              id
            }
          }
        }
      }
      withdrawn {
        party {
          id
        }
        chain {
          disclosure {
            id
          }
          withdrawn
          retraction {
            status
            decision {
              decidedBy
            }
          }
        }
      }
    }
  }
`);

const Exposure = graphql(/* GraphQL */ `
  query AdversaryExposure($from: DateTime, $until: DateTime, $asOf: DateTime) {
    exposure(from: $from, until: $until, asOf: $asOf) {
      arrivalCount
      direct {
        arrivalCount
      }
      withdrawn {
        arrivalCount
      }
      contested {
        arrivalCount
      }
      retractedDisclosures {
        id
        retraction {
          status
        }
      }
    }
  }
`);

const Findings = graphql(/* GraphQL */ `
  query AdversaryFindings($from: DateTime!, $until: DateTime!, $subsections: [Subsection!], $asOf: DateTime) {
    findings(from: $from, until: $until, subsections: $subsections, asOf: $asOf, first: 500) {
      nodes {
        id
        severity
        deletionIds
        retractionIds
        explanation
      }
    }
  }
`);

const Scope = graphql(/* GraphQL */ `
  query AdversaryScope($ids: [ID!]!) {
    deletionScope(violatingDisclosureIds: $ids) {
      holders {
        nodes {
          party {
            id
          }
        }
      }
      withdrawnViolations {
        id
        retraction {
          status
          reason
        }
      }
    }
  }
`);

const Ledgers = graphql(/* GraphQL */ `
  query AdversaryLedgers {
    verifyLedger {
      ok
      reason
    }
    verifyComplianceLedger {
      ok
    }
    verifyAccessLog {
      ok
    }
  }
`);

const Counts = graphql(/* GraphQL */ `
  query AdversaryCounts($year: Int!) {
    disclosureCount(year: $year)
  }
`);

const Report = graphql(/* GraphQL */ `
  query AdversaryReport($year: Int!) {
    annualReport(year: $year) {
      immigration {
        events
        direct {
          events
        }
      }
    }
  }
`);

const booking = (n: number) => `booking-${n}`;
const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, record: string) => ({
  id,
  at,
  fromPartyId,
  toPartyId,
  purpose: 'case work',
  channel: 'API_QUERY' as const,
  records: [{ recordId: record }],
});
const MONTH = (month: string) => ({
  from: `2024-${month}-01T00:00:00-05:00`,
  until: `2024-${String(Number(month) + 1).padStart(2, '0')}-01T00:00:00-05:00`,
});

describe('the audited party correcting its own evidence, and instants in other offsets', () => {
  const ctx = useStack();
  const gateway = () => ctx.stack.gatewayUrl;
  const sheriff = () => as(ctx.stack.auth, 'RECORDER', 'cook-sheriff', 'sheriff-clerk');
  const broker = () => as(ctx.stack.auth, 'THIRD_PARTY', 'broker', 'broker-clerk');
  const auditor = () => as(ctx.stack.auth, 'AUDITOR', 'cook-oiig', 'oiig-auditor');
  const record = async (input: ReturnType<typeof hop>, headers: Promise<Record<string, string>>) => {
    const answer = await execute(gateway(), Record, { input }, await headers);
    expect(answer.errors, input.id).toBeUndefined();
    return answer.data?.recordDisclosure.disclosure;
  };
  const ledgersVerify = async () => {
    const answer = await execute(gateway(), Ledgers, {}, await auditor());
    expect(answer.data).toEqual({
      verifyLedger: { ok: true, reason: null },
      verifyComplianceLedger: { ok: true },
      verifyAccessLog: { ok: true },
    });
  };
  const trace = async (n: number, asOf?: string) =>
    (await execute(gateway(), Trace, { subjectKey: subjectKeyFor(booking(n)), asOf }, await auditor())).data?.trace;
  const findings = async (month: string, subsections: Array<'E' | 'H'>, asOf?: string) =>
    (await execute(gateway(), Findings, { ...MONTH(month), subsections, asOf }, await auditor())).data?.findings
      .nodes ?? [];

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['broker', 'DATA_BROKER'],
      ['reseller', 'CORPORATION'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['pd-287g', 'GOVERNMENT_AGENCY'],
    ]);
    await recordEnforcement(ctx.db, { id: 'ice-always', partyId: 'ice', from: '2000-01-01T00:00:00Z', basis: 'ICE' });
    // A 287(g) agreement stated in two offsets: from 12:00Z, until 18:30Z.
    await recordEnforcement(ctx.db, {
      id: 'pd-287g-agreement',
      partyId: 'pd-287g',
      from: '2024-05-01T07:00:00-05:00',
      until: '2024-09-01T00:00:00+05:30',
      basis: '287(g) task force',
    });
    await seedRecords(
      ctx.db,
      'cook-sheriff',
      [1, 2, 3, 4, 5, 6, 7].map((n) => booking(n)),
      ['NAME', 'JAIL_RELEASE_TIME'],
    );
  });

  describe('1. a broker retracting its own disclosure to ICE', () => {
    let beforeRetraction = '';
    let retractionId = '';

    beforeAll(async () => {
      await record(hop('feed-1', '2024-06-01T09:00:00-05:00', 'cook-sheriff', 'broker', booking(1)), sheriff());
      await record(hop('sale-1', '2024-06-03T10:00:00-05:00', 'broker', 'ice', booking(1)), broker());
      beforeRetraction = await lastRecorded(ctx.db);
      const filed = await execute(
        gateway(),
        Retract,
        {
          input: {
            id: 'broker-retraction-1',
            disclosureId: 'sale-1',
            at: new Date().toISOString(),
            reason: 'reported in error',
          },
        },
        await broker(),
      );
      retractionId = filed.data?.retractDisclosure.retraction.id ?? '';
      expect(filed.data?.retractDisclosure.retraction.status).toBe('PENDING');
    });

    it('changes nothing until an auditor accepts it, and shows it with the disclosure meanwhile', async () => {
      const arrivals = (await trace(1))?.nodes ?? [];
      expect(arrivals.map((arrival) => arrival.party.id)).toEqual(['ice']);
      const last = arrivals[0]?.chain.at(-1);
      expect(last).toMatchObject({
        disclosure: { id: 'sale-1' },
        contested: true,
        withdrawn: false,
        retraction: { status: 'PENDING', reason: 'reported in error', filedBy: { id: 'broker' } },
      });
      const june = (await execute(gateway(), Exposure, MONTH('06'), await auditor())).data?.exposure;
      expect(june).toMatchObject({ arrivalCount: 1, contested: { arrivalCount: 1 }, withdrawn: { arrivalCount: 0 } });
      const found = await findings('06', ['E']);
      expect(found.map((finding) => finding.id).sort()).toEqual(['E:retraction:broker-retraction-1', 'E:sale-1']);
      expect(found.find((finding) => finding.id.startsWith('E:retraction'))).toMatchObject({
        severity: 'HIGH',
        retractionIds: [retractionId],
      });
      await ledgersVerify();
    });

    it('answers a party it never reached exactly as for a disclosure that does not exist, and logs the refusal', async () => {
      const reseller = await as(ctx.stack.auth, 'THIRD_PARTY', 'reseller', 'reseller-clerk');
      const input = { id: 'reseller-try', at: new Date().toISOString(), reason: 'hiding it' };
      const existing = await execute(gateway(), Retract, { input: { ...input, disclosureId: 'sale-1' } }, reseller);
      const missing = await execute(gateway(), Retract, { input: { ...input, disclosureId: 'sale-x' } }, reseller);
      expect(existing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(existing.errors?.[0]?.message.replace('sale-1', '?')).toBe(
        missing.errors?.[0]?.message.replace('sale-x', '?'),
      );
      expect(JSON.stringify(existing)).not.toContain('broker');
      const log = await accessLogOf('reseller-clerk');
      expect(log.filter((entry) => entry.outcome === 'REFUSED').length).toBeGreaterThanOrEqual(1);
    });

    it('withdraws the arrival once an auditor accepts, and still shows it, withdrawn, with who accepted', async () => {
      const beforeDecision = await lastRecorded(ctx.db);
      const decided = await execute(
        gateway(),
        Decide,
        { input: { retractionId, outcome: 'ACCEPTED', note: 'the broker showed the sale was a test' } },
        await auditor(),
      );
      expect(decided.data?.decideRetraction).toEqual({
        created: true,
        retraction: { status: 'ACCEPTED', decision: { outcome: 'ACCEPTED', decidedBy: 'oiig-auditor' } },
      });
      const after = await trace(1);
      expect(after?.nodes).toEqual([]);
      expect(after?.withdrawn.map((arrival) => arrival.party.id)).toEqual(['ice']);
      expect(after?.withdrawn[0]?.chain.at(-1)).toMatchObject({
        disclosure: { id: 'sale-1' },
        withdrawn: true,
        retraction: { status: 'ACCEPTED', decision: { decidedBy: 'oiig-auditor' } },
      });
      const june = (await execute(gateway(), Exposure, MONTH('06'), await auditor())).data?.exposure;
      expect(june).toMatchObject({
        arrivalCount: 0,
        withdrawn: { arrivalCount: 1 },
        retractedDisclosures: [{ id: 'sale-1', retraction: { status: 'ACCEPTED' } }],
      });
      // As of before the decision, the retraction it names is shown as it stood then: pending.
      const then = (await execute(gateway(), Exposure, { ...MONTH('06'), asOf: beforeDecision }, await auditor())).data
        ?.exposure;
      expect(then).toMatchObject({
        arrivalCount: 1,
        contested: { arrivalCount: 1 },
        retractedDisclosures: [{ id: 'sale-1', retraction: { status: 'PENDING' } }],
      });
      const found = await findings('06', ['E']);
      expect(found.map((finding) => finding.id)).toEqual(['E:retraction:broker-retraction-1']);
      expect(found[0]?.explanation).toContain('accepted by oiig-auditor');
      await ledgersVerify();
    });

    it('answers as of a recorded time exactly as the service knew things then', async () => {
      const then = await trace(1, beforeRetraction);
      expect(then?.nodes.map((arrival) => arrival.party.id)).toEqual(['ice']);
      expect(then?.nodes[0]?.chain.at(-1)).toMatchObject({ contested: false, retraction: null });
      expect((await findings('06', ['E'], beforeRetraction)).map((finding) => finding.id)).toEqual(['E:sale-1']);
    });
  });

  describe('2. a deletion confirmed today, dated before the holder’s own disclosure to ICE', () => {
    beforeAll(async () => {
      await record(hop('feed-2', '2024-07-01T09:00:00-05:00', 'cook-sheriff', 'broker', booking(2)), sheriff());
      await record(hop('sale-2', '2024-07-10T10:00:00-05:00', 'broker', 'ice', booking(2)), broker());
      const backdated = await execute(
        gateway(),
        Delete,
        { input: { id: 'del-2', holderPartyId: 'broker', at: '2024-07-05T00:00:00-05:00', recordIds: [booking(2)] } },
        await broker(),
      );
      expect(backdated.data?.confirmDeletion.created).toBe(true);
      // The near miss: a deletion on record before the holder's later disclosure.
      await record(hop('feed-3', '2024-08-01T09:00:00-05:00', 'cook-sheriff', 'broker', booking(3)), sheriff());
      await execute(
        gateway(),
        Delete,
        { input: { id: 'del-3', holderPartyId: 'broker', at: '2024-08-05T00:00:00-05:00', recordIds: [booking(3)] } },
        await broker(),
      );
      expect(
        (await record(hop('sale-3', '2024-08-10T10:00:00-05:00', 'broker', 'ice', booking(3)), broker()))
          ?.holderUnknown,
      ).toBe(true);
    });

    it('keeps the disclosure to ICE a flow, in the trace and in the deletion scope of the hop before it', async () => {
      expect((await trace(2))?.nodes.map((arrival) => arrival.chain.map((step) => step.disclosure.id))).toEqual([
        ['feed-2', 'sale-2'],
      ]);
      const scope = await execute(gateway(), Scope, { ids: ['feed-2'] }, await auditor());
      expect(scope.data?.deletionScope.holders.nodes.map((holder) => holder.party.id)).toEqual(['ice']);
    });

    it('makes the contradiction a finding of (h), with both facts as evidence', async () => {
      const found = await findings('07', ['H']);
      expect(found.map((finding) => finding.id)).toEqual(['H:deletion-dated-before-own-disclosure:sale-2']);
      expect(found[0]?.deletionIds).toEqual(['del-2']);
    });

    it('judges a disclosure recorded after the deletion against it, as dated', async () => {
      expect((await trace(3))?.nodes).toEqual([]);
      expect((await findings('08', ['H'])).map((finding) => finding.id)).toEqual(['H:after-deletion:sale-3']);
      await ledgersVerify();
    });
  });

  describe('3. a retracted disclosure named as the violation', () => {
    it('says that it delivered nothing, as the trace does, and lists no holder through it', async () => {
      const scope = await execute(gateway(), Scope, { ids: ['sale-1'] }, await auditor());
      expect(scope.data?.deletionScope).toEqual({
        holders: { nodes: [] },
        withdrawnViolations: [{ id: 'sale-1', retraction: { status: 'ACCEPTED', reason: 'reported in error' } }],
      });
      const upstream = await execute(gateway(), Scope, { ids: ['feed-1'] }, await auditor());
      expect(upstream.data?.deletionScope.holders.nodes.map((holder) => holder.party.id)).toEqual(['broker']);
    });
  });

  describe('4. one instant, whatever the offset', () => {
    beforeAll(async () => {
      for (const [id, at] of [
        ['pd-start', '2024-05-01T12:00:00Z'],
        ['pd-before', '2024-05-01T06:59:59-05:00'],
        ['pd-last', '2024-08-31T18:29:59Z'],
        ['pd-end', '2024-08-31T18:30:00Z'],
      ] as const) {
        await record(hop(id, at, 'cook-sheriff', 'pd-287g', booking(4)), sheriff());
      }
      await record(hop('feed-5', '2024-10-01T12:00:00Z', 'cook-sheriff', 'broker', booking(5)), sheriff());
      await record(hop('sale-5', '2024-10-01T07:00:00-05:00', 'broker', 'ice', booking(5)), broker());
      // Midnight in Chicago on New Year's Day 2025, written in Arizona's offset.
      await record(hop('new-year', '2024-12-31T23:00:00-07:00', 'cook-sheriff', 'ice', booking(6)), sheriff());
    });

    it('decides immigration-agent status at an interval’s ends by the instant', async () => {
      const reached = (await trace(4))?.nodes.map((arrival) => arrival.chain.at(-1)?.disclosure.id).sort();
      expect(reached).toEqual(['pd-last', 'pd-start']);
    });

    it('chains a hop at the violating disclosure’s own instant into its deletion scope', async () => {
      const scope = await execute(gateway(), Scope, { ids: ['feed-5'] }, await auditor());
      expect(scope.data?.deletionScope.holders.nodes.map((holder) => holder.party.id)).toEqual(['broker', 'ice']);
    });

    it('counts a disclosure at midnight in Chicago in the county year it begins, and in no other', async () => {
      const counted = async (year: number) =>
        (await execute(gateway(), Counts, { year }, await auditor())).data?.disclosureCount ?? 0;
      expect(await counted(2025)).toBe(1);
      const year = async (from: number) =>
        execute(
          gateway(),
          Exposure,
          { from: `${from}-01-01T00:00:00-06:00`, until: `${from + 1}-01-01T00:00:00-06:00` },
          await auditor(),
        );
      expect((await year(2025)).data?.exposure.direct.arrivalCount).toBe(1);
      const report = await execute(gateway(), Report, { year: 2025 }, await auditor());
      expect(report.data?.annualReport.immigration).toEqual({ events: 1, direct: { events: 1 } });
      const inTwentyFour = await year(2024);
      // pd-start and pd-last; new-year belongs to 2025 alone.
      expect(inTwentyFour.data?.exposure.direct.arrivalCount).toBe(2);
      await ledgersVerify();
    });
  });

  describe('5. a published report, and what is filed after it', () => {
    const Publish = graphql(/* GraphQL */ `
      mutation AdversaryPublish($year: Int!) {
        publishAnnualReport(year: $year) {
          asOf
          json
        }
      }
    `);
    const Again = graphql(/* GraphQL */ `
      query AdversaryAgain($year: Int!, $asOf: DateTime) {
        annualReport(year: $year, public: true, asOf: $asOf) {
          json
        }
      }
    `);
    const figures = (json: string | undefined) => {
      const { generatedAt: _generatedAt, ...rest } = JSON.parse(json ?? '{}') as Record<string, unknown>;
      void _generatedAt;
      return rest;
    };

    it('gives the same figures again as of the time it was made, whatever is filed since', async () => {
      const reporter = await as(ctx.stack.auth, 'REPORTER', 'cook-oiig', 'county-reporter');
      const published = (await execute(gateway(), Publish, { year: 2024 }, reporter)).data?.publishAnnualReport;
      expect(published?.asOf).toBeTruthy();
      // A late report of a 2024 flow to ICE.
      await record(hop('late-1', '2024-11-01T09:00:00-06:00', 'cook-sheriff', 'ice', booking(7)), sheriff());
      const now = await execute(gateway(), Again, { year: 2024 }, reporter);
      expect(figures(now.data?.annualReport.json)).not.toEqual(figures(published?.json));
      const again = await execute(gateway(), Again, { year: 2024, asOf: published?.asOf }, reporter);
      expect(figures(again.data?.annualReport.json)).toEqual(figures(published?.json));
    });
  });

  describe('the access log, whole', () => {
    it('logs the subject a detainer request shows', async () => {
      const Detainers = graphql(/* GraphQL */ `
        query AdversaryDetainers {
          complianceDocuments(kinds: [DETAINER_REQUEST]) {
            ... on DetainerRequest {
              subjectKey
            }
          }
        }
      `);
      await recordDocument(ctx.db, 'DETAINER_REQUEST', {
        id: 'detainer-1',
        agencyPartyId: 'cook-sheriff',
        requesterPartyId: 'ice',
        receivedAt: '2024-06-02T08:00:00-05:00',
        subjectKey: subjectKeyFor(booking(1)),
        disposition: 'DECLINED',
        countyStaffMinutes: 0,
      });
      const reader = await as(ctx.stack.auth, 'AUDITOR', 'cook-oiig', 'detainer-reader');
      const answer = await execute(gateway(), Detainers, {}, reader);
      expect(answer.data?.complianceDocuments).toEqual([{ subjectKey: subjectKeyFor(booking(1)) }]);
      const Logged = graphql(/* GraphQL */ `
        query AdversaryLogged($principal: ID) {
          accessLog(principal: $principal, first: 10) {
            nodes {
              outcome
              subjects
            }
          }
        }
      `);
      const log = await execute(gateway(), Logged, { principal: 'detainer-reader' }, await auditor());
      expect(log.data?.accessLog.nodes).toEqual([{ outcome: 'ALLOWED', subjects: [subjectKeyFor(booking(1))] }]);
    });

    const post = async (query: string, headers: Record<string, string>) =>
      (
        await fetch(gateway(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        })
      ).json() as Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>;

    it('logs a role refused at the gateway, with the service’s request id and the client’s beside it', async () => {
      const analyst = await as(ctx.stack.auth, 'ANALYST', 'cook-oiig', 'curious-analyst');
      const answer = await post(
        `{ trace(subjectKey: "${subjectKeyFor(booking(1))}", to: { kind: IMMIGRATION_AGENTS }) { totalCount } }`,
        {
          ...analyst,
          'x-request-id': 'client-77',
        },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const [entry] = await accessLogOf('curious-analyst');
      expect(entry).toMatchObject({ outcome: 'REFUSED', clientRequestId: 'client-77' });
      expect(entry?.requestId).not.toBe('client-77');
      expect(entry?.reason).toContain('FORBIDDEN');
    });

    it('logs a limit refused at the gateway', async () => {
      const deep = await as(ctx.stack.auth, 'AUDITOR', 'cook-oiig', 'deep-auditor');
      let selection = '{ id }';
      for (let level = 0; level < 8; level += 1)
        selection = `{ disclosuresSent(first: 1) { nodes { to ${selection} } } }`;
      const answer = await post(`{ party(id: "broker") ${selection} }`, deep);
      expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const [entry] = await accessLogOf('deep-auditor');
      expect(entry).toMatchObject({ outcome: 'REFUSED' });
      expect(entry?.reason).toMatch(/limit/i);
    });

    it('logs another organisation’s data refused at a subgraph', async () => {
      const clerk = await as(ctx.stack.auth, 'RECORDER', 'cook-oiig', 'other-clerk');
      const answer = await post('{ disclosure(id: "feed-1") { id } }', clerk);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const [entry] = await accessLogOf('other-clerk');
      expect(entry).toMatchObject({ outcome: 'REFUSED' });
    });
  });

  /** The access log's entries for one principal, as an auditor reads them. */
  async function accessLogOf(principal: string) {
    const AccessLog = graphql(/* GraphQL */ `
      query AdversaryAccessLog($principal: ID) {
        accessLog(principal: $principal, first: 500) {
          nodes {
            outcome
            reason
            requestId
            clientRequestId
          }
        }
      }
    `);
    const answer = await execute(gateway(), AccessLog, { principal }, await auditor());
    return answer.data?.accessLog.nodes ?? [];
  }
});
