import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allChains as everyChain,
  chainOf,
  lineageOf,
  startAt,
  type Deletion,
  type History,
  type Hop,
} from '../../../core/lineage/engine.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import { allChains, arbitraryHops, effectiveDeletions, holdersAtEnd } from '../../support/lineage-reference.ts';

const CATEGORIES = ['NAME', 'SSN', 'PHOTO'];

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T12:00:00Z`;
const hop = (
  id: string,
  day: number,
  fromId: string,
  toId: string,
  categories = CATEGORIES,
  retracted = false,
): Hop => ({
  disclosureId: id,
  at: at(day),
  order: instantOrder(at(day)),
  fromId,
  toId,
  categories,
  retracted,
  recorded: instantOrder(at(day)),
});
const deletion = (id: string, day: number, holderId: string): Deletion => ({
  id,
  at: at(day),
  order: instantOrder(at(day)),
  holderId,
  recorded: instantOrder(at(day)),
});
const history = (hops: Hop[], deletions: Deletion[] = [], createdDay = 1): History => ({
  recordId: 'r-1',
  originId: 'agency',
  createdAt: at(createdDay),
  createdOrder: instantOrder(at(createdDay)),
  categories: CATEGORIES,
  hops,
  deletions,
});
const ids = (hops: readonly Hop[]) => hops.map((h) => h.disclosureId);

describe('the lineage engine, on the cases the definitions name', () => {
  it('moves every deletion of one instant that a send on record before them contradicts, not the first alone', () => {
    // The agency confirms deleting the record twice on day 3, and the exchange on day 1 when
    // it got it; both sent it on day 4 in disclosures recorded before the confirmations. Both
    // of the agency's deletions take effect on day 4: its send to the broker is direct, not a
    // chain through the exchange's send back to it at the same instant.
    const recordedLate = (d: Deletion): Deletion => ({ ...d, recorded: instantOrder(at(9)) });
    const lineage = lineageOf(
      history(
        [
          hop('to-broker', 4, 'agency', 'broker', ['SSN']),
          hop('to-exchange', 1, 'agency', 'exchange', ['PHOTO']),
          hop('back', 4, 'exchange', 'agency', ['PHOTO']),
        ].map((h) => ({ ...h, recorded: 0n })),
        [deletion('x0', 3, 'agency'), deletion('x1', 3, 'agency'), deletion('x2', 1, 'exchange')].map(recordedLate),
      ),
    );
    const toBroker = lineage.flows.find((flow) => flow.hop.disclosureId === 'to-broker');
    expect(toBroker && ids(chainOf(toBroker.arrival))).toEqual(['to-broker']);
    expect(toBroker?.fewest.hops).toBe(1);
    expect(lineage.deletions.map((d) => [d.id, d.order === instantOrder(at(4))])).toEqual([
      ['x0', true],
      ['x1', true],
      ['x2', true],
    ]);
  });

  it('follows an indirect flow over three hops and shows its chain', () => {
    const lineage = lineageOf(
      history([hop('d1', 2, 'agency', 'exchange'), hop('d2', 3, 'exchange', 'broker'), hop('d3', 4, 'broker', 'ice')]),
    );
    const toIce = lineage.flows.find((flow) => flow.hop.toId === 'ice');
    expect(toIce && ids(chainOf(toIce.arrival))).toEqual(['d1', 'd2', 'd3']);
    expect(toIce?.arrival.hops).toBe(3);
    expect(lineage.unsupported).toEqual([]);
  });

  it('never lets a chain run backwards in time', () => {
    const lineage = lineageOf(history([hop('late', 5, 'agency', 'exchange'), hop('early', 3, 'exchange', 'ice')]));
    expect(ids(lineage.flows.map((flow) => flow.hop))).toEqual(['late']);
    expect(ids(lineage.unsupported)).toEqual(['early']);
    expect(lineage.firstArrival.has('ice')).toBe(false);
  });

  it('chains equal times, whatever order they were recorded in', () => {
    const lineage = lineageOf(history([hop('b', 3, 'exchange', 'ice'), hop('a', 3, 'agency', 'exchange')]));
    expect(lineage.firstArrival.get('ice')?.hops).toBe(2);
    expect(lineage.unsupported).toEqual([]);
  });

  it('ends a holding at a confirmed deletion, and a later delivery starts it again', () => {
    const lineage = lineageOf(
      history(
        [
          hop('d1', 2, 'agency', 'exchange'),
          hop('after-delete', 6, 'exchange', 'ice'),
          hop('again', 7, 'agency', 'exchange'),
          hop('after-again', 8, 'exchange', 'broker'),
        ],
        [deletion('x1', 4, 'exchange')],
      ),
    );
    expect(ids(lineage.unsupported)).toEqual(['after-delete']);
    expect(ids(lineage.flows.map((flow) => flow.hop))).toEqual(['d1', 'again', 'after-again']);
  });

  it('keeps a hop sent at the instant of a deletion (the stricter reading) but nothing after', () => {
    const lineage = lineageOf(
      history(
        [hop('d1', 2, 'agency', 'exchange'), hop('same', 4, 'exchange', 'ice'), hop('later', 4, 'agency', 'broker')],
        [deletion('x1', 4, 'exchange'), deletion('x2', 4, 'broker')],
      ),
    );
    expect(ids(lineage.flows.map((flow) => flow.hop)).sort()).toEqual(['d1', 'later', 'same']);
  });

  it('delivers through a chain only what every hop carried, and names what came from nowhere', () => {
    const lineage = lineageOf(
      history([hop('d1', 2, 'agency', 'exchange', ['NAME', 'SSN']), hop('d2', 3, 'exchange', 'ice', ['SSN', 'PHOTO'])]),
    );
    const toIce = lineage.flows.find((flow) => flow.hop.toId === 'ice');
    expect(toIce?.arrival.categories).toEqual(['SSN']);
    expect(toIce?.unknownCategories).toEqual(['PHOTO']);
  });

  it('leaves retracted hops out of every chain', () => {
    const lineage = lineageOf(
      history([hop('d1', 2, 'agency', 'exchange', CATEGORIES, true), hop('d2', 3, 'exchange', 'ice')]),
    );
    expect(ids(lineage.retracted)).toEqual(['d1']);
    expect(ids(lineage.unsupported)).toEqual(['d2']);
  });

  it('does not let the origin pass a record on before it created it', () => {
    const lineage = lineageOf(history([hop('d1', 2, 'agency', 'exchange')], [], 5));
    expect(ids(lineage.unsupported)).toEqual(['d1']);
  });
});

const PARTIES = ['agency', 'a', 'b', 'c', 'd'];
const arbitraryHistory = fc
  .record({
    created: fc.integer({ min: 1, max: 4 }),
    hops: arbitraryHops(PARTIES, CATEGORIES, { days: 6, maxLength: 9 }),
    deletions: fc.array(fc.record({ day: fc.integer({ min: 1, max: 6 }), holder: fc.constantFrom(...PARTIES) }), {
      maxLength: 3,
    }),
    // When each was recorded, independent of the day it states: deletions are often recorded
    // after disclosures dated later by their own holder (a backdated deletion).
    recorded: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ created, hops, deletions, recorded }) =>
    history(
      hops.map((h, index) => ({
        ...hop(`d${index}`, h.day, h.from, h.to, h.categories, h.retracted),
        recorded: BigInt(recorded[index] ?? 0),
      })),
      deletions.map((d, index) => ({
        ...deletion(`x${index}`, d.day, d.holder),
        recorded: BigInt(recorded[9 + index] ?? 0),
      })),
      created,
    ),
  );

/** The history with its deletions where they take effect, as the reference works them out. */
const settled = (h: History, root?: Hop): History => ({ ...h, deletions: effectiveDeletions(h, root) });

describe('the lineage engine against a brute-force reference', () => {
  it('finds exactly the hops that end a valid chain, with the fewest hops, the earliest arrivals and the categories', () => {
    let contradicted = 0;
    fc.assert(
      fc.property(arbitraryHistory, (h) => {
        const lineage = lineageOf(h);
        if (lineage.contradicted.length > 0) contradicted += 1;
        const chains = allChains(settled(h));
        const ending = (hopOf: Hop) => chains.filter((chain) => chain.hops.at(-1) === hopOf);
        const live = h.hops.filter((x) => !x.retracted);

        expect(new Set(ids(lineage.flows.map((flow) => flow.hop)))).toEqual(
          new Set(ids(live.filter((x) => ending(x).length > 0))),
        );
        expect(new Set(ids(lineage.unsupported))).toEqual(new Set(ids(live.filter((x) => ending(x).length === 0))));
        for (const flow of lineage.flows) {
          const valid = ending(flow.hop);
          expect(flow.fewest.hops).toBe(Math.min(...valid.map((chain) => chain.hops.length)));
          const shown = chainOf(flow.arrival);
          expect(valid.some((chain) => ids(chain.hops).join() === ids(shown).join())).toBe(true);
          const reached = new Set(valid.flatMap((chain) => chain.categories));
          expect(new Set(flow.hop.categories.filter((c) => !flow.unknownCategories.includes(c)))).toEqual(reached);
          const sorted = (list: readonly string[]) => [...list].sort().join();
          expect(valid.some((chain) => sorted(chain.categories) === sorted(flow.arrival.categories))).toBe(true);
        }
        for (const party of PARTIES.filter((p) => p !== h.originId)) {
          const earliest = chains
            .filter((chain) => chain.party === party)
            .reduce<bigint | null>((min, chain) => (min === null || chain.order < min ? chain.order : min), null);
          expect(lineage.firstArrival.get(party)?.order ?? null).toBe(earliest);
        }
      }),
      { numRuns: 2000 },
    );
    // A generator that stopped making backdated deletions would leave the rule untested.
    expect(contradicted).toBeGreaterThanOrEqual(50);
  });

  it('knows who still holds the record at the end, from the origin or from a hop taken as the start', () => {
    fc.assert(
      fc.property(arbitraryHistory, fc.nat(), (h, pick) => {
        const fromOrigin = lineageOf(h);
        expect(new Set(fromOrigin.heldAtEnd.keys())).toEqual(holdersAtEnd(settled(h), allChains(settled(h))));
        if (h.hops.length === 0) return;
        const root = h.hops[pick % h.hops.length] as Hop;
        const rooted = lineageOf(h, [startAt(root)]);
        const inScope = settled(h, root);
        const chains = allChains(inScope, root);
        expect(new Set(rooted.heldAtEnd.keys())).toEqual(holdersAtEnd(inScope, chains, root));
        for (const [party, held] of rooted.heldAtEnd) {
          const shown = chainOf(held.arrival);
          expect(shown[0]).toBe(root);
          expect(shown.at(-1)?.toId ?? root.toId).toBe(party);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('enumerates every valid chain to a party, lazily, exactly as the reference does', () => {
    fc.assert(
      fc.property(
        arbitraryHistory,
        fc.constantFrom(...PARTIES),
        fc.integer({ min: 1, max: 6 }),
        (h, party, maxHops) => {
          const expected = allChains(settled(h))
            .filter((chain) => chain.party === party && chain.hops.length <= maxHops)
            .map((chain) => ids(chain.hops).join());
          const enumerated = [...everyChain(h, party, maxHops)].map((chain) => ids(chain).join());
          expect(enumerated.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 1000 },
    );
  });
});
