import type { Database } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { instantOrder, utcOrNull } from '../../infra/scalars.ts';
import { chainOf, lineageOf, settledDeletions, startAt, type Arrival, type Hop } from './engine.ts';
import { grantsOfParties } from './grants.ts';
import { historiesOf, type SubjectHistory } from './histories.ts';
import type { GrantRow } from './ledger.ts';
import { annotated, standingsAtTheirHops, type TraceHopRow } from './trace.ts';

/**
 * Deletion scope (Sec. 46-37(h)): every (holder, record) pair that a holder obtained
 * through a time-respecting chain starting with a violating disclosure (its first recipient
 * included) and still holds, that is, confirmed no deletion of since, grouped by holder, with
 * the evidence chain of each pair, the categories, the distinct subjects, and the standing
 * access grants to cut. It is what the agency sends out as "cease, and delete these";
 * recording the holders' deletion confirmations makes it shrink.
 */
export type ScopePair = { recordId: string; subjectKey: string; categories: string[]; chain: TraceHopRow[] };
export type ScopeHolderRow = {
  holderId: string;
  pairs: ScopePair[];
  subjectCount: number;
  categories: string[];
  /** Standing access of this holder to a county dataset: potential exposure to cut as well. */
  grantsToCut: GrantRow[];
};
export type Scope = {
  holders: ScopeHolderRow[];
  pairCount: number;
  subjectCount: number;
  /**
   * Violating disclosures an auditor's accepted retraction withdrew: they delivered nothing
   * (as `trace` says), so no chain starts at them, and the scope says so rather than hiding them.
   */
  withdrawnViolationIds: string[];
  /** The recorded time the answer is as of; now when null. */
  asOf: string | null;
};

export const MAX_VIOLATING_DISCLOSURES = 1_000;

export const RECORDS_OF_DISCLOSURES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (d:Disclosure {id: id})
  WHERE $asOf IS NULL OR d.recordedAt <= datetime($asOf)
  RETURN id, toString(d.at) AS at, [(d)-[:CARRIED]->(r:Record) | r.id] AS recordIds`;

export const RECORDS_RECEIVED_BY = /* cypher */ `
  MATCH (:Party {id: $partyId})<-[:TO]-(:Disclosure)-[:CARRIED]->(r:Record)
  WITH DISTINCT r
  WHERE $asOf IS NULL OR r.recordedAt <= datetime($asOf)
  RETURN r.id AS id ORDER BY id`;

/** A record's history and where its chains start: what a scope, or a downstream, follows. */
export type Started = { history: SubjectHistory; starts: Arrival[] };

/**
 * From disclosures found in violation: each record they carried, starting at them. A
 * violating disclosure whose retraction an auditor accepted delivered nothing and starts no
 * chain (`withdrawnOf` names them).
 */
export async function fromDisclosures(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Started[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_VIOLATING_DISCLOSURES) {
    throw new InputError(
      `violatingDisclosureIds must name 1 to ${MAX_VIOLATING_DISCLOSURES} disclosures, got ${unique.length}`,
      'violatingDisclosureIds',
      unique.length,
    );
  }
  const rows = await db.read((tx) =>
    tx.run<{ id: string; at: string; recordIds: string[] }>(RECORDS_OF_DISCLOSURES, {
      ids: unique,
      asOf: utcOrNull(asOf),
    }),
  );
  const missing = unique.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) {
    throw new NotFoundError(`no disclosure is recorded with id ${missing.slice(0, 5).join(', ')}`, missing.slice(0, 5));
  }
  const violating = new Set(unique);
  // Every chain starts at a violating disclosure: nothing before the earliest of them matters.
  const earliest = rows.reduce((first, row) => (instantOrder(row.at) < instantOrder(first.at) ? row : first)).at;
  const histories = await historiesOf(db, [...new Set(rows.flatMap((row) => row.recordIds))].sort(), {
    hopsFrom: earliest,
    asOf,
    carriedTogether: true,
  });
  return histories.map((history) => ({
    history,
    starts: history.hops.filter((hop) => violating.has(hop.disclosureId) && !hop.retracted).map(startAt),
  }));
}

/** The violating disclosures whose retraction was accepted: they started nothing. */
function withdrawnOf(started: readonly Started[], ids: readonly string[]): string[] {
  const asked = new Set(ids);
  const withdrawn = new Set<string>();
  for (const { history } of started) {
    for (const hop of history.hops) if (asked.has(hop.disclosureId) && hop.retracted) withdrawn.add(hop.disclosureId);
  }
  return [...withdrawn].sort();
}

/**
 * From a third party found in violation since an instant: what it held at that instant (with
 * the chain that brought it) and everything delivered to it from then on, and all that went
 * onward from there. A delivery an auditor's accepted retraction withdrew delivered nothing
 * and starts nothing.
 */
export async function fromThirdParty(
  db: Database,
  partyId: string,
  since: string,
  asOf: string | null = null,
): Promise<Started[]> {
  const from = instantOrder(since);
  const ids = (
    await db.read((tx) => tx.run<{ id: string }>(RECORDS_RECEIVED_BY, { partyId, asOf: utcOrNull(asOf) }))
  ).map((row) => row.id);
  return (await historiesOf(db, ids, { asOf })).map((history) => {
    // Deletions as they took effect over the whole history: one that a later-dated send on
    // record contradicts still ends the holding only from that send on.
    const settled = settledDeletions(history);
    const before = {
      ...history,
      hops: history.hops.filter((hop) => hop.order < from),
      deletions: settled.filter((deletion) => deletion.order < from),
    };
    const heldThen = lineageOf(before).heldAtEnd.get(partyId);
    const starts = deliveriesTo(partyId, history)
      .filter((hop) => hop.order >= from)
      .map(startAt);
    // Its holding at `since` starts as a delivery at that instant would, whatever the chain
    // that brought it (kept, as the evidence of how it came to hold it).
    if (heldThen !== undefined) starts.push({ ...heldThen.arrival, at: since, order: from, hops: 1 });
    return { history, starts };
  });
}

/** The hops that delivered the record to the party: not those an auditor's accepted retraction withdrew. */
export function deliveriesTo(partyId: string, history: SubjectHistory): Hop[] {
  return history.hops.filter((hop) => hop.toId === partyId && !hop.retracted);
}

/**
 * The parties a disclosure's records reached through it: its recipient, and every party a
 * time-respecting chain from it led to. Those, beside its sender, may file its retraction.
 */
export async function partiesReachedBy(db: Database, disclosureId: string): Promise<Set<string>> {
  const reached = new Set<string>();
  for (const { history, starts } of await fromDisclosures(db, [disclosureId])) {
    for (const start of starts) reached.add(start.partyId);
    if (starts.length > 0) for (const partyId of lineageOf(history, starts).firstArrival.keys()) reached.add(partyId);
  }
  return reached;
}

export type ScopeInput = ({ violatingDisclosureIds: readonly string[] } | { thirdPartyId: string; since: string }) & {
  /** As the service knew things at this recorded time; now when absent. */
  asOf?: string | null;
};

export async function deletionScope(db: Database, input: ScopeInput): Promise<Scope> {
  const asOf = input.asOf ?? null;
  const started =
    'violatingDisclosureIds' in input
      ? await fromDisclosures(db, input.violatingDisclosureIds, asOf)
      : await fromThirdParty(db, input.thirdPartyId, input.since, asOf);
  // Each pair with its chain, made once: its ends' standings are asked for, then it is told with them.
  const byHolder = new Map<string, Array<{ pair: Omit<ScopePair, 'chain'>; chain: Hop[] }>>();
  for (const { history, starts } of started) {
    if (starts.length === 0) continue;
    for (const [holderId, held] of lineageOf(history, starts).heldAtEnd) {
      const pair = { recordId: history.recordId, subjectKey: history.subjectKey, categories: held.categories };
      const entry = { pair, chain: chainOf(held.arrival) };
      const list = byHolder.get(holderId);
      if (list === undefined) byHolder.set(holderId, [entry]);
      else list.push(entry);
    }
  }
  const entries = [...byHolder.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const standings = await standingsAtTheirHops(
    db,
    entries.flatMap(([, list]) => list.flatMap(({ chain }) => chain)),
    asOf,
  );
  const grants = new Map(
    await grantsOfParties(
      db,
      entries.map(([holderId]) => holderId),
      asOf,
    ),
  );
  const now = asOf === null ? Date.now() : Date.parse(asOf);
  const told = new Map<Hop, TraceHopRow>();
  const holders = entries.map(([holderId, list]) => {
    const subjects = new Set<string>();
    const categories = new Set<string>();
    for (const { pair } of list) {
      subjects.add(pair.subjectKey);
      for (const category of pair.categories) categories.add(category);
    }
    return {
      holderId,
      pairs: list.map(({ pair, chain }) => ({ ...pair, chain: annotated(chain, standings, asOf, told) })),
      subjectCount: subjects.size,
      categories: [...categories].sort(),
      grantsToCut: (grants.get(holderId) ?? []).filter(
        (grant) => grant.until === null || Date.parse(grant.until) > now,
      ),
    };
  });
  return {
    holders,
    pairCount: holders.reduce((sum, holder) => sum + holder.pairs.length, 0),
    subjectCount: new Set(holders.flatMap((holder) => holder.pairs.map((pair) => pair.subjectKey))).size,
    withdrawnViolationIds: 'violatingDisclosureIds' in input ? withdrawnOf(started, input.violatingDisclosureIds) : [],
    asOf,
  };
}
