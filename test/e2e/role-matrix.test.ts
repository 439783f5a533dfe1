/**
 * Every role against every field of the API, as one matrix. Over 400 lines on purpose: split, the
 * matrix a reader checks at a glance would be split too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/gql.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { registerRecords } from '../../core/registry/records.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { as } from '../support/auth.ts';
import { execute, useStack } from '../support/stack.ts';
import { registerTestParties } from '../support/parties.ts';

/*
 * Every role against a representative operation of every subgraph, through the gateway.
 * The expectations are the README's "Who may see what", not what the code happens to do.
 * To cover a new operation, add one row to MATRIX: one `it` per caller follows.
 */

const OIIG = 'cook-oiig';
const SHERIFF = 'cook-sheriff';
const CLERK = 'cook-clerk';
const EXCHANGE = 'regional-justice-exchange';
const BROKER = 'acme-data';
const DISCLOSURE = 'sheriff-to-exchange-0001';
const RECORD = 'sheriff-record-0001';
/** A subject key (64 hex digits) of a person the sheriff holds a record about. */
const SUBJECT = 'a'.repeat(64);

/** `absent`: answered exactly as for something that does not exist: null, and no error. */
type Outcome = 'allowed' | 'absent' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type Caller = { role: Role; organisation: string } | null;
type Subgraph = 'registry' | 'lineage' | 'compliance' | 'reporting';

/**
 * The columns of the matrix. RECORDER and THIRD_PARTY are limited to their own
 * organisation, so each also appears acting for an organisation that is not the one the
 * rows are about. A row may make any caller act for another organisation (`actingFor`).
 */
const CALLERS = {
  ADMIN: { role: 'ADMIN', organisation: OIIG },
  RECORDER: { role: 'RECORDER', organisation: SHERIFF },
  'RECORDER of another agency': { role: 'RECORDER', organisation: CLERK },
  THIRD_PARTY: { role: 'THIRD_PARTY', organisation: EXCHANGE },
  'THIRD_PARTY of another organisation': { role: 'THIRD_PARTY', organisation: BROKER },
  AUDITOR: { role: 'AUDITOR', organisation: OIIG },
  ANALYST: { role: 'ANALYST', organisation: OIIG },
  REPORTER: { role: 'REPORTER', organisation: OIIG },
  PUBLIC: { role: 'PUBLIC', organisation: OIIG },
  anonymous: null,
} as const satisfies Record<string, Caller>;
type Column = keyof typeof CALLERS;
const COLUMNS = Object.keys(CALLERS) as Column[];
const SCOPED_TO_ORGANISATION: readonly Role[] = ['RECORDER', 'THIRD_PARTY'];

/** The listed callers are allowed; every other signed-in caller is FORBIDDEN, an anonymous one UNAUTHENTICATED. */
function allowOnly(...allowed: Column[]): Record<Column, Outcome> {
  const outcome = (column: Column): Outcome =>
    allowed.includes(column) ? 'allowed' : column === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  return Object.fromEntries(COLUMNS.map((column) => [column, outcome(column)])) as Record<Column, Outcome>;
}

let sequence = 0;
/** A new id per call, so that mutations of different cells never collide. */
const fresh = (prefix: string) => `${prefix}-${++sequence}`;

type Answer = { field: unknown; errors: Array<{ message: string; extensions?: Record<string, unknown> }> };

type MatrixRow = {
  subgraph: Subgraph;
  operation: string;
  expect: Record<Column, Outcome>;
  actingFor?: Partial<Record<Column, string>>;
  send: (url: string, caller: Caller, headers: Record<string, string>) => Promise<Answer>;
};

/** One operation of the matrix; `field` picks the data that an allowed caller gets and a refused one must not. */
function row<TResult, TVariables>(spec: {
  subgraph: Subgraph;
  operation: string;
  document: TypedDocumentNode<TResult, TVariables>;
  variables: (caller: Caller) => TVariables;
  field: (data: TResult) => unknown;
  expect: Record<Column, Outcome>;
  actingFor?: Partial<Record<Column, string>>;
}): MatrixRow {
  return {
    subgraph: spec.subgraph,
    operation: spec.operation,
    expect: spec.expect,
    actingFor: spec.actingFor,
    send: async (url, caller, headers) => {
      const result = await execute(url, spec.document, spec.variables(caller), headers);
      return {
        field: result.data === null || result.data === undefined ? undefined : spec.field(result.data),
        errors: result.errors ?? [],
      };
    },
  };
}

const Party = graphql(/* GraphQL */ `
  query MatrixParty($id: ID!) {
    party(id: $id) {
      id
      name
      kind
    }
  }
`);

const PartySearch = graphql(/* GraphQL */ `
  query MatrixPartySearch($text: String!) {
    partySearch(text: $text) {
      nodes {
        id
      }
    }
  }
`);

const RegisterParty = graphql(/* GraphQL */ `
  mutation MatrixRegisterParty($input: RegisterPartyInput!) {
    registerParty(input: $input) {
      created
      party {
        id
      }
    }
  }
`);

const RecordAffiliation = graphql(/* GraphQL */ `
  mutation MatrixRecordAffiliation($input: RecordAffiliationInput!) {
    recordAffiliation(input: $input) {
      created
    }
  }
`);

const AgentStatus = graphql(/* GraphQL */ `
  query MatrixAgentStatus($id: ID!) {
    party(id: $id) {
      isImmigrationAgent(at: "2025-06-01T12:00:00-05:00")
      immigrationAgentIntervals {
        from
      }
    }
  }
`);

const RecordGrant = graphql(/* GraphQL */ `
  mutation MatrixRecordGrant($input: RecordAccessGrantInput!) {
    recordAccessGrant(input: $input) {
      created
    }
  }
`);

const TraceSubject = graphql(/* GraphQL */ `
  query MatrixTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: "regional-justice-exchange" }) {
      totalCount
      nodes {
        subjectKey
      }
    }
  }
`);

const Scope = graphql(/* GraphQL */ `
  query MatrixDeletionScope($ids: [ID!]!) {
    deletionScope(violatingDisclosureIds: $ids) {
      pairCount
      holders {
        nodes {
          records {
            nodes {
              subjectKey
            }
          }
        }
      }
    }
  }
`);

const AccountingOf = graphql(/* GraphQL */ `
  query MatrixAccounting($subjectKey: String!) {
    accounting(subjectKey: $subjectKey) {
      entries {
        count
      }
    }
  }
`);

const ExposureCounts = graphql(/* GraphQL */ `
  query MatrixExposure {
    exposure {
      individualCount
    }
  }
`);

const Lineage = graphql(/* GraphQL */ `
  query MatrixPartyLineage($party: ID!, $disclosure: ID!) {
    upstream(partyId: $party) {
      recordCount
    }
    downstream(partyId: $party) {
      arrivalCount
    }
    downstreamOfDisclosure(disclosureId: $disclosure) {
      arrivalCount
    }
  }
`);

const ChainsTo = graphql(/* GraphQL */ `
  query MatrixChains($recordId: ID!) {
    chains(recordId: $recordId, partyId: "regional-justice-exchange", maxHops: 3) {
      truncated
    }
  }
`);

const CarriedRecords = graphql(/* GraphQL */ `
  query MatrixCarriedRecords($id: ID!) {
    disclosure(id: $id) {
      records(first: 5) {
        nodes {
          categories
          record {
            id
          }
        }
      }
    }
  }
`);

const Disclosure = graphql(/* GraphQL */ `
  query MatrixDisclosure($id: ID!) {
    disclosure(id: $id) {
      id
      at
      purpose
      from {
        id
      }
      to {
        id
      }
    }
  }
`);

const RecordDisclosure = graphql(/* GraphQL */ `
  mutation MatrixRecordDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      created
      disclosure {
        id
      }
    }
  }
`);

const DisclosuresSent = graphql(/* GraphQL */ `
  query MatrixDisclosuresSent($id: ID!) {
    party(id: $id) {
      id
      disclosuresSent(first: 10) {
        nodes {
          id
        }
      }
    }
  }
`);

const DisclosuresReceived = graphql(/* GraphQL */ `
  query MatrixDisclosuresReceived($id: ID!) {
    party(id: $id) {
      id
      disclosuresReceived(first: 10) {
        nodes {
          id
        }
      }
    }
  }
`);

const DisclosureCountReceived = graphql(/* GraphQL */ `
  query MatrixDisclosureCountReceived($id: ID!) {
    party(id: $id) {
      id
      disclosureCountReceived
    }
  }
`);

const AccessLog = graphql(/* GraphQL */ `
  query MatrixAccessLog {
    accessLog(first: 5) {
      nodes {
        seq
        operation
        outcome
      }
    }
  }
`);

const VerifyAccessLog = graphql(/* GraphQL */ `
  query MatrixVerifyAccessLog {
    verifyAccessLog {
      ok
      entries
    }
  }
`);

const DisclosureCount = graphql(/* GraphQL */ `
  query MatrixDisclosureCount($year: Int!) {
    disclosureCount(year: $year)
  }
`);

const DeriveSubjectKey = graphql(/* GraphQL */ `
  mutation MatrixDeriveSubjectKey($identifier: String!) {
    deriveSubjectKey(kind: SSN, identifier: $identifier)
  }
`);

const RegisterRecords = graphql(/* GraphQL */ `
  mutation MatrixRegisterRecords($input: [RegisterRecordInput!]!) {
    registerRecords(input: $input) {
      created
    }
  }
`);

const RecordById = graphql(/* GraphQL */ `
  query MatrixRecord($id: ID!) {
    record(id: $id) {
      id
      categories
      subject {
        subjectKey
      }
    }
  }
`);

const SubjectRecords = graphql(/* GraphQL */ `
  query MatrixSubjectRecords($subjectKey: String!) {
    subject(subjectKey: $subjectKey) {
      records(first: 5) {
        nodes {
          id
        }
      }
    }
  }
`);

const MATRIX: MatrixRow[] = [
  row({
    subgraph: 'registry',
    operation: 'party(id)',
    document: Party,
    variables: () => ({ id: SHERIFF }),
    field: (data) => data.party,
    expect: allowOnly(
      'ADMIN',
      'RECORDER',
      'RECORDER of another agency',
      'THIRD_PARTY',
      'THIRD_PARTY of another organisation',
      'AUDITOR',
      'ANALYST',
    ),
  }),
  row({
    subgraph: 'registry',
    operation: 'partySearch(text)',
    document: PartySearch,
    variables: () => ({ text: 'sheriff' }),
    field: (data) => data.partySearch,
    expect: allowOnly(
      'ADMIN',
      'RECORDER',
      'RECORDER of another agency',
      'THIRD_PARTY',
      'THIRD_PARTY of another organisation',
      'AUDITOR',
      'ANALYST',
    ),
  }),
  row({
    subgraph: 'registry',
    operation: 'registerParty',
    document: RegisterParty,
    variables: () => ({ input: { id: fresh('matrix-party'), name: 'Matrix Vendor', kind: 'CONTRACTOR' as const } }),
    field: (data) => data.registerParty,
    expect: allowOnly('ADMIN'),
  }),
  row({
    subgraph: 'registry',
    operation: 'recordAffiliation',
    document: RecordAffiliation,
    variables: () => ({
      input: {
        id: fresh('matrix-affiliation'),
        fromPartyId: BROKER,
        kind: 'CONTRACTOR_OF' as const,
        toPartyId: EXCHANGE,
        from: '2025-01-01T00:00:00-06:00',
      },
    }),
    field: (data) => data.recordAffiliation,
    expect: allowOnly('ADMIN'),
  }),
  row({
    subgraph: 'registry',
    operation: `party(${BROKER}) { isImmigrationAgent immigrationAgentIntervals }`,
    document: AgentStatus,
    variables: () => ({ id: BROKER }),
    field: (data) => data.party?.immigrationAgentIntervals,
    // Who is an immigration agent is party-level: every reader of the registry.
    expect: allowOnly(
      'ADMIN',
      'RECORDER',
      'RECORDER of another agency',
      'THIRD_PARTY',
      'THIRD_PARTY of another organisation',
      'AUDITOR',
      'ANALYST',
    ),
  }),
  row({
    subgraph: 'registry',
    operation: 'deriveSubjectKey',
    document: DeriveSubjectKey,
    variables: () => ({ identifier: '123-45-6789' }),
    field: (data) => data.deriveSubjectKey,
    // Agencies hash their own identifiers; auditors need keys to trace a person.
    expect: allowOnly('RECORDER', 'RECORDER of another agency', 'AUDITOR'),
  }),
  row({
    subgraph: 'registry',
    operation: `registerRecords for ${SHERIFF}`,
    document: RegisterRecords,
    variables: () => {
      const id = fresh('matrix-record');
      return {
        input: [
          {
            id,
            subjectKey: SUBJECT,
            originPartyId: SHERIFF,
            sourceSystem: 'jail-management',
            sourceRecordId: id,
            categories: ['NAME' as const],
            createdAt: '2025-06-01T09:00:00-05:00',
          },
        ],
      };
    },
    field: (data) => data.registerRecords,
    // The other roles act for the origin, so that only their role can refuse them.
    actingFor: { ADMIN: SHERIFF, AUDITOR: SHERIFF, ANALYST: SHERIFF, REPORTER: SHERIFF, PUBLIC: SHERIFF },
    expect: allowOnly('RECORDER'),
  }),
  row({
    subgraph: 'registry',
    operation: `record(id) originated by ${SHERIFF}`,
    document: RecordById,
    variables: () => ({ id: RECORD }),
    field: (data) => data.record,
    // Subject-level: auditors, and the origin's own RECORDER; never ADMIN unless also AUDITOR.
    // Another agency's RECORDER is told nothing, not even that the record exists.
    expect: { ...allowOnly('RECORDER', 'AUDITOR'), 'RECORDER of another agency': 'absent' },
  }),
  row({
    subgraph: 'registry',
    operation: `subject(subjectKey) { records } of a person ${SHERIFF} holds a record about`,
    document: SubjectRecords,
    variables: () => ({ subjectKey: SUBJECT }),
    field: (data) => data.subject?.records,
    expect: allowOnly('RECORDER', 'AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: `disclosure(id) ${SHERIFF} → ${EXCHANGE}`,
    document: Disclosure,
    variables: () => ({ id: DISCLOSURE }),
    field: (data) => data.disclosure,
    // The sender's RECORDER; ADMIN keeps the registry only. The roles give a THIRD_PARTY
    // "the disclosures it made onward", not those it received: the stricter reading.
    expect: allowOnly('RECORDER', 'AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'lineage',
    operation: `disclosure(id) { records } ${SHERIFF} → ${EXCHANGE}`,
    document: CarriedRecords,
    variables: () => ({ id: DISCLOSURE }),
    field: (data) => data.disclosure?.records,
    // Subject-level: the auditor and the sender's own recorder, never the analyst.
    expect: allowOnly('RECORDER', 'AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: `trace(subjectKey) of a person ${SHERIFF} disclosed to ${EXCHANGE}`,
    document: TraceSubject,
    variables: () => ({ subjectKey: SUBJECT }),
    field: (data) => data.trace,
    // Subject-level and across every holder: auditors only.
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: `deletionScope of ${SHERIFF} → ${EXCHANGE}`,
    document: Scope,
    variables: () => ({ ids: [DISCLOSURE] }),
    field: (data) => data.deletionScope,
    // Subject keys of everyone downstream, whoever holds them: auditors only.
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: `accounting(subjectKey) of a person ${SHERIFF} disclosed to ${EXCHANGE}`,
    document: AccountingOf,
    variables: () => ({ subjectKey: SUBJECT }),
    field: (data) => data.accounting,
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: 'exposure: counts of records that reached immigration agents',
    document: ExposureCounts,
    variables: () => ({}),
    field: (data) => data.exposure,
    // Counts only, never a subject key: the analyst and the report writer too.
    expect: allowOnly('AUDITOR', 'ANALYST', 'REPORTER'),
  }),
  row({
    subgraph: 'lineage',
    operation: `upstream, downstream of ${EXCHANGE} and of a disclosure to it`,
    document: Lineage,
    variables: () => ({ party: EXCHANGE, disclosure: DISCLOSURE }),
    field: (data) => data.downstreamOfDisclosure,
    // Party-level counts: analysts as well as auditors.
    expect: allowOnly('AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'lineage',
    operation: `chains(recordId) of a record ${SHERIFF} disclosed to ${EXCHANGE}`,
    document: ChainsTo,
    variables: () => ({ recordId: RECORD }),
    field: (data) => data.chains,
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'lineage',
    operation: 'recordAccessGrant',
    document: RecordGrant,
    variables: () => ({
      input: {
        id: fresh('matrix-grant'),
        agencyPartyId: SHERIFF,
        granteePartyId: EXCHANGE,
        dataset: 'jail bookings',
        purpose: 'role matrix',
        from: '2025-01-01T00:00:00-06:00',
      },
    }),
    field: (data) => data.recordAccessGrant,
    // The other roles act for the agency, so that only their role can refuse them.
    actingFor: {
      ADMIN: SHERIFF,
      AUDITOR: SHERIFF,
      ANALYST: SHERIFF,
      REPORTER: SHERIFF,
      PUBLIC: SHERIFF,
      THIRD_PARTY: SHERIFF,
    },
    expect: allowOnly('RECORDER'),
  }),
  row({
    subgraph: 'lineage',
    operation: 'recordDisclosure',
    document: RecordDisclosure,
    // A RECORDER records for its agency, a THIRD_PARTY onward from itself: the sender is
    // always the organisation of the RECORDER or THIRD_PARTY column, so the "another"
    // columns claim a sender that is not theirs.
    variables: (caller) => ({
      input: {
        id: fresh('matrix-disclosure'),
        at: '2025-06-02T10:00:00-05:00',
        fromPartyId: caller?.role === 'THIRD_PARTY' ? EXCHANGE : SHERIFF,
        toPartyId: caller?.role === 'THIRD_PARTY' ? BROKER : EXCHANGE,
        purpose: 'role matrix',
        channel: 'API_QUERY' as const,
        records: [{ recordId: RECORD }],
      },
    }),
    field: (data) => data.recordDisclosure,
    // The other roles act for the sender, so that only their role can refuse them.
    actingFor: { ADMIN: SHERIFF, AUDITOR: SHERIFF, ANALYST: SHERIFF, REPORTER: SHERIFF, PUBLIC: SHERIFF },
    expect: allowOnly('RECORDER', 'THIRD_PARTY'),
  }),
  row({
    subgraph: 'lineage',
    operation: `party(${SHERIFF}) { disclosuresSent }`,
    document: DisclosuresSent,
    variables: () => ({ id: SHERIFF }),
    field: (data) => data.party?.disclosuresSent,
    // THIRD_PARTY sees only its own organisation's disclosures, not the whole list of a sender.
    expect: allowOnly('RECORDER', 'AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'lineage',
    operation: `party(${EXCHANGE}) { disclosuresSent }`,
    document: DisclosuresSent,
    variables: () => ({ id: EXCHANGE }),
    field: (data) => data.party?.disclosuresSent,
    // What a third party passed on is its own to read.
    expect: allowOnly('THIRD_PARTY', 'AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'lineage',
    operation: `party(${EXCHANGE}) { disclosuresReceived }`,
    document: DisclosuresReceived,
    variables: () => ({ id: EXCHANGE }),
    field: (data) => data.party?.disclosuresReceived,
    // Not even the recipient itself: only what it made onward (stricter reading).
    expect: allowOnly('AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'compliance',
    operation: `party(${EXCHANGE}) { disclosureCountReceived }`,
    document: DisclosureCountReceived,
    variables: () => ({ id: EXCHANGE }),
    field: (data) => data.party?.disclosureCountReceived,
    expect: allowOnly('AUDITOR', 'ANALYST'),
  }),
  row({
    subgraph: 'compliance',
    operation: 'accessLog(first: 5)',
    document: AccessLog,
    variables: () => ({}),
    field: (data) => data.accessLog,
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'compliance',
    operation: 'verifyAccessLog',
    document: VerifyAccessLog,
    variables: () => ({}),
    field: (data) => data.verifyAccessLog,
    expect: allowOnly('AUDITOR'),
  }),
  row({
    subgraph: 'reporting',
    operation: 'disclosureCount(year: 2025)',
    document: DisclosureCount,
    variables: () => ({ year: 2025 }),
    field: (data) => data.disclosureCount,
    expect: allowOnly('AUDITOR', 'ANALYST', 'REPORTER'),
  }),
];

function callerFor(matrixRow: MatrixRow, column: Column): Caller {
  const caller: Caller = CALLERS[column];
  const organisation = matrixRow.actingFor?.[column];
  return caller === null || organisation === undefined ? caller : { ...caller, organisation };
}

function label(matrixRow: MatrixRow, column: Column): string {
  const caller = callerFor(matrixRow, column);
  if (caller === null) return 'anonymous';
  const scoped = SCOPED_TO_ORGANISATION.includes(caller.role) || matrixRow.actingFor?.[column] !== undefined;
  return scoped ? `${caller.role} for ${caller.organisation}` : caller.role;
}

describe('role matrix', () => {
  const ctx = useStack();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      [OIIG, 'COUNTY_AGENCY'],
      [SHERIFF, 'COUNTY_AGENCY'],
      [CLERK, 'COUNTY_AGENCY'],
      [EXCHANGE, 'DATA_EXCHANGE'],
      [BROKER, 'DATA_BROKER'],
    ]);
    await registerRecords(ctx.db, [
      {
        id: RECORD,
        subjectKey: SUBJECT,
        originPartyId: SHERIFF,
        sourceSystem: 'jail-management',
        sourceRecordId: 'booking-0001',
        categories: ['NAME', 'JAIL_RELEASE_TIME'],
        createdAt: '2025-03-01T08:00:00-06:00',
      },
    ]);
    await recordDisclosure(ctx.db, {
      id: DISCLOSURE,
      at: '2025-03-03T09:30:00-06:00',
      fromPartyId: SHERIFF,
      toPartyId: EXCHANGE,
      purpose: 'booking records for the regional exchange',
      channel: 'DATA_EXCHANGE_FEED',
      records: [{ recordId: RECORD }],
    });
  });

  // One token per (role, organisation), signed on first use and reused by every row.
  const tokens = new Map<string, Promise<Record<string, string>>>();
  const headersFor = (caller: Caller): Promise<Record<string, string>> => {
    if (caller === null) return Promise.resolve({});
    const key = `${caller.role}@${caller.organisation}`;
    let headers = tokens.get(key);
    if (headers === undefined) {
      headers = as(ctx.stack.auth, caller.role, caller.organisation);
      tokens.set(key, headers);
    }
    return headers;
  };

  for (const matrixRow of MATRIX) {
    for (const column of COLUMNS) {
      const outcome = matrixRow.expect[column];
      it(`${matrixRow.subgraph} · ${matrixRow.operation} · ${label(matrixRow, column)} → ${outcome}`, async () => {
        const caller = callerFor(matrixRow, column);
        const answer = await matrixRow.send(ctx.stack.gatewayUrl, caller, await headersFor(caller));
        if (outcome === 'allowed') {
          expect({ errors: answer.errors, present: answer.field !== null && answer.field !== undefined }).toEqual({
            errors: [],
            present: true,
          });
        } else if (outcome === 'absent') {
          expect({ data: answer.field ?? null, errors: answer.errors }).toEqual({ data: null, errors: [] });
        } else {
          expect({ data: answer.field ?? null, code: answer.errors[0]?.extensions?.code }).toEqual({
            data: null,
            code: outcome,
          });
        }
      });
    }
  }
});
