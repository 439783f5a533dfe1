/**
 * The details of what is selected: a party (who it is, when it was an immigration agent and
 * why, its affiliations and agreements, its findings in the window) or a disclosure (what it
 * says, its agreement, its findings, and for an AUDITOR the categories it carried).
 */
import type { Client } from './api.ts';
import { clear, el, facts } from './dom.ts';
import { agentText, countyDateTime, intervalText, readableFinding, subsectionText, words } from './format.ts';
import type { AgreementFieldsFragment, FindingFieldsFragment } from './generated/graphql.ts';
import type { Picture } from './picture.ts';
import { DisclosureCarried, DisclosureDetail, PartyDetail } from './queries/party.ts';
import { PartyFindings } from './queries/views.ts';
import type { Mode } from './session.ts';

export type DetailContext = {
  client: Client;
  mode: Mode;
  picture: Picture;
  /** The window for findings: [from, until) as ISO instants. */
  findingsWindow: () => { from: string; until: string };
  /** Shows a failure in the panel itself. */
  failed: (error: unknown) => HTMLElement;
};

export function agreementView(agreement: AgreementFieldsFragment): HTMLElement {
  const yes = (value: boolean) => (value ? 'yes' : 'no');
  return el(
    'section',
    { class: 'agreement', 'data-agreement-id': agreement.id },
    el('h4', {}, `Agreement ${agreement.id}, version ${agreement.version}`),
    facts([
      ['Between', `${agreement.agency.name} and ${agreement.thirdParty.name}`],
      ['In force', intervalText({ from: agreement.from, until: agreement.until })],
      ['Signed', countyDateTime(agreement.signedAt)],
      [
        'Purposes',
        [...agreement.purposes.map(words), agreement.purposeText].filter(Boolean).join('; ') || 'none named',
      ],
      ['(f)(i) prohibits disclosure to immigration agents', yes(agreement.prohibitsImmigrationDisclosure)],
      ['(f)(i) prohibits use for immigration enforcement', yes(agreement.prohibitsImmigrationUse)],
      [
        '(f)(iii) redisclosure',
        agreement.permitsRedisclosure
          ? `permitted${agreement.redisclosureTo.length > 0 ? ` to ${agreement.redisclosureTo.map((party) => party.name).join(', ')}` : ' to anyone'}`
          : 'not permitted',
      ],
      ['(f)(iii) recipients must certify', yes(agreement.requiresRecipientCertification)],
      [
        '(f)(v) certified by',
        agreement.certifiedBy === null
          ? 'nobody'
          : `${agreement.certifiedBy}${agreement.certifierTitle === null ? '' : `, ${agreement.certifierTitle}`}${agreement.certifiedByChiefExecutive ? ' (chief executive)' : ''}`,
      ],
      ['(g) public', yes(agreement.public)],
      ['Signed document (SHA-256)', el('code', {}, agreement.documentSha256)],
    ]),
  );
}

/**
 * Findings as the rest of the page writes things: the parties by name and instants in county
 * time (the service's explanations name parties by id and give ISO instants), each with the
 * time it concerns.
 */
export function findingsView(
  findings: readonly FindingFieldsFragment[],
  empty: string,
  picture: Picture | null = null,
): HTMLElement {
  if (findings.length === 0) return el('p', {}, empty);
  const names = new Map([...(picture?.parties.values() ?? [])].map((party) => [party.id, party.name]));
  for (const finding of findings) for (const party of finding.parties) names.set(party.id, party.name);
  const when = (finding: FindingFieldsFragment) =>
    finding.from === finding.until
      ? countyDateTime(finding.from)
      : `${countyDateTime(finding.from)} until ${countyDateTime(finding.until)}`;
  return el(
    'ul',
    { class: 'findings' },
    ...findings.map((finding) =>
      el(
        'li',
        { 'data-finding-id': finding.id },
        el('strong', {}, `${subsectionText(finding.subsection)} ${words(finding.severity)}: `),
        readableFinding(finding.explanation, names),
        el('span', { class: 'finding-when' }, ` (${when(finding)})`),
      ),
    ),
  );
}

export async function partyDetails(container: HTMLElement, partyId: string, context: DetailContext): Promise<void> {
  clear(container, el('p', {}, 'Reading the party…'));
  try {
    const { party } = await context.client(PartyDetail, { id: partyId });
    if (party === null) return clear(container, el('p', {}, `No party has the id ${partyId}.`));
    const status = agentText(party.immigrationAgentIntervals);
    const findings = el('div', {});
    const button = el('button', { type: 'button' }, 'Read its findings in the time window');
    button.addEventListener('click', () => void partyFindings(findings, partyId, context));
    clear(
      container,
      el('h3', {}, party.name),
      facts([
        ['Id', party.id],
        ['Kind', `${words(party.kind)}${party.isThirdParty ? ' (a third party)' : ' (a county agency)'}`],
        ['Immigration agent', status ?? 'never, as the registry stands'],
        [
          'Enforces immigration law itself',
          party.enforcesImmigrationLaw.length === 0
            ? null
            : party.enforcesImmigrationLaw.map((i) => `${intervalText(i)} (${i.basis})`).join('; '),
        ],
        [
          'Affiliations',
          party.affiliations.length === 0
            ? null
            : el(
                'ul',
                {},
                ...party.affiliations.map((a) =>
                  el(
                    'li',
                    {},
                    `${a.fromParty.name} ${words(a.kind)} ${a.toParty.name}, ${intervalText(a)}${a.reference === null ? '' : ` (${a.reference})`}`,
                  ),
                ),
              ),
        ],
      ]),
      el('h4', {}, `Agreements (${party.agreements.length})`),
      party.agreements.length === 0 ? el('p', {}, 'No written agreement is recorded for this party.') : null,
      ...party.agreements.map(agreementView),
      el('h4', {}, 'Findings'),
      button,
      findings,
    );
  } catch (error) {
    clear(container, context.failed(error));
  }
}

async function partyFindings(container: HTMLElement, partyId: string, context: DetailContext): Promise<void> {
  const window = context.findingsWindow();
  clear(container, el('p', {}, 'Evaluating every rule of Sec. 46-37 for this party…'));
  try {
    const { party } = await context.client(PartyFindings, { id: partyId, ...window });
    const findings = party?.findings ?? [];
    clear(
      container,
      el('p', {}, `From ${countyDateTime(window.from)} until ${countyDateTime(window.until)}:`),
      findingsView(findings, 'No finding names this party in the window.', context.picture),
    );
  } catch (error) {
    clear(container, context.failed(error));
  }
}

export async function disclosureDetails(
  container: HTMLElement,
  disclosureId: string,
  context: DetailContext,
): Promise<void> {
  clear(container, el('p', {}, 'Reading the disclosure…'));
  try {
    const [{ disclosure }, carried] = await Promise.all([
      context.client(DisclosureDetail, { id: disclosureId }),
      context.mode === 'AUDITOR' ? context.client(DisclosureCarried, { id: disclosureId }) : null,
    ]);
    if (disclosure === null) return clear(container, el('p', {}, `No disclosure has the id ${disclosureId}.`));
    const shown = context.picture.disclosures.get(disclosureId);
    const records = carried?.disclosure?.records;
    const categories =
      records !== undefined
        ? `${[...new Set(records.nodes.flatMap((record) => record.categories))].sort().map(words).join(', ')}${records.pageInfo.hasNextPage ? ' (of its first 100 records)' : ''}`
        : shown?.categories
          ? shown.categories.map(words).join(', ')
          : 'not shown to this role';
    clear(
      container,
      el('h3', {}, `Disclosure ${disclosure.id}`),
      facts([
        ['When', countyDateTime(disclosure.at)],
        ['From', `${disclosure.from.name} (${disclosure.from.id})`],
        [
          'To',
          `${disclosure.to.name} (${disclosure.to.id})${shown?.recipientWasAgent ? ', an IMMIGRATION AGENT at that time' : ''}`,
        ],
        ['Purpose', disclosure.purpose],
        ['Categories', categories],
        ['Records carried', disclosure.recordCount.toLocaleString('en-US')],
        ['Channel', words(disclosure.channel)],
        ['Legal basis', words(disclosure.legalBasis)],
        ['Agreement named', disclosure.agreementReference ?? 'none'],
        ['Reported by', words(disclosure.reportedBy)],
        [
          'Sender held the records?',
          disclosure.holderUnknown ? 'not as far as the lineage shows (holder unknown)' : 'yes',
        ],
        [
          'Retracted',
          disclosure.retraction === null
            ? null
            : `${countyDateTime(disclosure.retraction.at)}: ${disclosure.retraction.reason}`,
        ],
      ]),
      el('h4', {}, 'Agreement in force'),
      disclosure.agreement === null
        ? el('p', {}, 'None: no agreement governs this disclosure.')
        : agreementView(disclosure.agreement),
      el('h4', {}, `Findings (${disclosure.findings.length})`),
      findingsView(
        disclosure.findings,
        'No finding of (e), (f)(ii) or (f)(iii) names this disclosure.',
        context.picture,
      ),
    );
  } catch (error) {
    clear(container, context.failed(error));
  }
}
