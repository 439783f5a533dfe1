import { describe, expect, it } from 'vitest';
import {
  overlaps,
  placeLabels,
  segmentHitsBox,
  type Box,
  type EdgeGeometry,
} from '../../../explorer/src/label-placement.ts';
import { breakLong, gapText, laneLayout, LANE_FONT } from '../../../explorer/src/lanes.ts';
import { sceneSvg } from '../../../explorer/src/scene.ts';
import { addArrivals, addDisclosures, emptyPicture } from '../../../explorer/src/picture.ts';
import { OPEN_WINDOW, visibleIn } from '../../../explorer/src/time-window.ts';
import { AGENCY, arrivalsAlong, BROKER, CHAIN, CONTRACTOR, edge, RESELLER } from './fixtures.ts';

const node = (x: number, y: number, w = 140, h = 56): Box => ({
  x1: x - w / 2,
  y1: y - h / 2,
  x2: x + w / 2,
  y2: y + h / 2,
});

function placed(edges: EdgeGeometry[], nodes: Box[]) {
  const offsets = placeLabels(edges, nodes);
  return edges.map((geometry) => {
    const offset = offsets.get(geometry.id) ?? { dx: 0, dy: 0 };
    const [cx, cy] = [geometry.mid.x + offset.dx, geometry.mid.y + offset.dy];
    const box = {
      x1: cx - geometry.width / 2,
      y1: cy - geometry.height / 2,
      x2: cx + geometry.width / 2,
      y2: cy + geometry.height / 2,
    };
    return { geometry, box };
  });
}

function faults(labels: ReturnType<typeof placed>, nodes: Box[]): string[] {
  const found: string[] = [];
  for (const [i, { geometry, box }] of labels.entries()) {
    const { source, mid, target } = geometry;
    if (segmentHitsBox(source, mid, box) || segmentHitsBox(mid, target, box))
      found.push(`${geometry.id} crosses its own arrow`);
    for (const other of nodes) if (overlaps(box, other)) found.push(`${geometry.id} covers a party`);
    for (const { geometry: g, box: b } of labels.slice(i + 1))
      if (overlaps(box, b)) found.push(`${geometry.id} overlaps ${g.id}`);
  }
  return found;
}

describe('the labels of disclosures in the graph', () => {
  it('sit beside their arrow, off it, on a chain drawn left to right', () => {
    const nodes = [node(0, 0), node(330, 0), node(660, 0)];
    const edges: EdgeGeometry[] = [
      { id: 'a', source: { x: 70, y: 0 }, mid: { x: 165, y: 0 }, target: { x: 260, y: 0 }, width: 150, height: 84 },
      { id: 'b', source: { x: 400, y: 0 }, mid: { x: 495, y: 0 }, target: { x: 590, y: 0 }, width: 150, height: 84 },
    ];
    const labels = placed(edges, nodes);
    expect(faults(labels, nodes)).toEqual([]);
    // Above a level arrow, centred on it.
    expect(labels[0]?.box.y2).toBeLessThanOrEqual(0);
    expect((labels[0]?.box.x1 ?? 0) + 75).toBeCloseTo(165, 0);
  });

  it("neither overlap each other nor a party where one party's disclosures fan out", () => {
    const source = node(0, 0);
    // As the graph spaces them: parties a label's height apart, ranks a label's width apart.
    const targets = [-320, -160, 0, 160, 320].map((y) => node(400, y));
    const edges = targets.map((box, n) => {
      const target = { x: box.x1, y: (box.y1 + box.y2) / 2 };
      const from = { x: source.x2, y: 0 };
      return {
        id: `e${n}`,
        source: from,
        mid: { x: (from.x + target.x) / 2, y: target.y / 2 },
        target,
        width: 140,
        height: 70,
      };
    });
    const nodes = [source, ...targets];
    expect(faults(placed(edges, nodes), nodes)).toEqual([]);
  });

  it('sit to the side of an arrow drawn downwards', () => {
    const nodes = [node(0, 0), node(0, 240)];
    const edges = [
      { id: 'down', source: { x: 0, y: 28 }, mid: { x: 0, y: 120 }, target: { x: 0, y: 212 }, width: 150, height: 84 },
    ];
    const labels = placed(edges, nodes);
    expect(faults(labels, nodes)).toEqual([]);
    expect(labels[0]?.box.x1).toBeGreaterThanOrEqual(0);
  });
});

describe('the time lanes', () => {
  function personLanes() {
    const picture = emptyPicture({ kind: 'subject', subjectKey: 'a'.repeat(64) }, 'Person A');
    addArrivals(picture, arrivalsAlong('r-1', CHAIN));
    return laneLayout(picture, visibleIn(picture, OPEN_WINDOW), { title: 'Person A', window: OPEN_WINDOW });
  }

  it('give each party a lane, in the order the information reached it, and each hop an arrow between lanes at its instant', () => {
    const layout = personLanes();
    expect(layout.lanes.map((lane) => lane.partyId)).toEqual(['cook-sheriff', 'broker', 'reseller', 'ice:contractor']);
    const y = new Map(layout.lanes.map((lane) => [lane.partyId, lane.y]));
    expect(layout.hops.map((h) => h.disclosureId)).toEqual(['d-1', 'd-2', 'd-3']);
    for (const [index, h] of layout.hops.entries()) {
      const hopOf = CHAIN[index];
      expect(h.y1).toBe(y.get(hopOf?.from.id ?? ''));
      expect(h.y2).toBe(y.get(hopOf?.to.id ?? ''));
    }
    const xs = layout.hops.map((h) => h.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
    expect(layout.hops.map((h) => h.keys)).toEqual([['indirect-path'], ['indirect-path'], ['indirect-path']]);
  });

  it('say the gap between hops in words, and shade the time a party was an immigration agent', () => {
    const layout = personLanes();
    expect(layout.gaps.map((gap) => gap.text)).toEqual(['4 months later', '3 months later']);
    const agent = layout.lanes.find((lane) => lane.partyId === 'ice:contractor');
    expect(agent?.agentSpans).toHaveLength(1);
    const [span] = agent?.agentSpans ?? [];
    const [first, , third] = layout.hops;
    expect(span?.x1).toBeGreaterThan(first?.x ?? 0);
    expect(span?.x1).toBeLessThan(third?.x ?? 0);
    expect(span?.x2).toBeGreaterThan(third?.x ?? 0);
  });

  it('keep labels readable and apart: no two overlap, none covers a lane name', () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    addDisclosures(picture, [
      edge('e-1', '2024-01-01T00:00:00Z', AGENCY, BROKER, 'a long purpose that has to wrap over lines'),
      edge('e-2', '2024-01-01T00:00:00Z', BROKER, RESELLER),
      edge('e-3', '2024-01-01T00:05:00Z', BROKER, CONTRACTOR),
      edge('e-4', '2024-01-02T00:00:00Z', RESELLER, BROKER),
    ]);
    const layout = laneLayout(picture, visibleIn(picture, OPEN_WINDOW), { title: 'Broker', window: OPEN_WINDOW });
    const boxes = [...layout.hops.map((h) => h.labelBox), ...layout.lanes.map((lane) => lane.labelBox)];
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    // Two disclosures at one instant stand side by side, never on top of each other.
    const [one, two] = layout.hops;
    expect(one?.x).not.toBe(two?.x);
    expect(LANE_FONT).toBeGreaterThanOrEqual(11);
    // The party the view is about is the first lane.
    expect(layout.lanes[0]?.partyId).toBe('broker');
  });

  it('draw as an SVG with a title, the window, a time axis in county time and the legend of what is drawn', () => {
    const layout = personLanes();
    const svg = sceneSvg(layout.scene);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
    expect(svg).toContain('<title id="lanes-title">Person A: time lanes</title>');
    expect(svg).toContain('2023-11-02');
    expect(svg).toContain('10:00 CDT');
    expect(svg).toContain('Legend');
    expect(svg).toContain('Indirect path to an immigration agent');
    expect(svg).toContain('data-disclosure-id="d-3"');
    expect(svg).not.toMatch(/ style=/);
    expect(svg).not.toMatch(/font-size="([0-9]|10)"/);
  });

  it('say when there is nothing to draw', () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    const layout = laneLayout(picture, visibleIn(picture, OPEN_WINDOW), { title: 'Broker', window: OPEN_WINDOW });
    expect(layout.hops).toEqual([]);
    expect(sceneSvg(layout.scene)).toContain('No disclosure in this window');
  });

  it('break a word too long for a label after an underscore or a dash, else at the width', () => {
    expect(breakLong('IDENTITY_VERIFICATION', 16)).toBe('IDENTITY_ VERIFICATION');
    expect(breakLong('person-search-product-line', 16)).toBe('person-search- product-line');
    expect(breakLong('abcdefghijklmnopqrstuvwxyz ok', 10)).toBe('abcdefghij klmnopqrst uvwxyz ok');
  });

  it('count gaps in plain words', () => {
    expect(gapText(90_000)).toBe('2 minutes later');
    expect(gapText(3 * 3_600_000)).toBe('3 hours later');
    expect(gapText(86_400_000)).toBe('1 day later');
    expect(gapText(20 * 86_400_000)).toBe('3 weeks later');
    expect(gapText(400 * 86_400_000)).toBe('13 months later');
    expect(gapText(3 * 365 * 86_400_000)).toBe('3 years later');
  });
});
