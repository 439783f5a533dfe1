import type { Database } from '../shared/db.ts';
import { historiesOf } from './histories.ts';
import { traceHistories, type ArrivalRow, type Window } from './trace.ts';

/**
 * Exposure (Sec. 46-37(e) and the (g) report's "disclosed to immigration agents directly or
 * indirectly through third parties"): every arrival of a record at a party that was an
 * immigration agent at the time of the hop, in the window, counted as distinct records,
 * distinct subjects (individuals) and arrivals, overall and by hop count, category, origin
 * agency, intermediary and agent. Counts only: no subject key leaves this module.
 */
export type ExposureCountRow = {
  key: string;
  /** The key is this party's id (origin agency, intermediary, agent); null for other keys. */
  partyId: string | null;
  recordCount: number;
  individualCount: number;
  arrivalCount: number;
};
export type ExposureRow = ExposureCountRow & {
  direct: ExposureCountRow;
  indirect: ExposureCountRow;
  byHopCount: ExposureCountRow[];
  byCategory: ExposureCountRow[];
  byOriginAgency: ExposureCountRow[];
  byIntermediary: ExposureCountRow[];
  byAgent: ExposureCountRow[];
};

/**
 * Parties that are immigration agents at some time or other: those that enforce immigration
 * law or reach one that does through affiliations, whatever the intervals. Only arrivals at
 * them can count; the engine then asks each at the hop's own time.
 */
export const EVER_AGENTS = /* cypher */ `
  MATCH (p:Party)
  WHERE EXISTS {
    MATCH (p) (()-[:AFFILIATED_WITH]->())* (q:Party)
    WHERE EXISTS { (q)-[:ENFORCES_IMMIGRATION_LAW]->(:EnforcementInterval) }
  }
  RETURN p.id AS id`;

/** Records carried by a disclosure to one of these parties within the window. */
export const RECORDS_SENT_TO = /* cypher */ `
  UNWIND $ids AS id
  MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)-[:CARRIED]->(r:Record)
  WHERE ($from IS NULL OR d.at >= datetime($from)) AND ($until IS NULL OR d.at < datetime($until))
  RETURN DISTINCT r.id AS id ORDER BY id`;

/** Histories are read and traced this many records at a time, so memory stays flat. */
const CHUNK = 2_000;

/** What is counted: a record arriving somewhere, about a subject. */
type Counted = { recordId: string; subjectKey: string };

export function count(key: string, arrivals: readonly Counted[], party = false): ExposureCountRow {
  return {
    key,
    partyId: party ? key : null,
    recordCount: new Set(arrivals.map((arrival) => arrival.recordId)).size,
    individualCount: new Set(arrivals.map((arrival) => arrival.subjectKey)).size,
    arrivalCount: arrivals.length,
  };
}

export function groupBy<T extends Counted>(
  arrivals: readonly T[],
  keysOf: (arrival: T) => readonly string[],
  party = false,
): ExposureCountRow[] {
  const groups = new Map<string, T[]>();
  for (const arrival of arrivals) {
    for (const key of new Set(keysOf(arrival))) {
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [arrival]);
      else list.push(arrival);
    }
  }
  return [...groups.entries()]
    .map(([key, list]) => count(key, list, party))
    .sort((a, b) => b.arrivalCount - a.arrivalCount || (a.key < b.key ? -1 : 1));
}

export async function exposure(db: Database, window: Window | null): Promise<ExposureRow> {
  const agents = (await db.read((tx) => tx.run<{ id: string }>(EVER_AGENTS))).map((row) => row.id);
  const recordIds =
    agents.length === 0
      ? []
      : (
          await db.read((tx) =>
            tx.run<{ id: string }>(RECORDS_SENT_TO, {
              ids: agents,
              from: window?.from ?? null,
              until: window?.until ?? null,
            }),
          )
        ).map((row) => row.id);
  const arrivals: ArrivalRow[] = [];
  for (let start = 0; start < recordIds.length; start += CHUNK) {
    const histories = await historiesOf(db, recordIds.slice(start, start + CHUNK));
    arrivals.push(...(await traceHistories(db, histories, { target: { immigrationAgents: true }, window })));
  }
  return {
    ...count('all', arrivals),
    direct: count(
      'DIRECT',
      arrivals.filter((arrival) => arrival.direct),
    ),
    indirect: count(
      'INDIRECT',
      arrivals.filter((arrival) => !arrival.direct),
    ),
    byHopCount: groupBy(arrivals, (arrival) => [String(arrival.hopCount)]),
    byCategory: groupBy(arrivals, (arrival) => arrival.categories),
    byOriginAgency: groupBy(arrivals, (arrival) => [arrival.originId], true),
    byIntermediary: groupBy(arrivals, (arrival) => arrival.intermediaries, true),
    byAgent: groupBy(arrivals, (arrival) => [arrival.partyId], true),
  };
}
