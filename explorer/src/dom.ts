/**
 * Builds DOM nodes from text, never from markup: party names, purposes and explanations are
 * other parties' words, so nothing they say can become an element or a script.
 */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, ...children);
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no element #${id}`);
  return element as T;
}

/**
 * A text that may break after an underscore or a slash (IDENTITY_VERIFICATION, a/b), where a
 * browser would not: a line break opportunity (<wbr>) after each, the text itself unchanged.
 */
export function breakable(text: string): Child[] {
  return text.split(/(?<=[_/])/).flatMap((part, index) => (index === 0 ? [part] : [el('wbr'), part]));
}

/** A definition list from label and value pairs; a null value is left out. */
export function facts(pairs: Array<[string, Child]>): HTMLDListElement {
  const list = el('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === false) continue;
    append(list, el('dt', {}, label), el('dd', {}, value));
  }
  return list;
}

/**
 * A table with a caption and column headers, for counts and accountings, in a box that
 * scrolls sideways when the panel is narrower than the table: a column is never squeezed
 * below its longest word.
 */
export function table(caption: string, columns: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column)))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
    ),
  );
}
