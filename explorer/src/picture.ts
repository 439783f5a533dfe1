/**
 * What the explorer has read about one selection, as parties, disclosures and arrivals: the
 * one model that the graph, the list, the time window and every export are made from. Pure
 * data, no DOM, so that it can be tested without a browser.
 */
import type {
  ArrivalFieldsFragment,
  DisclosureEdgeFragment,
  HopFieldsFragment,
  PartyBriefFragment,
} from './generated/graphql.ts';
import { inIntervals, type Interval } from './format.ts';

export type PartyNode = { id: string; name: string; kind: string; agentIntervals: Interval[] };

export type Disclosure = {
  id: string;
  at: string;
  fromId: string;
  toId: string;
  purpose: string;
  legalBasis: string;
  agreementReference: string | null;
  channel: string | null;
  /** The categories the hops that showed it carried; null where the role sees no categories. */
  categories: string[] | null;
  /** Whether the recipient was an immigration agent at the disclosure's own time. */
  recipientWasAgent: boolean;
  retracted: boolean;
};

/** One record's arrival at one party, through the chain of disclosures `hopIds`, oldest first. */
export type Arrival = {
  key: string;
  recordId: string | null;
  partyId: string;
  at: string;
  direct: boolean;
  /** For a direct arrival whose last sender acted for a county agency it is not itself (its contractor, agent or employee): that agency. */
  actingForId: string | null;
  immigrationAgent: boolean;
  hopIds: string[];
};

/** A page the service has not sent yet: drawn as "N more", loaded when asked. */
export type More = {
  id: string;
  /** How many items are left, when the service says. */
  remaining: number | null;
  what: string;
  /** The party the items hang off, and on which side: senders to its left, recipients to its right. */
  anchorPartyId: string | null;
  side: 'in' | 'out';
  /** Whether the explorer can read it here; otherwise a view or the export says where it is. */
  loadable: boolean;
};

export type Selection =
  | { kind: 'subject'; subjectKey: string }
  | { kind: 'record'; recordId: string }
  | { kind: 'party'; partyId: string }
  | { kind: 'disclosure'; disclosureId: string }
  | { kind: 'deletion-scope'; of: string };

export type Picture = {
  selection: Selection;
  title: string;
  /** The party the view is about, drawn in bold; null for a person or a record. */
  rootPartyId: string | null;
  parties: Map<string, PartyNode>;
  disclosures: Map<string, Disclosure>;
  arrivals: Arrival[];
  more: More[];
  /** The service's own answers, as they came, for the evidence export; arrivals by their key. */
  answered: { arrivals: Map<string, ArrivalFieldsFragment>; disclosures: DisclosureEdgeFragment[] };
};

export function emptyPicture(selection: Selection, title: string, rootPartyId: string | null = null): Picture {
  return {
    selection,
    title,
    rootPartyId,
    parties: new Map(),
    disclosures: new Map(),
    arrivals: [],
    more: [],
    answered: { arrivals: new Map(), disclosures: [] },
  };
}

export function addParty(picture: Picture, party: PartyBriefFragment): void {
  picture.parties.set(party.id, {
    id: party.id,
    name: party.name,
    kind: party.kind,
    agentIntervals: party.immigrationAgentIntervals.map((interval) => ({ from: interval.from, until: interval.until })),
  });
}

/** A hop of a chain; a disclosure seen in several chains carries the union of their categories. */
export function addHop(picture: Picture, hop: HopFieldsFragment): void {
  addParty(picture, hop.from);
  addParty(picture, hop.to);
  const known = picture.disclosures.get(hop.disclosure.id);
  const categories = [...new Set([...(known?.categories ?? []), ...hop.categories])].sort();
  picture.disclosures.set(hop.disclosure.id, {
    id: hop.disclosure.id,
    at: hop.at,
    fromId: hop.from.id,
    toId: hop.to.id,
    purpose: hop.purpose,
    legalBasis: hop.legalBasis,
    agreementReference: hop.agreementReference,
    channel: hop.disclosure.channel,
    categories,
    recipientWasAgent: hop.recipientWasImmigrationAgent,
    retracted: false,
  });
}

/** A chain that ends at `partyId`: an arrival of the lineage, or a pair of a deletion scope. */
export function addChain(
  picture: Picture,
  chain: readonly HopFieldsFragment[],
  arrival: Omit<Arrival, 'key' | 'hopIds' | 'actingForId'>,
): string {
  for (const hop of chain) addHop(picture, hop);
  const hopIds = chain.map((hop) => hop.disclosure.id);
  const key = `${arrival.recordId ?? ''}|${arrival.partyId}|${hopIds.join('>')}`;
  const last = chain.at(-1);
  const agency = last?.senderCountyPersonnel?.through.id ?? null;
  const actingForId = arrival.direct && agency !== null && agency !== last?.from.id ? agency : null;
  if (!picture.arrivals.some((known) => known.key === key))
    picture.arrivals.push({ ...arrival, actingForId, key, hopIds });
  return key;
}

export function addArrivals(picture: Picture, arrivals: readonly ArrivalFieldsFragment[]): void {
  for (const arrival of arrivals) {
    const key = addChain(picture, arrival.chain, {
      recordId: arrival.record.id,
      partyId: arrival.party.id,
      at: arrival.at,
      direct: arrival.kind === 'DIRECT',
      immigrationAgent: arrival.immigrationAgent,
    });
    picture.answered.arrivals.set(key, arrival);
  }
}

/**
 * Single disclosures, as a party's pages list them. Whether the recipient was an immigration
 * agent is read from its intervals at the disclosure's time (status at the time of
 * the disclosure, never "now"); no role sees their categories here.
 */
export function addDisclosures(picture: Picture, disclosures: readonly DisclosureEdgeFragment[]): void {
  for (const disclosure of disclosures) {
    addParty(picture, disclosure.from);
    addParty(picture, disclosure.to);
    if (!picture.disclosures.has(disclosure.id)) picture.answered.disclosures.push(disclosure);
    picture.disclosures.set(disclosure.id, {
      id: disclosure.id,
      at: disclosure.at,
      fromId: disclosure.from.id,
      toId: disclosure.to.id,
      purpose: disclosure.purpose,
      legalBasis: disclosure.legalBasis,
      agreementReference: disclosure.agreementReference,
      channel: disclosure.channel,
      categories: picture.disclosures.get(disclosure.id)?.categories ?? null,
      recipientWasAgent: inIntervals(
        disclosure.to.immigrationAgentIntervals.map((interval) => ({ from: interval.from, until: interval.until })),
        disclosure.at,
      ),
      retracted: disclosure.retraction !== null,
    });
  }
}

/** Replaces the "more" marker `id` (a page was loaded, or the last one). */
export function setMore(picture: Picture, id: string, more: More | null): void {
  picture.more = picture.more.filter((marker) => marker.id !== id);
  if (more !== null) picture.more.push(more);
}
