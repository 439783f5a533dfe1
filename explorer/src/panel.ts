/**
 * The side panel's tabs (WAI-ARIA tabs: arrow keys move between them): the details of what
 * is selected and its upstream, downstream, accounting and deletion-scope views. Only the
 * tabs that apply to what is selected, for the role, are shown (tabs.ts).
 */
import { clear, el } from './dom.ts';
import { TABS, type TabId } from './tabs.ts';

export type { TabId } from './tabs.ts';

export class Panel {
  readonly body: HTMLElement;
  private current: TabId = 'details';
  private available: TabId[] = TABS.map((tab) => tab.id);
  private readonly buttons: Map<TabId, HTMLButtonElement>;
  private readonly shown: (tab: TabId) => void;

  constructor(container: HTMLElement, shown: (tab: TabId) => void) {
    this.shown = shown;
    this.buttons = new Map(
      TABS.map((tab) => [
        tab.id,
        el(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${tab.id}`,
            'aria-controls': 'panel-body',
            'aria-selected': 'false',
            tabindex: -1,
          },
          tab.label,
        ),
      ]),
    );
    this.body = el('div', { id: 'panel-body', role: 'tabpanel', tabindex: 0 });
    const list = el('div', { role: 'tablist', 'aria-label': 'Views of what is selected' }, ...this.buttons.values());
    clear(container, list, this.body);
    for (const [id, button] of this.buttons) button.addEventListener('click', () => this.show(id));
    list.addEventListener('keydown', (event) => {
      const index = this.available.indexOf(this.current);
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = this.available[(index + step + this.available.length) % this.available.length];
      if (next === undefined) return;
      this.show(next);
      this.buttons.get(next)?.focus();
    });
    this.mark();
  }

  get tab(): TabId {
    return this.current;
  }

  /** Which tabs apply now; the tab shown falls back to the details when it no longer does. */
  offer(tabs: readonly TabId[]): TabId {
    this.available = TABS.map((tab) => tab.id).filter((id) => id === 'details' || tabs.includes(id));
    if (!this.available.includes(this.current)) this.current = 'details';
    this.mark();
    return this.current;
  }

  show(tab: TabId): void {
    this.current = this.available.includes(tab) ? tab : 'details';
    this.mark();
    this.shown(this.current);
  }

  /**
   * A new, empty place for what a view renders. A view that answers late writes into the
   * place it was given, which a later view has taken off the page: it cannot overwrite it.
   */
  fresh(): HTMLElement {
    const place = el('div', { class: 'view' });
    clear(this.body, place);
    return place;
  }

  /** Says in the panel why a view has nothing to show here. */
  explain(text: string): void {
    clear(this.fresh(), el('p', { class: 'not-applicable' }, text));
  }

  private mark(): void {
    for (const [id, button] of this.buttons) {
      button.hidden = !this.available.includes(id);
      button.setAttribute('aria-selected', String(id === this.current));
      button.tabIndex = id === this.current ? 0 : -1;
    }
    this.body.setAttribute('aria-labelledby', `tab-${this.current}`);
  }
}
