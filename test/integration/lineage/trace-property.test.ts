/**
 * The trace, through Neo4j, against the brute-force reference: random small worlds, each with
 * its own parties, enforcement intervals and affiliations that start and end between hops or
 * at their very instant, and four records, each with its own history of disclosures (equal
 * times, parallel disclosures, cycles), deletions and retractions. Everything is written with
 * the service's own functions; the trace is the service's; the reference shares nothing
 * with either (test/support/lineage-reference.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../subgraphs/lineage/corrections.ts';
import type { History, Hop } from '../../../subgraphs/lineage/engine.ts';
import { IMPORT_LIMITS } from '../../../subgraphs/lineage/disclosure-input.ts';
import { deletionScope } from '../../../subgraphs/lineage/deletion-scope.ts';
import { recordDisclosures } from '../../../subgraphs/lineage/record-disclosure.ts';
import { trace, type ArrivalRow, type TraceOptions } from '../../../subgraphs/lineage/trace.ts';
import {
  recordAffiliation,
  recordEnforcement,
  type AffiliationKind,
} from '../../../subgraphs/registry/affiliations.ts';
import type { PartyKind } from '../../../subgraphs/registry/generated/resolvers-types.ts';
import { registerRecords } from '../../../subgraphs/registry/records.ts';
import { instantOrder } from '../../../subgraphs/shared/scalars.ts';
import { useTestDatabase } from '../../support/database.ts';
import {
  allChains,
  arbitraryHops,
  effectiveDeletions,
  holdersAtEnd,
  wasImmigrationAgent,
  type AgentWorld,
} from '../../support/lineage-reference.ts';
import { registerTestParties } from '../../support/parties.ts';
import { subjectKeyFor } from '../../support/records.ts';

const CATEGORIES = ['NAME', 'DATE_OF_BIRTH', 'RESIDENTIAL_ADDRESS'] as const;
const KINDS: Record<string, PartyKind> = {
  agency: 'COUNTY_AGENCY',
  county: 'COUNTY_AGENCY',
  a: 'DATA_EXCHANGE',
  b: 'DATA_BROKER',
  c: 'CORPORATION',
  d: 'GOVERNMENT_AGENCY',
};
const PARTIES = Object.keys(KINDS);
const RECORDS_PER_WORLD = 6;
const WORLDS = 125; // 750 histories

/** Hops fall at noon; interval bounds at noon (the instant of a hop) or at midnight (between hops). */
const noon = (day: number) => `2025-03-${String(day).padStart(2, '0')}T12:00:00Z`;
const bound = (half: number) =>
  `2025-03-${String(Math.floor(half / 2)).padStart(2, '0')}T${half % 2 ? '12' : '00'}:00:00Z`;

const span = fc
  .record({ from: fc.integer({ min: 2, max: 15 }), length: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }) })
  .map(({ from, length }) => ({ from: bound(from), until: length === null ? null : bound(from + length) }));

const arbitraryHistory = fc.record({
  created: fc.integer({ min: 1, max: 3 }),
  hops: arbitraryHops(PARTIES, CATEGORIES, { days: 7, maxLength: 12 }),
  deletions: fc.array(fc.record({ day: fc.integer({ min: 1, max: 7 }), holder: fc.constantFrom(...PARTIES) }), {
    maxLength: 2,
  }),
});

const arbitraryWorld = fc
  .record({
    enforcement: fc.array(fc.record({ party: fc.constantFrom(...PARTIES.slice(2)), span }), {
      minLength: 1,
      maxLength: 3,
    }),
    // Mostly towards a party that enforces at some time, so that affiliations matter often.
    affiliations: fc.array(
      fc.record({
        from: fc.constantFrom(...PARTIES.slice(2)),
        to: fc.nat(),
        toAny: fc.boolean(),
        kind: fc.constantFrom<AffiliationKind>('EMPLOYEE_OF', 'AGENT_OF', 'CONTRACTOR_OF'),
        span,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    histories: fc.array(arbitraryHistory, { minLength: RECORDS_PER_WORLD, maxLength: RECORDS_PER_WORLD }),
    target: fc.option(fc.constantFrom(...PARTIES.slice(1)), { nil: null, freq: 1 }),
    pick: fc.nat(),
    maxHops: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 1 }),
    window: fc.option(
      fc.record({ from: fc.integer({ min: 2, max: 8 }), length: fc.integer({ min: 1, max: 8 }) }).map((w) => ({
        from: bound(w.from),
        until: bound(w.from + w.length),
      })),
      { nil: null, freq: 1 },
    ),
  })
  .map((world) => ({
    ...world,
    affiliations: world.affiliations.map(({ to, toAny, ...affiliation }) => {
      const pool = toAny ? PARTIES.slice(2) : world.enforcement.map((interval) => interval.party);
      return { ...affiliation, to: pool[to % pool.length] as string };
    }),
  }));
type World = typeof arbitraryWorld extends fc.Arbitrary<infer T> ? T : never;

const order = (at: string | null) => (at === null ? null : instantOrder(at));

/** Writes one world under its own prefix, through the service's functions; returns each record's history as the reference sees it. */
async function write(db: Parameters<typeof trace>[0], world: World, prefix: string) {
  const id = (party: string) => `${prefix}${party}`;
  await registerTestParties(
    db,
    PARTIES.map((party) => [id(party), KINDS[party] as PartyKind] as const),
  );
  for (const [index, interval] of world.enforcement.entries()) {
    await recordEnforcement(db, {
      id: `${prefix}e${index}`,
      partyId: id(interval.party),
      ...interval.span,
      basis: 't',
    });
  }
  for (const [index, affiliation] of world.affiliations.entries()) {
    if (affiliation.from === affiliation.to) continue;
    await recordAffiliation(db, {
      id: `${prefix}a${index}`,
      fromPartyId: id(affiliation.from),
      toPartyId: id(affiliation.to),
      kind: affiliation.kind,
      ...affiliation.span,
    });
  }
  const histories: History[] = world.histories.map((raw, r) => {
    const recordId = `${prefix}r${r}`;
    const hops: Hop[] = raw.hops.map((hop, index) => ({
      disclosureId: `${recordId}-d${index}`,
      at: noon(hop.day),
      order: instantOrder(noon(hop.day)),
      fromId: id(hop.from),
      toId: id(hop.to),
      categories: [...hop.categories].sort(),
      retracted: hop.retracted,
      recorded: 0n,
    }));
    return {
      recordId,
      originId: id('agency'),
      createdAt: noon(raw.created),
      createdOrder: instantOrder(noon(raw.created)),
      categories: [...CATEGORIES].sort(),
      hops,
      deletions: raw.deletions.map((deletion, index) => ({
        id: `${recordId}-x${index}`,
        at: noon(deletion.day),
        order: instantOrder(noon(deletion.day)),
        holderId: id(deletion.holder),
        recorded: 1n,
      })),
    };
  });
  await registerRecords(
    db,
    histories.map((history) => ({
      id: history.recordId,
      subjectKey: subjectKeyFor(history.recordId),
      originPartyId: history.originId,
      sourceSystem: 'property',
      sourceRecordId: history.recordId,
      categories: [...CATEGORIES],
      createdAt: history.createdAt,
    })),
  );
  const hops = histories.flatMap((history) => history.hops.map((hop) => ({ hop, recordId: history.recordId })));
  await recordDisclosures(
    db,
    hops.map(({ hop, recordId }) => ({
      id: hop.disclosureId,
      at: hop.at,
      fromPartyId: hop.fromId,
      toPartyId: hop.toId,
      purpose: 'property test',
      channel: 'BULK_EXPORT' as const,
      records: [{ recordId, categories: hop.categories as Array<(typeof CATEGORIES)[number]> }],
    })),
    IMPORT_LIMITS,
  );
  for (const { hop } of hops.filter(({ hop }) => hop.retracted)) {
    await retractDisclosure(db, {
      id: `${hop.disclosureId}-retracted`,
      disclosureId: hop.disclosureId,
      filedByPartyId: hop.fromId,
      at: '2025-04-01T00:00:00Z',
      reason: 'reported in error',
    });
    await decideRetraction(
      db,
      { retractionId: `${hop.disclosureId}-retracted`, outcome: 'ACCEPTED' },
      { principal: 'auditor@test', organisation: id('county') },
    );
  }
  for (const history of histories) {
    for (const deletion of history.deletions) {
      await confirmDeletion(db, {
        id: deletion.id,
        holderPartyId: deletion.holderId,
        at: deletion.at,
        recordIds: [history.recordId],
      });
    }
  }
  const agents: AgentWorld = {
    enforcement: world.enforcement.map((interval) => ({
      partyId: id(interval.party),
      from: instantOrder(interval.span.from),
      until: order(interval.span.until),
    })),
    affiliations: world.affiliations
      .filter((affiliation) => affiliation.from !== affiliation.to)
      .map((affiliation) => ({
        fromId: id(affiliation.from),
        toId: id(affiliation.to),
        from: instantOrder(affiliation.span.from),
        until: order(affiliation.span.until),
      })),
  };
  return { histories, agents, id };
}

const ids = (hops: ReadonlyArray<{ disclosureId: string }>) => hops.map((hop) => hop.disclosureId).join(' → ');

/** What the reference says the trace must hold: the hops that end a valid chain, to the target, in the window, within the hop limit. */
function expected(histories: readonly History[], agents: AgentWorld, options: TraceOptions) {
  const from = order(options.window?.from ?? null);
  const until = order(options.window?.until ?? null);
  const limit = options.maxHops ?? Number.POSITIVE_INFINITY;
  const arrivals = new Map<string, { valid: string[]; categories: Map<string, string[]> }>();
  for (const history of histories) {
    for (const chain of allChains({ ...history, deletions: effectiveDeletions(history) })) {
      const last = chain.hops.at(-1) as Hop;
      if (chain.hops.length > limit) continue;
      if ((from !== null && last.order < from) || (until !== null && last.order >= until)) continue;
      const target = options.target;
      if ('partyId' in target && last.toId !== target.partyId) continue;
      if ('immigrationAgents' in target && !wasImmigrationAgent(agents, last.toId, last.order)) continue;
      const entry = arrivals.get(last.disclosureId) ?? {
        valid: [] as string[],
        categories: new Map<string, string[]>(),
      };
      entry.valid.push(ids(chain.hops));
      entry.categories.set(ids(chain.hops), [...chain.categories].sort());
      arrivals.set(last.disclosureId, entry);
    }
  }
  return arrivals;
}

/** How often the cases worth testing came up, so that a generator gone dull fails the test instead of passing it. */
const seen = {
  scopeHolders: 0,
  arrivalsAtAgents: 0,
  indirect: 0,
  throughAffiliation: 0,
  statusChangesAtTheHop: 0,
  statusChangedAlongTheChain: 0,
};

function tally(row: ArrivalRow, agents: AgentWorld) {
  const last = row.chain.at(-1) as Hop;
  if (!row.immigrationAgent) return;
  seen.arrivalsAtAgents += 1;
  if (!row.direct) seen.indirect += 1;
  if (!wasImmigrationAgent({ ...agents, affiliations: [] }, last.toId, last.order)) seen.throughAffiliation += 1;
  if (
    row.chain.some(
      (hop) =>
        wasImmigrationAgent(agents, hop.toId, hop.order) !== wasImmigrationAgent(agents, hop.toId, hop.order - 1n),
    )
  ) {
    seen.statusChangesAtTheHop += 1;
  }
  const first = row.chain[0] as Hop;
  if (!wasImmigrationAgent(agents, last.toId, first.order)) seen.statusChangedAlongTheChain += 1;
}

function check(rows: readonly ArrivalRow[], histories: readonly History[], agents: AgentWorld, options: TraceOptions) {
  const want = expected(histories, agents, options);
  const got = rows.map((row) => row.chain.at(-1)?.disclosureId);
  expect([...got].sort()).toEqual([...want.keys()].sort());
  const kind = (partyId: string) => KINDS[partyId.slice(partyId.lastIndexOf('-') + 1)];
  for (const row of rows) {
    const shown = ids(row.chain);
    const entry = want.get(row.chain.at(-1)?.disclosureId as string);
    expect(entry?.valid, `${shown} is a valid chain`).toContain(shown);
    expect(row.hopCount).toBe(row.chain.length);
    expect([...row.categories].sort()).toEqual(entry?.categories.get(shown));
    const last = row.chain.at(-1) as Hop;
    expect(row.direct).toBe(kind(last.fromId) === 'COUNTY_AGENCY');
    expect(row.intermediaries).toEqual(
      row.chain.map((hop) => hop.fromId).filter((party) => kind(party) !== 'COUNTY_AGENCY'),
    );
    for (const hop of row.chain) {
      expect(hop.recipientWasImmigrationAgent, `${hop.toId} at ${hop.at}`).toBe(
        wasImmigrationAgent(agents, hop.toId, hop.order),
      );
    }
    expect(row.immigrationAgent).toBe(wasImmigrationAgent(agents, last.toId, last.order));
    tally(row, agents);
  }
}

describe('the trace through Neo4j against the brute-force reference', () => {
  const ctx = useTestDatabase();

  /** Each disclosure carries one record: its scope is who still holds that record through a chain from it. */
  async function checkScope(history: History, root: Hop) {
    const scope = await deletionScope(ctx.db, { violatingDisclosureIds: [root.disclosureId] });
    if (root.retracted) {
      // An accepted retraction: the violation delivered nothing, and the scope says so.
      expect(scope.holders, `scope of retracted ${root.disclosureId}`).toEqual([]);
      expect(scope.withdrawnViolationIds).toEqual([root.disclosureId]);
      return;
    }
    expect(scope.withdrawnViolationIds).toEqual([]);
    const inScope = { ...history, deletions: effectiveDeletions(history, root) };
    const holders = holdersAtEnd(inScope, allChains(inScope, root), root);
    expect(scope.holders.map((holder) => holder.holderId).sort(), `scope of ${root.disclosureId}`).toEqual(
      [...holders].sort(),
    );
    for (const holder of scope.holders) {
      const chain = holder.pairs[0]?.chain ?? [];
      expect(chain[0]?.disclosureId).toBe(root.disclosureId);
      expect(chain.at(-1)?.toId).toBe(holder.holderId);
      seen.scopeHolders += 1;
    }
  }

  it(`agrees on ${WORLDS * RECORDS_PER_WORLD} random histories, with immigration-agent status changing between hops`, async () => {
    let worlds = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryWorld, async (world) => {
        worlds += 1;
        const { histories, agents, id } = await write(ctx.db, world, `w${worlds}-`);
        const recordIds = histories.map((history) => history.recordId);
        const toAgents: TraceOptions = {
          target: { immigrationAgents: true },
          maxHops: world.maxHops,
          window: world.window,
        };
        check(await trace(ctx.db, recordIds, toAgents), histories, agents, toAgents);
        if (world.target !== null) {
          const toParty: TraceOptions = { target: { partyId: id(world.target) }, maxHops: world.maxHops };
          check(await trace(ctx.db, recordIds, toParty), histories, agents, toParty);
        }
        // The deletion scope of one of the world's disclosures, taken as found in violation.
        const violating = histories.flatMap((history) => history.hops.map((hop) => ({ history, hop })))[
          world.pick % 97
        ];
        if (violating !== undefined) await checkScope(violating.history, violating.hop);
      }),
      { numRuns: WORLDS, seed: 20261125, endOnFailure: true },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThanOrEqual(20);
  }, 600_000);
});
