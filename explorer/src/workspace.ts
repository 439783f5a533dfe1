/**
 * The explorer once signed in: the search, the graph, the time window, the side panel, the
 * text view and the exports, kept in step around one loaded answer and one selection.
 */
import { ApiError, type Client } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { graphElements } from './elements.ts';
import { DIRECTION_WORDS, GraphView } from './graph.ts';
import { LanesView, LANES_KEY_HELP } from './lanes-view.ts';
import { attachSplitter } from './splitter.ts';
import { load, type Loaded } from './load.ts';
import { deletionScopePicture } from './scope-picture.ts';
import { Panel, type TabId } from './panel.ts';
import type { Selection } from './picture.ts';
import { lookUp, planSearch, type SearchKind } from './search.ts';
import type { Session } from './session.ts';
import { TimeSlider } from './slider.ts';
import type { Target } from './target.ts';
import { renderTextView } from './text-view.ts';
import { OPEN_WINDOW, timeline, visibleIn, windowArguments, type TimeWindow } from './time-window.ts';
import { attachExports } from './exports.ts';
import { renderDetails, tabsFor } from './focus.ts';
import type { WorkspaceSurface } from './surface.ts';

/** The attribute that says the first chain of an answer is on screen: its value is milliseconds since the search. */
export const FIRST_CHAIN_ATTRIBUTE = 'data-first-chain-drawn';
export const FIRST_CHAIN_MARK = 'first-chain';

/** What a failure says to the person: the API's message with its code, or the error's own. */
function messageOf(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

export class Workspace implements WorkspaceSurface {
  readonly session: Session;
  readonly client: Client;
  readonly main = byId<HTMLElement>('explorer');
  readonly graph: GraphView;
  readonly panel: Panel;
  readonly slider: TimeSlider;
  readonly lanes: LanesView;
  loaded: Loaded | null = null;
  window: TimeWindow = OPEN_WINDOW;
  selected: Target = { kind: 'none' };
  /** Which drawing is shown: the graph or the time lanes. */
  view: 'graph' | 'lanes' = 'graph';
  private searchStarted = 0;
  private chainDrawn = false;

  constructor(session: Session, client: Client) {
    this.session = session;
    this.client = client;
    this.graph = new GraphView(byId('graph'), {
      select: (target) => this.select(target, false),
      activate: (target) => void this.activate(target),
      announce: (text) => (byId('announcer').textContent = text),
      zoom: (how) => this.zoom(how),
      viewed: ({ direction, allInView, around }) => {
        byId('graph').setAttribute(
          'aria-label',
          `Parties and the disclosures between them, ${DIRECTION_WORDS[direction]}`,
        );
        byId('graph-note').textContent = allInView
          ? `All of it is in view, ${DIRECTION_WORDS[direction]}.`
          : `Shown ${around === null ? 'from its beginning' : `around ${around}`} at a readable size, ${DIRECTION_WORDS[direction]}: drag, or move with the arrow keys, to see the rest; Zoom out shows more, smaller.`;
      },
    });
    this.lanes = new LanesView(byId('lanes'), {
      select: (target) => {
        this.select(target, false);
        this.graph.select(target);
      },
      announce: (text) => (byId('announcer').textContent = text),
    });
    byId('lanes-help').textContent = LANES_KEY_HELP;
    this.attachViewSwitch();
    attachSplitter(byId('splitter'), byId('stage'), byId('panel'));
    for (const [id, how] of [
      ['zoom-in', 'in'],
      ['zoom-out', 'out'],
      ['zoom-fit', 'fit'],
    ] as const) {
      byId(id).addEventListener('click', () => this.zoom(how));
    }
    this.panel = new Panel(byId('panel'), (tab) => this.renderPanel(tab));
    this.slider = new TimeSlider(byId('window'), (window) => {
      this.window = window;
      void this.redraw();
    });
    attachExports(byId('exports'), this);
    const form = byId<HTMLFormElement>('search');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      void this.search(String(data.get('text') ?? ''), String(data.get('kind') ?? 'any') as SearchKind);
    });
  }

  status(text: string, state: string): void {
    this.main.dataset.state = state;
    byId('status').textContent = text;
  }

  fail(error: unknown): void {
    byId('error').textContent = messageOf(error);
    this.status('', 'error');
  }

  failedElement(error: unknown): HTMLElement {
    return el('p', { class: 'error', role: 'alert' }, messageOf(error));
  }

  /** Takes the previous answer off the page: a new search never leaves it under the new matches. */
  private clearResults(): void {
    this.loaded = null;
    this.selected = { kind: 'none' };
    byId('results').hidden = true;
    byId('picture-title').textContent = '';
    delete this.main.dataset.drawn;
  }

  async search(text: string, kind: SearchKind): Promise<void> {
    byId('error').textContent = '';
    clear(byId('matches'));
    this.clearResults();
    const plan = planSearch(text, kind, this.session.mode);
    if ('refuse' in plan) return this.fail(new Error(plan.refuse));
    if ('open' in plan) return this.open(plan.open);
    this.status('Searching…', 'loading');
    try {
      const matches = await lookUp(this.client, plan, kind, this.session.mode);
      if (matches.length === 1 && matches[0] !== undefined) return this.open(matches[0].selection);
      this.status(
        matches.length === 0 ? `Nothing matches "${plan.lookup}".` : `${matches.length} matches: choose one.`,
        'matches',
      );
      clear(
        byId('matches'),
        ...matches.map((match) => {
          const button = el('button', { type: 'button', class: 'link' }, match.label);
          button.addEventListener('click', () => void this.open(match.selection));
          return el('li', {}, button);
        }),
      );
    } catch (error) {
      this.fail(error);
    }
  }

  async open(selection: Selection): Promise<void> {
    this.searchStarted = performance.now();
    this.chainDrawn = false;
    this.main.removeAttribute(FIRST_CHAIN_ATTRIBUTE);
    performance.clearMarks(FIRST_CHAIN_MARK);
    clear(byId('matches'));
    byId('error').textContent = '';
    this.status('Reading from the service…', 'loading');
    try {
      this.show(await load(this.client, selection, this.session.mode));
    } catch (error) {
      this.fail(error);
    }
  }

  /** Draws the chains of a deletion scope in place of the current answer. */
  async drawScope(of: { disclosureId: string } | { partyId: string; since: string }, title: string): Promise<void> {
    this.status('Reading the deletion scope…', 'loading');
    try {
      this.show(await deletionScopePicture(this.client, of, title));
    } catch (error) {
      this.fail(error);
    }
  }

  private show(loaded: Loaded): void {
    this.loaded = loaded;
    this.window = OPEN_WINDOW;
    this.selected = { kind: 'none' };
    byId('picture-title').textContent = loaded.picture.title;
    byId('results').hidden = false;
    this.slider.setSteps(timeline(loaded.picture), null);
    this.window = this.slider.read();
    void this.redraw();
    this.panel.show('details');
  }

  /** The graph and time-lanes tabs (WAI-ARIA tabs: Left and Right move between them). */
  private attachViewSwitch(): void {
    const tabs = { graph: byId('view-graph'), lanes: byId('view-lanes') } as const;
    const show = (view: 'graph' | 'lanes', focus: boolean) => {
      this.view = view;
      for (const [name, tab] of Object.entries(tabs)) {
        const on = name === view;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
      }
      byId('graph-view').hidden = view !== 'graph';
      byId('lanes-view').hidden = view !== 'lanes';
      this.main.dataset.view = view;
      if (focus) tabs[view].focus();
      if (view === 'lanes') this.drawLanes();
      else {
        // Laid out while hidden, the graph is fitted once it has its size again.
        this.graph.cy.resize();
        this.graph.fitReadable(true);
      }
    };
    tabs.graph.addEventListener('click', () => show('graph', false));
    tabs.lanes.addEventListener('click', () => show('lanes', false));
    byId('view-switch').addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      show(this.view === 'graph' ? 'lanes' : 'graph', true);
    });
  }

  private drawLanes(): void {
    if (this.loaded === null) return;
    const { picture } = this.loaded;
    this.lanes.render(picture, visibleIn(picture, this.window), this.window);
    this.lanes.select(this.selected);
  }

  async redraw(): Promise<void> {
    if (this.loaded === null) return;
    const { picture } = this.loaded;
    const visible = visibleIn(picture, this.window);
    if (this.view === 'lanes') this.drawLanes();
    const drawn = graphElements(picture, visible);
    renderTextView(
      byId('text-view'),
      picture,
      visible,
      (target) => this.select(target, true),
      (moreId) => void this.activate({ kind: 'more', moreId }),
    );
    await this.graph.draw(drawn.elements);
    const edges = drawn.elements.filter(
      (element) => element.group === 'edges' && !element.classes.includes('more'),
    ).length;
    const cut = drawn.notDrawn.disclosures > 0 ? `, ${drawn.notDrawn.disclosures} more not drawn` : '';
    const pending = picture.more.length > 0 ? '; more pages can be read' : '';
    this.status(
      `${visible.partyIds.length} parties and ${visible.disclosureIds.length} disclosures in the window${cut}${pending}.`,
      'drawn',
    );
    this.main.dataset.drawn = edges > 0 ? 'chains' : 'empty';
    if (edges > 0 && !this.chainDrawn) {
      this.chainDrawn = true;
      // Once the frame that paints the layout has run.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      performance.mark(FIRST_CHAIN_MARK);
      this.main.setAttribute(FIRST_CHAIN_ATTRIBUTE, String(Math.round(performance.now() - this.searchStarted)));
    }
    this.graph.select(this.selected);
  }

  select(target: Target, fromList: boolean): void {
    this.selected = target;
    this.lanes.select(target);
    if (fromList) {
      this.graph.select(target);
      byId(this.view === 'lanes' ? 'lanes' : 'graph').focus();
    }
    this.renderPanel(target.kind === 'none' ? 'details' : this.panel.tab);
  }

  private async activate(target: Target): Promise<void> {
    if (target.kind !== 'more') return this.select(target, false);
    const next = this.loaded?.next.get(target.moreId);
    if (next === undefined) return;
    this.loaded?.next.delete(target.moreId);
    this.status('Reading the next page…', 'loading');
    try {
      await next();
      if (this.loaded !== null) this.slider.setSteps(timeline(this.loaded.picture), this.window);
      this.window = this.slider.read();
      await this.redraw();
    } catch (error) {
      this.fail(error);
    }
  }

  zoom(how: 'in' | 'out' | 'fit'): void {
    if (how === 'fit') this.graph.fitAll();
    else this.graph.zoomBy(how === 'in' ? 1.25 : 0.8);
  }

  windowArguments(): { from: string | null; until: string | null } {
    return windowArguments(this.window);
  }

  /** Offers the tabs that apply to what is selected, then renders `tab` (the details when it does not apply). */
  renderPanel(tab: TabId): void {
    this.panel.offer(tabsFor(this));
    if (this.panel.tab !== tab) return this.panel.show(tab);
    renderDetails(this, tab);
  }
}
