/**
 * The time lanes on screen (lanes.ts lays them out): the scene's SVG at its own size, in a box
 * that scrolls, so that every word is drawn at 12 pixels. A click on an arrow or a band selects
 * that disclosure or party; by keyboard, Right and Left step through the disclosures in time
 * order, Up and Down through the bands, Home and End go to the first and last disclosure,
 * Escape clears the selection. Each move is read out through the live region.
 */
import { clear } from './dom.ts';
import { LANE_FONT, laneLayout, type LaneLayout } from './lanes.ts';
import type { Picture } from './picture.ts';
import { sceneSvg } from './scene.ts';
import type { Target } from './target.ts';
import type { TimeWindow, Visible } from './time-window.ts';

export const LANES_KEY_HELP =
  'Right and Left step through the disclosures in time order, Up and Down through the parties; Home and End go to the first and last disclosure; Escape clears the selection.';

/** The least the lanes are scaled to fit their box: the words stay at 10 pixels or more. */
export const READABLE_SCALE = 10.2 / LANE_FONT;

export type LanesHandlers = {
  select: (target: Target) => void;
  announce: (text: string) => void;
};

export class LanesView {
  private readonly container: HTMLElement;
  private readonly handlers: LanesHandlers;
  private layout: LaneLayout | null = null;
  private selected: Target = { kind: 'none' };

  constructor(container: HTMLElement, handlers: LanesHandlers) {
    this.container = container;
    this.handlers = handlers;
    container.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const hop = target?.closest('g[data-disclosure-id]');
      const lane = target?.closest('g[data-party-id]');
      if (hop) this.choose({ kind: 'disclosure', disclosureId: hop.getAttribute('data-disclosure-id') ?? '' });
      else if (lane) this.choose({ kind: 'party', partyId: lane.getAttribute('data-party-id') ?? '' });
    });
    container.addEventListener('keydown', (event) => this.key(event));
    new ResizeObserver(() => this.fit()).observe(container);
  }

  /**
   * Shrinks the drawing to the box when it is a little wider, never below READABLE_SCALE (the
   * words stay readable); a longer history scrolls sideways instead. Sizes are set through the
   * CSSOM, which the content security policy allows.
   */
  private fit(): void {
    const svg = this.container.querySelector('svg');
    if (svg === null || this.layout === null) return;
    const room = this.container.clientWidth - 2;
    if (room <= 0) return;
    // Shrunk only when that makes it fit; otherwise drawn at full size, the rest a scroll away.
    const scale = this.layout.width * READABLE_SCALE <= room ? Math.min(1, room / this.layout.width) : 1;
    svg.style.width = `${Math.round(this.layout.width * scale)}px`;
    svg.style.height = `${Math.round(this.layout.height * scale)}px`;
    this.container.dataset.scale = scale.toFixed(3);
    this.container.dataset.smallestTextPx = (LANE_FONT * scale).toFixed(1);
  }

  /** Draws the lanes of what is in the window; returns the layout (the exports draw the same). */
  render(picture: Picture, visible: Visible, window: TimeWindow): LaneLayout {
    this.layout = laneLayout(picture, visible, { title: picture.title, window });
    const svg = new DOMParser().parseFromString(sceneSvg(this.layout.scene), 'image/svg+xml').documentElement;
    const summary = document.getElementById('lanes-summary');
    if (summary !== null)
      clear(
        summary,
        `${this.layout.hops.length} disclosures between ${this.layout.lanes.length} parties.`,
        this.layout.notDrawn > 0
          ? ` ${this.layout.notDrawn} more in the window are not drawn; the exports hold them.`
          : '',
      );
    clear(this.container, document.importNode(svg, true));
    this.fit();
    this.mark();
    return this.layout;
  }

  /** Shows a selection made elsewhere (the graph, the list). */
  select(target: Target): void {
    this.selected = target;
    this.mark();
  }

  private choose(target: Target): void {
    this.selected = target;
    this.mark();
    this.handlers.select(target);
    const item = this.item(target);
    if (item !== null) this.handlers.announce(item.querySelector('title')?.textContent ?? '');
  }

  private item(target: Target): Element | null {
    if (target.kind === 'disclosure')
      return this.container.querySelector(`g[data-disclosure-id="${CSS.escape(target.disclosureId)}"]`);
    if (target.kind === 'party')
      return this.container.querySelector(`g.lane[data-party-id="${CSS.escape(target.partyId)}"]`);
    return null;
  }

  private mark(): void {
    for (const chosen of this.container.querySelectorAll('g.selected')) chosen.classList.remove('selected');
    const item = this.item(this.selected);
    if (item === null) return;
    item.classList.add('selected');
    item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // A band runs the whole width: its name, at the left, is what shows it.
    if (item.matches('g.lane')) this.container.scrollLeft = 0;
  }

  private key(event: KeyboardEvent): void {
    const layout = this.layout;
    if (layout === null) return;
    const { hops, lanes } = layout;
    if (event.key === 'Escape') {
      this.selected = { kind: 'none' };
      this.mark();
      this.handlers.select(this.selected);
      this.handlers.announce('Nothing selected.');
      return;
    }
    const current = this.selected;
    const hopIndex =
      current.kind === 'disclosure' ? hops.findIndex((hop) => hop.disclosureId === current.disclosureId) : -1;
    let next: Target | null = null;
    if (event.key === 'Home' || event.key === 'End') {
      const hop = event.key === 'Home' ? hops[0] : hops.at(-1);
      if (hop !== undefined) next = { kind: 'disclosure', disclosureId: hop.disclosureId };
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const partyHop =
        current.kind === 'party'
          ? hops.findIndex((hop) => hop.fromId === current.partyId || hop.toId === current.partyId)
          : -1;
      const from = hopIndex >= 0 ? hopIndex + step : partyHop >= 0 ? partyHop : step > 0 ? 0 : hops.length - 1;
      const hop = hops[Math.max(0, Math.min(hops.length - 1, from))];
      if (hop !== undefined) next = { kind: 'disclosure', disclosureId: hop.disclosureId };
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const partyId =
        current.kind === 'party' ? current.partyId : hopIndex >= 0 ? (hops[hopIndex]?.fromId ?? null) : null;
      const index = partyId === null ? -1 : lanes.findIndex((lane) => lane.partyId === partyId);
      const lane = lanes[index < 0 ? 0 : (index + step + lanes.length) % lanes.length];
      if (lane !== undefined) next = { kind: 'party', partyId: lane.partyId };
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current.kind === 'none') return;
      next = current;
    } else return;
    event.preventDefault();
    if (next !== null) this.choose(next);
  }
}
