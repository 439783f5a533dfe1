/**
 * Where each disclosure's label goes in the graph: beside its arrow, never on it, clear of the
 * parties and of the other labels. A label is a box centred on a point of its arrow (the
 * middle first, then further along either way), pushed out to one side just far enough that
 * the line through that point cannot cross it; the first place that covers nothing wins, else
 * the one that covers least. Pure geometry, so that it can be tested without a browser.
 */
export type Point = { x: number; y: number };
export type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * An arrow as drawn (from the sender's border through its middle to the recipient's) and its
 * label's size. Where arrows gather at one party their middles crowd together: a label is then
 * tried nearer the end where they spread out first (`prefer`).
 */
export type EdgeGeometry = {
  id: string;
  source: Point;
  mid: Point;
  target: Point;
  width: number;
  height: number;
  prefer?: 'middle' | 'source' | 'target';
};

/** Space kept between a label and its arrow, and around the parties. */
export const LABEL_GAP = 5;

/** Where along the arrow a label is tried, in order: the middle first, or the end preferred. */
const ALONG = {
  middle: [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78],
  source: [0.3, 0.22, 0.4, 0.5, 0.6, 0.7, 0.78],
  target: [0.7, 0.78, 0.6, 0.5, 0.4, 0.3, 0.22],
} as const;
/** How much further out than touching its arrow a label is tried, to clear a party beside it. */
const FURTHER = [0, 24, 60, 110, 170];

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

/** Whether the segment from p to q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [edge, distance] of [
    [-dx, p.x - box.x1],
    [dx, box.x2 - p.x],
    [-dy, p.y - box.y1],
    [dy, box.y2 - p.y],
  ] as const) {
    if (edge === 0) {
      if (distance < 0) return false;
      continue;
    }
    const t = distance / edge;
    if (edge < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The point a fraction t along the arrow drawn source → mid → target, and the direction there. */
function along(edge: EdgeGeometry, t: number): { at: Point; direction: Point } {
  const [from, to, local] = t <= 0.5 ? [edge.source, edge.mid, t / 0.5] : [edge.mid, edge.target, (t - 0.5) / 0.5];
  let direction = { x: to.x - from.x, y: to.y - from.y };
  if (Math.hypot(direction.x, direction.y) < 1e-6)
    direction = { x: edge.target.x - edge.source.x, y: edge.target.y - edge.source.y };
  const length = Math.hypot(direction.x, direction.y) || 1;
  return {
    at: { x: from.x + (to.x - from.x) * local, y: from.y + (to.y - from.y) * local },
    direction: { x: direction.x / length, y: direction.y / length },
  };
}

function boxAt(centre: Point, width: number, height: number): Box {
  return { x1: centre.x - width / 2, y1: centre.y - height / 2, x2: centre.x + width / 2, y2: centre.y + height / 2 };
}

function segmentsOf(edge: EdgeGeometry): Array<[Point, Point]> {
  return [
    [edge.source, edge.mid],
    [edge.mid, edge.target],
  ];
}

type Candidate = { score: number; box: Box; centre: Point };

/** The candidates for one label, best first by where they sit, before what they cover is counted. */
function candidates(edge: EdgeGeometry, gap: number): Array<{ rank: number; box: Box; centre: Point }> {
  const found: Array<{ rank: number; box: Box; centre: Point }> = [];
  for (const [rank, t] of ALONG[edge.prefer ?? 'middle'].entries()) {
    const { at, direction } = along(edge, t);
    // The normal on each side: "above" a level arrow first, then "right of" a falling one.
    const normal = { x: direction.y, y: -direction.x };
    const sides = normal.y < 0 || (Math.abs(normal.y) < 1e-6 && normal.x > 0) ? [1, -1] : [-1, 1];
    for (const [index, side] of sides.entries()) {
      const n = { x: normal.x * side, y: normal.y * side };
      const touching = (Math.abs(n.x) * edge.width) / 2 + (Math.abs(n.y) * edge.height) / 2 + gap;
      for (const [step, further] of FURTHER.entries()) {
        const reach = touching + further;
        const centre = { x: at.x + n.x * reach, y: at.y + n.y * reach };
        found.push({ rank: rank + index * 0.5 + step * 5, box: boxAt(centre, edge.width, edge.height), centre });
      }
    }
  }
  return found.sort((a, b) => a.rank - b.rank);
}

/**
 * Offsets from each arrow's middle to the centre of its label, by edge id. Labels are placed
 * in the order given (the earlier disclosures first), each clear of the parties, the other
 * labels and its own arrow; crossing another arrow is allowed but avoided. A first pass places
 * each label among those before it; later passes move a label that still covers something to
 * the best place among all the others.
 */
export function placeLabels(
  edges: readonly EdgeGeometry[],
  nodes: readonly Box[],
  gap = LABEL_GAP,
): Map<string, { dx: number; dy: number }> {
  const parties = nodes.map((box) => grow(box, gap));
  const options = edges.map((edge) => candidates(edge, gap));
  const chosen: Array<Candidate | null> = edges.map(() => null);
  /** What a place covers, weighted (a party worst, then another label, its own arrow, another arrow), plus how far off it is. */
  const score = (index: number, option: { rank: number; box: Box }): number => {
    const edge = edges[index] as EdgeGeometry;
    let total = option.rank;
    // Its own arrow is kept a little further off than touching: the curve cytoscape draws and
    // the label's box in the browser's font can differ from this geometry by a pixel or two.
    if (segmentsOf(edge).some(([p, q]) => segmentHitsBox(p, q, grow(option.box, 2)))) total += 5_000;
    total += 10_000 * parties.filter((party) => overlaps(option.box, party)).length;
    total +=
      1_000 *
      chosen.filter((other, at) => at !== index && other !== null && overlaps(option.box, grow(other.box, 2))).length;
    total +=
      12 *
      edges.filter((other, at) => at !== index && segmentsOf(other).some(([p, q]) => segmentHitsBox(p, q, option.box)))
        .length;
    return total;
  };
  const place = (index: number) => {
    chosen[index] = null;
    let best: Candidate | null = null;
    for (const option of options[index] ?? []) {
      const value = score(index, option);
      if (best === null || value < best.score) best = { score: value, box: option.box, centre: option.centre };
      // Candidates come best first: the first that covers nothing is taken.
      if (value - option.rank === 0) break;
    }
    chosen[index] = best;
  };
  edges.forEach((_, index) => place(index));
  for (let pass = 0; pass < 4; pass += 1) {
    let moved = false;
    for (const index of edges.keys()) {
      const current = chosen[index];
      if (current === null || current === undefined) continue;
      // Scored again: a label placed before its neighbours may cover one placed after it.
      const rank = options[index]?.find((option) => option.box === current.box)?.rank ?? 0;
      if (score(index, { rank, box: current.box }) < 1_000) continue;
      place(index);
      moved = true;
    }
    if (!moved) break;
  }
  const offsets = new Map<string, { dx: number; dy: number }>();
  edges.forEach((edge, index) => {
    const best = chosen[index];
    if (best !== null && best !== undefined)
      offsets.set(edge.id, { dx: best.centre.x - edge.mid.x, dy: best.centre.y - edge.mid.y });
  });
  return offsets;
}

/** How many labels cover a party, another label or their own arrow: zero when the drawing reads cleanly. */
export function labelFaults(labels: ReadonlyArray<{ edge: EdgeGeometry; box: Box }>, nodes: readonly Box[]): number {
  let faults = 0;
  for (const [index, { edge, box }] of labels.entries()) {
    if (segmentsOf(edge).some(([p, q]) => segmentHitsBox(p, q, grow(box, -1)))) faults += 1;
    faults += nodes.filter((node) => overlaps(grow(box, -1), node)).length;
    faults += labels.slice(index + 1).filter((other) => overlaps(grow(box, -1), other.box)).length;
  }
  return faults;
}

/**
 * How well labels read where they were placed: faults (see labelFaults), labels that cross
 * another disclosure's arrow, and labels pushed well away from their own arrow.
 */
export function placementQuality(
  edges: readonly EdgeGeometry[],
  offsets: ReadonlyMap<string, { dx: number; dy: number }>,
  nodes: readonly Box[],
): { faults: number; crossings: number; strays: number } {
  const labels = edges.map((edge) => {
    const offset = offsets.get(edge.id) ?? { dx: 0, dy: 0 };
    return {
      edge,
      box: boxAt({ x: edge.mid.x + offset.dx, y: edge.mid.y + offset.dy }, edge.width, edge.height),
      offset,
    };
  });
  let crossings = 0;
  let strays = 0;
  for (const { edge, box, offset } of labels) {
    crossings += edges.filter(
      (other) => other !== edge && segmentsOf(other).some(([p, q]) => segmentHitsBox(p, q, grow(box, -1))),
    ).length;
    if (Math.hypot(offset.dx, offset.dy) > Math.hypot(edge.width, edge.height) / 2 + 60) strays += 1;
  }
  return {
    faults: labelFaults(
      labels,
      nodes.map((node) => grow(node, LABEL_GAP - 1)),
    ),
    crossings,
    strays,
  };
}
