import type { Database } from '../../infra/db.ts';
import { instantOrder } from '../../infra/scalars.ts';
import { tracedSubjectHistories, traceHistories, type ArrivalRow, type TraceHopRow, type Window } from './trace.ts';

/**
 * One person's accounting of disclosures, as the Privacy Act (5 U.S.C. 552a(c)) and HIPAA
 * (45 CFR 164.528) shape one: for every party the person's records reached in the window, the
 * first and last date, how many disclosures, which records and categories, the purposes and
 * legal bases given, whether the party was an immigration agent at any of those times, and,
 * for a party reached only through third parties, the chain of its first arrival. Repeated
 * disclosures to one recipient are summarised as first date, last date and count.
 */
export type AccountingArrivalRow = { at: string; direct: boolean; hopCount: number; chain: TraceHopRow[] };
export type AccountingEntryRow = {
  recipientId: string;
  direct: boolean;
  firstAt: string;
  lastAt: string;
  disclosureIds: string[];
  recordIds: string[];
  categories: string[];
  purposes: string[];
  legalBases: string[];
  immigrationAgent: boolean;
  chain: TraceHopRow[] | null;
  /** The first arrival (see firstOf), direct or not: what the accounting shows beside the line. */
  firstArrival: AccountingArrivalRow;
  /** The recorded time the accounting is as of; now when null. */
  asOf: string | null;
};
export type AccountingRow = {
  subjectKey: string;
  entries: AccountingEntryRow[];
  /** What retracted disclosures (accepted by an auditor) would have delivered: not in `entries`. */
  withdrawn: ArrivalRow[];
};

const sortedSet = (values: Iterable<string>) => [...new Set(values)].sort();

/** The first of a recipient's arrivals: the earliest, and at one instant the one of fewest hops (the first listed among equals). */
export function firstOf<T extends { at: string; hopCount: number }>(arrivals: readonly T[]): T | undefined {
  let first: T | undefined;
  for (const arrival of arrivals) {
    if (first === undefined) {
      first = arrival;
      continue;
    }
    const earlier = instantOrder(arrival.at) - instantOrder(first.at);
    if (earlier < 0n || (earlier === 0n && arrival.hopCount < first.hopCount)) first = arrival;
  }
  return first;
}

export async function accounting(
  db: Database,
  subjectKey: string,
  window: Window | null,
  asOf: string | null = null,
): Promise<AccountingRow> {
  // The purposes and legal bases come with the hops (`facts`): no query of their own.
  const histories = await tracedSubjectHistories(db, subjectKey, { facts: true, agents: true, asOf });
  const options = { target: { everyone: true as const }, window, asOf };
  const arrivals = await traceHistories(db, histories, options);
  const withdrawn = await traceHistories(db, histories, { ...options, withdrawn: true });
  const byRecipient = new Map<string, ArrivalRow[]>();
  for (const arrival of arrivals) {
    const list = byRecipient.get(arrival.partyId);
    if (list === undefined) byRecipient.set(arrival.partyId, [arrival]);
    else list.push(arrival);
  }
  const facts = new Map(
    histories.flatMap((history) => history.hops.map((hop) => [hop.disclosureId, hop.facts ?? null] as const)),
  );
  const entries = [...byRecipient.entries()].map(([recipientId, list]) => {
    const first = firstOf(list) as ArrivalRow;
    // The latest; among equal instants the last listed, as a stable sort would leave it.
    const last = list.reduce((latest, arrival) =>
      instantOrder(arrival.at) >= instantOrder(latest.at) ? arrival : latest,
    );
    const direct = list.some((arrival) => arrival.direct);
    const events = sortedSet(list.map((arrival) => arrival.chain.at(-1)?.disclosureId as string)).flatMap((id) => {
      const stated = facts.get(id);
      return stated == null ? [] : [{ id, purpose: stated.purpose, legalBasis: stated.legalBasis }];
    });
    return {
      recipientId,
      direct,
      firstAt: first.at,
      lastAt: last.at,
      disclosureIds: events.map((row) => row.id),
      recordIds: sortedSet(list.map((arrival) => arrival.recordId)),
      categories: sortedSet(list.flatMap((arrival) => arrival.categories)),
      purposes: sortedSet(events.map((row) => row.purpose)),
      legalBases: sortedSet(events.map((row) => row.legalBasis)),
      immigrationAgent: list.some((arrival) => arrival.immigrationAgent),
      chain: direct ? null : first.chain,
      firstArrival: { at: first.at, direct: first.direct, hopCount: first.hopCount, chain: first.chain },
      asOf,
    };
  });
  entries.sort(
    (a, b) => Number(instantOrder(a.firstAt) - instantOrder(b.firstAt)) || (a.recipientId < b.recipientId ? -1 : 1),
  );
  return { subjectKey, entries, withdrawn };
}
