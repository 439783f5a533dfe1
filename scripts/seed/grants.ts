/**
 * Standing access of third parties to agency datasets: query rights of exchanges, vendors,
 * other governments. Potential exposure, not flows; a few go to parties that are, or become,
 * immigration agents (a broker that later signs an ICE contract), as audits find them.
 */
import { Random } from './random.ts';
import { pad, type Registry } from './registry.ts';
import { DAY, END, START } from './time.ts';
import { PURPOSES_OF } from './vocabulary.ts';

export type Grant = {
  id: string;
  agencyPartyId: string;
  granteePartyId: string;
  dataset: string;
  purpose: string;
  from: number;
  until: number | null;
  agreementReference: string | null;
};

export function grantsOf(registry: Registry, seed: number, count: number): Grant[] {
  const random = Random.stream(seed, 'grants');
  const grants: Grant[] = [];
  for (let n = 1; n <= count; n++) {
    const agency = random.pick(registry.agencies);
    const partners = registry.partners[agency.index] as Int32Array;
    let grantee = registry.parties[partners[random.skewed(partners.length)] as number] as Registry['parties'][number];
    for (let attempt = 0; grantee.kind === 'COUNTY_AGENCY' && attempt < 10; attempt++) {
      grantee = registry.parties[partners[random.int(partners.length)] as number] as Registry['parties'][number];
    }
    if (grantee.kind === 'COUNTY_AGENCY') grantee = random.pick(registry.plain);
    const from = START + random.int(END - 30 * DAY - START);
    const until = random.chance(0.5) ? from + random.between(180, 1500) * DAY : null;
    grants.push({
      id: `g-${pad(n, 4)}`,
      agencyPartyId: agency.id,
      granteePartyId: grantee.id,
      dataset: random.pick(agency.spec.datasets),
      purpose: random.pick(PURPOSES_OF[grantee.kind]),
      from,
      until: until !== null && until <= END ? until : null,
      agreementReference: random.chance(0.7)
        ? `${agency.spec.systems[0]}-DSA-${new Date(from * 1000).getUTCFullYear()}-${pad(random.int(1000), 3)}`
        : null,
    });
  }
  return grants;
}
