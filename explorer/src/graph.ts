/**
 * The graph on screen: cytoscape.js with the dagre layered layout, left to right, so that
 * every chain reads in time order (a hop leaves a party only after reaching it). Clicking or
 * moving with the keyboard selects a party or a disclosure; the page does the rest.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { ElementDefinition } from './elements.ts';
import { GRAPH_STYLE } from './graph-style.ts';
import { attachKeyboard } from './keyboard.ts';
import { targetOf, type GraphHandlers, type Target } from './target.ts';
import type { Layout } from './svg.ts';

cytoscape.use(dagre);

const READABLE_ZOOM = 0.6;

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.05,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node, edge', (event) => {
      const element = event.target as NodeSingular | EdgeSingular;
      const target = targetOf(element);
      if (target.kind === 'more') handlers.activate(target);
      else handlers.select(target);
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.select({ kind: 'none' });
    });
    attachKeyboard(container, this.cy, handlers);
  }

  /** Replaces what is drawn and lays it out; resolves once the layout has placed everything. */
  async draw(elements: ElementDefinition[]): Promise<void> {
    // The container may have been hidden when the graph was made, or resized since.
    this.cy.resize();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    const layout = this.cy.layout({
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 24,
      // Room between ranks for a disclosure's label (date, purpose, categories, agreement).
      rankSep: 170,
      edgeSep: 12,
      padding: 24,
      fit: true,
      animate: false,
      // Within a rank, the earlier disclosure first.
      sort: (a: NodeSingular | EdgeSingular, b: NodeSingular | EdgeSingular) =>
        Number(a.data('at') ?? 0) - Number(b.data('at') ?? 0),
    } as cytoscape.LayoutOptions);
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
    this.readable();
  }

  /**
   * A fitted county-size answer would be too small to read: below this zoom the view starts
   * at the left (the earliest parties) at a readable size instead, and "Fit all" shows all.
   */
  private readable(): void {
    if (this.cy.zoom() >= READABLE_ZOOM || this.cy.elements().empty()) return;
    const box = this.cy.elements().boundingBox();
    this.cy.zoom(READABLE_ZOOM);
    this.cy.pan({ x: 24 - box.x1 * READABLE_ZOOM, y: this.cy.height() / 2 - ((box.y1 + box.y2) / 2) * READABLE_ZOOM });
  }

  zoomBy(factor: number): void {
    const zoom = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.zoom({ level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  fitAll(): void {
    this.cy.fit(undefined, 24);
  }

  /** Selects and shows the element of a party or a disclosure, as when it is clicked. */
  select(target: Target): void {
    const id =
      target.kind === 'party'
        ? `p:${target.partyId}`
        : target.kind === 'disclosure'
          ? `d:${target.disclosureId}`
          : null;
    this.cy.elements().unselect();
    if (id === null) return;
    let element = this.cy.getElementById(id);
    // A disclosure drawn inside a bundle: the bundle stands for it.
    if (element.empty() && target.kind === 'disclosure') {
      element = this.cy.edges().filter((edge) => {
        const bundle: unknown = edge.data('bundle');
        return Array.isArray(bundle) && bundle.includes(target.disclosureId);
      });
    }
    if (element.empty()) return;
    element.select();
    if (!this.cy.extent() || !element.visible()) return;
    const box = element.boundingBox();
    const view = this.cy.extent();
    if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) this.cy.center(element);
  }

  /** The graph as laid out, for the SVG export. */
  layout(title: string, description: string): Layout {
    const lines = (element: NodeSingular | EdgeSingular) =>
      String(element.data('label') ?? '')
        .split('\n')
        .filter(Boolean);
    return {
      title,
      description,
      nodes: this.cy.nodes().map((node) => ({
        id: node.id(),
        partyId: (node.data('partyId') as string | undefined) ?? null,
        label: lines(node),
        x: node.position('x'),
        y: node.position('y'),
        width: node.outerWidth(),
        height: node.outerHeight(),
        classes: node.classes(),
      })),
      edges: this.cy.edges().map((edge) => ({
        id: edge.id(),
        disclosureId: (edge.data('disclosureId') as string | undefined) ?? null,
        source: edge.sourceEndpoint(),
        target: edge.targetEndpoint(),
        mid: edge.midpoint(),
        label: lines(edge),
        classes: edge.classes(),
      })),
    };
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}
