/**
 * Colours of the graph, the time lanes, their exports and the legend, from the Okabe–Ito
 * palette, which stays distinct under the common colour-vision deficiencies. No meaning rests
 * on colour alone: every one is also a shape, a line style and words in the label and the
 * legend. Every style drawn has a legend entry (styleKeys says which), for every role.
 */
export const PALETTE = {
  ink: '#000000',
  grey: '#5f5f5f',
  agencyFill: '#dcebf7',
  agencyLine: '#0072b2',
  thirdPartyFill: '#f2f2f2',
  thirdPartyLine: '#5f5f5f',
  agentFill: '#fbe3d3',
  agentLine: '#d55e00',
  directLine: '#cc79a7',
  moreFill: '#fdf7c4',
  selected: '#009e73',
  paper: '#ffffff',
  laneWash: '#f6f6f4',
  line: '#c8c8c8',
} as const;

/** What a legend entry shows beside its words: a party's shape, or a line with or without an arrowhead. */
export type Swatch =
  | {
      kind: 'shape';
      shape: 'rectangle' | 'round-rectangle' | 'octagon' | 'tag' | 'band';
      fill: string;
      stroke: string;
      width: number;
      dash: number[] | null;
      double?: boolean;
    }
  | { kind: 'line'; stroke: string; width: number; dash: number[] | null; arrow: boolean }
  | { kind: 'halo'; stroke: string };

/** How a disclosure is drawn: one look per legend key, shared by the graph's SVG export and the time lanes. */
export type Look = { stroke: string; width: number; dash: number[] | null; arrow: boolean };

export const LOOKS = {
  disclosure: { stroke: PALETTE.grey, width: 1.5, dash: null, arrow: true },
  'to-agent': { stroke: PALETTE.agentLine, width: 2.5, dash: null, arrow: true },
  'indirect-path': { stroke: PALETTE.agentLine, width: 5, dash: [10, 5], arrow: true },
  'direct-path': { stroke: PALETTE.directLine, width: 5, dash: null, arrow: true },
  bundle: { stroke: PALETTE.grey, width: 4, dash: null, arrow: true },
  'bundle-to-agent': { stroke: PALETTE.agentLine, width: 4, dash: null, arrow: true },
  retracted: { stroke: PALETTE.grey, width: 1.5, dash: [2, 4], arrow: true },
  more: { stroke: PALETTE.grey, width: 1.5, dash: [2, 4], arrow: false },
} as const satisfies Record<string, Look>;

export type LegendEntry = { key: string; text: string; swatch: Swatch };

const line = (look: Look): Swatch => ({ kind: 'line', ...look, dash: look.dash === null ? null : [...look.dash] });

/** One entry per style drawn: the words, and the shape or line that goes with them. */
export const LEGEND: readonly LegendEntry[] = [
  {
    key: 'agency',
    text: 'County agency: blue rectangle',
    swatch: {
      kind: 'shape',
      shape: 'rectangle',
      fill: PALETTE.agencyFill,
      stroke: PALETTE.agencyLine,
      width: 1.5,
      dash: null,
    },
  },
  {
    key: 'third-party',
    text: 'Third party: grey rounded box',
    swatch: {
      kind: 'shape',
      shape: 'round-rectangle',
      fill: PALETTE.thirdPartyFill,
      stroke: PALETTE.thirdPartyLine,
      width: 1.5,
      dash: null,
    },
  },
  {
    key: 'agent',
    text: 'Immigration agent when the information reached it: orange octagon with a thick border, labelled "IMMIGRATION AGENT" and the interval',
    swatch: {
      kind: 'shape',
      shape: 'octagon',
      fill: PALETTE.agentFill,
      stroke: PALETTE.agentLine,
      width: 4,
      dash: null,
    },
  },
  {
    key: 'agent-other-times',
    text: 'Immigration agent at other times only: grey octagon with a dashed orange border, labelled with its intervals',
    swatch: {
      kind: 'shape',
      shape: 'octagon',
      fill: PALETTE.thirdPartyFill,
      stroke: PALETTE.agentLine,
      width: 3,
      dash: [6, 4],
    },
  },
  {
    key: 'root',
    text: 'The party searched for: double border, name in bold',
    swatch: {
      kind: 'shape',
      shape: 'round-rectangle',
      fill: PALETTE.thirdPartyFill,
      stroke: PALETTE.thirdPartyLine,
      width: 3,
      dash: null,
      double: true,
    },
  },
  {
    key: 'disclosure',
    text: 'Disclosure: thin grey arrow, labelled with its date, purpose, categories and agreement',
    swatch: line(LOOKS.disclosure),
  },
  {
    key: 'to-agent',
    text: "Disclosure to a party that was an immigration agent at its time, on no chain read (a party's disclosures, and all an ANALYST sees): thin solid orange arrow",
    swatch: line(LOOKS['to-agent']),
  },
  {
    key: 'indirect-path',
    text: 'Indirect path to an immigration agent (Sec. 46-37(e)): thick orange dashed arrows, labelled "indirect path"',
    swatch: line(LOOKS['indirect-path']),
  },
  {
    key: 'direct-path',
    text: 'Direct disclosure to an immigration agent (Sec. 46-37(e)): thick purple solid arrow, labelled "direct"',
    swatch: line(LOOKS['direct-path']),
  },
  {
    key: 'bundle',
    text: 'Several disclosures between the same two parties: one thick grey arrow, labelled with how many and when',
    swatch: line(LOOKS.bundle),
  },
  {
    key: 'bundle-to-agent',
    text: 'Several disclosures between the same two parties, some to an immigration agent: one thick solid orange arrow, labelled with how many',
    swatch: line(LOOKS['bundle-to-agent']),
  },
  {
    key: 'retracted',
    text: 'Retracted disclosure (no flow): dotted arrow (orange when its recipient was an immigration agent), labelled "retracted"',
    swatch: line(LOOKS.retracted),
  },
  {
    key: 'more',
    text: 'Not drawn or not loaded yet: yellow tag saying how many more, joined to its party by a dotted line',
    swatch: { kind: 'shape', shape: 'tag', fill: PALETTE.moreFill, stroke: PALETTE.grey, width: 1.5, dash: [6, 4] },
  },
  {
    key: 'selected',
    text: 'Selected: green halo',
    swatch: { kind: 'halo', stroke: PALETTE.selected },
  },
];

/** The time lanes' own entries: a lane per party, shaded where the party was an immigration agent. */
export const LANE_LEGEND: readonly LegendEntry[] = [
  {
    key: 'lane',
    text: 'A band per party, named at its left (blue edge: county agency; grey: third party)',
    swatch: { kind: 'shape', shape: 'band', fill: PALETTE.laneWash, stroke: PALETTE.grey, width: 1, dash: null },
  },
  {
    key: 'lane-agent',
    text: 'Orange stretch of a band: the party was an immigration agent then',
    swatch: { kind: 'shape', shape: 'band', fill: PALETTE.agentFill, stroke: PALETTE.agentLine, width: 3, dash: null },
  },
];

/**
 * The legend entries an element's classes draw: a party's shape and border, a disclosure's
 * colour and line. Each key has an entry in LEGEND (or LANE_LEGEND for the lanes).
 */
export function styleKeys(group: 'nodes' | 'edges', classes: readonly string[]): string[] {
  const has = (name: string) => classes.includes(name);
  if (has('more')) return ['more'];
  if (group === 'nodes') {
    const keys = [has('agency') ? 'agency' : 'third-party'];
    if (has('agent')) keys.push('agent');
    else if (has('agent-other-times')) keys.push('agent-other-times');
    if (has('root')) keys.push('root');
    return keys;
  }
  const keys: string[] = [];
  if (has('indirect-path')) keys.push('indirect-path');
  else if (has('direct-path')) keys.push('direct-path');
  else if (has('bundle')) keys.push(has('to-agent') ? 'bundle-to-agent' : 'bundle');
  else if (has('to-agent')) keys.push('to-agent');
  else if (!has('retracted')) keys.push('disclosure');
  if (has('retracted')) keys.push('retracted');
  return keys;
}

/** The look of a disclosure drawn with these classes (the SVG export and the lanes draw it so). */
export function lookOf(classes: readonly string[]): Look {
  const keys = styleKeys('edges', classes);
  const main = (keys[0] ?? 'disclosure') as keyof typeof LOOKS;
  const look: Look = LOOKS[main] ?? LOOKS.disclosure;
  if (!keys.includes('retracted') || main === 'retracted') return look;
  return { ...look, dash: [...LOOKS.retracted.dash] };
}
