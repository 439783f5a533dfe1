/**
 * The legend beside the graph: every style the graph can draw, for every role, each with a
 * swatch of its colour, shape or line (drawn as in the exports) and its words.
 */
import { el } from './dom.ts';
import type { LegendEntry } from './palette.ts';
import { shapeSvg, swatchShapes } from './scene.ts';

function swatch(entry: LegendEntry): Element {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="36" height="18" viewBox="0 0 36 18" aria-hidden="true" focusable="false">${swatchShapes(entry.swatch, 0, 0).map(shapeSvg).join('')}</svg>`;
  return document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);
}

export function legendList(entries: readonly LegendEntry[]): HTMLUListElement {
  return el(
    'ul',
    { class: 'legend' },
    ...entries.map((entry) =>
      el(
        'li',
        { class: `legend-${entry.key}`, 'data-legend-key': entry.key },
        swatch(entry),
        el('span', {}, entry.text),
      ),
    ),
  );
}
