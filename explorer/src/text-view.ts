/**
 * The graph in words, for screen readers, keyboards and anyone who would rather read: each
 * chain to an immigration agent as an ordered list of its hops in time order, every
 * disclosure in a table, every party with its immigration-agent intervals. Each item is a
 * button that selects it in the graph and opens its details.
 */
import { clear, el } from './dom.ts';
import { pathsToAgents } from './elements.ts';
import { agentText, countyDateTime, words } from './format.ts';
import type { Arrival, Disclosure, Picture } from './picture.ts';
import type { Target } from './target.ts';
import type { Visible } from './time-window.ts';

/** More rows than this are left to the exports: a table of 100,000 rows would freeze the page. */
export const LIST_LIMIT = 500;

function partyName(picture: Picture, id: string): string {
  return picture.parties.get(id)?.name ?? id;
}

export function hopText(picture: Picture, disclosure: Disclosure): string {
  const categories =
    disclosure.categories === null ? '' : ` [${disclosure.categories.map(words).join(', ') || 'no categories'}]`;
  const agreement =
    disclosure.agreementReference === null ? 'no agreement named' : `agreement ${disclosure.agreementReference}`;
  const agent = disclosure.recipientWasAgent ? ' (recipient was an IMMIGRATION AGENT then)' : '';
  return `${countyDateTime(disclosure.at)}: ${partyName(picture, disclosure.fromId)} → ${partyName(picture, disclosure.toId)}${agent}, "${disclosure.purpose}"${categories}, ${agreement}, disclosure ${disclosure.id}`;
}

function chainItem(picture: Picture, arrival: Arrival, select: (target: Target) => void): HTMLElement {
  const party = picture.parties.get(arrival.partyId);
  const how = !arrival.direct
    ? `indirectly, in ${arrival.hopIds.length} hops`
    : arrival.actingForId === null
      ? 'directly'
      : `directly, from county personnel acting for ${partyName(picture, arrival.actingForId)}, in ${arrival.hopIds.length} hops`;
  const status = party === undefined ? null : agentText(party.agentIntervals);
  const heading = `${arrival.recordId === null ? '' : `Record ${arrival.recordId} reached `}${party?.name ?? arrival.partyId} ${how} on ${countyDateTime(arrival.at)}`;
  const hops = arrival.hopIds.flatMap((id) => {
    const disclosure = picture.disclosures.get(id);
    if (disclosure === undefined) return [];
    const button = el('button', { type: 'button', class: 'link', 'aria-label': `Select disclosure ${id}` }, 'select');
    button.addEventListener('click', () => select({ kind: 'disclosure', disclosureId: id }));
    return [
      el('li', { 'data-disclosure-id': id, 'data-at': disclosure.at }, hopText(picture, disclosure), ' ', button),
    ];
  });
  return el(
    'li',
    { class: arrival.immigrationAgent ? 'chain to-agent' : 'chain', 'data-party-id': arrival.partyId },
    el('p', {}, el('strong', {}, arrival.immigrationAgent ? 'To an IMMIGRATION AGENT: ' : ''), heading),
    status === null ? null : el('p', { class: 'agent-status' }, `${party?.name ?? arrival.partyId}: ${status}`),
    el('ol', { class: 'hops' }, ...hops),
  );
}

export function renderTextView(
  root: HTMLElement,
  picture: Picture,
  visible: Visible,
  select: (target: Target) => void,
  loadMore: (moreId: string) => void,
): void {
  const paths = pathsToAgents(visible);
  const toAgents = visible.arrivals.filter((arrival) => arrival.immigrationAgent);
  const chains =
    visible.arrivals.length === 0
      ? null
      : el(
          'section',
          { 'aria-labelledby': 'chains-heading' },
          el(
            'h3',
            { id: 'chains-heading' },
            `Chains to immigration agents (${toAgents.length} of ${visible.arrivals.length} arrivals)`,
          ),
          toAgents.length === 0
            ? el('p', {}, 'No chain in this window reaches a party that was an immigration agent at the time.')
            : el(
                'ol',
                { class: 'chains' },
                ...toAgents.slice(0, LIST_LIMIT).map((arrival) => chainItem(picture, arrival, select)),
              ),
        );
  const disclosures = visible.disclosureIds.slice(0, LIST_LIMIT).flatMap((id) => {
    const disclosure = picture.disclosures.get(id);
    if (disclosure === undefined) return [];
    const path = paths.indirect.has(id)
      ? 'indirect path to an immigration agent'
      : paths.direct.has(id)
        ? 'direct to an immigration agent'
        : '';
    const button = el('button', { type: 'button', class: 'link' }, id);
    button.addEventListener('click', () => select({ kind: 'disclosure', disclosureId: id }));
    return [
      el(
        'tr',
        { 'data-disclosure-id': id },
        el('td', {}, button),
        el('td', {}, countyDateTime(disclosure.at)),
        el('td', {}, partyName(picture, disclosure.fromId)),
        el(
          'td',
          {},
          partyName(picture, disclosure.toId),
          disclosure.recipientWasAgent ? ' (IMMIGRATION AGENT then)' : '',
        ),
        el('td', {}, disclosure.purpose),
        el(
          'td',
          {},
          disclosure.categories === null ? 'not shown to this role' : disclosure.categories.map(words).join(', '),
        ),
        el('td', {}, disclosure.agreementReference ?? 'none named'),
        el('td', {}, [path, disclosure.retracted ? 'retracted' : ''].filter(Boolean).join('; ')),
      ),
    ];
  });
  const parties = visible.partyIds.slice(0, LIST_LIMIT).flatMap((id) => {
    const party = picture.parties.get(id);
    if (party === undefined) return [];
    const button = el('button', { type: 'button', class: 'link' }, party.name);
    button.addEventListener('click', () => select({ kind: 'party', partyId: id }));
    const status = agentText(party.agentIntervals);
    return [
      el('li', { 'data-party-id': id }, button, ` (${id}, ${words(party.kind)})`, status === null ? '' : `: ${status}`),
    ];
  });
  const cut = (shown: number, all: number) =>
    all > shown
      ? el('p', { class: 'cut' }, `The first ${shown} of ${all} are listed; the exports hold them all.`)
      : null;
  const pending =
    picture.more.length === 0
      ? null
      : el(
          'section',
          { 'aria-labelledby': 'more-heading' },
          el('h3', { id: 'more-heading' }, 'Not read yet'),
          el(
            'ul',
            { class: 'more' },
            ...picture.more.map((more) => {
              const count = more.remaining === null ? 'More' : more.remaining.toLocaleString('en-US');
              if (!more.loadable) return el('li', { 'data-more-id': more.id }, `${count} more ${more.what}`);
              const label =
                more.remaining === null
                  ? `Read the next page of ${more.what}`
                  : `Read the next page (${count} more ${more.what})`;
              const button = el('button', { type: 'button', class: 'link' }, label);
              button.addEventListener('click', () => loadMore(more.id));
              return el('li', { 'data-more-id': more.id }, button);
            }),
          ),
        );
  clear(
    root,
    pending,
    chains,
    el(
      'section',
      { 'aria-labelledby': 'disclosures-heading' },
      el('h3', { id: 'disclosures-heading' }, `Disclosures in time order (${visible.disclosureIds.length})`),
      el(
        'table',
        { class: 'disclosures' },
        el('caption', {}, 'Every disclosure in the window, oldest first'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Disclosure', 'When (county time)', 'From', 'To', 'Purpose', 'Categories', 'Agreement', 'Path'].map(
              (name) => el('th', { scope: 'col' }, name),
            ),
          ),
        ),
        el('tbody', {}, ...disclosures),
      ),
      cut(disclosures.length, visible.disclosureIds.length),
    ),
    el(
      'section',
      { 'aria-labelledby': 'parties-heading' },
      el('h3', { id: 'parties-heading' }, `Parties (${visible.partyIds.length})`),
      el('ul', { class: 'parties' }, ...parties),
      cut(parties.length, visible.partyIds.length),
    ),
  );
}
