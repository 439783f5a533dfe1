/**
 * A small example county, loaded through the gateway's own mutations so that a newcomer
 * sees data at once. Loading it twice changes nothing: every id is fixed.
 */
import { DEVELOPMENT_PRINCIPALS } from '../subgraphs/shared/auth/dev-principals.ts';
import { issueDevelopmentToken, type AuthConfig } from '../subgraphs/shared/auth/tokens.ts';

type Kind = 'COUNTY_AGENCY' | 'DATA_EXCHANGE' | 'DATA_BROKER' | 'CONTRACTOR' | 'GOVERNMENT_AGENCY' | 'CORPORATION';

const PARTIES: Array<[id: string, name: string, kind: Kind]> = [
  ['cook-oiig', 'Cook County Office of the Independent Inspector General', 'COUNTY_AGENCY'],
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

const DISCLOSURES: Array<[id: string, at: string, from: string, to: string, purpose: string]> = [
  ['demo-0001', '2025-01-15T09:00:00-06:00', 'cook-sheriff', 'cook-states-attorney', 'charging decisions'],
  ['demo-0002', '2025-02-01T02:00:00-06:00', 'cook-sheriff', 'regional-justice-exchange', 'nightly booking feed'],
  ['demo-0003', '2025-02-03T11:20:00-06:00', 'regional-justice-exchange', 'acme-data', 'bulk records subscription'],
  ['demo-0004', '2025-03-10T16:45:00-05:00', 'acme-data', 'ice', 'person search product'],
  ['demo-0005', '2025-04-02T10:00:00-05:00', 'cook-sheriff', 'records-vendor', 'jail management system migration'],
  ['demo-0006', '2025-05-20T08:30:00-05:00', 'cook-clerk', 'acme-data', 'bulk court records request'],
  ['demo-0007', '2025-06-11T13:00:00-05:00', 'cook-assessor', 'acme-data', 'property roll purchase'],
  ['demo-0008', '2025-07-01T12:00:00-05:00', 'cook-health', 'county-insurer', 'claims processing'],
  ['demo-0009', '2025-12-31T23:30:00-06:00', 'cook-sheriff', 'regional-justice-exchange', 'nightly booking feed'],
];

const REGISTER = /* GraphQL */ `
  mutation DemoParty($input: RegisterPartyInput!) {
    registerParty(input: $input) {
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

async function send(url: string, query: string, input: object, token: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`demo data refused: ${body.errors.map((e) => e.message).join('; ')}`);
}

/**
 * Loads the county as its own people would: the registry as ADMIN, each disclosure as the
 * sender (a RECORDER of a county agency, or the THIRD_PARTY that passed it on).
 */
export async function loadDemo(
  gatewayUrl: string,
  auth: AuthConfig,
): Promise<{ parties: number; disclosures: number }> {
  const admin = await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS.ADMIN, auth);
  for (const [id, name, kind] of PARTIES) await send(gatewayUrl, REGISTER, { id, name, kind }, admin);
  const kinds = new Map(PARTIES.map(([id, , kind]) => [id, kind]));
  for (const [id, at, fromPartyId, toPartyId, purpose] of DISCLOSURES) {
    const role = kinds.get(fromPartyId) === 'COUNTY_AGENCY' ? 'RECORDER' : 'THIRD_PARTY';
    const sender = await issueDevelopmentToken(
      { subject: `demo-${fromPartyId}`, roles: [role], organisation: fromPartyId },
      auth,
    );
    await send(gatewayUrl, RECORD, { id, at, fromPartyId, toPartyId, purpose }, sender);
  }
  return { parties: PARTIES.length, disclosures: DISCLOSURES.length };
}
