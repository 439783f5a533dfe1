/**
 * Moving through the graph without a mouse: arrows follow the disclosures (right: forward
 * in time to the recipient or the next disclosure out; left: back to the sender), up and down
 * step through the neighbours, Home goes to the first party, Enter opens or loads what is
 * selected, Escape clears it. Each move is read out through the live region.
 */
import type { Core, EdgeCollection, EdgeSingular, NodeSingular } from 'cytoscape';
import { targetOf, type GraphHandlers } from './target.ts';

export const KEY_HELP =
  'Arrow keys move along the disclosures: Right goes forward in time, Left back to the sender, Up and Down to the neighbours; Home goes to the first party; Enter opens or loads what is selected; Escape clears the selection; + and - zoom, 0 fits the graph (never below a readable size: a larger one is shown around the party searched for, or from its beginning).';

type Element = NodeSingular | EdgeSingular;

function byTime(edges: EdgeCollection): EdgeSingular[] {
  return edges
    .toArray()
    .sort((a, b) => Number(a.data('at') ?? 0) - Number(b.data('at') ?? 0) || a.id().localeCompare(b.id()));
}

function byPosition(cy: Core): NodeSingular[] {
  return cy
    .nodes()
    .toArray()
    .sort((a, b) => a.position('x') - b.position('x') || a.position('y') - b.position('y'));
}

export function describe(element: Element): string {
  const label = String(element.data('label') ?? '').replaceAll('\n', ', ');
  if (element.isEdge()) {
    const from = String(element.source().data('label') ?? '').split('\n')[0];
    const to = String(element.target().data('label') ?? '').split('\n')[0];
    return `Disclosure from ${from} to ${to}: ${label}`;
  }
  const node = element as NodeSingular;
  return `${label}. ${node.incomers('edge').length} disclosures in, ${node.outgoers('edge').length} out.`;
}

function step(cy: Core, current: Element | undefined, key: string): Element | undefined {
  const nodes = byPosition(cy);
  if (current === undefined || key === 'Home') return nodes[0];
  if (current.isEdge()) {
    const edge = current as EdgeSingular;
    if (key === 'ArrowRight') return edge.target();
    if (key === 'ArrowLeft') return edge.source();
    const siblings = byTime(edge.source().outgoers('edge'));
    const index = siblings.findIndex((sibling) => sibling.id() === edge.id());
    const next = key === 'ArrowDown' ? index + 1 : index - 1;
    return siblings[(next + siblings.length) % siblings.length];
  }
  const node = current as NodeSingular;
  if (key === 'ArrowRight') return byTime(node.outgoers('edge'))[0] ?? node;
  if (key === 'ArrowLeft') return byTime(node.incomers('edge')).at(-1) ?? node;
  const index = nodes.findIndex((other) => other.id() === node.id());
  const next = key === 'ArrowDown' ? index + 1 : index - 1;
  return nodes[(next + nodes.length) % nodes.length];
}

export function attachKeyboard(container: HTMLElement, cy: Core, handlers: GraphHandlers): void {
  container.addEventListener('keydown', (event) => {
    const selected = cy.$(':selected');
    const current = selected.empty() ? undefined : (selected[0] as Element);
    if (event.key === 'Escape') {
      cy.elements().unselect();
      handlers.select({ kind: 'none' });
      handlers.announce('Nothing selected.');
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (current === undefined) return;
      event.preventDefault();
      handlers.activate(targetOf(current));
      return;
    }
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '0') {
      event.preventDefault();
      handlers.zoom(event.key === '0' ? 'fit' : event.key === '-' ? 'out' : 'in');
      return;
    }
    if (!['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home'].includes(event.key)) return;
    event.preventDefault();
    const next = step(cy, current, event.key);
    if (next === undefined) return;
    cy.elements().unselect();
    next.select();
    const view = cy.extent();
    const box = next.boundingBox();
    if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) cy.center(next);
    handlers.announce(describe(next));
    const target = targetOf(next);
    if (target.kind !== 'more') handlers.select(target);
  });
}
