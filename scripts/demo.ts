/**
 * A small example county, loaded through the gateway's own mutations so that a newcomer
 * sees data at once. Loading it twice changes nothing: every id is fixed.
 */
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import { issueDevelopmentToken, type AuthConfig } from '../infra/auth/tokens.ts';
import { DEVELOPMENT_OFFICE } from './development-principals.ts';

type Kind = 'COUNTY_AGENCY' | 'DATA_EXCHANGE' | 'DATA_BROKER' | 'CONTRACTOR' | 'GOVERNMENT_AGENCY' | 'CORPORATION';

const PARTIES: Array<[id: string, name: string, kind: Kind]> = [
  [DEVELOPMENT_OFFICE.id, DEVELOPMENT_OFFICE.name, DEVELOPMENT_OFFICE.kind],
  ['cook-sheriff', 'Cook County Sheriff', 'COUNTY_AGENCY'],
  ['cook-clerk', 'Cook County Clerk', 'COUNTY_AGENCY'],
  ['cook-assessor', 'Cook County Assessor', 'COUNTY_AGENCY'],
  ['cook-health', 'Cook County Health', 'COUNTY_AGENCY'],
  ['cook-states-attorney', "Cook County State's Attorney", 'COUNTY_AGENCY'],
  ['regional-justice-exchange', 'Regional criminal justice data exchange', 'DATA_EXCHANGE'],
  ['acme-data', 'Acme Data Services', 'DATA_BROKER'],
  ['records-vendor', 'Jail records management vendor', 'CONTRACTOR'],
  ['county-insurer', 'Health plan administrator', 'CORPORATION'],
  ['ice', 'U.S. Immigration and Customs Enforcement', 'GOVERNMENT_AGENCY'],
];

type Channel = 'BULK_EXPORT' | 'API_QUERY' | 'DATA_EXCHANGE_FEED' | 'EMAIL';
type Carried = Array<{ recordId: string; categories?: string[] }>;

/** Records of the demo's agencies, each about a made-up person of the demo's own scheme. */
const RECORDS: Array<[id: string, origin: string, person: string, categories: string[]]> = [
  ['sheriff-booking-1', 'cook-sheriff', 'person-1', ['NAME', 'DATE_OF_BIRTH', 'JAIL_RELEASE_TIME', 'PHOTO']],
  ['sheriff-booking-2', 'cook-sheriff', 'person-2', ['NAME', 'DATE_OF_BIRTH', 'JAIL_RELEASE_TIME', 'PHOTO']],
  ['sheriff-booking-3', 'cook-sheriff', 'person-3', ['NAME', 'DATE_OF_BIRTH', 'INCARCERATION_STATUS']],
  ['clerk-case-1', 'cook-clerk', 'person-2', ['NAME', 'RESIDENTIAL_ADDRESS']],
  ['assessor-parcel-1', 'cook-assessor', 'person-4', ['NAME', 'RESIDENTIAL_ADDRESS']],
  ['health-visit-1', 'cook-health', 'person-5', ['NAME', 'DATE_OF_BIRTH', 'MEDICAL']],
];

const booking = (...n: number[]): Carried => n.map((i) => ({ recordId: `sheriff-booking-${i}` }));
const NAME_AND_RELEASE = ['NAME', 'JAIL_RELEASE_TIME'];

// Demo-0004 is the flow the service exists to find: booking records reach ICE indirectly,
// through the exchange and a data broker. Demo-0010 is the county's own: the sheriff's jail
// records vendor, its contractor since April, tells ICE a person's custody status, which is the
// county disclosing directly, through its contractor.
const DISCLOSURES: Array<
  [id: string, at: string, from: string, to: string, purpose: string, channel: Channel, records: Carried]
> = [
  [
    'demo-0001',
    '2025-01-15T09:00:00-06:00',
    'cook-sheriff',
    'cook-states-attorney',
    'charging decisions',
    'API_QUERY',
    booking(1),
  ],
  [
    'demo-0002',
    '2025-02-01T02:00:00-06:00',
    'cook-sheriff',
    'regional-justice-exchange',
    'nightly booking feed',
    'DATA_EXCHANGE_FEED',
    booking(1, 2, 3),
  ],
  [
    'demo-0003',
    '2025-02-03T11:20:00-06:00',
    'regional-justice-exchange',
    'acme-data',
    'bulk records subscription',
    'BULK_EXPORT',
    booking(1, 2).map((r) => ({ ...r, categories: NAME_AND_RELEASE })),
  ],
  [
    'demo-0004',
    '2025-03-10T16:45:00-05:00',
    'acme-data',
    'ice',
    'person search product',
    'API_QUERY',
    [{ recordId: 'sheriff-booking-2', categories: NAME_AND_RELEASE }],
  ],
  [
    'demo-0005',
    '2025-04-02T10:00:00-05:00',
    'cook-sheriff',
    'records-vendor',
    'jail management system migration',
    'BULK_EXPORT',
    booking(1, 2, 3),
  ],
  [
    'demo-0006',
    '2025-05-20T08:30:00-05:00',
    'cook-clerk',
    'acme-data',
    'bulk court records request',
    'BULK_EXPORT',
    [{ recordId: 'clerk-case-1' }],
  ],
  [
    'demo-0007',
    '2025-06-11T13:00:00-05:00',
    'cook-assessor',
    'acme-data',
    'property roll purchase',
    'BULK_EXPORT',
    [{ recordId: 'assessor-parcel-1' }],
  ],
  [
    'demo-0008',
    '2025-07-01T12:00:00-05:00',
    'cook-health',
    'county-insurer',
    'claims processing',
    'API_QUERY',
    [{ recordId: 'health-visit-1' }],
  ],
  [
    'demo-0009',
    '2025-12-31T23:30:00-06:00',
    'cook-sheriff',
    'regional-justice-exchange',
    'nightly booking feed',
    'DATA_EXCHANGE_FEED',
    booking(3),
  ],
  [
    'demo-0010',
    '2025-06-20T07:15:00-05:00',
    'records-vendor',
    'ice',
    'custody status inquiry',
    'EMAIL',
    [{ recordId: 'sheriff-booking-3', categories: ['NAME', 'INCARCERATION_STATUS'] }],
  ],
];

/** The sheriff's contract with its jail records vendor: the vendor acts for the county while it runs. */
const CONTRACT = {
  id: 'sheriff-records-vendor-contract',
  fromPartyId: 'records-vendor',
  kind: 'CONTRACTOR_OF',
  toPartyId: 'cook-sheriff',
  from: '2025-04-01T00:00:00-05:00',
  reference: 'jail management system contract',
};

const ENFORCE = /* GraphQL */ `
  mutation DemoEnforcement($input: RecordImmigrationEnforcementInput!) {
    recordImmigrationEnforcement(input: $input) {
      created
    }
  }
`;
const DERIVE = /* GraphQL */ `
  mutation DemoSubjectKey($identifier: String!) {
    deriveSubjectKey(kind: OTHER, identifier: $identifier)
  }
`;
const RECORDS_MUTATION = /* GraphQL */ `
  mutation DemoRecords($input: [RegisterRecordInput!]!) {
    registerRecords(input: $input) {
      created
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation DemoParty($input: RegisterPartyInput!) {
    registerParty(input: $input) {
      created
    }
  }
`;
const AFFILIATE = /* GraphQL */ `
  mutation DemoAffiliation($input: RecordAffiliationInput!) {
    recordAffiliation(input: $input) {
      created
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation DemoDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      created
    }
  }
`;

async function send(url: string, query: string, variables: object, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`demo data refused: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data ?? {};
}

const tokenFor = (role: 'RECORDER' | 'THIRD_PARTY', organisation: string, auth: AuthConfig) =>
  issueDevelopmentToken({ subject: `demo-${organisation}`, roles: [role], organisation }, auth);

/**
 * Loads the county as its own people would: the registry as ADMIN, each disclosure as the
 * sender (a RECORDER of a county agency, or the THIRD_PARTY that passed it on).
 */
export async function loadDemo(
  gatewayUrl: string,
  auth: AuthConfig,
): Promise<{ parties: number; records: number; disclosures: number; tryFirst: string[] }> {
  const admin = await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS.ADMIN, auth);
  const keys = new Map<string, string>();
  for (const [id, name, kind] of PARTIES) await send(gatewayUrl, REGISTER, { input: { id, name, kind } }, admin);
  const ice = { id: 'ice-always', partyId: 'ice', from: '1900-01-01T00:00:00Z', basis: 'federal statute' };
  await send(gatewayUrl, ENFORCE, { input: ice }, admin);
  await send(gatewayUrl, AFFILIATE, { input: CONTRACT }, admin);
  for (const [id, origin, person, categories] of RECORDS) {
    const recorder = await tokenFor('RECORDER', origin, auth);
    const derived = await send(gatewayUrl, DERIVE, { identifier: `DEMO:${person}` }, recorder);
    keys.set(person, String(derived.deriveSubjectKey));
    const record = {
      id,
      subjectKey: derived.deriveSubjectKey,
      originPartyId: origin,
      sourceSystem: 'demo',
      sourceRecordId: id,
      categories,
      createdAt: '2024-12-01T00:00:00-06:00',
    };
    await send(gatewayUrl, RECORDS_MUTATION, { input: [record] }, recorder);
  }
  const kinds = new Map(PARTIES.map(([id, , kind]) => [id, kind]));
  for (const [id, at, fromPartyId, toPartyId, purpose, channel, records] of DISCLOSURES) {
    const role = kinds.get(fromPartyId) === 'COUNTY_AGENCY' ? 'RECORDER' : 'THIRD_PARTY';
    const sender = await tokenFor(role, fromPartyId, auth);
    await send(gatewayUrl, RECORD, { input: { id, at, fromPartyId, toPartyId, purpose, channel, records } }, sender);
  }
  return {
    parties: PARTIES.length,
    records: RECORDS.length,
    disclosures: DISCLOSURES.length,
    tryFirst: [
      'Try first, in the explorer signed in as AUDITOR:',
      '  search sheriff-booking-2 (a record id): a booking that reached ICE through the exchange and a data broker',
      `  search ${keys.get('person-2') ?? ''}`,
      "     (the subject key of that booking's person): everything the county holds on them, and where it went",
      '  search Acme (a party): a data broker that received county records and passed one on to ICE',
      'The annual report: npm run report -- --year 2025 --format html --out report-2025.html',
    ],
  };
}
