/**
 * Colours of the graph, its SVG export and the legend, from the Okabe–Ito palette, which
 * stays distinct under the common colour-vision deficiencies. No meaning rests on colour
 * alone: every one is also a shape, a line style and words in the label and the legend.
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
} as const;

/** One entry of the legend: the words, and the shape or line that goes with them. */
export const LEGEND: ReadonlyArray<{ key: string; text: string }> = [
  { key: 'agency', text: 'County agency: blue rectangle' },
  { key: 'third-party', text: 'Third party: grey rounded box' },
  {
    key: 'agent',
    text: 'Immigration agent when the information reached it: orange octagon with a thick border, labelled "IMMIGRATION AGENT" and the interval',
  },
  {
    key: 'agent-other-times',
    text: 'Immigration agent at other times only: octagon with a dashed border, labelled with its intervals',
  },
  { key: 'disclosure', text: 'Disclosure: grey arrow, labelled with its date, purpose, categories and agreement' },
  {
    key: 'indirect-path',
    text: 'Indirect path to an immigration agent (Sec. 46-37(e)): thick orange dashed arrows, labelled "indirect path"',
  },
  {
    key: 'direct-path',
    text: 'Direct disclosure to an immigration agent (Sec. 46-37(e)): thick purple solid arrow, labelled "direct"',
  },
  {
    key: 'bundle',
    text: 'Several disclosures between the same two parties: one thick grey arrow, labelled with how many and when',
  },
  { key: 'retracted', text: 'Retracted disclosure (no flow): dotted arrow, labelled "retracted"' },
  { key: 'more', text: 'Not drawn or not loaded yet: yellow tag saying how many more' },
];
