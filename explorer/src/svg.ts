/**
 * The picture as a standalone SVG file, written from the graph as laid out: parties as the
 * shapes the screen uses, disclosures as arrows with their labels, a title and description
 * for screen readers, and the legend's words. Presentation attributes only (no style
 * attribute), so the same markup can be shown inline under the page's content security policy.
 */
import { LEGEND, PALETTE } from './palette.ts';

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
  label: string[];
  classes: string[];
};

export type Layout = { nodes: LaidOutNode[]; edges: LaidOutEdge[]; title: string; description: string };

const PAD = 40;
const LINE = 13;

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

function text(lines: string[], x: number, y: number, size: number, weight = 'normal'): string {
  const top = y - ((lines.length - 1) * LINE) / 2;
  const spans = lines
    .map((line, index) => `<tspan x="${n(x)}" y="${n(top + index * LINE)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-family="sans-serif" font-size="${size}" font-weight="${weight}" text-anchor="middle" dominant-baseline="middle" fill="${PALETTE.ink}">${spans}</text>`;
}

function octagon(x: number, y: number, w: number, h: number): string {
  const [dx, dy] = [w / 2, h / 2];
  const [cx, cy] = [dx * 0.6, dy * 0.6];
  const points = [
    [x - cx, y - dy],
    [x + cx, y - dy],
    [x + dx, y - cy],
    [x + dx, y + cy],
    [x + cx, y + dy],
    [x - cx, y + dy],
    [x - dx, y + cy],
    [x - dx, y - cy],
  ];
  return points.map(([px, py]) => `${n(px as number)},${n(py as number)}`).join(' ');
}

function nodeSvg(node: LaidOutNode): string {
  const has = (name: string) => node.classes.includes(name);
  const agent = has('agent') || has('agent-other-times');
  const fill = has('more')
    ? PALETTE.moreFill
    : agent
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
  return `<g class="${escapeXml(node.classes.join(' '))}"${attributes}><title>${escapeXml(node.label.join(', '))}</title>${shape}${text(node.label, node.x, node.y, 11, has('root') ? 'bold' : 'normal')}</g>`;
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
  const has = (name: string) => edge.classes.includes(name);
  const stroke =
    has('indirect-path') || has('to-agent')
      ? PALETTE.agentLine
      : has('direct-path')
        ? PALETTE.directLine
        : PALETTE.grey;
  const width = has('indirect-path') || has('direct-path') ? 4 : has('bundle') ? 3 : 1.5;
  const dash = has('indirect-path')
    ? ' stroke-dasharray="10 5"'
    : has('retracted') || has('more')
      ? ' stroke-dasharray="2 4"'
      : '';
  // A quadratic curve through the edge's drawn midpoint, as the screen bends parallel edges.
  const control = {
    x: 2 * edge.mid.x - (edge.source.x + edge.target.x) / 2,
    y: 2 * edge.mid.y - (edge.source.y + edge.target.y) / 2,
  };
  const d = `M${n(edge.source.x)},${n(edge.source.y)} Q${n(control.x)},${n(control.y)} ${n(edge.target.x)},${n(edge.target.y)}`;
  const attributes = edge.disclosureId === null ? '' : ` data-disclosure-id="${escapeXml(edge.disclosureId)}"`;
  const label = edge.label.length === 0 ? '' : text(edge.label, edge.mid.x, edge.mid.y, 9);
  const title = edge.label.length === 0 ? '' : `<title>${escapeXml(edge.label.join(', '))}</title>`;
  return `<g class="${escapeXml(edge.classes.join(' '))}"${attributes}>${title}<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash} marker-end="url(#${markerOf(stroke)})"/>${label}</g>`;
}

export function layoutSvg(layout: Layout): string {
  const boxes = [
    ...layout.nodes.map((node) => ({ x: node.x, y: node.y, w: node.width, h: node.height })),
    ...layout.edges.map((edge) => ({ x: edge.mid.x, y: edge.mid.y, w: 200, h: edge.label.length * LINE })),
  ];
  const left = Math.min(0, ...boxes.map((box) => box.x - box.w / 2)) - PAD;
  const top = Math.min(0, ...boxes.map((box) => box.y - box.h / 2)) - PAD;
  const right = Math.max(0, ...boxes.map((box) => box.x + box.w / 2)) + PAD;
  const bottom = Math.max(0, ...boxes.map((box) => box.y + box.h / 2)) + PAD;
  const legendTop = bottom + 10;
  const legend = LEGEND.map(
    (entry, index) =>
      `<text x="${n(left + PAD)}" y="${n(legendTop + (index + 1) * 15)}" font-family="sans-serif" font-size="11" fill="${PALETTE.ink}">${escapeXml(entry.text)}</text>`,
  ).join('');
  const height = legendTop + (LEGEND.length + 1) * 15 - top;
  const width = Math.max(right - left, 900);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="svg-title svg-desc" width="${n(width)}" height="${n(height)}" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}">`,
    `<title id="svg-title">${escapeXml(layout.title)}</title>`,
    `<desc id="svg-desc">${escapeXml(layout.description)}</desc>`,
    `<defs>${ARROWS.map(([id, colour]) => `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`).join('')}</defs>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${PALETTE.paper}"/>`,
    ...layout.edges.map(edgeSvg),
    ...layout.nodes.map(nodeSvg),
    legend,
    '</svg>',
  ].join('\n');
}
