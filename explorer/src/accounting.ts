/**
 * One person's accounting of disclosures (AUDITOR only): a line per recipient, with how the
 * records reached it and the chain of its first arrival.
 *
 * The service's line says DIRECT when county personnel disclosed to the recipient at least
 * once, and gives the chain of the first arrival only for a recipient reached indirectly
 * (`chain` is null for a direct one). A recipient reached first through a third party and
 * later straight from an agency is DIRECT with no chain: its first arrival was not direct.
 * For such a line the explorer asks `trace` for the recipient's arrivals in the same window
 * and shows the earliest, with its own kind and hops.
 */
import { breakable, clear, el } from './dom.ts';
import { PANEL_WIDTH_EVENT } from './splitter.ts';
import { countyDateTime, plural, words } from './format.ts';
import type { ExplorerAccountingQuery, ExplorerFirstArrivalsQuery, HopFieldsFragment } from './generated/graphql.ts';
import { addHop, emptyPicture, type Picture } from './picture.ts';
import { FirstArrivals, SubjectAccounting } from './queries/views.ts';
import { hopText } from './text-view.ts';
import { run, windowLine, type ViewContext } from './views.ts';

/** Arrivals read a page at a time, and at most this many pages for one recipient. */
const ARRIVALS_PAGE = 100;
const ARRIVAL_PAGES = 5;
/** Recipients whose first arrival is read at once. */
const AT_ONCE = 3;

type Entry = ExplorerAccountingQuery['accounting']['entries'][number];
type ArrivalLike = { at: string; kind: string; hopCount: number; chain: HopFieldsFragment[] };

/** The first of a recipient's arrivals: the earliest, and at one instant the one of fewest hops. */
export function firstArrival<T extends { at: string; hopCount: number }>(arrivals: readonly T[]): T | null {
  let first: T | null = null;
  for (const arrival of arrivals) {
    const at = Date.parse(arrival.at);
    if (
      first === null ||
      at < Date.parse(first.at) ||
      (at === Date.parse(first.at) && arrival.hopCount < first.hopCount)
    )
      first = arrival;
  }
  return first;
}

/** How the line's recipient was reached, in words that say what DIRECT means (the caption says it in full). */
export function howText(kind: string): string {
  return kind === 'DIRECT' ? 'direct, at least once' : 'indirect only';
}

function chainCell(picture: Picture, arrival: ArrivalLike): HTMLElement[] {
  for (const hop of arrival.chain) addHop(picture, hop);
  const how = arrival.kind === 'DIRECT' ? 'directly' : 'indirectly';
  const hops = arrival.chain.flatMap((hop) => {
    const disclosure = picture.disclosures.get(hop.disclosure.id);
    return disclosure === undefined
      ? []
      : [el('li', { 'data-disclosure-id': disclosure.id }, hopText(picture, disclosure))];
  });
  return [
    el(
      'p',
      { class: 'first-arrival' },
      `${countyDateTime(arrival.at)}, ${how}, in ${plural(arrival.chain.length, 'hop')}:`,
    ),
    el('ol', {}, ...hops),
  ];
}

/** Reads a directly reached recipient's arrivals in the window and fills its cell with the first. */
async function fillFirstArrival(
  cell: HTMLElement,
  entry: Entry,
  subjectKey: string,
  window: { from: string | null; until: string | null },
  picture: Picture,
  context: ViewContext,
): Promise<void> {
  try {
    const arrivals: ArrivalLike[] = [];
    let after: string | null = null;
    for (let page = 0; page < ARRIVAL_PAGES; page += 1) {
      const answer: ExplorerFirstArrivalsQuery = await context.client(FirstArrivals, {
        subjectKey,
        partyId: entry.recipient.id,
        ...window,
        first: ARRIVALS_PAGE,
        after,
      });
      const { trace } = answer;
      arrivals.push(...trace.nodes);
      if (!trace.pageInfo.hasNextPage) break;
      after = trace.pageInfo.endCursor;
    }
    const first = firstArrival(arrivals);
    if (first === null) return clear(cell, 'the service traced no arrival here');
    clear(cell, ...chainCell(picture, first));
  } catch (error) {
    clear(cell, context.failed(error));
  }
}

/** One person's accounting of disclosures; the line of the selected party, if any, is marked. */
export function accountingView(
  container: HTMLElement,
  subjectKey: string,
  selectedPartyId: string | null,
  context: ViewContext,
): Promise<void> {
  const window = context.window();
  return run(container, context, 'Reading the accounting…', async () => {
    const { accounting } = await context.client(SubjectAccounting, { subjectKey, ...window });
    const picture = emptyPicture({ kind: 'subject', subjectKey }, '');
    const pending: Array<() => Promise<void>> = [];
    const rows = accounting.entries.map((entry) => {
      const chain = el('td', { class: 'chain' });
      if (entry.chain !== null && entry.chain !== undefined && entry.chain.length > 0) {
        const hops = entry.chain;
        clear(
          chain,
          ...chainCell(picture, { at: entry.firstAt, kind: entry.kind, hopCount: hops.length, chain: hops }),
        );
      } else {
        clear(chain, el('p', {}, 'Reading its first arrival…'));
        pending.push(() => fillFirstArrival(chain, entry, subjectKey, window, picture, context));
      }
      return el(
        'tr',
        { class: entry.recipient.id === selectedPartyId ? 'selected' : null, 'data-party-id': entry.recipient.id },
        el('td', {}, entry.recipient.name, entry.immigrationAgent ? ' (IMMIGRATION AGENT then)' : ''),
        el('td', {}, howText(entry.kind)),
        el(
          'td',
          {},
          el('span', { class: 'instant' }, countyDateTime(entry.firstAt)),
          ' – ',
          el('span', { class: 'instant' }, countyDateTime(entry.lastAt)),
        ),
        el('td', {}, entry.count.toLocaleString('en-US')),
        el('td', {}, entry.categories.map(words).join(', ')),
        el('td', {}, ...breakable(entry.purposes.join('; '))),
        el('td', {}, entry.legalBases.map(words).join(', ')),
        chain,
      );
    });
    // A few at a time: a person reached many parties directly would otherwise send all at once.
    void (async () => {
      for (let start = 0; start < pending.length; start += AT_ONCE) {
        await Promise.all(pending.slice(start, start + AT_ONCE).map((read) => read()));
      }
    })();
    const table = el(
      'table',
      { class: 'accounting' },
      el('caption', {}, `Accounting of disclosures: ${plural(accounting.entries.length, 'recipient')}`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[
            'Recipient',
            'How',
            'First – last',
            'Disclosures',
            'Categories',
            'Purposes',
            'Legal bases',
            'Chain of first arrival',
          ].map((name) => el('th', { scope: 'col' }, name)),
        ),
      ),
      el('tbody', {}, ...rows),
    );
    const scroller = el('div', { class: 'table-scroll' }, table);
    // Eight columns want more room than the panel's default: one press gives it.
    const widen = el('button', { type: 'button', class: 'widen' }, 'Widen the panel to show the whole table');
    widen.addEventListener('click', () =>
      widen.dispatchEvent(new CustomEvent(PANEL_WIDTH_EVENT, { detail: scroller.scrollWidth + 48, bubbles: true })),
    );
    return [
      windowLine(window),
      el(
        'p',
        { class: 'help' },
        'How: "direct, at least once" when county personnel (an agency, or its employee, agent or contractor) disclosed to the recipient at least once; "indirect only" when only third parties did. The chain is that of its first arrival, whichever way that came.',
      ),
      widen,
      scroller,
    ];
  });
}
