import type {
  ArrivalFieldsFragment,
  DisclosureEdgeFragment,
  HopFieldsFragment,
} from '../../../explorer/src/generated/graphql.ts';

type Party = HopFieldsFragment['from'];

/** Parties of a small county: an agency, a broker, a reseller and ICE's contractor (an agent in 2024 only). */
export const AGENCY: Party = {
  id: 'cook-sheriff',
  name: 'Cook County Sheriff',
  kind: 'COUNTY_AGENCY',
  immigrationAgentIntervals: [],
};
export const BROKER: Party = {
  id: 'broker',
  name: 'Broker, "Acme" & <Co>',
  kind: 'DATA_BROKER',
  immigrationAgentIntervals: [],
};
export const RESELLER: Party = { id: 'reseller', name: 'Reseller', kind: 'CORPORATION', immigrationAgentIntervals: [] };
export const CONTRACTOR: Party = {
  id: 'ice:contractor',
  name: 'ICE contractor',
  kind: 'CONTRACTOR',
  immigrationAgentIntervals: [{ from: '2024-01-01T06:00:00Z', until: '2025-01-01T06:00:00Z' }],
};

export function hop(id: string, at: string, from: Party, to: Party, categories = ['NAME']): HopFieldsFragment {
  return {
    disclosure: { id, channel: 'BULK_EXPORT' },
    from,
    to,
    at,
    purpose: `purpose of ${id}`,
    legalBasis: 'NONE',
    agreementReference: null,
    categories: categories as HopFieldsFragment['categories'],
    recipientWasImmigrationAgent: to.immigrationAgentIntervals.some(
      (i) => Date.parse(i.from) <= Date.parse(at) && (i.until === null || Date.parse(at) < Date.parse(i.until)),
    ),
    senderCountyPersonnel: from.kind === 'COUNTY_AGENCY' ? { through: { id: from.id } } : null,
  };
}

/** Every arrival of one record along a chain: one per hop, as Record.lineage answers. */
export function arrivalsAlong(recordId: string, chain: HopFieldsFragment[]): ArrivalFieldsFragment[] {
  return chain.map((last, index) => ({
    record: { id: recordId },
    subjectKey: 'a'.repeat(64),
    party: { id: last.to.id },
    at: last.at,
    hopCount: index + 1,
    kind: last.from.kind === 'COUNTY_AGENCY' ? 'DIRECT' : 'INDIRECT',
    immigrationAgent: last.recipientWasImmigrationAgent,
    intermediaries: chain.slice(1, index + 1).map((h) => ({ id: h.from.id })),
    categories: last.categories,
    unknownSourceCategories: [],
    chain: chain.slice(0, index + 1),
  }));
}

export function edge(id: string, at: string, from: Party, to: Party, purpose = 'resale'): DisclosureEdgeFragment {
  return {
    id,
    at,
    from,
    to,
    purpose,
    channel: 'BULK_EXPORT',
    legalBasis: 'NONE',
    agreementReference: null,
    reportedBy: 'SENDER',
    holderUnknown: false,
    recordCount: 1,
    retraction: null,
  };
}

/** The planted shape: the sheriff to the broker, the broker to the reseller, the reseller to ICE's contractor in 2024. */
export const CHAIN = [
  hop('d-1', '2023-11-02T15:00:00Z', AGENCY, BROKER, ['NAME', 'SSN']),
  hop('d-2', '2024-03-01T15:00:00Z', BROKER, RESELLER),
  hop('d-3', '2024-06-01T15:00:00Z', RESELLER, CONTRACTOR),
];
