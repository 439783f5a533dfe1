/**
 * One person's accounting of disclosures (AUDITOR only): a line per recipient, with how the
 * records reached it and the chain of its first arrival.
 *
 * The service's line says DIRECT when county personnel disclosed to the recipient at least
 * once. Its first arrival comes with it, direct or not: a recipient reached first through a
 * third party and later straight from an agency is DIRECT, and its first arrival shows the
 * third party.
 */
import { breakable, el } from './dom.ts';
import { PANEL_WIDTH_EVENT } from './splitter.ts';
import { countyDateTime, plural, words } from './format.ts';
import type { ExplorerAccountingQuery } from './generated/graphql.ts';
import { addHop, emptyPicture, type Picture } from './picture.ts';
import { SubjectAccounting } from './queries/views.ts';
import { hopText } from './text-view.ts';
import { run, windowLine, type ViewContext } from './views.ts';

/** A line's first arrival, as the accounting gives it. */
type FirstArrival = ExplorerAccountingQuery['accounting']['entries'][number]['firstArrival'];

/** How the line's recipient was reached, in words that say what DIRECT means (the caption says it in full). */
export function howText(kind: string): string {
  return kind === 'DIRECT' ? 'direct, at least once' : 'indirect only';
}

function chainCell(picture: Picture, arrival: FirstArrival): HTMLElement[] {
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
      `${countyDateTime(arrival.at)}, ${how}, in ${plural(arrival.hopCount, 'hop')}:`,
    ),
    el('ol', {}, ...hops),
  ];
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
    const rows = accounting.entries.map((entry) => {
      const chain = el('td', { class: 'chain' }, ...chainCell(picture, entry.firstArrival));
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
