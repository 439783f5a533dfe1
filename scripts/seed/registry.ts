/**
 * Who is who in the synthetic county: the agencies, about 2,000 third parties of every
 * kind, the immigration-enforcing parties and their affiliates, and for every party the
 * list of parties it passes records to (its partners, the most frequent first). The same
 * in every profile; the names of the third parties come from the seed.
 */
import { AGENCIES, type AgencySpec } from './agencies.ts';
import { AgentWindows } from './agents.ts';
import { BROKER_CONTRACTS, ENFORCEMENT, IMMIGRATION_AFFILIATIONS, IMMIGRATION_PARTIES } from './immigration.ts';
import { Names, type NameStyle } from './names.ts';
import { Random, Weighted } from './random.ts';
import { DAY, END, seconds } from './time.ts';
import { type AffiliationKind, type PartyKind } from '../../core/registry/index.ts';

export type Party = { index: number; id: string; name: string; kind: PartyKind };
export type Agency = Party & { spec: AgencySpec };
export type EnforcementRow = { id: string; partyId: string; from: number; until: number | null; basis: string };
export type AffiliationRow = {
  id: string;
  fromPartyId: string;
  kind: AffiliationKind;
  toPartyId: string;
  from: number;
  until: number | null;
  reference: string | null;
};

export type Registry = {
  parties: readonly Party[];
  byId: ReadonlyMap<string, Party>;
  /** Party indexes 0 to agencies.length - 1. */
  agencies: readonly Agency[];
  enforcement: readonly EnforcementRow[];
  affiliations: readonly AffiliationRow[];
  agents: AgentWindows;
  /** By party index: whom it passes records to, the most frequent first. */
  partners: readonly Int32Array[];
  /** Third parties never linked to immigration enforcement: the middle of the planted chains. */
  plain: readonly Party[];
};

/** The third-party pool: kind, name style, id prefix (`tp:broker-0042`), how many. */
const POOL: ReadonlyArray<readonly [PartyKind, NameStyle, string, number]> = [
  ['DATA_EXCHANGE', 'DATA_EXCHANGE', 'exchange', 40],
  ['DATA_BROKER', 'DATA_BROKER', 'broker', 120],
  ['CORPORATION', 'CORPORATION', 'vendor', 500],
  ['GOVERNMENT_AGENCY', 'POLICE', 'police', 120],
  ['GOVERNMENT_AGENCY', 'GOVERNMENT_AGENCY', 'gov', 180],
  ['CONTRACTOR', 'CONTRACTOR', 'contractor', 250],
  ['DATABASE', 'DATABASE', 'database', 60],
  ['BULK_DATA_REQUESTER', 'BULK_DATA_REQUESTER', 'requester', 100],
  ['ASSOCIATION', 'ASSOCIATION', 'association', 100],
  ['ORGANIZATION', 'ORGANIZATION', 'org', 250],
  ['PARTNERSHIP', 'PARTNERSHIP', 'partnership', 80],
  ['INDIVIDUAL', 'INDIVIDUAL', 'person', 200],
];

/** How often an agency's partners are of each kind. */
const AGENCY_PARTNER_KINDS: ReadonlyArray<readonly [PartyKind, number]> = [
  ['GOVERNMENT_AGENCY', 25],
  ['DATA_EXCHANGE', 14],
  ['CORPORATION', 16],
  ['CONTRACTOR', 12],
  ['DATABASE', 6],
  ['DATA_BROKER', 6],
  ['BULK_DATA_REQUESTER', 4],
  ['ORGANIZATION', 6],
  ['ASSOCIATION', 3],
  ['PARTNERSHIP', 4],
  ['INDIVIDUAL', 4],
];
/** How often a third party's partners are of each kind. */
const THIRD_PARTY_PARTNER_KINDS: ReadonlyArray<readonly [PartyKind, number]> = [
  ['DATA_BROKER', 18],
  ['CORPORATION', 18],
  ['GOVERNMENT_AGENCY', 14],
  ['DATABASE', 10],
  ['DATA_EXCHANGE', 6],
  ['CONTRACTOR', 8],
  ['ORGANIZATION', 6],
  ['BULK_DATA_REQUESTER', 4],
  ['ASSOCIATION', 4],
  ['PARTNERSHIP', 5],
  ['INDIVIDUAL', 7],
];
const AGENCY_PARTNERS = 120;

export function buildRegistry(seed: number): Registry {
  const random = Random.stream(seed, 'registry');
  const parties: Party[] = [];
  const add = (id: string, name: string, kind: PartyKind): Party => {
    const party = { index: parties.length, id, name, kind };
    parties.push(party);
    return party;
  };
  const agencies = AGENCIES.map((spec) => ({ ...add(spec.id, spec.name, 'COUNTY_AGENCY'), spec }));
  const names = new Names(
    random,
    [...AGENCIES, ...IMMIGRATION_PARTIES].map((party) => party.name),
  );
  const pool = new Map<PartyKind, Party[]>();
  for (const [kind, style, prefix, count] of POOL) {
    const members = pool.get(kind) ?? [];
    for (let n = 1; n <= count; n++) members.push(add(poolId(prefix, n), names.next(style), kind));
    pool.set(kind, members);
  }
  const immigration = IMMIGRATION_PARTIES.map((spec) => add(spec.id, spec.name, spec.kind));
  const byId = new Map(parties.map((party) => [party.id, party]));

  const enforcement = ENFORCEMENT.map((spec, index) => ({
    id: `e-${pad(index + 1, 4)}`,
    partyId: spec.partyId,
    from: seconds(spec.from),
    until: spec.until === undefined ? null : seconds(spec.until),
    basis: spec.basis,
  }));
  const immigrationLinks = [
    ...IMMIGRATION_AFFILIATIONS,
    ...BROKER_CONTRACTS.map((contract) => ({
      fromPartyId: poolId('broker', contract.broker),
      kind: 'CONTRACTOR_OF' as const,
      toPartyId: contract.toPartyId,
      from: contract.from,
      until: contract.until,
      reference: contract.reference,
    })),
  ].map((spec) => ({
    id: '',
    fromPartyId: spec.fromPartyId,
    kind: spec.kind,
    toPartyId: spec.toPartyId,
    from: seconds(spec.from),
    until: spec.until === undefined ? null : seconds(spec.until),
    reference: spec.reference ?? null,
  }));
  const linked = new AgentWindows(enforcement, immigrationLinks);
  const everyday = everydayAffiliations(random, pool, agencies, linked);
  const affiliations = [...immigrationLinks, ...everyday].map((row, index) => ({
    ...row,
    id: `a-${pad(index + 1, 4)}`,
  }));
  const agents = new AgentWindows(enforcement, affiliations);
  const thirdParties = parties.filter((party) => party.kind !== 'COUNTY_AGENCY');
  const plain = thirdParties.filter(
    (party) => party.id.startsWith('tp:') && party.kind !== 'INDIVIDUAL' && !agents.isEverAgent(party.id),
  );

  const partners = parties.map((party) => {
    if (party.kind === 'COUNTY_AGENCY') return agencyPartners(random, agencies[party.index] as Agency, pool, byId);
    if (!party.id.startsWith('tp:')) return immigrationPartners(random, party, immigration, pool);
    return thirdPartyPartners(random, party, pool, immigration);
  });
  return { parties, byId, agencies, enforcement, affiliations, agents, partners, plain };
}

/** Employees of vendors, contractors of the county, agents of other governments: none of them near ICE. */
function everydayAffiliations(
  random: Random,
  pool: ReadonlyMap<PartyKind, Party[]>,
  agencies: readonly Agency[],
  linked: AgentWindows,
): AffiliationRow[] {
  const members = (kind: PartyKind) => (pool.get(kind) ?? []).filter((party) => !linked.isEverAgent(party.id));
  const employers = [...members('CORPORATION'), ...members('CONTRACTOR'), ...members('DATA_BROKER')];
  const rows: AffiliationRow[] = [];
  const link = (from: Party, kind: AffiliationKind, to: Party, reference: string | null) => {
    const start = seconds('2012-01-01') + random.int(13 * 365) * DAY;
    const until = random.chance(0.5) ? start + random.between(365, 2000) * DAY : null;
    rows.push({
      id: '',
      fromPartyId: from.id,
      kind,
      toPartyId: to.id,
      from: start,
      until: until !== null && until <= END ? until : null,
      reference,
    });
  };
  for (const person of members('INDIVIDUAL').slice(0, 120)) link(person, 'EMPLOYEE_OF', random.pick(employers), null);
  for (const contractor of members('CONTRACTOR').slice(0, 50)) {
    const agency = random.pick(agencies);
    link(contractor, 'CONTRACTOR_OF', agency, `${agency.spec.systems[0]}-contract-${random.between(1000, 9999)}`);
  }
  const governments = members('GOVERNMENT_AGENCY');
  for (const organization of members('ORGANIZATION').slice(0, 30)) {
    link(organization, 'AGENT_OF', random.pick(governments), null);
  }
  return rows;
}

function agencyPartners(
  random: Random,
  agency: Agency,
  pool: ReadonlyMap<PartyKind, Party[]>,
  byId: ReadonlyMap<string, Party>,
): Int32Array {
  const list = drawPartners(random, AGENCY_PARTNER_KINDS, pool, AGENCY_PARTNERS, agency.index);
  // Inside the county first: records pass between agencies before they leave it.
  agency.spec.county.forEach((id, n) => insertAt(list, [3, 9, 17, 27][n] ?? 40, (byId.get(id) as Party).index));
  if (agency.spec.answersIce) {
    insertAt(list, 20, (byId.get('ice') as Party).index);
    insertAt(list, 45, (byId.get('ice:ero-chicago') as Party).index);
  }
  if (random.chance(0.3)) insertAt(list, 60, (byId.get('police:kessler-grove-pd') as Party).index);
  return Int32Array.from(list);
}

function thirdPartyPartners(
  random: Random,
  party: Party,
  pool: ReadonlyMap<PartyKind, Party[]>,
  immigration: readonly Party[],
): Int32Array {
  const weights = THIRD_PARTY_PARTNER_KINDS.map(
    ([kind, weight]) => [kind, kind === party.kind ? weight * 2 : weight] as const,
  );
  const list = drawPartners(random, weights, pool, random.between(12, 24), party.index);
  const police = party.id.startsWith('tp:police-');
  if (random.chance(police ? 0.2 : 0.05)) insertAt(list, random.int(list.length), random.pick(immigration).index);
  return Int32Array.from(list);
}

/** ICE passes records to its field offices and contractors; a contractor's employee to its employer. */
function immigrationPartners(
  random: Random,
  party: Party,
  immigration: readonly Party[],
  pool: ReadonlyMap<PartyKind, Party[]>,
): Int32Array {
  const others = immigration.filter((other) => other.index !== party.index);
  const list = [...new Set(Array.from({ length: 6 }, () => random.pick(others).index))];
  list.push(random.pick(pool.get('GOVERNMENT_AGENCY') as Party[]).index);
  return Int32Array.from(list);
}

function drawPartners(
  random: Random,
  weights: ReadonlyArray<readonly [PartyKind, number]>,
  pool: ReadonlyMap<PartyKind, Party[]>,
  count: number,
  self: number,
): number[] {
  const kinds = new Weighted(weights);
  const chosen = new Set<number>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt++) {
    const candidate = random.pick(pool.get(kinds.draw(random)) as Party[]).index;
    if (candidate !== self) chosen.add(candidate);
  }
  return [...chosen];
}

function insertAt(list: number[], position: number, index: number): void {
  if (!list.includes(index)) list.splice(Math.min(position, list.length), 0, index);
}

/** `tp:broker-0042`: the id of the 42nd broker of the third-party pool. */
export function poolId(prefix: string, n: number): string {
  return `tp:${prefix}-${pad(n, 4)}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
