/**
 * The flow chart: how individuals' information travelled from county agencies, through the
 * first intermediary if any, to immigration agents, as bands between three columns of nodes.
 * A suppressed count adds one fixed width to a band, never a width drawn to its size.
 *
 * Over 400 lines on purpose: building the graph, laying it out and drawing it share private
 * node and link types that change together; split, every one of them would be exported.
 */
import type { AnnualReport, Count, FlowRow } from '../../core/reporting/index.ts';
import {
  COLOUR,
  FLOW_BAND_OPACITY,
  NUMBER,
  chartFigure,
  emptyChart,
  esc,
  hatchId,
  isSuppressed,
  partyName,
  plural,
  px,
  truncate,
  withSuppressedLegend,
} from './svg.ts';

type ColumnIndex = 0 | 1 | 2;
const COLUMNS: readonly ColumnIndex[] = [0, 1, 2];
const COLUMN_HEADINGS = ['Origin agencies', 'Intermediaries', 'Immigration agents'] as const;

/** An exact sum, and how many suppressed counts were added to it (their size is unknown). */
/** Exact counts added up, and the hidden ones counted with the markers they were shown with. */
type Weight = { exact: number; suppressed: number; markers: ReadonlySet<string> };

/**
 * A party, the node standing for a column's smaller parties, or the lane of the middle column
 * that direct paths cross, so that they pass beside the intermediaries rather than over them.
 */
type FlowNode = {
  key: string;
  column: ColumnIndex;
  kind: 'party' | 'others' | 'lane';
  name: string;
  weight: Weight;
  y: number;
  height: number;
};
type FlowLink = {
  source: FlowNode;
  target: FlowNode;
  /** The lane a path straight from its origin agency crosses the middle column in. */
  lane: FlowNode | null;
  /** Its last hop was made by county personnel: a direct disclosure. */
  direct: boolean;
  weight: Weight;
  width: number;
  sourceY: number;
  laneY: number;
  targetY: number;
};

const FLOW = {
  width: 960,
  top: 40,
  bottom: 12,
  /** Room left and right of the outer columns for their labels. */
  labelRoom: 240,
  nodeWidth: 14,
  nodeGap: 10,
  lineHeight: 14,
  /** Height the exact counts of the fullest column are scaled to, at most. */
  plotHeight: 420,
  /** Most height per individual, so that a band of 1 is thin: the plot fills only past 42 individuals. */
  maxPerUnit: 10,
  /** Width of every band carrying a suppressed count, whatever it hides. */
  suppressedWidth: 8,
  minWidth: 1.5,
  maxNodesPerColumn: 12,
  maxLabelChars: 26,
  maxLabelLines: 2,
} as const;

const NO_WEIGHT: Weight = { exact: 0, suppressed: 0, markers: new Set() };

function addCount(weight: Weight, count: Count): Weight {
  return isSuppressed(count)
    ? { exact: weight.exact, suppressed: weight.suppressed + 1, markers: new Set([...weight.markers, count]) }
    : { ...weight, exact: weight.exact + count };
}

function heavierFirst(a: Weight, b: Weight): number {
  return b.exact - a.exact || b.suppressed - a.suppressed;
}

/** A weight and "individual" or "individuals": one only when it is exactly 1. */
function individuals(weight: Weight): string {
  const one = weight.exact === 1 && weight.suppressed === 0;
  return `${formatWeight(weight)} ${one ? 'individual' : 'individuals'}`;
}

function formatWeight(weight: Weight): string {
  const parts = weight.exact > 0 || weight.suppressed === 0 ? [NUMBER.format(weight.exact)] : [];
  const [marker] = weight.markers;
  if (weight.suppressed === 1 && marker !== undefined) parts.push(marker);
  else if (weight.markers.size === 1 && marker !== undefined) parts.push(`${weight.suppressed} × ${marker}`);
  else if (weight.suppressed > 1) parts.push(`${weight.suppressed} hidden counts`);
  return parts.join(' + ');
}

export function flowChart(report: AnnualReport): string {
  const flows = report.immigration.flows;
  if (flows.length === 0) {
    return emptyChart(`No path from a county agency to an immigration agent was recorded in ${report.year}.`);
  }
  const { nodes, links } = flowGraph(report, flows);
  const height = layoutFlows(nodes, links);
  const hatch = hatchId('chart-flows');
  return chartFigure({
    className: 'chart-flows',
    caption: `From county agencies to immigration agents, ${report.year}`,
    description: describeFlows(report, flows),
    width: FLOW.width,
    height,
    body: [
      ...COLUMNS.map(columnHeading),
      ...links.map((link) => flowBand(link, hatch)),
      ...nodes.map((node) => flowNode(node, hatch)),
    ].join('\n'),
    legend: withSuppressedLegend(
      [
        {
          swatch: 'direct',
          text: 'Direct: county personnel (an agency or its contractor) to immigration agent',
          translucent: true,
        },
        { swatch: 'indirect', text: 'Through a third party', translucent: true },
      ],
      flows.map((row) => row.individuals),
    ),
    note: `Heights and widths are proportional to individuals per path: someone reached along two paths counts on both. Each column shows its ${FLOW.maxNodesPerColumn} largest parties and groups the rest.`,
  });
}

function flowColumnIds(row: FlowRow): [string, string | null, string] {
  return [row.agencyId, row.intermediaryId, row.agentId];
}

/** Nodes and links, each column cut to its heaviest parties plus one node for all the others. */
function flowGraph(report: AnnualReport, flows: FlowRow[]): { nodes: FlowNode[]; links: FlowLink[] } {
  const keptIds = COLUMNS.map((column) => heaviestIds(flows, column));
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();

  const othersNames = COLUMNS.map((column) => othersName(flows, column));
  const tally = (node: FlowNode, count: Count): FlowNode => {
    const known = nodes.get(node.key) ?? node;
    known.weight = addCount(known.weight, count);
    nodes.set(known.key, known);
    return known;
  };
  const nodeFor = (column: ColumnIndex, id: string, count: Count): FlowNode =>
    tally(
      keptIds[column]?.has(id)
        ? newNode(`${column}:party:${id}`, column, 'party', partyName(report, id))
        : newNode(`${column}:others`, column, 'others', othersNames[column] ?? ''),
      count,
    );
  // Each direct path gets a lane of its own, which takes its place among the intermediaries.
  const laneFor = (agency: FlowNode, agent: FlowNode, count: Count): FlowNode =>
    tally(newNode(`1:lane:${agency.key}>${agent.key}`, 1, 'lane', 'No intermediary'), count);
  const linkFor = (source: FlowNode, target: FlowNode, lane: FlowNode | null, direct: boolean, count: Count): void => {
    const key = `${source.key}>${target.key}${direct ? '' : ':indirect'}`;
    const link = links.get(key) ?? {
      source,
      target,
      lane,
      direct,
      weight: NO_WEIGHT,
      width: 0,
      sourceY: 0,
      laneY: 0,
      targetY: 0,
    };
    link.weight = addCount(link.weight, count);
    links.set(key, link);
  };

  for (const row of flows) {
    const agency = nodeFor(0, row.agencyId, row.individuals);
    const agent = nodeFor(2, row.agentId, row.individuals);
    if (row.intermediaryId === null) {
      linkFor(agency, agent, laneFor(agency, agent, row.individuals), true, row.individuals);
    } else {
      // The hop into the intermediary reached no agent; the hop out is direct when the
      // intermediary acted for the county (its contractor, agent or employee) then.
      const intermediary = nodeFor(1, row.intermediaryId, row.individuals);
      linkFor(agency, intermediary, null, false, row.individuals);
      linkFor(intermediary, agent, null, row.direct, row.individuals);
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

function newNode(key: string, column: ColumnIndex, kind: FlowNode['kind'], name: string): FlowNode {
  return { key, column, kind, name, weight: NO_WEIGHT, y: 0, height: 0 };
}

function columnWeights(flows: FlowRow[], column: ColumnIndex): Map<string, Weight> {
  const weights = new Map<string, Weight>();
  for (const row of flows) {
    const id = flowColumnIds(row)[column];
    if (id !== null) weights.set(id, addCount(weights.get(id) ?? NO_WEIGHT, row.individuals));
  }
  return weights;
}

function heaviestIds(flows: FlowRow[], column: ColumnIndex): Set<string> {
  const ranked = [...columnWeights(flows, column)].sort(([, a], [, b]) => heavierFirst(a, b));
  return new Set(ranked.slice(0, FLOW.maxNodesPerColumn).map(([id]) => id));
}

function othersName(flows: FlowRow[], column: ColumnIndex): string {
  const others = columnWeights(flows, column).size - FLOW.maxNodesPerColumn;
  return `${NUMBER.format(others)} ${plural(others, 'other', 'others')}`;
}

/** Sizes and places nodes and band ends; returns the chart's height. */
function layoutFlows(nodes: FlowNode[], links: FlowLink[]): number {
  const scale = flowScale(nodes, links);
  for (const link of links) link.width = bandWidth(link.weight, scale);
  for (const node of nodes) {
    const widths = (ends: (link: FlowLink) => FlowNode | null) =>
      sum(links.filter((link) => ends(link) === node).map((link) => link.width));
    node.height = Math.max(
      widths((link) => link.source),
      widths((link) => link.target),
      widths((link) => link.lane),
    );
  }
  const [agencies = [], middle = [], agents = []] = COLUMNS.map((column) => nodesInColumn(nodes, column));
  const tallest = Math.max(...[agencies, middle, agents].map(columnExtent));
  placeColumn(agencies, tallest);
  placeColumn(agents, tallest);
  // Intermediaries and lanes sit level with the parties they connect, so that few bands cross.
  const level = new Map(middle.map((node) => [node, barycentre(node, links)]));
  placeColumn(
    middle.sort((a, b) => (level.get(a) ?? 0) - (level.get(b) ?? 0)),
    tallest,
  );
  attachBands(nodes, links);
  return FLOW.top + tallest + FLOW.bottom;
}

function columnExtent(column: FlowNode[]): number {
  return sum(column.map(slotHeight)) + FLOW.nodeGap * Math.max(0, column.length - 1);
}

/** Stacks a column's nodes from the top down, the column centred on the tallest. */
function placeColumn(column: FlowNode[], tallest: number): void {
  let y = FLOW.top + (tallest - columnExtent(column)) / 2;
  for (const node of column) {
    node.y = y + (slotHeight(node) - node.height) / 2;
    y += slotHeight(node) + FLOW.nodeGap;
  }
}

/** The mean height of the nodes a middle node is connected to, each weighted by its band. */
function barycentre(node: FlowNode, links: FlowLink[]): number {
  const centre = (end: FlowNode) => end.y + end.height / 2;
  const ends = links.flatMap((link) => {
    if (link.lane === node)
      return [
        { y: centre(link.source), w: link.width },
        { y: centre(link.target), w: link.width },
      ];
    if (link.source === node) return [{ y: centre(link.target), w: link.width }];
    if (link.target === node) return [{ y: centre(link.source), w: link.width }];
    return [];
  });
  const weight = sum(ends.map((end) => end.w));
  return weight > 0 ? sum(ends.map((end) => end.y * end.w)) / weight : 0;
}

/** Pixels per individual: the fullest column's exact counts fill the plot height, a small count no more than its share. */
function flowScale(nodes: FlowNode[], links: FlowLink[]): number {
  const perColumn = COLUMNS.map((column) => {
    const side = links.filter(
      (link) =>
        (column === 1 ? (link.lane ?? link.target) : column === 0 ? link.source : link.target).column === column,
    );
    const exact = sum(side.map((link) => link.weight.exact));
    const fixed = side.filter((link) => link.weight.suppressed > 0).length * FLOW.suppressedWidth;
    const gaps = FLOW.nodeGap * Math.max(0, nodesInColumn(nodes, column).length - 1);
    const room = Math.max(FLOW.plotHeight / 4, FLOW.plotHeight - fixed - gaps);
    return exact > 0 ? room / exact : Infinity;
  });
  const scale = Math.min(FLOW.maxPerUnit, ...perColumn);
  return Number.isFinite(scale) ? scale : 0;
}

function bandWidth(weight: Weight, scale: number): number {
  const exact = weight.exact > 0 ? Math.max(FLOW.minWidth, weight.exact * scale) : 0;
  return exact + (weight.suppressed > 0 ? FLOW.suppressedWidth : 0);
}

const KIND_ORDER: Record<FlowNode['kind'], number> = { party: 0, lane: 0, others: 1 };

function nodesInColumn(nodes: FlowNode[], column: ColumnIndex): FlowNode[] {
  return nodes
    .filter((node) => node.column === column)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || heavierFirst(a.weight, b.weight));
}

function labelLines(node: FlowNode): string[] {
  return wrap(node.name, FLOW.maxLabelChars, FLOW.maxLabelLines);
}

/** A node's share of its column: its bands, or its label (name lines and a value line) if taller. */
function slotHeight(node: FlowNode): number {
  if (node.kind === 'lane') return node.height;
  return Math.max(node.height, (labelLines(node).length + 1) * FLOW.lineHeight + 4);
}

/**
 * Stacks the bands at each end in the order of the other ends, so that few of them cross:
 * first through the direct lane, then out of each source and into each target.
 */
function attachBands(nodes: FlowNode[], links: FlowLink[]): void {
  const stack = (
    node: FlowNode,
    attached: FlowLink[],
    order: (a: FlowLink, b: FlowLink) => number,
    set: (link: FlowLink, y: number) => void,
  ) => {
    let y = node.y;
    for (const link of attached.sort(order)) {
      set(link, y);
      y += link.width;
    }
  };
  for (const lane of nodes.filter((node) => node.kind === 'lane')) {
    const crossing = links.filter((link) => link.lane === lane);
    const order = (a: FlowLink, b: FlowLink) => a.source.y - b.source.y || a.target.y - b.target.y;
    stack(lane, crossing, order, (link, y) => (link.laneY = y));
  }
  for (const node of nodes) {
    const out = links.filter((link) => link.source === node);
    const next = (link: FlowLink) => (link.lane ? link.laneY : link.target.y);
    stack(
      node,
      out,
      (a, b) => next(a) - next(b),
      (link, y) => (link.sourceY = y),
    );
    const into = links.filter((link) => link.target === node);
    const previous = (link: FlowLink) => (link.lane ? link.laneY : link.source.y);
    stack(
      node,
      into,
      (a, b) => previous(a) - previous(b),
      (link, y) => (link.targetY = y),
    );
  }
}

function columnX(column: ColumnIndex): number {
  const xs = [FLOW.labelRoom, (FLOW.width - FLOW.nodeWidth) / 2, FLOW.width - FLOW.labelRoom - FLOW.nodeWidth];
  return xs[column] ?? 0;
}

function columnHeading(column: ColumnIndex): string {
  const x = columnX(column);
  const [anchor, textX] =
    column === 0 ? ['end', x + FLOW.nodeWidth] : column === 1 ? ['middle', x + FLOW.nodeWidth / 2] : ['start', x];
  return `<text x="${px(textX)}" y="16" text-anchor="${anchor}" font-weight="700">${esc(COLUMN_HEADINGS[column])}</text>`;
}

type Point = { x: number; y: number };

/** A band of constant width along the points, an S-curve between each pair. */
function bandPath(points: Point[], width: number): string {
  const lower = points.map(({ x, y }) => ({ x, y: y + width })).reverse();
  return `${edgePath(points, 'M')} ${edgePath(lower, 'L')} Z`;
}

/** Moves (M) or draws a line (L) to the first point, then curves through the rest. */
function edgePath(points: Point[], start: 'M' | 'L'): string {
  return points
    .map((to, i) => {
      const from = points[i - 1];
      if (from === undefined) return `${start}${px(to.x)},${px(to.y)}`;
      const mid = px((from.x + to.x) / 2);
      return `C${mid},${px(from.y)} ${mid},${px(to.y)} ${px(to.x)},${px(to.y)}`;
    })
    .join(' ');
}

function flowBand(link: FlowLink, hatch: string): string {
  const start = { x: columnX(link.source.column) + FLOW.nodeWidth, y: link.sourceY };
  const end = { x: columnX(link.target.column), y: link.targetY };
  const laneX = columnX(1);
  const points = link.lane
    ? [start, { x: laneX, y: link.laneY }, { x: laneX + FLOW.nodeWidth, y: link.laneY }, end]
    : [start, end];
  const suppressed = link.weight.suppressed > 0;
  const colour = link.direct ? COLOUR.direct : COLOUR.indirect;
  const paint = suppressed
    ? `fill="url(#${hatch})" stroke="${colour}" stroke-width="1"`
    : `fill="${colour}" fill-opacity="${FLOW_BAND_OPACITY}"`;
  const classes = ['link', link.direct ? 'direct' : 'indirect', ...(suppressed ? ['suppressed'] : [])].join(' ');
  const how = link.lane ? ', directly' : link.direct ? ', directly, for the county' : '';
  const tooltip = `${link.source.name} → ${link.target.name}${how}: ${individuals(link.weight)}`;
  return `<path class="${classes}" d="${bandPath(points, link.width)}" ${paint}><title>${esc(tooltip)}</title></path>`;
}

/** A party's bar and label; a lane is drawn by the band through it alone. */
function flowNode(node: FlowNode, hatch: string): string {
  if (node.kind === 'lane') return '';
  const x = columnX(node.column);
  const onlySuppressed = node.weight.exact === 0;
  const fill = onlySuppressed ? `url(#${hatch})` : COLOUR.node;
  const rect = `<rect class="node${onlySuppressed ? ' suppressed' : ''}" x="${px(x)}" y="${px(node.y)}" width="${FLOW.nodeWidth}" height="${px(node.height)}" fill="${fill}" stroke="${COLOUR.node}"/>`;
  const [anchor, labelX] = node.column === 0 ? ['end', x - 8] : ['start', x + FLOW.nodeWidth + 8];
  const names = labelLines(node);
  const lines = [...names, formatWeight(node.weight)];
  const firstBaseline = node.y + node.height / 2 - (lines.length * FLOW.lineHeight) / 2 + FLOW.lineHeight * 0.8;
  // A white halo keeps the middle column's labels readable where bands pass behind them.
  const halo = `paint-order="stroke" stroke="${COLOUR.halo}" stroke-width="4" stroke-linejoin="round"`;
  const texts = lines.map((line, i) => {
    const weight = i < names.length ? ' font-weight="600"' : '';
    return `<text x="${px(labelX)}" y="${px(firstBaseline + i * FLOW.lineHeight)}" text-anchor="${anchor}"${weight} ${halo}>${esc(line)}</text>`;
  });
  const tooltip = `${node.name}: ${individuals(node.weight)}`;
  return `<g class="${node.kind}"><title>${esc(tooltip)}</title>${rect}${texts.join('')}</g>`;
}

function describeFlows(report: AnnualReport, flows: FlowRow[]): string {
  const parties = (column: ColumnIndex, one: string, many: string) => {
    const count = columnWeights(flows, column).size;
    return `${NUMBER.format(count)} ${plural(count, one, many)}`;
  };
  const largest = flows
    .filter((row): row is FlowRow & { individuals: number } => !isSuppressed(row.individuals))
    .sort((a, b) => b.individuals - a.individuals)[0];
  const path =
    largest === undefined
      ? ''
      : ` The largest: ${partyName(report, largest.agencyId)} to ${partyName(report, largest.agentId)}${
          largest.intermediaryId === null ? ' directly' : ` through ${partyName(report, largest.intermediaryId)}`
        }, ${NUMBER.format(largest.individuals)} ${plural(largest.individuals, 'individual', 'individuals')}.`;
  return `${NUMBER.format(flows.length)} ${plural(flows.length, 'path', 'paths')} from ${parties(0, 'origin agency', 'origin agencies')} through ${parties(1, 'intermediary', 'intermediaries')} to ${parties(2, 'immigration agent', 'immigration agents')}.${path}`;
}

/** Breaks text at spaces into lines of at most maxChars; what the last line cannot hold ends in "…". */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && Array.from(`${last} ${word}`).length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')].filter(Boolean);
  return kept.map((line) => truncate(line, maxChars));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
