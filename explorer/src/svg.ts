/**
 * The picture as a standalone SVG file, written from the graph as laid out: parties as the
 * shapes the screen uses, disclosures as arrows with their labels, a title and description
 * on the page and for screen readers, and the legend's words. The PNG export draws the same frame. Presentation attributes only (no style
 * attribute), so the same markup can be shown inline under the page's content security policy.
 */
import { LEGEND, lookOf, PALETTE, styleKeys } from './palette.ts';
import { wrap } from './format.ts';
import { escapeXml, legendShapes, LINE_HEIGHT, octagonPoints, shapeSvg, textWidth, type Shape } from './scene.ts';

export { escapeXml } from './scene.ts';

export type LaidOutNode = {
  id: string;
  partyId: string | null;
  label: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  classes: string[];
};

export type LaidOutEdge = {
  id: string;
  disclosureId: string | null;
  source: { x: number; y: number };
  target: { x: number; y: number };
  mid: { x: number; y: number };
  /** Where its label's centre is drawn (beside the arrow), and its size; the middle when not given. */
  labelAt?: { x: number; y: number };
  labelSize?: { width: number; height: number };
  label: string[];
  classes: string[];
};

export type Layout = {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  title: string;
  description: string;
  /** Which way time runs along the arrows: left to right, or top to bottom. */
  direction?: 'LR' | 'TB';
};

const PAD = 40;
const LINE = 15;
const FONT = { node: 13, edge: 12 };

const n = (value: number) => (Math.round(value * 10) / 10).toString();

function text(lines: string[], x: number, y: number, size: number, weight = 'normal'): string {
  const top = y - ((lines.length - 1) * LINE) / 2;
  const spans = lines
    .map((line, index) => `<tspan x="${n(x)}" y="${n(top + index * LINE)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-family="sans-serif" font-size="${size}" font-weight="${weight}" text-anchor="middle" dominant-baseline="middle" fill="${PALETTE.ink}">${spans}</text>`;
}

function octagon(x: number, y: number, w: number, h: number): string {
  return octagonPoints(x, y, w, h)
    .map(([px, py]) => `${n(px)},${n(py)}`)
    .join(' ');
}

function nodeSvg(node: LaidOutNode): string {
  const has = (name: string) => node.classes.includes(name);
  const agent = has('agent') || has('agent-other-times');
  const fill = has('more')
    ? PALETTE.moreFill
    : has('agent')
      ? PALETTE.agentFill
      : has('agency')
        ? PALETTE.agencyFill
        : PALETTE.thirdPartyFill;
  const stroke = agent ? PALETTE.agentLine : has('agency') ? PALETTE.agencyLine : PALETTE.thirdPartyLine;
  const width = has('agent') ? 4 : has('root') ? 3 : 1.5;
  const dash = has('agent-other-times') || has('more') ? ' stroke-dasharray="6 4"' : '';
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}`;
  const [x, y, w, h] = [node.x - node.width / 2, node.y - node.height / 2, node.width, node.height];
  const shape = agent
    ? `<polygon points="${octagon(node.x, node.y, w, h)}" ${paint}/>`
    : `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${has('agency') ? 0 : 10}" ${paint}/>`;
  const attributes = node.partyId === null ? '' : ` data-party-id="${escapeXml(node.partyId)}"`;
  return `<g class="${escapeXml(node.classes.join(' '))}"${attributes}><title>${escapeXml(node.label.join(', '))}</title>${shape}${text(node.label, node.x, node.y, FONT.node, has('root') ? 'bold' : 'normal')}</g>`;
}

/** An arrowhead per line colour, of one size whatever the line's width. */
const ARROWS: ReadonlyArray<[string, string]> = [
  ['arrow-grey', PALETTE.grey],
  ['arrow-agent', PALETTE.agentLine],
  ['arrow-direct', PALETTE.directLine],
];

function markerOf(stroke: string): string {
  return ARROWS.find(([, colour]) => colour === stroke)?.[0] ?? 'arrow-grey';
}

function edgeSvg(edge: LaidOutEdge): string {
  const look = lookOf(edge.classes);
  const dash = look.dash === null ? '' : ` stroke-dasharray="${look.dash.join(' ')}"`;
  // A quadratic curve through the edge's drawn midpoint, as the screen bends parallel edges.
  const control = {
    x: 2 * edge.mid.x - (edge.source.x + edge.target.x) / 2,
    y: 2 * edge.mid.y - (edge.source.y + edge.target.y) / 2,
  };
  const d = `M${n(edge.source.x)},${n(edge.source.y)} Q${n(control.x)},${n(control.y)} ${n(edge.target.x)},${n(edge.target.y)}`;
  const attributes = edge.disclosureId === null ? '' : ` data-disclosure-id="${escapeXml(edge.disclosureId)}"`;
  const at = edge.labelAt ?? edge.mid;
  const size = edge.labelSize ?? labelSize(edge.label);
  // The label on an opaque box beside the arrow, as on screen.
  const label =
    edge.label.length === 0
      ? ''
      : `<rect x="${n(at.x - size.width / 2)}" y="${n(at.y - size.height / 2)}" width="${n(size.width)}" height="${n(size.height)}" rx="3" fill="${PALETTE.paper}" stroke="${PALETTE.line}" stroke-width="1"/>${text(edge.label, at.x, at.y, FONT.edge)}`;
  const title = edge.label.length === 0 ? '' : `<title>${escapeXml(edge.label.join(', '))}</title>`;
  const marker = look.arrow ? ` marker-end="url(#${markerOf(look.stroke)})"` : '';
  return `<g class="${escapeXml(edge.classes.join(' '))}"${attributes}>${title}<path d="${d}" fill="none" stroke="${look.stroke}" stroke-width="${look.width}"${dash}${marker}/>${label}</g>`;
}

/** A label's box when the layout does not give it: about 0.6 of the size a character, a line apiece. */
function labelSize(lines: readonly string[]): { width: number; height: number } {
  return {
    width: Math.max(...lines.map((line) => line.length), 1) * FONT.edge * 0.6 + 8,
    height: lines.length * LINE + 6,
  };
}

/** Where the picture sits in its file: the graph's box, a visible title above it and the legend below. */
export type Frame = {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The drawn graph's own box, inside the frame. */
  graph: { left: number; top: number; right: number; bottom: number };
  /** The title and description, and the legend, as shapes. */
  header: Shape[];
  legend: Shape[];
};

const TITLE_FONT = 18;

/** The frame of a laid-out graph: the same for the SVG and the PNG export, so that both carry a title and the legend. */
export function frameOf(layout: Layout): Frame {
  const boxes = [
    ...layout.nodes.map((node) => ({ x: node.x, y: node.y, w: node.width, h: node.height })),
    ...layout.edges.map((edge) => {
      const at = edge.labelAt ?? edge.mid;
      const size = edge.labelSize ?? labelSize(edge.label);
      return { x: at.x, y: at.y, w: size.width, h: size.height };
    }),
  ];
  const graph = {
    left: Math.min(0, ...boxes.map((box) => box.x - box.w / 2)) - PAD,
    top: Math.min(0, ...boxes.map((box) => box.y - box.h / 2)) - PAD,
    right: Math.max(0, ...boxes.map((box) => box.x + box.w / 2)) + PAD,
    bottom: Math.max(0, ...boxes.map((box) => box.y + box.h / 2)) + PAD,
  };
  // The legend names every style drawn (and the selection's halo).
  const drawn = new Set([
    ...layout.nodes.flatMap((node) => styleKeys('nodes', node.classes)),
    ...layout.edges.flatMap((edge) => styleKeys('edges', edge.classes)),
  ]);
  const entries = LEGEND.filter((entry) => drawn.has(entry.key));
  const legend = legendShapes(entries, graph.left + PAD, graph.bottom + 10, 12);
  // A long title (a subject key is 64 characters) takes two lines rather than widening the drawing.
  const titleLines = wrap(layout.title, 64).slice(0, 3);
  const descriptionLines = wrap(layout.description, 110);
  const headerHeight = PAD / 2 + titleLines.length * TITLE_FONT * LINE_HEIGHT + descriptionLines.length * LINE + 10;
  const top = graph.top - headerHeight;
  const header: Shape[] = [
    {
      kind: 'text',
      x: graph.left + PAD,
      y: top + PAD / 2 + (titleLines.length * TITLE_FONT * LINE_HEIGHT) / 2,
      lines: titleLines,
      size: TITLE_FONT,
      weight: 'bold',
      anchor: 'start',
    },
    {
      kind: 'text',
      x: graph.left + PAD,
      y: top + PAD / 2 + titleLines.length * TITLE_FONT * LINE_HEIGHT + (descriptionLines.length * LINE) / 2,
      lines: descriptionLines,
      size: 12,
      anchor: 'start',
    },
  ];
  const widest = Math.max(
    ...titleLines.map((line) => textWidth(line, TITLE_FONT)),
    ...descriptionLines.map((line) => textWidth(line, 12)),
    ...entries.map((entry) => entry.text.length * 12 * 0.6 + 46),
  );
  return {
    left: graph.left,
    top,
    width: Math.max(graph.right - graph.left, 900, widest + 2 * PAD),
    height: graph.bottom + 10 + legend.height + PAD / 2 - top,
    graph,
    header,
    legend: legend.shapes,
  };
}

export function layoutSvg(layout: Layout): string {
  const frame = frameOf(layout);
  const { left, top, width, height } = frame;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="svg-title svg-desc" width="${n(width)}" height="${n(height)}" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}" data-direction="${layout.direction ?? 'LR'}">`,
    `<title id="svg-title">${escapeXml(layout.title)}</title>`,
    `<desc id="svg-desc">${escapeXml(layout.description)}</desc>`,
    `<defs>${ARROWS.map(([id, colour]) => `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`).join('')}</defs>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${PALETTE.paper}"/>`,
    ...frame.header.map(shapeSvg),
    ...layout.edges.map(edgeSvg),
    ...layout.nodes.map(nodeSvg),
    ...frame.legend.map(shapeSvg),
    '</svg>',
  ].join('\n');
}
