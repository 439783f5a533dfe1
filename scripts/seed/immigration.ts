import { type AffiliationKind, type PartyKind } from '../../core/registry/index.ts';
/**
 * The parties that enforce immigration law, and those that are immigration agents only
 * through an affiliation, with fixed intervals: the planted flows are placed inside and
 * outside these windows, so they must not move with the seed. Names are fictional.
 */

export type PartySpec = { id: string; name: string; kind: PartyKind };
/** Dates are UTC midnights, `until` the first day it no longer holds (half-open, as the service reads it). */
export type EnforcementSpec = { partyId: string; from: string; until?: string; basis: string };
export type AffiliationSpec = {
  fromPartyId: string;
  kind: AffiliationKind;
  toPartyId: string;
  from: string;
  until?: string;
  reference?: string;
};

const FEDERAL: readonly PartySpec[] = [
  { id: 'ice', name: 'U.S. Immigration and Customs Enforcement', kind: 'GOVERNMENT_AGENCY' },
  { id: 'cbp', name: 'U.S. Customs and Border Protection', kind: 'GOVERNMENT_AGENCY' },
  { id: 'uscis', name: 'U.S. Citizenship and Immigration Services', kind: 'GOVERNMENT_AGENCY' },
  {
    id: 'ice:ero-chicago',
    name: 'ICE Enforcement and Removal Operations, Chicago Field Office',
    kind: 'GOVERNMENT_AGENCY',
  },
  { id: 'ice:ero-broadview', name: 'ICE ERO Broadview Processing Center', kind: 'GOVERNMENT_AGENCY' },
  {
    id: 'ice:ero-detroit',
    name: 'ICE Enforcement and Removal Operations, Detroit Field Office',
    kind: 'GOVERNMENT_AGENCY',
  },
  {
    id: 'ice:ero-st-paul',
    name: 'ICE Enforcement and Removal Operations, St. Paul Field Office',
    kind: 'GOVERNMENT_AGENCY',
  },
  { id: 'ice:hsi-chicago', name: 'ICE Homeland Security Investigations, Chicago', kind: 'GOVERNMENT_AGENCY' },
  { id: 'cbp:chicago', name: 'CBP Chicago Field Office', kind: 'GOVERNMENT_AGENCY' },
];

/** Local police with 287(g) agreements: immigration agents only while an agreement runs. */
const POLICE_287G: readonly PartySpec[] = [
  { id: 'police:marlow-falls-pd', name: 'Marlow Falls Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:kessler-grove-pd', name: 'Kessler Grove Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:bramwell-pd', name: 'Bramwell Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:dunmore-heights-pd', name: 'Dunmore Heights Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:ashbury-county-sheriff', name: "Ashbury County Sheriff's Office", kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:calder-springs-pd', name: 'Calder Springs Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:pellston-park-pd', name: 'Pellston Park Police Department', kind: 'GOVERNMENT_AGENCY' },
  { id: 'police:wexford-lake-pd', name: 'Wexford Lake Police Department', kind: 'GOVERNMENT_AGENCY' },
];

const AFFILIATED: readonly PartySpec[] = [
  { id: 'ice:contractor-01', name: 'Stonebridge Detention Services LLC', kind: 'CONTRACTOR' },
  { id: 'ice:contractor-02', name: 'Northway Transport Solutions Inc.', kind: 'CONTRACTOR' },
  { id: 'ice:contractor-03', name: 'Clearpath Analytics Corp.', kind: 'CORPORATION' },
  { id: 'ice:contractor-04', name: 'Sentinel Biometrics Inc.', kind: 'CONTRACTOR' },
  { id: 'ice:contractor-05', name: 'Harborline Logistics LLC', kind: 'CONTRACTOR' },
  { id: 'ice:contractor-06', name: 'Ridgeview Language Services', kind: 'CONTRACTOR' },
  { id: 'ice:subcontractor-01', name: 'Tallgrass Data Services LLC', kind: 'CONTRACTOR' },
  { id: 'ice:contractor-01:employee-01', name: 'Dana Whitlock', kind: 'INDIVIDUAL' },
  { id: 'ice:contractor-03:employee-01', name: 'Marcus Ferrand', kind: 'INDIVIDUAL' },
  { id: 'ice:subcontractor-01:employee-01', name: 'Renata Solberg', kind: 'INDIVIDUAL' },
  { id: 'agent:harlan-recovery', name: 'Harlan Recovery Services', kind: 'ORGANIZATION' },
  { id: 'agent:lionel-okoro', name: 'Lionel Okoro', kind: 'INDIVIDUAL' },
];

export const IMMIGRATION_PARTIES: readonly PartySpec[] = [...FEDERAL, ...POLICE_287G, ...AFFILIATED];

export const ENFORCEMENT: readonly EnforcementSpec[] = [
  ...FEDERAL.map((party) => ({
    partyId: party.id,
    from: '2000-01-01',
    basis: party.id.includes(':') ? 'federal immigration agency (field office)' : 'federal immigration agency',
  })),
  { partyId: 'police:marlow-falls-pd', from: '2019-03-01', until: '2021-03-01', basis: '287(g) agreement 2019-0031' },
  { partyId: 'police:kessler-grove-pd', from: '2020-06-15', until: '2023-06-15', basis: '287(g) agreement 2020-0112' },
  { partyId: 'police:bramwell-pd', from: '2019-01-15', until: '2020-01-15', basis: '287(g) agreement 2019-0007' },
  { partyId: 'police:bramwell-pd', from: '2022-05-01', until: '2025-05-01', basis: '287(g) agreement 2022-0054' },
  {
    partyId: 'police:dunmore-heights-pd',
    from: '2021-10-01',
    until: '2024-10-01',
    basis: '287(g) agreement 2021-0088',
  },
  {
    partyId: 'police:ashbury-county-sheriff',
    from: '2019-09-01',
    until: '2022-09-01',
    basis: '287(g) agreement 2019-0140 (jail enforcement model)',
  },
  { partyId: 'police:calder-springs-pd', from: '2023-02-01', until: '2025-08-01', basis: '287(g) agreement 2023-0019' },
  { partyId: 'police:pellston-park-pd', from: '2020-01-01', until: '2021-07-01', basis: '287(g) agreement 2019-0203' },
  { partyId: 'police:wexford-lake-pd', from: '2022-01-01', until: '2024-07-01', basis: '287(g) agreement 2021-0177' },
];

export const IMMIGRATION_AFFILIATIONS: readonly AffiliationSpec[] = [
  contract('ice:contractor-01', 'ice', '2017-10-01', undefined, '70CDCR18D00000011'),
  contract('ice:contractor-02', 'ice', '2019-04-01', '2024-04-01', '70CDCR19C00000042'),
  contract('ice:contractor-03', 'ice', '2020-09-15', '2025-09-15', '70CMSD20C00000017'),
  contract('ice:contractor-04', 'cbp', '2018-01-01', undefined, '70B03C18D00000205'),
  contract('ice:contractor-05', 'cbp', '2021-06-01', '2023-12-01', '70B04C21C00000031'),
  contract('ice:contractor-06', 'ice:ero-chicago', '2022-02-01', undefined, '70CDCR22P00000093'),
  contract('ice:subcontractor-01', 'ice:contractor-03', '2021-03-01', '2024-12-01', 'subcontract CPA-2021-004'),
  employment('ice:contractor-01:employee-01', 'ice:contractor-01', '2018-05-14', '2023-09-01'),
  employment('ice:contractor-03:employee-01', 'ice:contractor-03', '2021-01-04'),
  employment('ice:subcontractor-01:employee-01', 'ice:subcontractor-01', '2021-06-01'),
  {
    fromPartyId: 'agent:harlan-recovery',
    kind: 'AGENT_OF',
    toPartyId: 'cbp',
    from: '2020-01-01',
    until: '2024-01-01',
    reference: 'CBP letter of designation 2020-17',
  },
  { fromPartyId: 'agent:lionel-okoro', kind: 'AGENT_OF', toPartyId: 'ice', from: '2019-07-01' },
];

/** Data brokers of the third-party pool that hold an ICE or CBP contract for a while, by pool position. */
export const BROKER_CONTRACTS: ReadonlyArray<{
  broker: number;
  toPartyId: string;
  from: string;
  until?: string;
  reference: string;
}> = [
  { broker: 3, toPartyId: 'ice', from: '2020-07-01', until: '2023-07-01', reference: '70CMSD20P00000126' },
  { broker: 11, toPartyId: 'ice', from: '2021-01-15', until: '2024-01-15', reference: '70CMSD21C00000008' },
  { broker: 17, toPartyId: 'ice', from: '2022-04-01', reference: '70CMSD22C00000061' },
  { broker: 29, toPartyId: 'cbp', from: '2019-06-01', until: '2021-06-01', reference: '70B02C19P00000087' },
  { broker: 42, toPartyId: 'ice', from: '2023-01-01', until: '2025-07-01', reference: '70CMSD23C00000012' },
  { broker: 57, toPartyId: 'cbp', from: '2020-01-01', until: '2023-01-01', reference: '70B02C20C00000140' },
];

function contract(from: string, to: string, start: string, until: string | undefined, reference: string) {
  return { fromPartyId: from, kind: 'CONTRACTOR_OF' as const, toPartyId: to, from: start, until, reference };
}

function employment(from: string, to: string, start: string, until?: string): AffiliationSpec {
  return { fromPartyId: from, kind: 'EMPLOYEE_OF', toPartyId: to, from: start, until };
}
