/**
 * The views of what is selected, each from its own query: upstream (where a party's records
 * came from), downstream (where a party's or a disclosure's records went) and the deletion
 * scope of Sec. 46-37(h); one person's accounting is in accounting.ts. The window of the time
 * slider is passed to the service, which counts through time-respecting chains itself.
 */
import type { Client } from './api.ts';
import { clear, el, facts, table } from './dom.ts';
import { countyDateTime, intervalText, plural, words } from './format.ts';
import type { CountFieldsFragment, DownstreamFieldsFragment, ScopeSummaryFragment } from './generated/graphql.ts';
import {
  DisclosureDownstream,
  DisclosureScopeSummary,
  PartyDownstream,
  PartyScopeSummary,
  PartyUpstream,
} from './queries/views.ts';

/** Holders listed in the view's table; the export of the drawn chains pages through them all. */
export const SCOPE_HOLDERS_LISTED = 100;

export type ViewContext = {
  client: Client;
  window: () => { from: string | null; until: string | null };
  failed: (error: unknown) => HTMLElement;
};

/** Counts by a key: a party (named), or a value such as a hop count, under `keyHeader`. */
function counts(caption: string, rows: readonly CountFieldsFragment[], keyHeader = 'Party'): HTMLElement {
  if (rows.length === 0) return el('p', {}, `${caption}: none.`);
  return table(
    caption,
    [keyHeader, 'Records', 'Individuals', 'Arrivals'],
    rows.map((row) => [
      row.party === null ? words(row.key) : `${row.party.name} (${row.party.id})`,
      row.recordCount.toLocaleString('en-US'),
      row.individualCount.toLocaleString('en-US'),
      row.arrivalCount.toLocaleString('en-US'),
    ]),
  );
}

export function windowLine(window: { from: string | null; until: string | null }): HTMLElement {
  const from = window.from === null ? 'the beginning' : countyDateTime(window.from);
  const until = window.until === null ? 'now' : countyDateTime(window.until);
  return el('p', { class: 'window-line' }, `Window: from ${from} until ${until}.`);
}

export async function run(
  container: HTMLElement,
  context: ViewContext,
  reading: string,
  build: () => Promise<HTMLElement[]>,
) {
  clear(container, el('p', {}, reading));
  try {
    clear(container, ...(await build()));
  } catch (error) {
    clear(container, context.failed(error));
  }
}

export function upstreamView(container: HTMLElement, partyId: string, context: ViewContext): Promise<void> {
  const window = context.window();
  return run(container, context, 'Counting where its records came from…', async () => {
    const { upstream } = await context.client(PartyUpstream, { id: partyId, ...window });
    return [
      windowLine(window),
      facts([
        ['Records received', upstream.recordCount.toLocaleString('en-US')],
        ['Individuals', upstream.individualCount.toLocaleString('en-US')],
        ['Arrivals', upstream.arrivalCount.toLocaleString('en-US')],
      ]),
      counts('By origin agency', upstream.byOriginAgency),
      counts('By the party that sent them', upstream.bySender),
      counts('By the third parties they passed through', upstream.byIntermediary),
    ];
  });
}

function downstreamTables(downstream: DownstreamFieldsFragment, hopsFrom: string): HTMLElement[] {
  return [
    facts([
      ['Records that went on', downstream.recordCount.toLocaleString('en-US')],
      ['Individuals', downstream.individualCount.toLocaleString('en-US')],
      ['Flows (hops)', downstream.arrivalCount.toLocaleString('en-US')],
      [
        'Flows to immigration agents (Sec. 46-37(e))',
        `${downstream.immigrationAgent.arrivalCount.toLocaleString('en-US')} (${plural(downstream.immigrationAgent.individualCount, 'individual')})`,
      ],
    ]),
    counts('At immigration agents', downstream.byAgent),
    counts('By recipient', downstream.byRecipient),
    counts(`By the fewest hops ${hopsFrom}`, downstream.byHopCount, 'Hops'),
  ];
}

export function downstreamView(
  container: HTMLElement,
  of: { partyId: string } | { disclosureId: string },
  context: ViewContext,
): Promise<void> {
  const window = context.window();
  return run(container, context, 'Following where the records went…', async () => {
    const downstream =
      'partyId' in of
        ? (await context.client(PartyDownstream, { id: of.partyId, ...window })).downstream
        : (await context.client(DisclosureDownstream, { id: of.disclosureId, ...window })).downstreamOfDisclosure;
    const hopsFrom =
      'partyId' in of ? 'from this party (its own send is hop 1)' : 'from this disclosure (itself hop 1)';
    return [windowLine(window), ...downstreamTables(downstream, hopsFrom)];
  });
}

/** Sec. 46-37(h): who must delete what, with a button that draws the evidence chains. */
export function deletionScopeView(
  container: HTMLElement,
  of: { disclosureId: string } | { partyId: string; since: string },
  context: ViewContext,
  draw: () => void,
): Promise<void> {
  return run(container, context, 'Working out who must delete what…', async () => {
    const first = SCOPE_HOLDERS_LISTED;
    const scope: ScopeSummaryFragment =
      'disclosureId' in of
        ? (await context.client(DisclosureScopeSummary, { ids: [of.disclosureId], first })).deletionScope
        : (await context.client(PartyScopeSummary, { id: of.partyId, since: of.since, first }))
            .deletionScopeOfThirdParty;
    const button = el('button', { type: 'button' }, 'Draw the evidence chains of this scope');
    button.addEventListener('click', draw);
    const start =
      'disclosureId' in of ? `disclosure ${of.disclosureId}` : `${of.partyId} since ${countyDateTime(of.since)}`;
    return [
      el('p', {}, `Sec. 46-37(h): what must be deleted after ${start}, found in violation.`),
      facts([
        ['Holders', scope.holderCount.toLocaleString('en-US')],
        ['(Holder, record) pairs', scope.pairCount.toLocaleString('en-US')],
        ['Individuals', scope.subjectCount.toLocaleString('en-US')],
      ]),
      scope.holderCount === 0 ? el('p', {}, 'Nobody still holds anything in this scope.') : button,
      table(
        `Holders${scope.holders.truncated ? ` (the first ${scope.holders.nodes.length} of ${scope.holders.totalCount})` : ''}`,
        ['Holder', 'Records', 'Individuals', 'Categories', 'Access grants to cut'],
        scope.holders.nodes.map((holder) => [
          `${holder.party.name} (${holder.party.id})`,
          holder.recordCount.toLocaleString('en-US'),
          holder.subjectCount.toLocaleString('en-US'),
          holder.categories.map(words).join(', '),
          holder.accessGrantsToCut.length === 0
            ? 'none'
            : holder.accessGrantsToCut
                .map((grant) => `${grant.dataset} ${intervalText(grant)} (${grant.id})`)
                .join('; '),
        ]),
      ),
    ];
  });
}
