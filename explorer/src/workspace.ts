/**
 * The explorer once signed in: the search, the graph, the time window, the side panel, the
 * text view and the exports, kept in step around one loaded answer and one selection.
 */
import { ApiError, type Client } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { graphElements } from './elements.ts';
import { GraphView } from './graph.ts';
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
import { renderDetails } from './focus.ts';
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
  loaded: Loaded | null = null;
  window: TimeWindow = OPEN_WINDOW;
  selected: Target = { kind: 'none' };
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
    });
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

  async search(text: string, kind: SearchKind): Promise<void> {
    byId('error').textContent = '';
    clear(byId('matches'));
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

  async redraw(): Promise<void> {
    if (this.loaded === null) return;
    const { picture } = this.loaded;
    const visible = visibleIn(picture, this.window);
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
    if (fromList) {
      this.graph.select(target);
      byId('graph').focus();
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

  renderPanel(tab: TabId): void {
    if (this.panel.tab !== tab) return this.panel.show(tab);
    renderDetails(this, tab);
  }
}
