/**
 * The cytoscape.js stylesheet. Each meaning has a colour, a shape or line style and words in
 * the label (see palette.ts, whose legend names every style drawn here), so that none depends
 * on telling colours apart. Labels are sized to be read at the zoom the view starts at (see
 * graph.ts: it never fits below READABLE_ZOOM); a disclosure's label sits beside its arrow on
 * an opaque box, moved off the line by the offsets label-placement.ts works out.
 */
import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { LOOKS, PALETTE } from './palette.ts';

/** Label sizes in model pixels; on screen they are this times the zoom. */
export const FONT = { node: 13, edge: 12 } as const;

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': 'data(width)',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-family': 'system-ui, sans-serif',
      'font-size': FONT.node,
      'line-height': 1.2,
      color: PALETTE.ink,
      width: 'data(width)',
      height: 'data(height)',
      'background-color': PALETTE.thirdPartyFill,
      'border-color': PALETTE.thirdPartyLine,
      'border-width': 1.5,
      shape: 'round-rectangle',
    },
  },
  {
    selector: 'node.agency',
    style: { shape: 'rectangle', 'background-color': PALETTE.agencyFill, 'border-color': PALETTE.agencyLine },
  },
  {
    selector: 'node.agent',
    style: {
      shape: 'octagon',
      'background-color': PALETTE.agentFill,
      'border-color': PALETTE.agentLine,
      'border-width': 5,
    },
  },
  {
    selector: 'node.agent-other-times',
    style: {
      shape: 'octagon',
      'border-color': PALETTE.agentLine,
      'border-style': 'dashed',
      'border-width': 3,
    },
  },
  { selector: 'node.root', style: { 'border-width': 4, 'font-weight': 'bold', 'border-style': 'double' } },
  {
    selector: 'node.more',
    style: {
      shape: 'tag',
      'background-color': PALETTE.moreFill,
      'border-style': 'dashed',
      'border-color': PALETTE.grey,
      'font-style': 'italic',
    },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'font-family': 'system-ui, sans-serif',
      'font-size': FONT.edge,
      'line-height': 1.2,
      color: PALETTE.ink,
      // An opaque box with a thin border, beside the arrow (never on it): the offsets come from label-placement.ts.
      'text-background-color': PALETTE.paper,
      'text-background-opacity': 1,
      'text-background-padding': '3px',
      'text-background-shape': 'roundrectangle',
      'text-border-color': PALETTE.line,
      'text-border-width': 1,
      'text-border-opacity': 1,
      'text-margin-x': (edge: EdgeSingular) => Number(edge.data('labelDx') ?? 0),
      'text-margin-y': (edge: EdgeSingular) => Number(edge.data('labelDy') ?? 0),
      width: LOOKS.disclosure.width,
      'line-color': LOOKS.disclosure.stroke,
      'target-arrow-color': LOOKS.disclosure.stroke,
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'edge.to-agent',
    style: {
      'line-color': LOOKS['to-agent'].stroke,
      'target-arrow-color': LOOKS['to-agent'].stroke,
      width: LOOKS['to-agent'].width,
    },
  },
  {
    selector: 'edge.indirect-path',
    style: {
      'line-color': LOOKS['indirect-path'].stroke,
      'target-arrow-color': LOOKS['indirect-path'].stroke,
      width: LOOKS['indirect-path'].width,
      'line-style': 'dashed',
      'line-dash-pattern': [...LOOKS['indirect-path'].dash],
    },
  },
  {
    selector: 'edge.direct-path',
    style: {
      'line-color': LOOKS['direct-path'].stroke,
      'target-arrow-color': LOOKS['direct-path'].stroke,
      width: LOOKS['direct-path'].width,
      'line-style': 'solid',
    },
  },
  { selector: 'edge.bundle', style: { width: LOOKS.bundle.width, 'font-weight': 'bold' } },
  { selector: 'edge.retracted', style: { 'line-style': 'dotted' } },
  { selector: 'edge.more', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  {
    selector: ':selected',
    style: { 'overlay-color': PALETTE.selected, 'overlay-opacity': 0.25, 'overlay-padding': 6 },
  },
];
