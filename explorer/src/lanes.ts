/**
 * The time lanes: the answer on screen as a band per party, time running left to right, and
 * each disclosure an arrow from the sender's band to the recipient's at its instant, so that
 * the order of the hops and the time between them can be read off. Instants stand in columns
 * in time order (the gap between two is said in words under the axis, and a longer gap is a
 * little wider); disclosures at one instant stand side by side. A band is shaded orange where
 * its party was an immigration agent. Pure: the layout is a scene (scene.ts), drawn on screen,
 * as SVG and as PNG alike.
 *
 * Over 400 lines on purpose: the lanes, the columns of instants, the arrows and their labels
 * are laid out together, each placed against the others; split, they would pass the whole
 * scene back and forth.
 */ import { pathsToAgents } from './elements.ts';
import { countyDate, countyDateTime, shortIntervalText, shorten, words, wrap } from './format.ts';
import { LANE_LEGEND, LEGEND, lookOf, PALETTE, styleKeys, type LegendEntry } from './palette.ts';
import type { Disclosure, Picture } from './picture.ts';
import { legendShapes, LINE_HEIGHT, textWidth, type Scene, type Shape } from './scene.ts';
import type { Box } from './label-placement.ts';
import { windowArguments, type TimeWindow, type Visible } from './time-window.ts';

/** The size of every word in the lanes, in pixels at 100%: readable without zooming. */
export const LANE_FONT = 12;
export const LANE_LIMITS = { disclosures: 300 } as const;

const MARGIN = 20;
const NAME_WIDTH = 210;
/** A band's least height; a party whose name takes more lines gets a taller one. */
const LANE_HEIGHT = 76;
/** The width each disclosure takes: its arrow near the left, its label to the right. */
const SLOT = 160;
const ARROW_INSET = 16;
const LABEL_WIDTH = SLOT - ARROW_INSET - 16;
/** Characters a label line holds: a little under the box's width at an average letter of 0.62 of the size. */
const LABEL_CHARACTERS = Math.floor((LABEL_WIDTH - 10) / (LANE_FONT * 0.62));
const NAME_CHARACTERS = Math.floor((NAME_WIDTH - 24) / (LANE_FONT * 0.6));
const HEADER = 100;
const AXIS = 74;
const MINUTE = 60_000;
const TITLE_FONT = 15;
/** A legend entry's words wrap here, so that the legend is no wider than a modest drawing. */
const LEGEND_CHARACTERS = 110;

export type Lane = {
  partyId: string;
  /** The middle of the band, where arrows start and end. */
  y: number;
  top: number;
  bottom: number;
  labelBox: Box;
  /** Where the band is shaded: the party was an immigration agent then. */
  agentSpans: Array<{ x1: number; x2: number }>;
};

export type LaneHop = {
  disclosureId: string;
  at: string;
  fromId: string;
  toId: string;
  x: number;
  y1: number;
  y2: number;
  /** The classes it is drawn with (as the graph's edges), and the legend entries they make. */
  classes: string[];
  keys: string[];
  label: string[];
  labelBox: Box;
};

export type LaneLayout = {
  width: number;
  height: number;
  lanes: Lane[];
  hops: LaneHop[];
  gaps: Array<{ x: number; text: string }>;
  /** Disclosures in the window not drawn (over LANE_LIMITS); the exports of the evidence hold them. */
  notDrawn: number;
  scene: Scene;
};

/** The time between two instants in plain words: "2 minutes later", "4 months later". */
export function gapText(ms: number): string {
  const count = (value: number, unit: string) => {
    const whole = Math.max(1, Math.round(value));
    return `${whole} ${unit}${whole === 1 ? '' : 's'} later`;
  };
  const minutes = ms / MINUTE;
  if (minutes < 60) return count(minutes, 'minute');
  const hours = minutes / 60;
  if (hours < 24) return count(hours, 'hour');
  const days = hours / 24;
  if (days < 14) return count(days, 'day');
  if (days < 63) return count(days / 7, 'week');
  if (days < 730) return count(days / 30.44, 'month');
  return count(days / 365.25, 'year');
}

/** Extra room for a longer gap, so that a month between hops looks longer than a minute. */
function gapRoom(ms: number): number {
  return Math.min(80, Math.log10(ms / MINUTE + 1) * 14);
}

function laneLines(picture: Picture, partyId: string): string[] {
  const party = picture.parties.get(partyId);
  if (party === undefined) return [partyId];
  const name = wrap(shorten(party.name, NAME_CHARACTERS * 2 - 2), NAME_CHARACTERS).slice(0, 2);
  const kind = party.kind === 'COUNTY_AGENCY' ? 'county agency' : `third party · ${words(party.kind)}`;
  const lines = [...name, ...wrap(kind, NAME_CHARACTERS)];
  if (party.agentIntervals.length > 0) {
    const spans = party.agentIntervals.map(shortIntervalText);
    lines.push(
      ...wrap(
        `agent ${spans.slice(0, 2).join('; ')}${spans.length > 2 ? ` +${spans.length - 2}` : ''}`,
        NAME_CHARACTERS,
      ),
    );
  }
  return lines;
}

/**
 * A text whose words fit a line of `width` characters: a longer word (IDENTITY_VERIFICATION)
 * is broken after an underscore, a dash or a slash, else cut to the width.
 */
export function breakLong(text: string, width: number): string {
  return text
    .split(' ')
    .flatMap((word) => {
      const parts: string[] = [];
      let rest = word;
      while (rest.length > width) {
        const at = Math.max(...['_', '-', '/'].map((mark) => rest.lastIndexOf(mark, width - 1)));
        const cut = at > 0 ? at + 1 : width;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return [...parts, rest].filter(Boolean);
    })
    .join(' ');
}

function hopLabel(disclosure: Disclosure, keys: readonly string[]): string[] {
  const lines = wrap(
    breakLong(shorten(disclosure.purpose, LABEL_CHARACTERS * 2 - 2), LABEL_CHARACTERS),
    LABEL_CHARACTERS,
  ).slice(0, 2);
  if (keys.includes('indirect-path')) lines.push('indirect path to', 'immigration agent');
  else if (keys.includes('direct-path')) lines.push('direct to', 'immigration agent');
  else if (disclosure.recipientWasAgent) lines.push('recipient was an', 'immigration agent');
  if (keys.includes('retracted')) lines.push('retracted');
  return lines;
}

/** The disclosures drawn: all in the window up to the limit, the paths to agents first, then in time order. */
function chosen(picture: Picture, visible: Visible, onPath: (id: string) => boolean): Disclosure[] {
  const all = visible.disclosureIds.flatMap((id) => {
    const disclosure = picture.disclosures.get(id);
    return disclosure === undefined ? [] : [disclosure];
  });
  if (all.length <= LANE_LIMITS.disclosures) return all;
  const kept = new Set(
    [...all]
      .sort((a, b) => Number(onPath(b.id)) - Number(onPath(a.id)))
      .slice(0, LANE_LIMITS.disclosures)
      .map((d) => d.id),
  );
  return all.filter((disclosure) => kept.has(disclosure.id));
}

export function laneLayout(
  picture: Picture,
  visible: Visible,
  options: { title: string; window: TimeWindow },
): LaneLayout {
  const paths = pathsToAgents(visible);
  const onPath = (id: string) => paths.indirect.has(id) || paths.direct.has(id);
  const disclosures = chosen(picture, visible, onPath);

  // Lanes: the party the view is about first, then each party as the information reaches it.
  const order: string[] = picture.rootPartyId === null ? [] : [picture.rootPartyId];
  for (const disclosure of disclosures) {
    for (const id of [disclosure.fromId, disclosure.toId]) if (!order.includes(id)) order.push(id);
  }
  const names = order.map((partyId) => laneLines(picture, partyId));
  const heights = names.map((lines) => Math.max(LANE_HEIGHT, Math.ceil(lines.length * LANE_FONT * LINE_HEIGHT) + 20));
  const tops = heights.reduce<number[]>(
    (all, _, index) => [...all, (all[index] ?? HEADER) + (heights[index] ?? 0)],
    [HEADER],
  );
  const laneTop = (index: number) => tops[index] ?? HEADER;

  // Columns: one per instant, a slot per disclosure at it.
  const plotStart = MARGIN + NAME_WIDTH + 10;
  let cursor = plotStart + 14;
  const columns: Array<{ at: number; x: number; slots: number }> = [];
  const slotOf = new Map<string, number>();
  for (const disclosure of disclosures) {
    const at = Date.parse(disclosure.at);
    const last = columns.at(-1);
    if (last === undefined || last.at !== at) {
      if (last !== undefined) cursor += gapRoom(at - last.at);
      columns.push({ at, x: cursor + ARROW_INSET, slots: 0 });
    }
    const column = columns.at(-1) as { slots: number };
    column.slots += 1;
    slotOf.set(disclosure.id, cursor);
    cursor += SLOT;
  }
  const plotEnd = Math.max(cursor + 10, plotStart + 200);

  /** Where an instant falls on the axis: between the columns around it; a column's own instant just before its arrow. */
  const xOf = (instant: string): number => {
    const at = Date.parse(instant);
    const first = columns[0];
    if (first === undefined || at < first.at) return plotStart;
    for (const [index, column] of columns.entries()) {
      if (at === column.at) return column.x - 8;
      const next = columns[index + 1];
      if (next === undefined) return plotEnd;
      if (at < next.at) {
        const share = (at - column.at) / (next.at - column.at);
        return column.x + share * (next.x - 8 - column.x);
      }
    }
    return plotEnd;
  };

  const lanes: Lane[] = order.map((partyId, index) => {
    const top = laneTop(index);
    const height = heights[index] ?? LANE_HEIGHT;
    const party = picture.parties.get(partyId);
    const agentSpans = (party?.agentIntervals ?? [])
      .map((interval) => ({ x1: xOf(interval.from), x2: interval.until === null ? plotEnd : xOf(interval.until) }))
      .filter((span) => span.x2 - span.x1 > 0.5);
    return {
      partyId,
      y: top + height / 2,
      top,
      bottom: top + height,
      labelBox: { x1: MARGIN, y1: top + 4, x2: MARGIN + NAME_WIDTH - 8, y2: top + height - 4 },
      agentSpans,
    };
  });
  const laneOf = new Map(lanes.map((lane) => [lane.partyId, lane]));

  const hops: LaneHop[] = disclosures.map((disclosure) => {
    const classes = ['disclosure'];
    if (disclosure.recipientWasAgent) classes.push('to-agent');
    if (paths.indirect.has(disclosure.id)) classes.push('indirect-path');
    else if (paths.direct.has(disclosure.id)) classes.push('direct-path');
    if (disclosure.retracted) classes.push('retracted');
    const keys = styleKeys('edges', classes);
    const x = (slotOf.get(disclosure.id) ?? plotStart) + ARROW_INSET;
    const [y1, y2] = [laneOf.get(disclosure.fromId)?.y ?? 0, laneOf.get(disclosure.toId)?.y ?? 0];
    const label = hopLabel(disclosure, keys);
    const height = label.length * LANE_FONT * LINE_HEIGHT + 6;
    const middle = (y1 + y2) / 2;
    // As wide as its longest line (capitals take more room), within its slot.
    const width = Math.min(
      SLOT - ARROW_INSET - 10,
      Math.max(60, ...label.map((line) => textWidth(line, LANE_FONT) + 14)),
    );
    return {
      disclosureId: disclosure.id,
      at: disclosure.at,
      fromId: disclosure.fromId,
      toId: disclosure.toId,
      x,
      y1,
      y2,
      classes,
      keys,
      label,
      labelBox: { x1: x + 8, y1: middle - height / 2, x2: x + 8 + width, y2: middle + height / 2 },
    };
  });

  const lanesBottom = order.length === 0 ? HEADER + LANE_HEIGHT : laneTop(order.length);
  const gaps = columns.slice(1).map((column, index) => {
    const previous = columns[index] as { at: number; x: number };
    return { x: (previous.x + column.x) / 2, text: gapText(column.at - previous.at) };
  });

  const drawnKeys = new Set(hops.flatMap((hop) => hop.keys));
  const reachedAsAgent = new Set(disclosures.filter((d) => d.recipientWasAgent).map((d) => d.toId));
  const legend: LegendEntry[] = [
    ...LANE_LEGEND,
    ...LEGEND.filter((entry) => drawnKeys.has(entry.key) || entry.key === 'selected').map((entry) => ({
      ...entry,
      // Here an arrow's label is its purpose: its instant is on the axis.
      text: entry.text.replace(
        'labelled with its date, purpose, categories and agreement',
        'labelled with its purpose; its instant is on the axis',
      ),
    })),
  ];
  const legendTop = lanesBottom + AXIS + 10;
  const { shapes: legendDrawn, height: legendHeight } = legendShapes(
    legend,
    MARGIN,
    legendTop,
    LANE_FONT,
    LEGEND_CHARACTERS,
  );
  const window = windowArguments(options.window);
  const windowText = `Window: ${window.from === null ? 'from the beginning' : `from ${countyDateTime(window.from)}`} ${window.until === null ? 'until now' : `until ${countyDateTime(window.until)}`}.`;
  const subtitle = [
    "Each band is a party; each arrow a disclosure from the sender's band to the recipient's, at its instant.",
    'Time runs left to right (county time, America/Chicago); the gap between instants is said under the axis.',
  ];
  const title = `${options.title}: time lanes`;
  // A long title (a subject key is 64 characters) takes two lines rather than widening the drawing.
  const wrapped = wrap(title, 64);
  const titleLines = wrapped.length <= 2 ? wrapped : [wrapped[0] as string, wrapped.slice(1).join(' ')];
  const cut =
    visible.disclosureIds.length > disclosures.length
      ? `${disclosures.length} of ${visible.disclosureIds.length} disclosures drawn (paths to immigration agents first); the evidence exports hold them all.`
      : null;
  const width = Math.ceil(
    Math.max(
      plotEnd + MARGIN,
      MARGIN * 2 + Math.max(...titleLines.map((line) => textWidth(line, TITLE_FONT))),
      MARGIN * 2 + Math.max(...subtitle.map((line) => textWidth(line, LANE_FONT))),
      MARGIN * 2 +
        46 +
        Math.min(LEGEND_CHARACTERS, Math.max(...legend.map((entry) => entry.text.length))) * LANE_FONT * 0.6,
    ),
  );
  const height = Math.ceil(legendTop + legendHeight + MARGIN);

  const shapes: Shape[] = [
    { kind: 'text', x: MARGIN, y: MARGIN + 8, lines: titleLines, size: TITLE_FONT, weight: 'bold', anchor: 'start' },
    { kind: 'text', x: MARGIN, y: MARGIN + 40, lines: subtitle, size: LANE_FONT, anchor: 'start' },
    { kind: 'text', x: MARGIN, y: MARGIN + 66, lines: [cut ?? windowText], size: LANE_FONT, anchor: 'start' },
  ];
  if (disclosures.length === 0) {
    shapes.push({
      kind: 'text',
      x: plotStart + 20,
      y: HEADER + LANE_HEIGHT / 2,
      lines: ['No disclosure in this window.'],
      size: LANE_FONT + 1,
      anchor: 'start',
    });
  }
  for (const [index, lane] of lanes.entries()) {
    const party = picture.parties.get(lane.partyId);
    const agency = party?.kind === 'COUNTY_AGENCY';
    const everAgent = (party?.agentIntervals.length ?? 0) > 0;
    const edge = everAgent ? PALETTE.agentLine : agency ? PALETTE.agencyLine : PALETTE.thirdPartyLine;
    const band: Shape[] = [
      {
        kind: 'rect',
        x: MARGIN,
        y: lane.top + 1,
        w: plotEnd - MARGIN,
        h: lane.bottom - lane.top - 2,
        fill: index % 2 === 0 ? PALETTE.laneWash : PALETTE.paper,
      },
      ...lane.agentSpans.flatMap((span): Shape[] => [
        {
          kind: 'rect',
          x: span.x1,
          y: lane.top + 4,
          w: span.x2 - span.x1,
          h: lane.bottom - lane.top - 8,
          fill: PALETTE.agentFill,
        },
        {
          kind: 'line',
          x1: span.x1,
          y1: lane.bottom - 5,
          x2: span.x2,
          y2: lane.bottom - 5,
          stroke: PALETTE.agentLine,
          width: 3,
        },
      ]),
      {
        kind: 'line',
        x1: plotStart,
        y1: lane.y,
        x2: plotEnd,
        y2: lane.y,
        stroke: PALETTE.line,
        width: 1,
        dash: [2, 4],
      },
      {
        kind: 'rect',
        cls: 'lane-name',
        x: lane.labelBox.x1,
        y: lane.labelBox.y1,
        w: lane.labelBox.x2 - lane.labelBox.x1,
        h: lane.labelBox.y2 - lane.labelBox.y1,
        rx: agency ? 0 : 6,
        fill: agency ? PALETTE.agencyFill : everAgent ? PALETTE.agentFill : PALETTE.thirdPartyFill,
        stroke: edge,
        width: lane.partyId === picture.rootPartyId ? 3 : 1.5,
        // Dashed when it was an immigration agent at other times only, as the graph draws it.
        dash: everAgent && !reachedAsAgent.has(lane.partyId) ? [6, 4] : null,
      },
      {
        kind: 'text',
        x: lane.labelBox.x1 + 10,
        y: lane.y,
        lines: names[index] ?? [lane.partyId],
        size: LANE_FONT,
        weight: lane.partyId === picture.rootPartyId ? 'bold' : 'normal',
        anchor: 'start',
      },
    ];
    shapes.push({
      kind: 'group',
      cls: `lane${agency ? ' agency' : ' third-party'}${everAgent ? ' agent' : ''}`,
      data: { 'party-id': lane.partyId },
      title: `${party?.name ?? lane.partyId} (${lane.partyId})`,
      shapes: band,
    });
  }
  for (const hop of hops) {
    const disclosure = picture.disclosures.get(hop.disclosureId) as Disclosure;
    const look = lookOf(hop.classes);
    const from = picture.parties.get(hop.fromId)?.name ?? hop.fromId;
    const to = picture.parties.get(hop.toId)?.name ?? hop.toId;
    const box = hop.labelBox;
    const top = Math.min(hop.y1, hop.y2);
    shapes.push({
      kind: 'group',
      cls: ['hop', ...hop.classes].join(' '),
      data: { 'disclosure-id': hop.disclosureId, at: hop.at },
      title: `${countyDateTime(hop.at)}: ${from} → ${to}, "${disclosure.purpose}", disclosure ${hop.disclosureId}`,
      shapes: [
        {
          kind: 'rect',
          cls: 'halo',
          x: hop.x - 9,
          y: top - 9,
          w: box.x2 - hop.x + 12,
          h: Math.abs(hop.y2 - hop.y1) + 18,
          rx: 6,
          fill: 'none',
          stroke: 'none',
          width: 3,
        },
        { kind: 'rect', x: hop.x - 3, y: hop.y1 - 3, w: 6, h: 6, rx: 3, fill: look.stroke },
        { kind: 'line', x1: hop.x, y1: hop.y1, x2: hop.x, y2: hop.y2, ...look },
        {
          kind: 'rect',
          x: box.x1,
          y: box.y1,
          w: box.x2 - box.x1,
          h: box.y2 - box.y1,
          rx: 3,
          fill: PALETTE.paper,
          stroke: PALETTE.line,
          width: 1,
        },
        {
          kind: 'text',
          x: box.x1 + 6,
          y: (box.y1 + box.y2) / 2,
          lines: hop.label,
          size: LANE_FONT,
          anchor: 'start',
        },
      ],
    });
  }
  // The axis: each instant in county time, and the gap before it in words.
  const axis = lanesBottom + 12;
  shapes.push({ kind: 'line', x1: plotStart, y1: axis, x2: plotEnd, y2: axis, stroke: PALETTE.grey, width: 1 });
  for (const column of columns) {
    const instant = new Date(column.at).toISOString();
    const time = countyDateTime(instant).slice(11);
    shapes.push(
      { kind: 'line', x1: column.x, y1: axis - 5, x2: column.x, y2: axis + 5, stroke: PALETTE.grey, width: 1 },
      {
        kind: 'text',
        x: column.x,
        y: axis + 22,
        lines: [countyDate(instant), column.slots > 1 ? `${time} ×${column.slots}` : time],
        size: LANE_FONT,
      },
    );
  }
  for (const gap of gaps) {
    shapes.push({ kind: 'text', x: gap.x, y: axis + 54, lines: [gap.text], size: LANE_FONT, fill: PALETTE.grey });
  }
  shapes.push(...legendDrawn);

  const description = `${hops.length} disclosures between ${lanes.length} parties, a band per party and time running left to right. ${windowText}`;
  return {
    width,
    height,
    lanes,
    hops,
    gaps,
    notDrawn: visible.disclosureIds.length - disclosures.length,
    scene: { width, height, title, description, idPrefix: 'lanes', shapes },
  };
}
