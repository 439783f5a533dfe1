/**
 * The graph as element definitions for cytoscape.js: a node per party, an edge per
 * disclosure, classes that carry every colour-coded meaning (the style gives each a shape
 * and a line style too) and labels that say it in words. At most DRAW_LIMITS are drawn, the
 * paths to immigration agents first, then the oldest; the rest is one "N more" node, and
 * the list and the exports still hold all of it.
 */
import { countyDate, shorten, shortIntervalText, words, wrap } from './format.ts';
import type { Disclosure, PartyNode, Picture } from './picture.ts';
import type { Visible } from './time-window.ts';

export const DRAW_LIMITS: Readonly<{ parties: number; disclosures: number }> = { parties: 150, disclosures: 300 };

/** From this many disclosures between the same two parties, they are drawn as one edge that counts them. */
export const BUNDLE_FROM = 4;

export type ElementDefinition = {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | string[]>;
  classes: string;
};

export type Drawn = {
  elements: ElementDefinition[];
  /** What is in the window but not drawn. */
  notDrawn: { disclosures: number; parties: number };
};

/** Characters a label line holds before it wraps: labels stay narrow, so a chain fits across the screen. */
export const LABEL_CHARACTERS = 22;
/** A "more" tag's words wrap here: it stands beside a party, no wider than a few of them. */
const MORE_CHARACTERS = 34;
/** The interval line of an immigration agent's label wraps a little wider: "agent 2024-01-01 – 2025-01-01". */
const INTERVAL_CHARACTERS = 30;

export const nodeId = (partyId: string) => `p:${partyId}`;
export const edgeId = (disclosureId: string) => `d:${disclosureId}`;
export const moreId = (id: string) => `m:${id}`;
export const NOT_DRAWN_ID = 'not-drawn';

/**
 * Disclosures on the chain of an arrival at an immigration agent, by how it got there:
 * Sec. 46-37(e) forbids both, directly (the last sender county personnel then: a county agency
 * or its contractor, agent or employee) or indirectly.
 */
export function pathsToAgents(visible: Visible): { indirect: Set<string>; direct: Set<string> } {
  const indirect = new Set<string>();
  const direct = new Set<string>();
  for (const arrival of visible.arrivals) {
    if (!arrival.immigrationAgent) continue;
    for (const id of arrival.hopIds) (arrival.direct ? direct : indirect).add(id);
  }
  return { indirect, direct };
}

export function partyLabel(party: PartyNode, agentWhenReached: boolean): string {
  const kind = party.kind === 'COUNTY_AGENCY' ? 'county agency' : `third party · ${words(party.kind)}`;
  const lines = [...wrap(shorten(party.name, 60), LABEL_CHARACTERS), ...wrap(kind, LABEL_CHARACTERS + 4)];
  if (agentWhenReached) lines.push('IMMIGRATION AGENT');
  if (party.agentIntervals.length > 0) lines.push(...wrap(shortIntervals(party), INTERVAL_CHARACTERS));
  return lines.join('\n');
}

/** The intervals by county day, for a label; the details and the list give the times. */
function shortIntervals(party: PartyNode): string {
  const spans = party.agentIntervals.map(shortIntervalText);
  return `agent ${spans.slice(0, 2).join('; ')}${spans.length > 2 ? `; +${spans.length - 2} more` : ''}`;
}

export function disclosureLabel(disclosure: Disclosure, path: 'indirect' | 'direct' | null): string {
  const categories =
    disclosure.categories === null
      ? null
      : disclosure.categories.length === 0
        ? 'no categories'
        : `${disclosure.categories.slice(0, 3).map(words).join(', ')}${disclosure.categories.length > 3 ? ` +${disclosure.categories.length - 3}` : ''}`;
  const lines = [countyDate(disclosure.at), ...wrap(shorten(disclosure.purpose, 48), LABEL_CHARACTERS)];
  if (categories !== null) lines.push(...wrap(categories, LABEL_CHARACTERS));
  lines.push(
    disclosure.agreementReference === null
      ? 'no agreement named'
      : `agreement ${shorten(disclosure.agreementReference, 24)}`,
  );
  if (disclosure.retracted) lines.push('retracted');
  if (path === 'indirect') lines.push('indirect path to', 'an immigration agent');
  if (path === 'direct') lines.push('direct to', 'an immigration agent');
  return lines.join('\n');
}

export function graphElements(picture: Picture, visible: Visible, limits = DRAW_LIMITS): Drawn {
  const paths = pathsToAgents(visible);
  const onPath = (id: string) => paths.indirect.has(id) || paths.direct.has(id);
  const candidates = visible.disclosureIds.flatMap((id) => {
    const disclosure = picture.disclosures.get(id);
    return disclosure === undefined ? [] : [disclosure];
  });
  // Paths to immigration agents first, each group in time order (visible is in time order).
  candidates.sort((a, b) => Number(onPath(b.id)) - Number(onPath(a.id)));
  const parties = new Set<string>(picture.rootPartyId === null ? [] : [picture.rootPartyId]);
  const edges: Disclosure[] = [];
  for (const disclosure of candidates) {
    if (edges.length >= limits.disclosures) break;
    const added = [disclosure.fromId, disclosure.toId].filter((id) => !parties.has(id));
    if (parties.size + new Set(added).size > limits.parties) continue;
    for (const id of added) parties.add(id);
    edges.push(disclosure);
  }
  const agentsReached = new Set(edges.filter((edge) => edge.recipientWasAgent).map((edge) => edge.toId));
  const elements: ElementDefinition[] = [];
  for (const id of parties) {
    const party = picture.parties.get(id);
    if (party === undefined) continue;
    elements.push(partyElement(party, agentsReached.has(id), id === picture.rootPartyId));
  }
  // Disclosures on a path to an immigration agent are always drawn one by one.
  const pairs = new Map<string, Disclosure[]>();
  for (const disclosure of edges) {
    if (onPath(disclosure.id)) continue;
    const key = `${disclosure.fromId}>${disclosure.toId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), disclosure]);
  }
  const bundled = new Set<string>();
  for (const [key, group] of pairs) {
    if (group.length < BUNDLE_FROM) continue;
    for (const disclosure of group) bundled.add(disclosure.id);
    elements.push(bundleElement(key, group));
  }
  for (const disclosure of edges) {
    if (bundled.has(disclosure.id)) continue;
    const path = paths.indirect.has(disclosure.id) ? 'indirect' : paths.direct.has(disclosure.id) ? 'direct' : null;
    elements.push(disclosureElement(disclosure, path));
  }
  for (const more of picture.more) {
    if (more.anchorPartyId !== null && !parties.has(more.anchorPartyId)) continue;
    const words =
      more.remaining === null ? `More ${more.what}` : `${more.remaining.toLocaleString('en-US')} more ${more.what}`;
    const label = [...wrap(words, MORE_CHARACTERS), ...(more.loadable ? ['(press Enter or click to load)'] : [])].join(
      '\n',
    );
    elements.push({
      group: 'nodes',
      data: { id: moreId(more.id), moreId: more.id, label, ...nodeSize(label, 'tag') },
      classes: 'more',
    });
    if (more.anchorPartyId === null) continue;
    const [source, target] =
      more.side === 'in'
        ? [moreId(more.id), nodeId(more.anchorPartyId)]
        : [nodeId(more.anchorPartyId), moreId(more.id)];
    elements.push({
      group: 'edges',
      data: { id: `${moreId(more.id)}:edge`, source, target, label: '', labelDx: 0, labelDy: 0 },
      classes: 'more',
    });
  }
  const notDrawn = {
    disclosures: candidates.length - edges.length,
    parties: visible.partyIds.filter((id) => !parties.has(id)).length,
  };
  if (notDrawn.disclosures > 0) {
    const label = [
      ...wrap(
        `${notDrawn.disclosures.toLocaleString('en-US')} more disclosures and ${notDrawn.parties.toLocaleString('en-US')} more parties in this window are not drawn:`,
        MORE_CHARACTERS,
      ),
      ...wrap('the list and the exports hold them; narrow the window to draw them', MORE_CHARACTERS),
    ].join('\n');
    elements.push({
      group: 'nodes',
      data: { id: NOT_DRAWN_ID, label, ...nodeSize(label, 'tag') },
      classes: 'more not-drawn',
    });
  }
  return { elements, notDrawn };
}

/**
 * A node's size from its label (cytoscape no longer sizes a node to its label): about 7.6
 * pixels a character at 13 pixels (graph-style.ts), 16 a line, room for the border, more for
 * an octagon's corners and for a tag's point (its words, in italics, stay clear of the point).
 */
export function nodeSize(label: string, shape: 'box' | 'octagon' | 'tag'): { width: number; height: number } {
  const lines = label.split('\n');
  const longest = Math.max(...lines.map((line) => line.length));
  const extra = shape === 'box' ? 24 : 40;
  const point = shape === 'tag' ? 0.3 : 0;
  return {
    width: Math.round(Math.max(100, longest * 7.6) * (1 + point) + extra),
    height: lines.length * 16 + extra,
  };
}

function partyElement(party: PartyNode, agentWhenReached: boolean, root: boolean): ElementDefinition {
  const classes = ['party', party.kind === 'COUNTY_AGENCY' ? 'agency' : 'third-party'];
  if (agentWhenReached) classes.push('agent');
  else if (party.agentIntervals.length > 0) classes.push('agent-other-times');
  if (root) classes.push('root');
  const label = partyLabel(party, agentWhenReached);
  const size = nodeSize(label, party.agentIntervals.length > 0 ? 'octagon' : 'box');
  return {
    group: 'nodes',
    data: { id: nodeId(party.id), partyId: party.id, name: party.name, label, ...size },
    classes: classes.join(' '),
  };
}

function disclosureElement(disclosure: Disclosure, path: 'indirect' | 'direct' | null): ElementDefinition {
  const classes = ['disclosure'];
  if (disclosure.recipientWasAgent) classes.push('to-agent');
  if (path !== null) classes.push(`${path}-path`);
  if (disclosure.retracted) classes.push('retracted');
  return {
    group: 'edges',
    data: {
      id: edgeId(disclosure.id),
      disclosureId: disclosure.id,
      source: nodeId(disclosure.fromId),
      target: nodeId(disclosure.toId),
      label: disclosureLabel(disclosure, path),
      at: Date.parse(disclosure.at),
      labelDx: 0,
      labelDy: 0,
    },
    classes: classes.join(' '),
  };
}

/** Many disclosures between the same two parties, as one edge that says how many and when. */
function bundleElement(key: string, group: readonly Disclosure[]): ElementDefinition {
  const [first, last] = [group[0] as Disclosure, group.at(-1) as Disclosure];
  const purposes = [...new Set(group.map((disclosure) => disclosure.purpose))];
  const lines = [
    `${group.length.toLocaleString('en-US')} disclosures`,
    `${countyDate(first.at)} – ${countyDate(last.at)}`,
    purposes.length === 1 ? shorten(purposes[0] as string, 28) : `${purposes.length} purposes`,
  ];
  const toAgent = group.filter((disclosure) => disclosure.recipientWasAgent).length;
  if (toAgent > 0) lines.push(`${toAgent.toLocaleString('en-US')} to an immigration agent`);
  return {
    group: 'edges',
    data: {
      id: `b:${key}`,
      bundle: group.map((disclosure) => disclosure.id),
      source: nodeId(first.fromId),
      target: nodeId(first.toId),
      label: lines.join('\n'),
      at: Date.parse(first.at),
      labelDx: 0,
      labelDy: 0,
    },
    classes: ['bundle', ...(toAgent > 0 ? ['to-agent'] : [])].join(' '),
  };
}
