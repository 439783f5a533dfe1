import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  immigrationAgentIntervals,
  type IntervalRow,
  immigrationAgentAnswers,
} from '../../../core/registry/immigration-agents.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';
import { affiliate, enforcesImmigrationLaw } from '../../support/immigration.ts';

const PARTIES = ['p0', 'p1', 'p2', 'p3', 'p4'];
const YEAR = (y: number) => `${2015 + y}-01-01T00:00:00Z`;

type Span = { from: number; until: number | null };
type World = {
  enforcement: Array<{ party: number } & Span>;
  links: Array<{ source: number; target: number; kind: 'EMPLOYEE_OF' | 'AGENT_OF' | 'CONTRACTOR_OF' } & Span>;
};

const span = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }))
  .map(([from, length]): Span => ({ from, until: length === null ? null : from + length }));

const world: fc.Arbitrary<World> = fc.record({
  enforcement: fc.array(
    fc.tuple(fc.integer({ min: 0, max: 4 }), span).map(([party, s]) => ({ party, ...s })),
    {
      maxLength: 3,
    },
  ),
  links: fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('EMPLOYEE_OF' as const, 'AGENT_OF' as const, 'CONTRACTOR_OF' as const),
        span,
      )
      .filter(([source, target]) => source !== target)
      .map(([source, target, kind, s]) => ({ source, target, kind, ...s })),
    { maxLength: 8 },
  ),
});

const holds = (s: Span, year: number) => s.from <= year && (s.until === null || year < s.until);

/** The definition, by brute force: search the affiliations valid at t from the party. */
function agentAt(w: World, party: number, year: number): boolean {
  const seen = new Set([party]);
  const queue = [party];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    if (w.enforcement.some((e) => e.party === current && holds(e, year))) return true;
    for (const link of w.links) {
      if (link.source === current && holds(link, year) && !seen.has(link.target)) {
        seen.add(link.target);
        queue.push(link.target);
      }
    }
  }
  return false;
}

const inside = (intervals: IntervalRow[], instant: string) =>
  intervals.some(
    (i) => Date.parse(i.from) <= Date.parse(instant) && (i.until === null || Date.parse(instant) < Date.parse(i.until)),
  );

describe('immigration agent status against a brute-force reference', () => {
  const ctx = useTestDatabase();

  it('agrees at every year, for every party, and the derived intervals cover exactly those years', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        await wipe(ctx.db);
        for (const id of PARTIES) await registerParty(ctx.db, { id, name: id, kind: 'CONTRACTOR' });
        for (const e of w.enforcement) {
          await enforcesImmigrationLaw(
            ctx.db,
            PARTIES[e.party] as string,
            YEAR(e.from),
            e.until === null ? null : YEAR(e.until),
          );
        }
        for (const l of w.links) {
          const [from, to] = [PARTIES[l.source] as string, PARTIES[l.target] as string];
          await affiliate(ctx.db, from, l.kind, to, YEAR(l.from), l.until === null ? null : YEAR(l.until));
        }
        const years = Array.from({ length: 14 }, (_, y) => y);
        const questions = PARTIES.flatMap((partyId) =>
          years.map((y) => ({ partyId, at: `${2015 + y}-06-01T00:00:00Z` })),
        );
        const answers = await immigrationAgentAnswers(ctx.db, questions);
        const intervals = new Map(await immigrationAgentIntervals(ctx.db, PARTIES));
        for (const answer of answers) {
          const party = PARTIES.indexOf(answer.partyId);
          const year = Number(answer.at.slice(0, 4)) - 2015;
          expect(answer.agent, `${answer.partyId} in ${2015 + year}`).toBe(agentAt(w, party, year));
          expect(
            inside(intervals.get(answer.partyId) ?? [], answer.at),
            `${answer.partyId} interval in ${2015 + year}`,
          ).toBe(answer.agent);
        }
      }),
      { numRuns: 25, seed: 46_37 },
    );
  });
});
