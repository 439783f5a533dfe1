import type { Database } from '../../infra/db.ts';
import type { HopFacts } from './engine.ts';
import { historiesOf } from './histories.ts';
import { InputError } from '../../infra/errors.ts';
import { utcOrNull } from '../../infra/scalars.ts';
import { agentArrivalsIndexed } from './arrival-index.ts';
import { countyMonth } from '../../infra/calendar.ts';
import { everAgents } from '../registry/index.ts';
import { checkWindow, traceHistories, type ArrivalRow, type Window } from './trace.ts';
import { checkDeadline } from '../../infra/scope.ts';

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
  /** Every arrival counted, kept for `groups`. */
  arrivals: readonly ArrivalRow[];
  /**
   * Arrivals that disclosures since retracted (an auditor accepted) would have made: not
   * counted, shown beside the count so that withdrawn evidence never simply disappears.
   */
  withdrawnArrivals: readonly ArrivalRow[];
  withdrawn: ExposureCountRow;
  /** Counted arrivals whose chain holds a disclosure with a retraction awaiting an auditor. */
  contested: ExposureCountRow;
  /** The disclosures behind `withdrawn` and `contested` that carry a retraction. */
  retractedDisclosureIds: string[];
  /** The recorded time the answer is as of; now when null. */
  asOf: string | null;
  direct: ExposureCountRow;
  indirect: ExposureCountRow;
  byHopCount: ExposureCountRow[];
  byCategory: ExposureCountRow[];
  byOriginAgency: ExposureCountRow[];
  byIntermediary: ExposureCountRow[];
  byAgent: ExposureCountRow[];
};

/**
 * Records carried by a disclosure to one of these parties within the window; with a party,
 * only those it created, sent or received.
 */
export const RECORDS_SENT_TO = /* cypher */ `
  UNWIND $ids AS id
  MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)-[:CARRIED]->(r:Record)
  WHERE ($from IS NULL OR d.at >= datetime($from)) AND ($until IS NULL OR d.at < datetime($until))
    AND ($asOf IS NULL OR d.recordedAt <= datetime($asOf))
    AND ($partyId IS NULL OR r.originId = $partyId
      OR EXISTS { (r)<-[c:CARRIED]-() WHERE c.from = $partyId OR c.to = $partyId })
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
    checkDeadline();
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

/**
 * What an arrival can be grouped by. An arrival counts under every value it has: each
 * category it delivered, each third party its chain passed through (NONE when there was
 * none), the last hop's legal basis, and its month in county time (America/Chicago).
 */
export const EXPOSURE_DIMENSIONS = [
  'DIRECTNESS',
  'HOP_COUNT',
  'CATEGORY',
  'ORIGIN_AGENCY',
  'INTERMEDIARY',
  'AGENT',
  'LEGAL_BASIS',
  'MONTH',
] as const;
export type ExposureDimension = (typeof EXPOSURE_DIMENSIONS)[number];

const PARTY_DIMENSIONS: ReadonlySet<ExposureDimension> = new Set(['ORIGIN_AGENCY', 'INTERMEDIARY', 'AGENT']);
const orNone = (values: readonly string[]) => (values.length === 0 ? ['NONE'] : values);
const VALUES: Record<ExposureDimension, (arrival: ArrivalRow) => readonly string[]> = {
  DIRECTNESS: (arrival) => [arrival.direct ? 'DIRECT' : 'INDIRECT'],
  HOP_COUNT: (arrival) => [String(arrival.hopCount)],
  CATEGORY: (arrival) => orNone(arrival.categories),
  ORIGIN_AGENCY: (arrival) => [arrival.originId],
  INTERMEDIARY: (arrival) => orNone([...new Set(arrival.intermediaries)]),
  AGENT: (arrival) => [arrival.partyId],
  LEGAL_BASIS: (arrival) => [arrival.chain.at(-1)?.facts?.legalBasis ?? 'NONE'],
  MONTH: (arrival) => [countyMonth(arrival.at)],
};

export type ExposureKeyRow = { dimension: ExposureDimension; value: string; partyId: string | null };
export type ExposureGroupRow = Omit<ExposureCountRow, 'key' | 'partyId'> & { keys: ExposureKeyRow[] };

export const MAX_GROUP_DIMENSIONS = 4;

const SEPARATOR = '\u0000';

/**
 * Cross-tabulates arrivals by 1 to 4 distinct dimensions, most arrivals first, then by key:
 * `groupBy` over each arrival's combinations of values, joined (the separator sorts first,
 * so joined keys sort as their values do).
 */
export function groupsOf(arrivals: readonly ArrivalRow[], by: readonly ExposureDimension[]): ExposureGroupRow[] {
  if (by.length === 0 || by.length > MAX_GROUP_DIMENSIONS || new Set(by).size !== by.length) {
    throw new InputError(
      `by must name 1 to ${MAX_GROUP_DIMENSIONS} different dimensions, got [${by.join(', ')}]`,
      'by',
      by,
    );
  }
  const combinations = (arrival: ArrivalRow) =>
    by.reduce<string[][]>(
      (partial, dimension) =>
        partial.flatMap((values) => VALUES[dimension](arrival).map((value) => [...values, value])),
      [[]],
    );
  return groupBy(arrivals, (arrival) => combinations(arrival).map((values) => values.join(SEPARATOR))).map(
    ({ key, recordCount, individualCount, arrivalCount }) => ({
      keys: key.split(SEPARATOR).map((value, index) => {
        const dimension = by[index] as ExposureDimension;
        return { dimension, value, partyId: PARTY_DIMENSIONS.has(dimension) && value !== 'NONE' ? value : null };
      }),
      recordCount,
      individualCount,
      arrivalCount,
    }),
  );
}

export const LEGAL_BASES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (d:Disclosure {id: id})
  RETURN id, d.purpose AS purpose, d.legalBasis AS legalBasis, d.agreementReference AS agreementReference`;

const involves = (arrival: ArrivalRow, partyId: string) =>
  arrival.originId === partyId || arrival.partyId === partyId || arrival.chain.some((hop) => hop.fromId === partyId);

/** Gives each arrival's last hop what its disclosure said of itself (its legal basis above all): one query. */
async function withLegalBases(db: Database, arrivals: readonly ArrivalRow[]): Promise<void> {
  const last = arrivals.flatMap((arrival) => arrival.chain.slice(-1));
  const ids = [...new Set(last.map((hop) => hop.disclosureId))];
  if (ids.length === 0) return;
  const rows = await db.read((tx) => tx.run<HopFacts & { id: string }>(LEGAL_BASES, { ids }));
  const facts = new Map(rows.map(({ id, ...row }) => [id, row]));
  for (const hop of last) hop.facts = facts.get(hop.disclosureId) ?? null;
}

/** Records carried to one of the agents in the window (see RECORDS_SENT_TO). */
async function recordsSentTo(
  db: Database,
  agents: readonly string[],
  window: Window | null,
  partyId: string | null,
  asOf: string | null,
): Promise<string[]> {
  if (agents.length === 0) return [];
  const params = {
    ids: agents,
    from: utcOrNull(window?.from),
    until: utcOrNull(window?.until),
    partyId,
    asOf: utcOrNull(asOf),
  };
  return (await db.read((tx) => tx.run<{ id: string }>(RECORDS_SENT_TO, params))).map((row) => row.id);
}

/** By record, then time, then disclosure: the order a trace answers in, whichever way it was read. */
function inAnswerOrder(a: ArrivalRow, b: ArrivalRow): number {
  if (a.recordId !== b.recordId) return a.recordId < b.recordId ? -1 : 1;
  const [x, y] = [a.chain.at(-1), b.chain.at(-1)];
  const order = (x?.order ?? 0n) - (y?.order ?? 0n);
  if (order !== 0n) return order < 0n ? -1 : 1;
  const [p, q] = [x?.disclosureId ?? '', y?.disclosureId ?? ''];
  return p < q ? -1 : p > q ? 1 : 0;
}

/**
 * Exposure in the window, county-wide, or of one party: the arrivals at immigration agents
 * of records it created, or whose chain passed through it, or that reached it as the agent.
 * With `asOf`, as the service knew things at that recorded time. As now known, the records
 * the arrival index holds are read from it (arrival-index.ts) and only the others replayed;
 * `replay` replays every one (what the index is checked against).
 */
export async function exposure(
  db: Database,
  window: Window | null,
  partyId: string | null = null,
  asOf: string | null = null,
  options: { replay?: boolean } = {},
): Promise<ExposureRow> {
  checkWindow(window);
  const agents = await everAgents(db);
  const arrivals: ArrivalRow[] = [];
  const withdrawnArrivals: ArrivalRow[] = [];
  const mine = (traced: ArrivalRow[]) =>
    partyId === null ? traced : traced.filter((arrival) => involves(arrival, partyId));
  // As now known, the arrival index answers for the records it holds; the others are replayed.
  let recordIds: string[];
  if (asOf === null && options.replay !== true) {
    const indexed = await agentArrivalsIndexed(db, agents, window, partyId);
    arrivals.push(...mine(indexed.arrivals));
    recordIds = indexed.replay;
  } else recordIds = await recordsSentTo(db, agents, window, partyId, asOf);
  for (let start = 0; start < recordIds.length; start += CHUNK) {
    const histories = await historiesOf(db, recordIds.slice(start, start + CHUNK), { asOf });
    const options = { target: { immigrationAgents: true as const }, window, asOf };
    arrivals.push(...mine(await traceHistories(db, histories, options)));
    withdrawnArrivals.push(...mine(await traceHistories(db, histories, { ...options, withdrawn: true })));
  }
  arrivals.sort(inAnswerOrder);
  await withLegalBases(db, arrivals);
  const contested = arrivals.filter((arrival) => arrival.chain.some((hop) => hop.contested === true));
  const retractedDisclosureIds = [
    ...new Set(
      [
        ...contested.flatMap((arrival) => arrival.chain.filter((hop) => hop.contested === true)),
        ...withdrawnArrivals.flatMap((arrival) => arrival.chain.filter((hop) => hop.withdrawn === true)),
      ].map((hop) => hop.disclosureId),
    ),
  ].sort();
  return {
    ...count('all', arrivals),
    arrivals,
    withdrawnArrivals,
    withdrawn: count('WITHDRAWN', withdrawnArrivals),
    contested: count('CONTESTED', contested),
    retractedDisclosureIds,
    asOf,
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
