/**
 * What the side panel shows for what is selected (or, with nothing selected, for what was
 * searched), tab by tab, and why a view does not apply when it does not.
 */
import { disclosureDetails, partyDetails, type DetailContext } from './details.ts';
import { clear, el, facts } from './dom.ts';
import { applicableTabs, type TabFocus, type TabId } from './tabs.ts';
import type { Picture } from './picture.ts';
import { hopText } from './text-view.ts';
import { accountingView } from './accounting.ts';
import { deletionScopeView, downstreamView, upstreamView, type ViewContext } from './views.ts';
import type { WorkspaceSurface } from './surface.ts';

type Focus =
  | { kind: 'party'; partyId: string }
  | { kind: 'disclosure'; disclosureId: string }
  | { kind: 'bundle'; disclosureIds: string[] }
  | { kind: 'root' };

function focusOf(workspace: WorkspaceSurface): Focus {
  const selected = workspace.selected;
  if (selected.kind === 'party' || selected.kind === 'disclosure' || selected.kind === 'bundle') return selected;
  const root = workspace.loaded?.picture.selection;
  if (root?.kind === 'party') return { kind: 'party', partyId: root.partyId };
  if (root?.kind === 'disclosure') return { kind: 'disclosure', disclosureId: root.disclosureId };
  return { kind: 'root' };
}

/** The tabs that apply to what is selected, for the role (tabs.ts). */
export function tabsFor(workspace: WorkspaceSurface): TabId[] {
  const loaded = workspace.loaded;
  if (loaded === null) return ['details'];
  const focus = focusOf(workspace);
  const party = focus.kind === 'party' ? loaded.picture.parties.get(focus.partyId) : undefined;
  // A party the answer does not describe is taken for an agency: no deletion scope is offered for it.
  const tabFocus: TabFocus =
    focus.kind === 'party'
      ? { kind: 'party', agency: party?.kind !== undefined ? party.kind === 'COUNTY_AGENCY' : true }
      : focus.kind === 'disclosure'
        ? { kind: 'disclosure' }
        : focus.kind === 'bundle'
          ? { kind: 'bundle' }
          : { kind: 'root' };
  return applicableTabs(tabFocus, workspace.session.mode, subjectKeyOf(loaded.picture) !== null);
}

/** The person an accounting is about: the one searched, or the one whose record was. */
export function subjectKeyOf(picture: Picture): string | null {
  if (picture.selection.kind === 'subject') return picture.selection.subjectKey;
  if (picture.selection.kind !== 'record') return null;
  return [...picture.answered.arrivals.values()][0]?.subjectKey ?? null;
}

/** The earliest disclosure read: where a window left open starts for the queries that need a start. */
function earliest(picture: Picture): string | null {
  const times = [...picture.disclosures.values()]
    .map((disclosure) => disclosure.at)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
}

function summary(picture: Picture): HTMLElement[] {
  const atAgents = picture.arrivals.filter((arrival) => arrival.immigrationAgent);
  return [
    el('h3', {}, picture.title),
    facts([
      ['Parties', picture.parties.size.toLocaleString('en-US')],
      ['Disclosures read', picture.disclosures.size.toLocaleString('en-US')],
      ['Arrivals', picture.arrivals.length === 0 ? null : picture.arrivals.length.toLocaleString('en-US')],
      [
        'Arrivals at immigration agents',
        picture.arrivals.length === 0 ? null : atAgents.length.toLocaleString('en-US'),
      ],
      [
        'Indirect',
        picture.arrivals.length === 0
          ? null
          : atAgents.filter((arrival) => !arrival.direct).length.toLocaleString('en-US'),
      ],
    ]),
    el(
      'p',
      {},
      'Select a party or a disclosure, in the graph or in the list below it, for its details and views: Upstream for a party, Downstream for a party or a disclosure',
      picture.selection.kind === 'subject' || picture.selection.kind === 'record'
        ? "; this answer is one person's, so its Accounting is offered to an AUDITOR."
        : '.',
    ),
  ];
}

/** The disclosures one bundled edge stands for, each a button to its own details. */
function bundle(picture: Picture, ids: readonly string[], workspace: WorkspaceSurface): HTMLElement[] {
  return [
    el('h3', {}, `${ids.length.toLocaleString('en-US')} disclosures between the same two parties`),
    el(
      'ol',
      { class: 'bundle' },
      ...ids.map((id) => {
        const disclosure = picture.disclosures.get(id);
        const button = el('button', { type: 'button', class: 'link' }, disclosure ? hopText(picture, disclosure) : id);
        button.addEventListener('click', () => workspace.select({ kind: 'disclosure', disclosureId: id }, true));
        return el('li', { 'data-disclosure-id': id }, button);
      }),
    ),
  ];
}

export function renderDetails(workspace: WorkspaceSurface, tab: TabId): void {
  const loaded = workspace.loaded;
  const body = workspace.panel.fresh();
  if (loaded === null) return workspace.panel.explain('Search first: the views are of what you find.');
  const picture = loaded.picture;
  const focus = focusOf(workspace);
  const auditor = workspace.session.mode === 'AUDITOR';
  const failed = (error: unknown) => workspace.failedElement(error);
  const viewContext: ViewContext = { client: workspace.client, window: () => workspace.windowArguments(), failed };
  const detailContext: DetailContext = {
    client: workspace.client,
    mode: workspace.session.mode,
    picture,
    failed,
    findingsWindow: () => {
      const window = workspace.windowArguments();
      return {
        from: window.from ?? earliest(picture) ?? '2000-01-01T00:00:00Z',
        until: window.until ?? new Date().toISOString(),
      };
    },
  };
  switch (tab) {
    case 'details':
      if (focus.kind === 'party') return void partyDetails(body, focus.partyId, detailContext);
      if (focus.kind === 'disclosure') return void disclosureDetails(body, focus.disclosureId, detailContext);
      if (focus.kind === 'bundle') return clear(body, ...bundle(picture, focus.disclosureIds, workspace));
      return clear(body, ...summary(picture));
    case 'upstream':
      if (focus.kind !== 'party')
        return workspace.panel.explain('Upstream is counted for a party: select one in the graph or the list.');
      return void upstreamView(body, focus.partyId, viewContext);
    case 'downstream':
      if (focus.kind === 'root') {
        return workspace.panel.explain(
          "The chains drawn are where this person's or record's information went: select a party or a disclosure for its downstream.",
        );
      }
      if (focus.kind === 'bundle') {
        return workspace.panel.explain('Select one disclosure of the bundle (Details lists them) for its downstream.');
      }
      return void downstreamView(body, focus, viewContext);
    case 'accounting': {
      if (!auditor)
        return workspace.panel.explain("An accounting names one person's records: only an AUDITOR may read it.");
      const subjectKey = subjectKeyOf(picture);
      if (subjectKey === null)
        return workspace.panel.explain("An accounting is one person's: search a subject key or a record id.");
      return void accountingView(body, subjectKey, focus.kind === 'party' ? focus.partyId : null, viewContext);
    }
    case 'deletion': {
      if (!auditor)
        return workspace.panel.explain(
          'A deletion scope lists the records each holder must delete: only an AUDITOR may read it.',
        );
      if (focus.kind === 'disclosure') {
        const of = { disclosureId: focus.disclosureId };
        return void deletionScopeView(
          body,
          of,
          viewContext,
          () => void workspace.drawScope(of, `Deletion scope of disclosure ${focus.disclosureId}`),
        );
      }
      const party = focus.kind === 'party' ? picture.parties.get(focus.partyId) : undefined;
      if (party === undefined)
        return workspace.panel.explain(
          'A deletion scope starts from a disclosure or a third party found in violation: select one.',
        );
      if (party.kind === 'COUNTY_AGENCY')
        return workspace.panel.explain(
          `${party.name} is a county agency: a deletion scope starts from a third party found in violation (Sec. 46-37(h)).`,
        );
      const since = workspace.windowArguments().from ?? earliest(picture) ?? '2000-01-01T00:00:00Z';
      const of = { partyId: party.id, since };
      return void deletionScopeView(
        body,
        of,
        viewContext,
        () => void workspace.drawScope(of, `Deletion scope of ${party.name} since ${since}`),
      );
    }
  }
}
