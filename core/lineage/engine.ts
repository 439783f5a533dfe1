/**
 * The lineage engine (how a record reaches a party): one pass over one
 * record's disclosures and deletions, in time order, so that its cost grows with the
 * (record, disclosure) pairs and never with the number of paths.
 *
 * A record reaches P at t through a chain D1 … Dk that each carried it, from its origin
 * agency, each hop's sender being the previous hop's recipient, at(D1) <= … <= at(Dk) = t
 * (equal times chain), no retracted hop, and no holder along the chain confirming deletion
 * between receiving the record and passing it on. The origin holds the record from its
 * creation. A deletion at the very instant of a hop does not stop that hop (the stricter
 * reading: the holder still had it when it sent it); it ends the holding for anything later,
 * an arrival at that same instant included.
 *
 * A deletion confirmation cannot end, in the past, a holding that a disclosure already on
 * record continued: when the holder's own disclosure of the record, dated after the deletion,
 * was recorded before the deletion was, the deletion takes effect at that disclosure's time
 * (the latest such), so the disclosure stays a flow; `contradicted` names each such deletion
 * with the disclosures it was dated before. A disclosure recorded after the deletion is judged
 * against it as dated. Only a holding the deletion itself ended is continued: a holder that
 * got the record again in between needed no continuing.
 *
 * No database and no clock (only the request's deadline is checked between records). The
 * repository loads a record's history; immigration-agent
 * status and party kinds are applied by the caller, at each hop's time.
 */
import { checkDeadline } from '../../infra/scope.ts';

/** One disclosure as it concerns one record: the copies kept on its CARRIED relationship. */
export type Hop = {
  disclosureId: string;
  at: string;
  /** instantOrder(at): nanoseconds since the epoch, exact whatever the offset. */
  order: bigint;
  fromId: string;
  toId: string;
  categories: readonly string[];
  /** An auditor accepted its retraction: it delivered nothing. */
  retracted: boolean;
  /** A retraction of it awaits an auditor's decision: it still counts, and is shown with it. */
  contested?: boolean;
  /** A retracted hop followed anyway, only to show what it would have delivered (trace.ts). */
  withdrawn?: boolean;
  /** When the service recorded it, in instantOrder. */
  recorded: bigint;
  /** What the disclosure said of itself, read with the history for answers; the engine never looks. */
  facts?: HopFacts | null;
};

export type HopFacts = { purpose: string; legalBasis: string; agreementReference: string | null };

/**
 * A holder's deletion of the record at `order`; `recorded` is when the service recorded the
 * confirmation. A `legacy` one was confirmed before the service judged deletions against
 * disclosures already on record (migration 0012): it takes effect as dated, as it did then.
 */
export type Deletion = { id: string; at: string; order: bigint; holderId: string; recorded: bigint; legacy?: boolean };

/** A deletion dated before disclosures of the record by its own holder that were on record before it. */
type Contradiction = {
  deletion: Deletion;
  /** The holder's disclosures dated after the deletion and recorded before it: they stay flows. */
  hops: Hop[];
  /** The instant (instantOrder) from which the deletion took effect instead: the latest of them. */
  effectiveOrder: bigint;
};

export type History = {
  recordId: string;
  originId: string;
  createdAt: string;
  createdOrder: bigint;
  categories: readonly string[];
  hops: readonly Hop[];
  deletions: readonly Deletion[];
};

/** How the record came to a party: by the hop `hop` after the chain `previous`, or as its origin. */
export type Arrival = {
  partyId: string;
  at: string;
  order: bigint;
  hop: Hop | null;
  previous: Arrival | null;
  /** Hops from the origin. */
  hops: number;
  /** What arrived through this chain: what every hop of it carried. */
  categories: readonly string[];
};

/** A hop whose sender held the record: a real flow, with the chains it continued. */
export type Flow = {
  hop: Hop;
  /** The recipient's arrival through the sender's earliest chain of its current holding. */
  arrival: Arrival;
  /** The same hop after the sender's chain with the fewest hops (the same object when they agree). */
  fewest: Arrival;
  /** Categories the hop carried that reached the sender through no chain: of unknown source. */
  unknownCategories: readonly string[];
};

export type Lineage = {
  recordId: string;
  origin: Arrival;
  /** Every hop whose sender held the record at its time, in time order. */
  flows: Flow[];
  /** Hops whose sender did not hold the record then: reported, but no chain from the origin leads to them. */
  unsupported: Hop[];
  /** Hops withdrawn by a retraction. */
  retracted: Hop[];
  /** The earliest arrival at each party (the origin included). */
  firstArrival: Map<string, Arrival>;
  /** Who still holds the record after every hop and deletion: the earliest chain of each holding, and what it holds. */
  heldAtEnd: Map<string, { arrival: Arrival; categories: string[] }>;
  /** The deletions as they took effect: each at its own time, or later where contradicted. */
  deletions: Deletion[];
  /** Deletions dated before the holder's own disclosures recorded earlier. */
  contradicted: Contradiction[];
};

type Holding = { first: Arrival; fewest: Arrival; categories: Set<string> };

const byTime = <T extends { order: bigint }>(a: T, b: T, tie: (x: T) => string) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : tie(a) < tie(b) ? -1 : tie(a) > tie(b) ? 1 : 0;

/** The hops of a chain, from the origin's first hop to this arrival's. */
export function chainOf(arrival: Arrival): Hop[] {
  const hops: Hop[] = [];
  for (let at: Arrival | null = arrival; at !== null && at.hop !== null; at = at.previous) hops.push(at.hop);
  return hops.reverse();
}

function arrive(hop: Hop, after: Arrival, categories: readonly string[]): Arrival {
  return {
    partyId: hop.toId,
    at: hop.at,
    order: hop.order,
    hop,
    previous: after,
    hops: after.hops + 1,
    categories,
  };
}

/**
 * The arrival that a chain of hops makes after `after` (the origin's, for a whole chain), by
 * the rule a pass follows: each hop delivers what it carried of what the chain before it
 * delivered. The arrival index keeps a flow's chain as its disclosures and gives it back so.
 */
export function arrivalThrough(after: Arrival, chain: readonly Hop[]): Arrival {
  return chain.reduce((previous, hop) => arrive(hop, previous, intersect(hop.categories, previous)), after);
}

/** The record's creation by its origin agency: where every chain starts unless told otherwise. */
export function originOf(history: History): Arrival {
  return {
    partyId: history.originId,
    at: history.createdAt,
    order: history.createdOrder,
    hop: null,
    previous: null,
    hops: 0,
    categories: [...history.categories].sort(),
  };
}

/**
 * A start of its own for a hop taken as given (a disclosure found in violation): its
 * recipient holds what it carried from its time, whoever sent it, and chains start there.
 */
export function startAt(hop: Hop): Arrival {
  return { partyId: hop.toId, at: hop.at, order: hop.order, hop, previous: null, hops: 1, categories: hop.categories };
}

/**
 * Follows one record through time: every flow, every arrival, in one pass. Chains start at
 * the origin, or at the `starts` given (a holding that begins at its own time); hops that
 * are themselves starts are not taken again. A deletion that a disclosure on record before
 * it contradicts is moved to that disclosure's time and the pass made again, until none moves
 * (each move is to a later hop, so this ends; a history with no deletion recorded after a
 * later-dated send of its holder takes one pass).
 */
export function lineageOf(history: History, starts: readonly Arrival[] = [originOf(history)]): Lineage {
  const original = history.deletions;
  if (!original.some((deletion) => contradictable(history, deletion))) {
    return { ...pass(history, starts, original), deletions: [...original], contradicted: [] };
  }
  const effective = new Map(original.map((deletion) => [deletion, deletion.order]));
  for (;;) {
    checkDeadline();
    const deletions = original.map((deletion) => ({ ...deletion, order: effective.get(deletion) as bigint }));
    const passed = pass(history, starts, deletions);
    let moved = false;
    for (const { hop, endedBy } of passed.unsupportedBy) {
      for (const ended of endedBy) {
        const deletion = original[deletions.indexOf(ended)] as Deletion;
        if (deletion.legacy === true) continue;
        if (hop.recorded < deletion.recorded && hop.order > (effective.get(deletion) as bigint)) {
          effective.set(deletion, hop.order);
          moved = true;
        }
      }
    }
    if (moved) continue;
    const contradicted = original.flatMap((deletion): Contradiction[] => {
      const effectiveOrder = effective.get(deletion) as bigint;
      if (effectiveOrder === deletion.order) return [];
      const hops = history.hops.filter(
        (hop) =>
          hop.fromId === deletion.holderId &&
          !hop.retracted &&
          hop.recorded < deletion.recorded &&
          hop.order > deletion.order &&
          hop.order <= effectiveOrder,
      );
      return [{ deletion, hops, effectiveOrder }];
    });
    return { ...passed, deletions, contradicted };
  }
}

/**
 * The record's deletions as they take effect, read from its whole history from the origin:
 * as dated, unless a disclosure on record before one contradicts it (lineageOf). Without any
 * such disclosure, the deletions as they are, with no pass made.
 */
export function settledDeletions(history: History): readonly Deletion[] {
  return history.deletions.some((deletion) => contradictable(history, deletion))
    ? lineageOf(history).deletions
    : history.deletions;
}

/** Whether some disclosure by the deletion's holder is dated after it and was recorded before it. */
function contradictable(history: History, deletion: Deletion): boolean {
  if (deletion.legacy === true) return false;
  return history.hops.some(
    (hop) =>
      hop.fromId === deletion.holderId &&
      !hop.retracted &&
      hop.order > deletion.order &&
      hop.recorded < deletion.recorded,
  );
}

type Pass = Omit<Lineage, 'deletions' | 'contradicted'> & {
  /**
   * Each unsupported hop with the deletions that last ended its sender's holding, if any did:
   * every one at that instant, so that all of them move together.
   */
  unsupportedBy: Array<{ hop: Hop; endedBy: readonly Deletion[] }>;
};

function pass(history: History, starts: readonly Arrival[], settled: readonly Deletion[]): Pass {
  const origin = starts.find((start) => start.hop === null) ?? originOf(history);
  const begun = new Set(starts.flatMap((start) => (start.hop === null ? [] : [start.hop])));
  const pendingStarts = [...starts].sort((a, b) => byTime(a, b, (start) => start.partyId));
  const hops = history.hops.filter((hop) => !begun.has(hop)).sort((a, b) => byTime(a, b, (hop) => hop.disclosureId));
  const deletions = [...settled].sort((a, b) => byTime(a, b, (deletion) => deletion.id));
  const holding = new Map<string, Holding>();
  const firstArrival = new Map<string, Arrival>();
  /** The deletions (of one instant) that ended a party's last holding, until it holds again. */
  const endedBy = new Map<string, Deletion[]>();
  const lineage: Pass = {
    recordId: history.recordId,
    origin,
    flows: [],
    unsupported: [],
    unsupportedBy: [],
    retracted: [],
    firstArrival,
    heldAtEnd: new Map(),
  };
  let nextDeletion = 0;

  /** A party holds the record from this arrival on, or holds more of it, or by fewer hops. True if anything changed. */
  const begin = (first: Arrival, fewest: Arrival, held: readonly string[]): boolean => {
    const holder = holding.get(first.partyId);
    if (!firstArrival.has(first.partyId)) firstArrival.set(first.partyId, first);
    if (holder === undefined) {
      holding.set(first.partyId, { first, fewest, categories: new Set(held) });
      endedBy.delete(first.partyId);
      return true;
    }
    let changed = false;
    if (fewest.hops < holder.fewest.hops) {
      holder.fewest = fewest;
      changed = true;
    }
    for (const category of held) {
      if (!holder.categories.has(category)) {
        holder.categories.add(category);
        changed = true;
      }
    }
    return changed;
  };
  /** Starts at or before `order` (all that remain when null) begin their holdings. */
  const createIfDue = (order: bigint | null) => {
    while (pendingStarts.length > 0 && (order === null || (pendingStarts[0] as Arrival).order <= order)) {
      const start = pendingStarts.shift() as Arrival;
      begin(start, start, start.categories);
    }
  };
  /** Deletions strictly before `order` (all that remain when null) end their holder's holding. */
  const deleteBefore = (order: bigint | null) => {
    while (nextDeletion < deletions.length && (order === null || (deletions[nextDeletion] as Deletion).order < order)) {
      const deletion = deletions[nextDeletion] as Deletion;
      createIfDue(deletion.order); // created at the instant of a deletion: deleted with it
      if (holding.delete(deletion.holderId)) endedBy.set(deletion.holderId, [deletion]);
      else {
        // Another deletion of the same instant ended it first: this one ended it as much.
        const ended = endedBy.get(deletion.holderId);
        if (ended?.[0]?.order === deletion.order) ended.push(deletion);
      }
      nextDeletion += 1;
    }
  };
  /** The hop taken after the sender's chains as they stand; null when the sender does not hold the record. */
  const take = (hop: Hop) => {
    const sender = holding.get(hop.fromId);
    if (sender === undefined) return null;
    const carried = hop.categories.filter((category) => sender.categories.has(category));
    const first = arrive(hop, sender.first, intersect(carried, sender.first));
    const fewest =
      sender.fewest === sender.first ? first : arrive(hop, sender.fewest, intersect(carried, sender.fewest));
    return { sender, carried, first, fewest };
  };

  for (let start = 0; start < hops.length;) {
    checkDeadline();
    const order = (hops[start] as Hop).order;
    let end = start;
    while (end < hops.length && (hops[end] as Hop).order === order) end += 1;
    deleteBefore(order);
    createIfDue(order);
    const group = hops.slice(start, end).filter((hop) => {
      if (hop.retracted) lineage.retracted.push(hop);
      return !hop.retracted;
    });
    // Equal times chain: within one instant, hold what can be held until nothing changes,
    // then report each hop once against the holdings of that instant.
    for (let changed = true; changed;) {
      changed = false;
      for (const hop of group) {
        const taken = take(hop);
        if (taken !== null && begin(taken.first, taken.fewest, taken.carried)) changed = true;
      }
    }
    for (const hop of group) {
      const taken = take(hop);
      if (taken === null) {
        lineage.unsupported.push(hop);
        lineage.unsupportedBy.push({ hop, endedBy: endedBy.get(hop.fromId) ?? [] });
        continue;
      }
      // The recipient's holding keeps the arrival objects that began it, so chains share them.
      const recipient = holding.get(hop.toId) as Holding;
      const arrival =
        recipient.first.hop === hop && recipient.first.previous === taken.first.previous
          ? recipient.first
          : taken.first;
      lineage.flows.push({
        hop,
        arrival,
        fewest: taken.fewest === taken.first ? arrival : taken.fewest,
        unknownCategories: hop.categories.filter((category) => !taken.sender.categories.has(category)),
      });
    }
    start = end;
  }
  // After the last hop: every deletion and start that remains, in time order.
  deleteBefore(null);
  createIfDue(null);
  for (const [partyId, held] of holding) {
    lineage.heldAtEnd.set(partyId, { arrival: held.first, categories: [...held.categories].sort() });
  }
  return lineage;
}

/** What arrived through one chain: the hop's categories that the chain itself delivered. */
function intersect(carried: readonly string[], chain: Arrival): string[] {
  return carried.filter((category) => chain.categories.includes(category));
}

/**
 * Every valid chain from the origin to `partyId` (not only the earliest), enumerated lazily in
 * depth-first order over hops sorted by time, at most `maxHops` long: the caller takes as many
 * as it wants and resumes by skipping those it has. Each hop is used at most once per chain,
 * so cycles end. Cost grows with the chains enumerated, which is why it is only ever asked
 * for a page at a time.
 */
export function* allChains(history: History, partyId: string, maxHops: number): Generator<Hop[]> {
  const settled = settledDeletions(history);
  const hops = history.hops.filter((hop) => !hop.retracted).sort((a, b) => byTime(a, b, (hop) => hop.disclosureId));
  const bySender = new Map<string, Hop[]>();
  for (const hop of hops) {
    const list = bySender.get(hop.fromId);
    if (list === undefined) bySender.set(hop.fromId, [hop]);
    else list.push(hop);
  }
  const deletedBetween = (holder: string, from: bigint, until: bigint) =>
    settled.some((deletion) => deletion.holderId === holder && deletion.order >= from && deletion.order < until);
  const path: Hop[] = [];
  function* extend(holder: string, since: bigint): Generator<Hop[]> {
    if (path.length >= maxHops) return;
    for (const next of bySender.get(holder) ?? []) {
      if (next.order < since || path.includes(next) || deletedBetween(holder, since, next.order)) continue;
      path.push(next);
      if (next.toId === partyId) yield [...path];
      yield* extend(next.toId, next.order);
      path.pop();
    }
  }
  yield* extend(history.originId, history.createdOrder);
}
