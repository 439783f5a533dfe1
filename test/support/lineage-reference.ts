/**
 * The brute-force reference the lineage engine is checked against: every valid chain of a
 * record, enumerated straight from the definition, and immigration-agent status at an
 * instant found by walking affiliations. Exponential, and meant to be: it shares nothing with
 * the engine or the Cypher it checks.
 */
import fc from 'fast-check';
import type { Deletion, History, Hop } from '../../core/lineage/engine.ts';

export type Chain = { hops: Hop[]; party: string; order: bigint; categories: string[] };

/** Every chain from the origin (or from `root`, a hop taken as a start), of any length. */
export function allChains(h: History, root?: Hop): Chain[] {
  const chains: Chain[] = [];
  const extend = (chain: Chain) => {
    for (const next of h.hops) {
      if (next.retracted || next.fromId !== chain.party || next.order < chain.order) continue;
      if (chain.hops.includes(next)) continue;
      const deleted = h.deletions.some(
        (d) => d.holderId === chain.party && d.order >= chain.order && d.order < next.order,
      );
      if (deleted) continue;
      const longer: Chain = {
        hops: [...chain.hops, next],
        party: next.toId,
        order: next.order,
        categories: chain.categories.filter((category) => next.categories.includes(category)),
      };
      chains.push(longer);
      extend(longer);
    }
  };
  const start: Chain =
    root === undefined
      ? { hops: [], party: h.originId, order: h.createdOrder, categories: [...h.categories] }
      : { hops: [root], party: root.toId, order: root.order, categories: [...root.categories] };
  if (root !== undefined) chains.push(start);
  extend(start);
  return chains;
}

/**
 * The deletions as they take effect: a deletion cannot end, in the past, a holding that a
 * disclosure already on record continued. When the holder held the record up to the deletion
 * (a chain reached it then, and no other deletion of its ended that first), and disclosed it
 * later with no chain reaching it again in between, in a disclosure recorded before the
 * deletion was, the deletion takes effect at that disclosure's time instead (the latest such),
 * and everything is judged again until nothing moves. Worked out from chains alone (from
 * `root` when given: the holdings a deletion scope follows).
 */
export function effectiveDeletions(h: History, root?: Hop): History['deletions'] {
  let deletions = h.deletions.map((deletion) => ({ ...deletion }));
  for (;;) {
    const chains = allChains({ ...h, deletions }, root);
    const arrivals = (party: string) => [
      ...(root === undefined && party === h.originId ? [h.createdOrder] : []),
      ...chains.filter((chain) => chain.party === party).map((chain) => chain.order),
    ];
    let moved = false;
    deletions = deletions.map((deletion) => {
      const original = h.deletions.find((one) => one.id === deletion.id) as Deletion;
      if (original.legacy === true) return deletion;
      const recorded = original.recorded;
      const at = arrivals(deletion.holderId);
      const held = at.some(
        (s) =>
          s <= deletion.order &&
          !deletions.some(
            (other) =>
              other !== deletion &&
              other.holderId === deletion.holderId &&
              other.order >= s &&
              other.order < deletion.order,
          ),
      );
      if (!held) return deletion;
      const later = h.hops
        .filter(
          (hop) =>
            hop.fromId === deletion.holderId &&
            !hop.retracted &&
            hop.recorded < recorded &&
            hop.order > deletion.order &&
            !at.some((s) => s > deletion.order && s <= hop.order),
        )
        .map((hop) => hop.order);
      const latest = later.reduce((max, order) => (order > max ? order : max), deletion.order);
      if (latest === deletion.order) return deletion;
      moved = true;
      return { ...deletion, order: latest };
    });
    if (!moved) return deletions;
  }
}

/** Who holds the record at the end: a chain reached them and they confirmed no deletion since. */
export function holdersAtEnd(h: History, chains: Chain[], root?: Hop): Set<string> {
  const ends = [...chains];
  if (root === undefined) ends.push({ hops: [], party: h.originId, order: h.createdOrder, categories: [] });
  return new Set(
    ends
      .filter((chain) => !h.deletions.some((d) => d.holderId === chain.party && d.order >= chain.order))
      .map((chain) => chain.party),
  );
}

/** An interval [from, until), until null while it runs, in instantOrder. */
export type Span = { from: bigint; until: bigint | null };
export type AgentWorld = {
  enforcement: ReadonlyArray<Span & { partyId: string }>;
  affiliations: ReadonlyArray<Span & { fromId: string; toId: string }>;
};

const within = (span: Span, t: bigint) => span.from <= t && (span.until === null || t < span.until);

/**
 * Immigration agent at time t: the party enforces immigration law at t, or
 * reaches one that does through affiliations each valid at t.
 */
export function wasImmigrationAgent(world: AgentWorld, partyId: string, t: bigint): boolean {
  const seen = new Set([partyId]);
  const queue = [partyId];
  while (queue.length > 0) {
    const party = queue.shift() as string;
    if (world.enforcement.some((span) => span.partyId === party && within(span, t))) return true;
    for (const affiliation of world.affiliations) {
      if (affiliation.fromId !== party || !within(affiliation, t) || seen.has(affiliation.toId)) continue;
      seen.add(affiliation.toId);
      queue.push(affiliation.toId);
    }
  }
  return false;
}

/**
 * County personnel at t, by the definition alone: a county agency, or a party that reaches one
 * at t through affiliations each valid at t.
 */
export function wasCountyPersonnel(
  world: AgentWorld,
  isCountyAgency: (partyId: string) => boolean,
  partyId: string,
  t: bigint,
): boolean {
  const seen = new Set([partyId]);
  const queue = [partyId];
  while (queue.length > 0) {
    const party = queue.shift() as string;
    if (isCountyAgency(party)) return true;
    for (const affiliation of world.affiliations) {
      if (affiliation.fromId !== party || !within(affiliation, t) || seen.has(affiliation.toId)) continue;
      seen.add(affiliation.toId);
      queue.push(affiliation.toId);
    }
  }
  return false;
}

export type HopSpec = { day: number; from: string; to: string; categories: string[]; retracted: boolean };

/**
 * Random hops that mostly continue one another: a sender is usually the origin or a party an
 * earlier hop delivered to (so chains of several hops are common), sometimes any party (so
 * unsupported hops are too). Days are drawn independently, so chains also run backwards,
 * share instants and loop.
 */
export function arbitraryHops(
  parties: readonly string[],
  categories: readonly string[],
  options: { days: number; maxLength: number },
): fc.Arbitrary<HopSpec[]> {
  const origin = parties[0] as string;
  return fc
    .array(
      fc.record({
        day: fc.integer({ min: 1, max: options.days }),
        sender: fc.nat(),
        anySender: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
        to: fc.constantFrom(...parties),
        categories: fc.subarray([...categories], { minLength: 1 }),
        retracted: fc.integer({ min: 0, max: 9 }).map((n) => n < 1),
      }),
      { maxLength: options.maxLength },
    )
    .map((drawn) => {
      const reached = [origin];
      const hops: HopSpec[] = [];
      for (const { day, sender, anySender, to, categories: carried, retracted } of drawn) {
        const pool = anySender ? parties : reached;
        const from = pool[sender % pool.length] as string;
        if (from === to) continue;
        hops.push({ day, from, to, categories: carried, retracted });
        if (!reached.includes(to)) reached.push(to);
      }
      return hops;
    });
}
