import { beforeAll, describe, expect, it } from 'vitest';
import { recordAgreement } from '../../core/compliance/agreements.ts';
import { recordDocument } from '../../core/compliance/documents.ts';
import { recordRecipientList } from '../../core/compliance/recipients.ts';
import { recordEnforcement } from '../../core/registry/affiliations.ts';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { hopsOn, seedRecords } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';

const Report = graphql(/* GraphQL */ `
  query AnnualReport($year: Int!, $public: Boolean) {
    annualReport(year: $year, public: $public) {
      schemaVersion
      year
      from
      until
      public
      thirdParties {
        givenAccess
        withAgreement
        withChiefExecutiveCertification
        audited
      }
      individualsDisclosed
      immigration {
        direct {
          individuals
          records
          events
        }
        indirect {
          individuals
          records
          events
        }
        byHopCount {
          key
          individuals
        }
        byIntermediary {
          key
          label
          party {
            id
            name
          }
          individuals
        }
        flows {
          agency {
            name
          }
          intermediary {
            id
          }
          agent {
            id
          }
          individuals
        }
        evidence {
          query
          from
          until
        }
      }
      findings {
        subsection
        total
        evidence {
          query
          from
          until
          subsections
        }
      }
      violationNotices {
        received
        outstanding
      }
      previousYear {
        year
        source
        publishedVersion
        individualsDisclosed
      }
      json
    }
  }
`);

const Findings = graphql(/* GraphQL */ `
  query ReportEvidence($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {
    findings(from: $from, until: $until, subsections: $subsections, first: 100) {
      totalCount
    }
  }
`);

const Monthly = graphql(/* GraphQL */ `
  query MonthlyRecipients($thirdParty: ID!, $month: String!) {
    monthlyRecipients(thirdParty: $thirdParty, month: $month) {
      month
      seen {
        recipient {
          id
        }
        disclosures
        records
        listed
      }
      filed {
        id
        recipients {
          id
        }
      }
      missingFromList {
        id
      }
      neverSeen {
        id
      }
    }
  }
`);

const Publish = graphql(/* GraphQL */ `
  mutation PublishReport($year: Int!) {
    publishAnnualReport(year: $year) {
      id
      version
      year
      sha256
      json
    }
  }
`);

const Registry = graphql(/* GraphQL */ `
  query PublicRegistry {
    publicRegistry {
      agreements {
        id
        version
        agency {
          id
        }
        thirdParty {
          id
        }
        purposes
        markedPublic
        required
      }
      reports {
        id
        version
        year
      }
    }
  }
`);

const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };

describe('the annual report, monthly recipients and the public registry through the gateway', () => {
  const ctx = useStack();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      // The office the reporter's and analyst's tokens act for.
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
      ['ice', 'GOVERNMENT_AGENCY'],
    ]);
    await recordEnforcement(ctx.db, { id: 'e-ice', partyId: 'ice', from: '2003-03-01T00:00:00Z', basis: 'federal' });
    await seedRecords(ctx.db, 'sheriff', ['r-1', 'r-2', 'r-3']);
    const hop = hopsOn(ctx.db);
    await hop('d-1', '2024-03-01T09:00:00-06:00', 'sheriff', 'exchange', ['r-1', 'r-2']);
    await hop('d-2', '2024-04-01T09:00:00-05:00', 'exchange', 'broker', ['r-1']);
    await hop('d-3', '2024-05-01T09:00:00-05:00', 'broker', 'ice', ['r-1']);
    await hop('d-4', '2024-06-01T09:00:00-05:00', 'sheriff', 'ice', ['r-3']);
    await hop('d-0', '2023-06-01T09:00:00-05:00', 'sheriff', 'exchange', ['r-3']);
    await recordAgreement(ctx.db, {
      id: 'ag-1',
      version: 1,
      agencyPartyId: 'sheriff',
      thirdPartyId: 'exchange',
      signedAt: '2023-12-01T00:00:00-06:00',
      from: '2024-01-01T00:00:00-06:00',
      purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION'],
      prohibitsImmigrationDisclosure: true,
      prohibitsImmigrationUse: true,
      permitsRedisclosure: true,
      redisclosureTo: ['broker'],
      requiresRecipientCertification: true,
      recipientListCadence: 'MONTHLY',
      documentSha256: 'b'.repeat(64),
      public: true,
    });
    await recordRecipientList(ctx.db, {
      id: 'list-1',
      thirdPartyId: 'exchange',
      month: '2024-04',
      filedAt: '2024-04-30T23:59:00-05:00',
      recipientPartyIds: ['broker', 'ice'],
    });
    await recordDocument(ctx.db, 'VIOLATION_NOTICE', {
      id: 'n-1',
      thirdPartyId: 'exchange',
      agencyPartyId: 'sheriff',
      at: '2024-05-10T09:00:00-05:00',
      description: 'the broker passed a record on',
    });
  });

  it('gives a reporter the year: papers, reach, flows, findings, notices and the year before', async () => {
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      Report,
      { year: 2024 },
      await as(ctx.stack.auth, 'REPORTER'),
    );
    expect(errors).toBeUndefined();
    const report = data?.annualReport;
    expect(report).toMatchObject({
      schemaVersion: 1,
      year: 2024,
      ...YEAR_2024,
      public: false,
      // The exchange, under an agreement, and ICE, straight from the sheriff.
      thirdParties: { givenAccess: 2, withAgreement: 1, withChiefExecutiveCertification: 0, audited: 0 },
      // r-1 and r-2 to the exchange, r-3 to ICE; the broker had r-1 from the exchange.
      individualsDisclosed: 3,
      violationNotices: { received: 1, outstanding: 1 },
      previousYear: { year: 2023, source: 'COMPUTED', publishedVersion: null, individualsDisclosed: 1 },
    });
    expect(report?.immigration.direct).toEqual({ individuals: 1, records: 1, events: 1 });
    expect(report?.immigration.indirect).toEqual({ individuals: 1, records: 1, events: 1 });
    expect(report?.immigration.byHopCount).toEqual([
      { key: '1', individuals: 1 },
      { key: '3', individuals: 1 },
    ]);
    expect(report?.immigration.byIntermediary).toEqual(
      expect.arrayContaining([
        { key: 'exchange', label: 'exchange', party: { id: 'exchange', name: 'exchange' }, individuals: 1 },
        { key: 'NONE', label: 'NONE', party: null, individuals: 1 },
      ]),
    );
    expect(report?.immigration.flows).toEqual(
      expect.arrayContaining([
        { agency: { name: 'sheriff' }, intermediary: { id: 'exchange' }, agent: { id: 'ice' }, individuals: 1 },
        { agency: { name: 'sheriff' }, intermediary: null, agent: { id: 'ice' }, individuals: 1 },
      ]),
    );
    expect(JSON.parse(report?.json ?? '{}')).toMatchObject({ schemaVersion: 1, year: 2024 });

    // Each subsection's count is the number of findings its evidence query lists.
    const analyst = await as(ctx.stack.auth, 'ANALYST');
    for (const entry of report?.findings ?? []) {
      const evidence = entry.evidence;
      expect(evidence.query).toBe('findings');
      const listed = await execute(
        ctx.stack.gatewayUrl,
        Findings,
        { from: evidence.from as string, until: evidence.until as string, subsections: evidence.subsections as never },
        analyst,
      );
      expect(listed.data?.findings.totalCount, entry.subsection).toBe(entry.total);
    }
    expect(report?.findings.find((entry) => entry.subsection === 'E')?.total).toBe(2);
  });

  it('suppresses every count from 1 to 10 in the public edition, and refuses the report to PUBLIC', async () => {
    const { data } = await execute(
      ctx.stack.gatewayUrl,
      Report,
      { year: 2024, public: true },
      await as(ctx.stack.auth, 'REPORTER'),
    );
    expect(data?.annualReport).toMatchObject({
      public: true,
      individualsDisclosed: '1-10',
      thirdParties: { givenAccess: '1-10', withChiefExecutiveCertification: 0 },
    });
    const published = JSON.stringify(data?.annualReport);
    expect(published).not.toMatch(/"(individuals|records|events|total|givenAccess|received)":([1-9]|10)[,}]/);
    const refused = await execute(ctx.stack.gatewayUrl, Report, { year: 2024 }, await as(ctx.stack.auth, 'PUBLIC'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("sets a month's recipients in the lineage beside the list filed, for the third party itself", async () => {
    const own = await execute(
      ctx.stack.gatewayUrl,
      Monthly,
      { thirdParty: 'exchange', month: '2024-04' },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'exchange'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.monthlyRecipients).toEqual({
      month: '2024-04',
      seen: [{ recipient: { id: 'broker' }, disclosures: 1, records: 1, listed: true }],
      filed: [{ id: 'list-1', recipients: [{ id: 'broker' }, { id: 'ice' }] }],
      missingFromList: [],
      neverSeen: [{ id: 'ice' }],
    });
    // The broker passed r-1 to ICE in May and filed no list: ICE is missing from the list it owed.
    const unfiled = await execute(
      ctx.stack.gatewayUrl,
      Monthly,
      { thirdParty: 'broker', month: '2024-05' },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'broker'),
    );
    expect(unfiled.errors).toBeUndefined();
    expect(unfiled.data?.monthlyRecipients).toMatchObject({
      filed: [],
      seen: [{ recipient: { id: 'ice' }, listed: false }],
      missingFromList: [{ id: 'ice' }],
      neverSeen: [],
    });
    const other = await execute(
      ctx.stack.gatewayUrl,
      Monthly,
      { thirdParty: 'exchange', month: '2024-04' },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'broker'),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'thirdParty' });
    const bad = await execute(
      ctx.stack.gatewayUrl,
      Monthly,
      { thirdParty: 'exchange', month: '2024-13' },
      await as(ctx.stack.auth, 'AUDITOR'),
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', value: '2024-13' });
  });

  it('publishes the public edition as versions the public registry lists, with the agreements that must be public', async () => {
    const reporter = await as(ctx.stack.auth, 'REPORTER');
    const first = await execute(ctx.stack.gatewayUrl, Publish, { year: 2024 }, reporter);
    expect(first.errors).toBeUndefined();
    expect(first.data?.publishAnnualReport).toMatchObject({ id: '2024', version: 1, year: 2024 });
    expect(JSON.parse(first.data?.publishAnnualReport.json ?? '{}')).toMatchObject({
      public: true,
      individualsDisclosed: '1-10',
    });
    const second = await execute(ctx.stack.gatewayUrl, Publish, { year: 2024 }, reporter);
    expect(second.data?.publishAnnualReport.version).toBe(2);
    const refused = await execute(ctx.stack.gatewayUrl, Publish, { year: 2024 }, await as(ctx.stack.auth, 'ANALYST'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    // The next year's report sets the published figures beside its own.
    const next = await execute(ctx.stack.gatewayUrl, Report, { year: 2025 }, reporter);
    expect(next.data?.annualReport.previousYear).toEqual({
      year: 2024,
      source: 'PUBLISHED',
      publishedVersion: 2,
      individualsDisclosed: 3,
    });

    const { data, errors } = await execute(ctx.stack.gatewayUrl, Registry, {}, await as(ctx.stack.auth, 'PUBLIC'));
    expect(errors).toBeUndefined();
    expect(data?.publicRegistry.reports.map((report) => [report.id, report.version])).toEqual([
      ['2024', 2],
      ['2024', 1],
    ]);
    expect(data?.publicRegistry.agreements).toEqual([
      {
        id: 'ag-1',
        version: 1,
        agency: { id: 'sheriff' },
        thirdParty: { id: 'exchange' },
        purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION'],
        markedPublic: true,
        required: false,
      },
    ]);
  });
});
