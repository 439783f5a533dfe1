/**
 * The graph on screen: cytoscape.js with the dagre layered layout, so that every chain reads
 * in time order along its arrows (a hop leaves a party only after reaching it). The layout
 * runs left to right, or top to bottom when that fills the view better (a party that sent to
 * many, drawn left to right, is a tall thin column); the view's height follows the drawing,
 * so that it is not mostly empty. Labels are never fitted below a readable size: at READABLE_ZOOM
 * the smallest label is 10 pixels on screen, and a drawing larger than the view starts at its
 * beginning (the earliest parties) at that size. Each disclosure's label is placed beside its
 * arrow, clear of the parties and the other labels (label-placement.ts).
 *
 * Clicking or moving with the keyboard selects a party or a disclosure; the page does the rest.
 *
 * Over 400 lines on purpose: cytoscape's instance, the fit at a readable size and the choice of
 * direction share the one live view they act on.
 */ import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { ElementDefinition } from './elements.ts';
import { FONT, GRAPH_STYLE } from './graph-style.ts';
import { attachKeyboard } from './keyboard.ts';
import { grow, labelFaults, placeLabels, placementQuality, type Box, type EdgeGeometry } from './label-placement.ts';
import { targetOf, type GraphHandlers, type Target } from './target.ts';
import type { Layout } from './svg.ts';

cytoscape.use(dagre);

/** The smallest size a label is drawn at when the view fits or starts, in screen pixels. */
export const READABLE_PX = 10;
/** The zoom at which the smallest label is READABLE_PX (a little over, against rounding). */
export const READABLE_ZOOM = (READABLE_PX + 0.2) / Math.min(FONT.node, FONT.edge);
/** A small drawing is not blown up past this. */
const LARGEST_FIT = 1.15;
const PADDING = 24;
/** The view's height: at least this, at most this share of the window. */
const MIN_HEIGHT = 300;
const MAX_HEIGHT_SHARE = 0.8;
/** Up to this many disclosures drawn, both directions are laid out and the better kept. */
const BOTH_DIRECTIONS_UP_TO = 150;

export type Direction = 'LR' | 'TB';

export const DIRECTION_WORDS: Record<Direction, string> = {
  LR: 'time running left to right along the arrows',
  TB: 'time running top to bottom along the arrows',
};

type Size = { width: number; height: number };

export class GraphView {
  readonly cy: Core;
  private readonly container: HTMLElement;
  private readonly handlers: GraphHandlers;
  direction: Direction = 'LR';

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.container = container;
    this.handlers = handlers;
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.1,
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
    // Once a frame at most: a drag moves the viewport many times a frame.
    let reporting = false;
    this.cy.on('viewport', () => {
      if (reporting) return;
      reporting = true;
      requestAnimationFrame(() => {
        reporting = false;
        this.report();
      });
    });
    attachKeyboard(container, this.cy, handlers);
    // The panel beside it can be resized: the canvas follows its box, and the drawing is fitted again.
    new ResizeObserver(() => {
      this.cy.resize();
      if (container.clientWidth > 0) this.fitReadable(false);
    }).observe(container);
  }

  /** Replaces what is drawn and lays it out; resolves once everything is placed and in view. */
  async draw(elements: ElementDefinition[]): Promise<void> {
    // The container may have been hidden when the graph was made, or resized since.
    this.cy.resize();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    if (this.cy.elements().empty()) return this.report();
    const label = this.largestEdgeLabel();
    const view = this.viewSize();
    // Both directions (a large answer: left to right only), each with its labels placed; the one
    // whose labels read cleanest, then the one shown largest (left to right unless top to bottom
    // is clearly larger), is kept.
    const directions: Direction[] = this.cy.edges().length <= BOTH_DIRECTIONS_UP_TO ? ['LR', 'TB'] : ['LR'];
    type Tried = {
      direction: Direction;
      zoom: number;
      fits: boolean;
      faults: number;
      crossings: number;
      strays: number;
    };
    const tried: Tried[] = [];
    // Each layout's positions are kept, so that the one chosen is put back, not laid out again.
    const positions = new Map<Direction, Map<string, cytoscape.Position>>();
    for (const direction of directions) {
      const size = await this.layOut(direction, label);
      positions.set(direction, new Map(this.cy.nodes().map((node) => [node.id(), { ...node.position() }])));
      const quality = this.placeLabels();
      const zoom = Math.min(LARGEST_FIT, fitZoom(size, view));
      // Left to right is the custom: top to bottom must show it clearly larger.
      tried.push({ direction, zoom: zoom * (direction === 'LR' ? 1.15 : 1), fits: zoom >= READABLE_ZOOM, ...quality });
    }
    const best = [...tried].sort(
      (a, b) =>
        a.faults - b.faults ||
        Number(b.fits) - Number(a.fits) ||
        a.strays + a.crossings - (b.strays + b.crossings) ||
        b.zoom - a.zoom,
    )[0] as Tried;
    this.direction = best.direction;
    if (tried.at(-1)?.direction !== best.direction) {
      const kept = positions.get(best.direction);
      this.cy.batch(() => this.cy.nodes().positions((node) => kept?.get(node.id()) ?? node.position()));
      this.placeLabels();
    }
    this.fitReadable(true);
  }

  /**
   * The largest label of a disclosure: the room kept between ranks and parties. Measured from
   * its text in the label's font (before a layout cytoscape has no box for an edge's label).
   */
  private largestEdgeLabel(): Size {
    let width = 0;
    let height = 0;
    this.cy.edges().forEach((edge) => {
      const size = measureLabel(
        String(edge.data('label') ?? ''),
        FONT.edge,
        edge.hasClass('bundle') ? 'bold' : 'normal',
      );
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    });
    return { width, height };
  }

  private layOut(direction: Direction, label: Size): Promise<Size> {
    const across = direction === 'LR';
    // Where three or more arrows gather at a party (or leave one), their labels need room to spread along them.
    const crowded = this.cy
      .nodes()
      .toArray()
      .some((node) => (node as NodeSingular).indegree(false) >= 3 || (node as NodeSingular).outdegree(false) >= 3);
    const layout = this.cy.layout({
      name: 'dagre',
      rankDir: direction,
      // Between ranks, room for a label beside the arrow; between parties of a rank, room for a label above or beside.
      rankSep: across
        ? Math.max(120, label.width * (crowded ? 1.25 : 1) + 30)
        : Math.max(90, label.height * (crowded ? 1.5 : 1) + 24),
      nodeSep: across ? Math.max(30, label.height * (crowded ? 1.3 : 0.8)) : Math.max(40, label.width * 0.9),
      edgeSep: 16,
      padding: PADDING,
      fit: false,
      animate: false,
      // Within a rank, the earlier disclosure first.
      sort: (a: NodeSingular | EdgeSingular, b: NodeSingular | EdgeSingular) =>
        Number(a.data('at') ?? 0) - Number(b.data('at') ?? 0),
    } as cytoscape.LayoutOptions);
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return stopped.then(() => {
      const box = this.cy.nodes().boundingBox({ includeLabels: false });
      return { width: box.w + label.width * (across ? 0 : 1), height: box.h + label.height * (across ? 1 : 0) };
    });
  }

  /** Puts each disclosure's label beside its arrow, clear of the parties and of each other (label-placement.ts). */
  private placeLabels(): { faults: number; crossings: number; strays: number } {
    const edges = this.labelled();
    const geometry: EdgeGeometry[] = edges.map((edge) => {
      const size = measureLabel(
        String(edge.data('label') ?? ''),
        FONT.edge,
        edge.hasClass('bundle') ? 'bold' : 'normal',
      );
      const gathering = edge.target().indegree(false);
      const spreading = edge.source().outdegree(false);
      return {
        id: edge.id(),
        source: edge.sourceEndpoint(),
        mid: edge.midpoint(),
        target: edge.targetEndpoint(),
        width: size.width,
        height: size.height,
        prefer: gathering > 1 && gathering >= spreading ? 'source' : spreading > 1 ? 'target' : 'middle',
      };
    });
    const offsets = placeLabels(geometry, this.nodeBoxes());
    this.cy.batch(() => {
      for (const edge of edges) {
        const offset = offsets.get(edge.id()) ?? { dx: 0, dy: 0 };
        edge.data({ labelDx: Math.round(offset.dx), labelDy: Math.round(offset.dy) });
      }
    });
    const placed = edges.flatMap((edge, index) => {
      const box = labelBox(edge);
      return box === null ? [] : [{ edge: geometry[index] as EdgeGeometry, box }];
    });
    // As cytoscape draws them: how many labels cover a party, another label or their own arrow.
    this.container.dataset.labelFaults = String(labelFaults(placed, this.nodeBoxes()));
    return placementQuality(geometry, offsets, this.nodeBoxes());
  }

  private labelled(): EdgeSingular[] {
    return this.cy
      .edges()
      .toArray()
      .filter((edge) => String(edge.data('label') ?? '') !== '')
      .sort((a, b) => Number(a.data('at') ?? 0) - Number(b.data('at') ?? 0)) as EdgeSingular[];
  }

  private nodeBoxes(): Box[] {
    return this.cy.nodes().map((node) => {
      const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
      return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    });
  }

  private viewSize(): Size {
    // Laid out while hidden (the time lanes are shown), it takes the width of what holds it.
    let width = this.container.clientWidth;
    for (let box = this.container.parentElement; width === 0 && box !== null; box = box.parentElement)
      width = box.clientWidth;
    return { width, height: Math.max(MIN_HEIGHT, Math.round(window.innerHeight * MAX_HEIGHT_SHARE)) };
  }

  /**
   * Fits the whole drawing at a readable size: the view's height follows the drawing (no
   * empty band), the zoom is never below READABLE_ZOOM, and a drawing still larger than the
   * view is shown around the party searched for, or else from its beginning (top left), the
   * rest a drag or an arrow key away.
   */
  fitReadable(resize = false): void {
    if (this.cy.elements().empty()) return this.report();
    const box = this.cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
    const view = this.viewSize();
    const zoom = Math.min(LARGEST_FIT, Math.max(READABLE_ZOOM, fitZoom({ width: box.w, height: box.h }, view)));
    if (resize) {
      const wanted = Math.min(view.height, Math.max(MIN_HEIGHT, Math.ceil(box.h * zoom + 2 * PADDING)));
      if (Math.abs(this.container.clientHeight - wanted) > 2) {
        // CSSOM, which the content security policy allows (it forbids style attributes in markup).
        this.container.style.height = `${wanted}px`;
        this.cy.resize();
      }
    }
    const [width, height] = [this.cy.width(), this.cy.height()];
    this.cy.zoom(zoom);
    const fitsAcross = box.w * zoom + 2 * PADDING <= width;
    const fitsDown = box.h * zoom + 2 * PADDING <= height;
    // Too large for the view: around the party searched for when there is one (a busy party's
    // senders and recipients spread far either side of it), else from the beginning.
    const root = this.cy.nodes('.root');
    const centre = root.empty() ? null : root.first().position();
    const from = (middle: number | undefined, low: number, high: number, size: number) =>
      middle === undefined
        ? PADDING - low * zoom
        : Math.min(PADDING - low * zoom, Math.max(size - PADDING - high * zoom, size / 2 - middle * zoom));
    this.cy.pan({
      x: fitsAcross ? (width - box.w * zoom) / 2 - box.x1 * zoom : from(centre?.x, box.x1, box.x2, width),
      y: fitsDown ? (height - box.h * zoom) / 2 - box.y1 * zoom : from(centre?.y, box.y1, box.y2, height),
    });
    this.report();
  }

  zoomBy(factor: number): void {
    const zoom = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.zoom({ level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  fitAll(): void {
    this.fitReadable(false);
  }

  /**
   * What the view shows, on the container for the page and its tests: the direction, the zoom,
   * the smallest label in screen pixels, whether all of the drawing is in view, and (set when
   * laid out) how many labels cover a party, another label or their own arrow.
   */
  private report(): void {
    const zoom = this.cy.zoom();
    const sizes = this.cy
      .elements()
      .filter((element) => String(element.data('label') ?? '') !== '')
      .map((element) => Number(element.numericStyle('font-size')));
    const smallest = sizes.length === 0 ? 0 : Math.min(...sizes) * zoom;
    const view = this.cy.extent();
    const box = this.cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
    const all =
      this.cy.elements().empty() ||
      (box.x1 >= view.x1 - 1 && box.x2 <= view.x2 + 1 && box.y1 >= view.y1 - 1 && box.y2 <= view.y2 + 1);
    const data = this.container.dataset;
    data.direction = this.direction;
    data.zoom = zoom.toFixed(3);
    data.smallestLabelPx = smallest.toFixed(1);
    data.allInView = String(all);
    const root = this.cy.nodes('.root');
    const around = root.empty() ? null : ((root.first().data('name') as string | undefined) ?? null);
    this.handlers.viewed?.({ direction: this.direction, allInView: all, smallestLabelPx: smallest, around });
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
      direction: this.direction,
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
      edges: this.cy.edges().map((edge) => {
        const mid = edge.midpoint();
        const box = labelBox(edge);
        return {
          id: edge.id(),
          disclosureId: (edge.data('disclosureId') as string | undefined) ?? null,
          source: edge.sourceEndpoint(),
          target: edge.targetEndpoint(),
          mid,
          labelAt:
            box === null
              ? mid
              : { x: mid.x + Number(edge.data('labelDx') ?? 0), y: mid.y + Number(edge.data('labelDy') ?? 0) },
          labelSize: box === null ? { width: 0, height: 0 } : { width: box.x2 - box.x1, height: box.y2 - box.y1 },
          label: lines(edge),
          classes: edge.classes(),
        };
      }),
    };
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}

let measuring: CanvasRenderingContext2D | null = null;

/**
 * A label's box as cytoscape draws it (graph-style.ts): its longest line in the label's font
 * (a bundle's is bold),
 * a line of 1.2 times the size apiece, 3 pixels of padding and a 1-pixel border all round.
 */
export function measureLabel(text: string, size: number, weight: 'normal' | 'bold' = 'normal'): Size {
  const lines = text.split('\n');
  if (text === '') return { width: 0, height: 0 };
  measuring ??= document.createElement('canvas').getContext('2d');
  let longest = 0;
  for (const line of lines) {
    if (measuring === null) longest = Math.max(longest, line.length * size * (weight === 'bold' ? 0.66 : 0.6));
    else {
      measuring.font = `${weight} ${size}px system-ui, sans-serif`;
      longest = Math.max(longest, measuring.measureText(line).width);
    }
  }
  return { width: Math.ceil(longest) + 8, height: Math.ceil(lines.length * size * 1.2) + 8 };
}

/** The zoom at which a drawing of this size fits the view, padding included. */
function fitZoom(drawing: Size, view: Size): number {
  return Math.min(
    (view.width - 2 * PADDING) / Math.max(1, drawing.width),
    (view.height - 2 * PADDING) / Math.max(1, drawing.height),
  );
}

/** The box of an edge's own label (null when it has none), in model coordinates. */
function labelBox(edge: EdgeSingular): Box | null {
  if (String(edge.data('label') ?? '') === '') return null;
  const box = edge.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeMainLabels: true,
    includeSourceLabels: false,
    includeTargetLabels: false,
    includeOverlays: false,
    includeUnderlays: false,
  } as cytoscape.BoundingBoxOptions);
  if (!Number.isFinite(box.w) || box.w <= 0) return null;
  return grow({ x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 }, 0);
}
