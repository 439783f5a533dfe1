/**
 * A page to print or save as PDF for a letter or a court filing: what was selected, by whom,
 * when and over which window, whether the answer is complete, the picture, every chain to an
 * immigration agent hop by hop and every disclosure. Screen controls are left out by the
 * print stylesheet.
 */
import { clear, el, facts } from './dom.ts';
import type { Evidence } from './evidence.ts';
import { countyDateTime, words } from './format.ts';

export function renderPrintView(container: HTMLElement, evidence: Evidence, svg: string, chains: HTMLElement): void {
  const picture = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const window = `${evidence.window.from === null ? 'the beginning' : countyDateTime(evidence.window.from)} until ${evidence.window.until === null ? 'now' : countyDateTime(evidence.window.until)}`;
  clear(
    container,
    el('h1', {}, `Disclosure evidence under Cook County Sec. 46-37: ${evidence.title}`),
    facts([
      ['Exported', `${countyDateTime(evidence.exportedAt)} (${evidence.exportedAt})`],
      ['By', `${evidence.exportedBy.role} acting for ${evidence.exportedBy.organisation}`],
      ['Window', window],
      [
        'Complete',
        evidence.complete
          ? 'yes: every page of the answer was read'
          : `no: not read: ${evidence.notLoaded.map((more) => `${more.remaining ?? 'some'} more ${more.what}`).join('; ')}`,
      ],
      ['Source', "the disclosure tracker's GraphQL API; the JSON export holds the answers as given"],
    ]),
    el(
      'figure',
      {},
      document.importNode(picture, true),
      el('figcaption', {}, 'The chains as drawn: time runs left to right.'),
    ),
    el('h2', {}, 'Chains'),
    chains,
    el('h2', {}, `Disclosures (${evidence.disclosures.length})`),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Disclosure', 'When', 'From', 'To', 'Purpose', 'Categories', 'Agreement', 'Legal basis'].map((name) =>
            el('th', { scope: 'col' }, name),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...evidence.disclosures.map((d) =>
          el(
            'tr',
            {},
            el('td', {}, d.id),
            el('td', {}, countyDateTime(d.at)),
            el('td', {}, d.from.name),
            el('td', {}, d.to.name, d.recipientWasImmigrationAgent ? ' (IMMIGRATION AGENT then)' : ''),
            el('td', {}, d.purpose),
            el('td', {}, d.categories === null ? '' : d.categories.map(words).join(', ')),
            el('td', {}, d.agreementReference ?? 'none named'),
            el('td', {}, words(d.legalBasis)),
          ),
        ),
      ),
    ),
    el('h2', {}, 'Immigration agents'),
    el(
      'ul',
      {},
      ...evidence.parties
        .filter((party) => party.immigrationAgentText !== null)
        .map((party) => el('li', {}, `${party.name} (${party.id}): ${party.immigrationAgentText}`)),
    ),
  );
}
