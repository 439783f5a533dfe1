/**
 * The evidence on screen as one JSON document: who exported it and when, what was selected,
 * the time window, the parties and disclosures shown, and the service's own answers
 * (arrivals with their chains, or a party's disclosures) exactly as the API gave them, so
 * that anyone can ask the API again and compare. It says when pages were left unread.
 */
import { agentText } from './format.ts';
import type { ArrivalFieldsFragment, DisclosureEdgeFragment } from './generated/graphql.ts';
import type { Picture, Selection } from './picture.ts';
import { pathsToAgents } from './elements.ts';
import { windowArguments, type TimeWindow, type Visible } from './time-window.ts';

export const EVIDENCE_FORMAT = 'disclosure-tracker-explorer-evidence';

export type ExportContext = {
  exportedAt: string;
  role: string;
  organisation: string;
  window: TimeWindow;
};

export type EvidenceDisclosure = {
  id: string;
  at: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  purpose: string;
  channel: string | null;
  legalBasis: string;
  agreementReference: string | null;
  categories: string[] | null;
  recipientWasImmigrationAgent: boolean;
  pathToImmigrationAgent: 'DIRECT' | 'INDIRECT' | null;
  retracted: boolean;
};

export type Evidence = {
  format: typeof EVIDENCE_FORMAT;
  version: 1;
  exportedAt: string;
  exportedBy: { role: string; organisation: string };
  selection: Selection;
  title: string;
  window: { from: string | null; until: string | null };
  /** False when the service holds pages the explorer did not read; `notLoaded` says which. */
  complete: boolean;
  notLoaded: Array<{ what: string; remaining: number | null }>;
  parties: Array<{
    id: string;
    name: string;
    kind: string;
    immigrationAgentIntervals: Array<{ from: string; until: string | null }>;
    immigrationAgentText: string | null;
  }>;
  disclosures: EvidenceDisclosure[];
  /** The API's own objects for what is shown: arrivals with their chains, or a party's disclosures. */
  answered: { arrivals: ArrivalFieldsFragment[]; disclosures: DisclosureEdgeFragment[] };
};

export function evidenceOf(picture: Picture, visible: Visible, context: ExportContext): Evidence {
  const paths = pathsToAgents(visible);
  const arrivalKeys = new Set(visible.arrivals.map((arrival) => arrival.key));
  const shown = new Set(visible.disclosureIds);
  const name = (id: string) => ({ id, name: picture.parties.get(id)?.name ?? id });
  return {
    format: EVIDENCE_FORMAT,
    version: 1,
    exportedAt: context.exportedAt,
    exportedBy: { role: context.role, organisation: context.organisation },
    selection: picture.selection,
    title: picture.title,
    window: windowArguments(context.window),
    complete: picture.more.length === 0,
    notLoaded: picture.more.map((more) => ({ what: more.what, remaining: more.remaining })),
    parties: visible.partyIds.flatMap((id) => {
      const party = picture.parties.get(id);
      if (party === undefined) return [];
      return [
        {
          id: party.id,
          name: party.name,
          kind: party.kind,
          immigrationAgentIntervals: party.agentIntervals,
          immigrationAgentText: agentText(party.agentIntervals),
        },
      ];
    }),
    disclosures: visible.disclosureIds.flatMap((id) => {
      const disclosure = picture.disclosures.get(id);
      if (disclosure === undefined) return [];
      return [
        {
          id: disclosure.id,
          at: disclosure.at,
          from: name(disclosure.fromId),
          to: name(disclosure.toId),
          purpose: disclosure.purpose,
          channel: disclosure.channel,
          legalBasis: disclosure.legalBasis,
          agreementReference: disclosure.agreementReference,
          categories: disclosure.categories,
          recipientWasImmigrationAgent: disclosure.recipientWasAgent,
          pathToImmigrationAgent: paths.indirect.has(id) ? 'INDIRECT' : paths.direct.has(id) ? 'DIRECT' : null,
          retracted: disclosure.retracted,
        },
      ];
    }),
    answered: {
      arrivals: [...picture.answered.arrivals].flatMap(([key, arrival]) => (arrivalKeys.has(key) ? [arrival] : [])),
      disclosures: picture.answered.disclosures.filter((disclosure) => shown.has(disclosure.id)),
    },
  };
}
