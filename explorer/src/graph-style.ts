/**
 * The cytoscape.js stylesheet. Each meaning has a colour, a shape or line style and words in
 * the label (see palette.ts), so that none depends on telling colours apart.
 */
import type { StylesheetJson } from 'cytoscape';
import { PALETTE } from './palette.ts';

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
      'font-size': 11,
      color: PALETTE.ink,
      width: 'data(width)',
      height: 'data(height)',
      'background-color': PALETTE.thirdPartyFill,
      'border-color': PALETTE.thirdPartyLine,
      'border-width': 1.5,
      shape: 'round-rectangle',
      'min-zoomed-font-size': 6,
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
      'font-size': 9,
      color: PALETTE.ink,
      'text-background-color': PALETTE.paper,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-max-width': '180px',
      width: 1.5,
      'line-color': PALETTE.grey,
      'target-arrow-color': PALETTE.grey,
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'min-zoomed-font-size': 6,
    },
  },
  {
    selector: 'edge.to-agent',
    style: { 'line-color': PALETTE.agentLine, 'target-arrow-color': PALETTE.agentLine, width: 2.5 },
  },
  {
    selector: 'edge.indirect-path',
    style: {
      'line-color': PALETTE.agentLine,
      'target-arrow-color': PALETTE.agentLine,
      width: 5,
      'line-style': 'dashed',
      'line-dash-pattern': [10, 5],
    },
  },
  {
    selector: 'edge.direct-path',
    style: {
      'line-color': PALETTE.directLine,
      'target-arrow-color': PALETTE.directLine,
      width: 5,
      'line-style': 'solid',
    },
  },
  { selector: 'edge.bundle', style: { width: 4, 'font-weight': 'bold' } },
  { selector: 'edge.retracted', style: { 'line-style': 'dotted' } },
  { selector: 'edge.more', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  {
    selector: ':selected',
    style: { 'overlay-color': PALETTE.selected, 'overlay-opacity': 0.25, 'overlay-padding': 6 },
  },
];
