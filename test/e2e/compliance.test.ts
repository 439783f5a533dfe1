/**
 * The compliance API end to end, (a) to (h), through the gateway. Over 400 lines because every
 * subsection shares one stack and one small world, built once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { recordEnforcement } from '../../core/registry/affiliations.ts';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import { registerTestParties } from '../support/parties.ts';
import { carrying, seedRecords } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';

const RecordAgreement = graphql(/* GraphQL */ `
  mutation RecordAgreement($input: RecordAgreementInput!) {
    recordAgreement(input: $input) {
      created
      agreement {
        id
        version
        agency {
          id
        }
        thirdParty {
          name
        }
        purposes
        certifiedByChiefExecutive
      }
    }
  }
`);

const RecordList = graphql(/* GraphQL */ `
  mutation RecordList($input: RecordRecipientListInput!) {
    recordRecipientList(input: $input) {
      created
      list {
        month
        recipients {
          id
        }
      }
    }
  }
`);

const Findings = graphql(/* GraphQL */ `
  query Findings($from: DateTime!, $until: DateTime!, $first: Int!, $after: String, $subsections: [Subsection!]) {
    findings(from: $from, until: $until, first: $first, after: $after, subsections: $subsections) {
      totalCount
      truncated
      pageInfo {
        endCursor
      }
      nodes {
        id
        subsection
        severity
        parties {
          id
        }
        disclosures {
          id
          at
        }
        agreements {
          id
          version
        }
        explanation
      }
    }
  }
`);

const Navigation = graphql(/* GraphQL */ `
  query ComplianceNavigation($party: ID!, $disclosure: ID!) {
    party(id: $party) {
      agreements {
        id
        version
        until
      }
      findings(from: "2024-01-01T00:00:00-06:00", until: "2025-01-01T00:00:00-06:00") {
        id
      }
    }
    disclosure(id: $disclosure) {
      agreement {
        id
        version
      }
      findings {
        id
        subsection
      }
    }
  }
`);

const RecordDetainer = graphql(/* GraphQL */ `
  mutation RecordDetainer($input: RecordDetainerRequestInput!) {
    recordDetainerRequest(input: $input) {
      id
      kind
      created
    }
  }
`);

const Documents = graphql(/* GraphQL */ `
  query Documents($kinds: [DocumentKind!]) {
    complianceDocuments(kinds: $kinds) {
      id
      kind
      ... on DetainerRequest {
        agency {
          name
        }
        disposition
        countyStaffMinutes
      }
    }
    verifyComplianceLedger {
      ok
      entries
    }
  }
`);

const RecordComplaint = graphql(/* GraphQL */ `
  mutation RecordComplaint($input: RecordComplaintInput!) {
    recordComplaint(input: $input) {
      id
      created
    }
  }
`);

const RecordComplaintStatus = graphql(/* GraphQL */ `
  mutation RecordComplaintStatus($input: RecordComplaintStatusInput!) {
    recordComplaintStatus(input: $input) {
      id
      created
    }
  }
`);

const DetainerSubject = graphql(/* GraphQL */ `
  query DetainerSubject {
    complianceDocuments(kinds: [DETAINER_REQUEST]) {
      ... on DetainerRequest {
        subjectKey
      }
    }
  }
`);

const input = {
  id: 'ag-1',
  version: 1,
  agencyPartyId: 'sheriff',
  thirdPartyId: 'exchange',
  signedAt: '2023-12-01T00:00:00-06:00',
  from: '2024-01-01T00:00:00-06:00',
  until: '2025-01-01T00:00:00-06:00',
  purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION' as const],
  prohibitsImmigrationDisclosure: true,
  prohibitsImmigrationUse: true,
  permitsRedisclosure: false,
  requiresRecipientCertification: true,
  recipientListCadence: 'MONTHLY' as const,
  documentSha256: 'b'.repeat(64),
  public: true,
};
const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };

describe('compliance through the gateway', () => {
  const ctx = useStack();

  beforeAll(async () => {
    await registerTestParties(
      ctx.db,
      [
        ['sheriff', 'COUNTY_AGENCY'],
        // The offices the other tokens act for.
        ['cook-oiig', 'COUNTY_AGENCY'],
        ['cook-clerk', 'COUNTY_AGENCY'],
        ['exchange', 'DATA_EXCHANGE'],
        ['broker', 'DATA_BROKER'],
        ['ice', 'GOVERNMENT_AGENCY'],
      ],
      (id) => `the ${id}`,
    );
    await recordEnforcement(ctx.db, { id: 'e-ice', partyId: 'ice', from: '2003-03-01T00:00:00Z', basis: 'federal' });
    await seedRecords(ctx.db, 'sheriff', ['r-1']);
    const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, purpose: string) =>
      recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose, ...carrying('r-1') });
    await hop('d-1', '2024-03-01T09:00:00-06:00', 'sheriff', 'exchange', 'CRIMINAL_JUSTICE_ADMINISTRATION');
    await hop('d-2', '2024-04-01T09:00:00-05:00', 'exchange', 'broker', 'resale');
    await hop('d-3', '2024-05-01T09:00:00-05:00', 'broker', 'ice', 'lookup');
  });

  it("lets a RECORDER record its own agency's agreement once, and refuses another agency's", async () => {
    const recorder = await as(ctx.stack.auth, 'RECORDER', 'sheriff');
    const first = await execute(ctx.stack.gatewayUrl, RecordAgreement, { input }, recorder);
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordAgreement).toMatchObject({
      created: true,
      agreement: { id: 'ag-1', version: 1, agency: { id: 'sheriff' }, thirdParty: { name: 'the exchange' } },
    });
    const again = await execute(ctx.stack.gatewayUrl, RecordAgreement, { input }, recorder);
    expect(again.data?.recordAgreement.created).toBe(false);
    const changed = await execute(
      ctx.stack.gatewayUrl,
      RecordAgreement,
      { input: { ...input, public: false } },
      recorder,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICTING_RESUBMISSION', value: 'ag-1' });
    const other = await execute(
      ctx.stack.gatewayUrl,
      RecordAgreement,
      { input },
      await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await execute(
      ctx.stack.gatewayUrl,
      RecordAgreement,
      { input: { ...input, id: 'ag-2', documentSha256: 'nope' } },
      recorder,
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: 'agreement ag-2: documentSha256 must be 64 lower-case hex digits, got "nope"',
      extensions: { code: 'BAD_USER_INPUT', field: 'documentSha256', value: 'nope' },
    });
  });

  it('lets a THIRD_PARTY file its own recipient list', async () => {
    const list = {
      id: 'list-1',
      thirdPartyId: 'exchange',
      month: '2024-04',
      filedAt: '2024-04-30T17:00:00-05:00',
      recipientPartyIds: ['broker'],
    };
    const filed = await execute(
      ctx.stack.gatewayUrl,
      RecordList,
      { input: list },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'exchange'),
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.recordRecipientList).toMatchObject({
      created: true,
      list: { month: '2024-04', recipients: [{ id: 'broker' }] },
    });
    const forged = await execute(
      ctx.stack.gatewayUrl,
      RecordList,
      { input: { ...list, id: 'list-2' } },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'broker'),
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives an analyst the findings of a year in pages, with their evidence and agreements', async () => {
    const analyst = await as(ctx.stack.auth, 'ANALYST');
    const firstPage = await execute(ctx.stack.gatewayUrl, Findings, { ...YEAR_2024, first: 2 }, analyst);
    expect(firstPage.errors).toBeUndefined();
    const page = firstPage.data?.findings;
    expect(page).toMatchObject({ truncated: true });
    const rest = await execute(
      ctx.stack.gatewayUrl,
      Findings,
      { ...YEAR_2024, first: 100, after: page?.pageInfo.endCursor },
      analyst,
    );
    const all = [...(page?.nodes ?? []), ...(rest.data?.findings.nodes ?? [])];
    expect(all.length).toBe(page?.totalCount);
    expect(all.map((finding) => finding.id)).toEqual([
      'E:d-3',
      'F_II:redisclosure:d-2:sheriff',
      'F_III:recipient:d-3:sheriff',
      'F_III:unpermitted:d-2:sheriff',
      // The broker passed the record on in May and filed no list; the exchange's April list is complete.
      'F_IV:no-list:broker:2024-05',
      // Given access in 2024 and never audited.
      'G:audit:exchange:2025-01-01T00:00:00-06:00',
    ]);
    const toIce = all[0];
    expect(toIce?.disclosures.map((disclosure) => disclosure.id)).toEqual(['d-1', 'd-2', 'd-3']);
    expect(all[1]?.agreements).toEqual([{ id: 'ag-1', version: 1 }]);
    expect(all[2]?.agreements).toEqual([]);
    expect(all[3]?.agreements).toEqual([{ id: 'ag-1', version: 1 }]);
    const refused = await execute(
      ctx.stack.gatewayUrl,
      Findings,
      { ...YEAR_2024, first: 1 },
      await as(ctx.stack.auth, 'REPORTER'),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a detainer request for its own agency, shows it by kind, keeps the subject for auditors, and verifies the ledger', async () => {
    const detainer = {
      id: 'det-1',
      agencyPartyId: 'sheriff',
      requesterPartyId: 'ice',
      receivedAt: '2024-06-01T08:00:00-05:00',
      subjectKey: 'a'.repeat(64),
      disposition: 'HONOURED' as const,
      countyStaffMinutes: 40,
    };
    const recorder = await as(ctx.stack.auth, 'RECORDER', 'sheriff');
    const recorded = await execute(ctx.stack.gatewayUrl, RecordDetainer, { input: detainer }, recorder);
    expect(recorded.data?.recordDetainerRequest).toEqual({ id: 'det-1', kind: 'DETAINER_REQUEST', created: true });
    const elsewhere = await execute(
      ctx.stack.gatewayUrl,
      RecordDetainer,
      { input: { ...detainer, id: 'det-2' } },
      await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'),
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'agencyPartyId' });
    const auditor = await as(ctx.stack.auth, 'AUDITOR');
    const { data, errors } = await execute(ctx.stack.gatewayUrl, Documents, { kinds: ['DETAINER_REQUEST'] }, auditor);
    expect(errors).toBeUndefined();
    expect(data?.complianceDocuments).toEqual([
      {
        id: 'det-1',
        kind: 'DETAINER_REQUEST',
        agency: { name: 'the sheriff' },
        disposition: 'HONOURED',
        countyStaffMinutes: 40,
      },
    ]);
    // The agreement, the recipient list and the detainer request.
    expect(data?.verifyComplianceLedger).toEqual({ ok: true, entries: 3 });
    const subject = await execute(ctx.stack.gatewayUrl, DetainerSubject, {}, auditor);
    expect(subject.data?.complianceDocuments).toEqual([{ subjectKey: 'a'.repeat(64) }]);
    const hidden = await execute(ctx.stack.gatewayUrl, DetainerSubject, {}, await as(ctx.stack.auth, 'ANALYST'));
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const findings = await execute(
      ctx.stack.gatewayUrl,
      Findings,
      { ...YEAR_2024, first: 100, subsections: ['A', 'C'] },
      await as(ctx.stack.auth, 'ANALYST'),
    );
    expect(findings.data?.findings.nodes.map((finding) => finding.id)).toEqual(['A:det-1', 'C:det-1']);
  });

  it("lets only the office that received a complaint change the complaint's status", async () => {
    const office = await as(ctx.stack.auth, 'RECORDER', 'sheriff');
    const complaint = {
      id: 'complaint-1',
      receivedByPartyId: 'sheriff',
      receivedAt: '2024-07-01T09:00:00-05:00',
      allegation: 'release date given to an immigration agent by phone',
    };
    const received = await execute(ctx.stack.gatewayUrl, RecordComplaint, { input: complaint }, office);
    expect(received.errors).toBeUndefined();
    const change = { id: 'complaint-1-s1', complaintId: 'complaint-1', at: '2024-07-02T09:00:00-05:00' };
    const elsewhere = await execute(
      ctx.stack.gatewayUrl,
      RecordComplaintStatus,
      { input: { ...change, status: 'CLOSED' } },
      await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'),
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'complaintId',
      value: 'complaint-1',
    });
    const own = await execute(
      ctx.stack.gatewayUrl,
      RecordComplaintStatus,
      { input: { ...change, status: 'INVESTIGATING' } },
      office,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.recordComplaintStatus).toEqual({ id: 'complaint-1-s1', created: true });
    const unknown = await execute(
      ctx.stack.gatewayUrl,
      RecordComplaintStatus,
      { input: { ...change, id: 'complaint-x-s1', complaintId: 'complaint-x', status: 'CLOSED' } },
      office,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('navigates from a party to its agreements and findings, and from a disclosure to its agreement and findings', async () => {
    const { data, errors } = await execute(
      ctx.stack.gatewayUrl,
      Navigation,
      { party: 'exchange', disclosure: 'd-2' },
      await as(ctx.stack.auth, 'AUDITOR'),
    );
    expect(errors).toBeUndefined();
    expect(data?.party?.agreements).toEqual([{ id: 'ag-1', version: 1, until: '2025-01-01T00:00:00-06:00' }]);
    expect(data?.party?.findings.map((finding) => finding.id)).toEqual([
      'E:d-3',
      'F_II:redisclosure:d-2:sheriff',
      'F_III:unpermitted:d-2:sheriff',
      'G:audit:exchange:2025-01-01T00:00:00-06:00',
    ]);
    expect(data?.disclosure?.agreement).toBeNull();
    expect(data?.disclosure?.findings).toEqual([
      { id: 'F_II:redisclosure:d-2:sheriff', subsection: 'F_II' },
      { id: 'F_III:unpermitted:d-2:sheriff', subsection: 'F_III' },
    ]);
    const direct = await execute(
      ctx.stack.gatewayUrl,
      Navigation,
      { party: 'sheriff', disclosure: 'd-1' },
      await as(ctx.stack.auth, 'AUDITOR'),
    );
    expect(direct.data?.disclosure?.agreement).toEqual({ id: 'ag-1', version: 1 });
    expect(direct.data?.disclosure?.findings).toEqual([]);
  });
});
