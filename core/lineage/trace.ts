import { immigrationAgentAnswers, standingAnswers, type Standing, type StatusReason } from '../registry/index.ts';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { instantOrder } from '../../infra/scalars.ts';
import { isSubjectKey } from '../../infra/validation.ts';
import { chainOf, lineageOf, type Arrival, type Flow, type Hop } from './engine.ts';
import { historiesOf, historiesOfSubject, type SubjectHistory } from './histories.ts';

/**
 * Traces: every arrival of the records asked about at a target party, or at any party that
 * was an immigration agent at the time of the hop that reached it (status is evaluated at each
 * hop's time, never "now"), with the chain that led there. An
 * arrival is one flow (a hop whose sender held the record); the chain shown is the sender's
 * earliest one, or its shortest when a hop limit leaves the earliest out.
 */
export type Window = { from?: string | null; until?: string | null };
export type TraceTarget = { partyId: string } | { immigrationAgents: true } | { everyone: true };
export type TraceOptions = {
  target: TraceTarget;
  window?: Window | null;
  maxHops?: number | null;
  /** As the service knew things at this recorded time; now when absent. */
  asOf?: string | null;
  /**
   * The arrivals that disclosures whose retraction an auditor accepted would have made, and
   * that no other chain makes: shown beside the answer, never counted in it.
   */
  withdrawn?: boolean;
};

export type TraceHopRow = Hop & {
  recipientWasImmigrationAgent: boolean;
  /** Why the recipient was an immigration agent at the hop's time; null when it was not. */
  recipientImmigrationAgent: StatusReason | null;
  /** Why the recipient was county personnel at the hop's time; null when it was not. */
  recipientCountyPersonnel: StatusReason | null;
  /** Why the sender was county personnel at the hop's time: the agency it acted for; null when it was not. */
  senderCountyPersonnel: StatusReason | null;
  /** The recorded time the answer is as of: the hop's retraction is shown as it stood then. */
  asOf?: string | null;
};
export type ArrivalRow = {
  recordId: string;
  subjectKey: string;
  /** The agency that created the record. */
  originId: string;
  partyId: string;
  at: string;
  hopCount: number;
  /** The last hop's sender was county personnel at `at` (Sec. 46-37's definitions): a direct disclosure. */
  direct: boolean;
  /** For a direct arrival, the county agency the last hop's sender acted for and the affiliations; else null. */
  actingFor: StatusReason | null;
  /** The recipient was an immigration agent at `at`. */
  immigrationAgent: boolean;
  /** The third parties the chain passed through, in order. */
  intermediaries: string[];
  categories: readonly string[];
  unknownSourceCategories: readonly string[];
  chain: TraceHopRow[];
};

export const MAX_HOPS_LIMIT = 100;

/** A window as bounds in instantOrder; refused when it ends before it begins. */
export function checkWindow(window: Window | null | undefined): { from: bigint | null; until: bigint | null } {
  const from = window?.from == null ? null : instantOrder(window.from);
  const until = window?.until == null ? null : instantOrder(window.until);
  if (from !== null && until !== null && until <= from) {
    throw new InputError(
      `window.until (${window?.until}) must be after window.from (${window?.from})`,
      'window.until',
      window?.until,
    );
  }
  return { from, until };
}

/** A hop limit: a whole number from 1 to MAX_HOPS_LIMIT. */
export function checkMaxHops(maxHops: number): number {
  if (!Number.isSafeInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
    throw new InputError(
      `maxHops must be a whole number from 1 to ${MAX_HOPS_LIMIT}, got ${maxHops}`,
      'maxHops',
      maxHops,
    );
  }
  return maxHops;
}

function checkOptions(options: TraceOptions): { from: bigint | null; until: bigint | null; maxHops: number } {
  const maxHops = options.maxHops == null ? Number.POSITIVE_INFINITY : checkMaxHops(options.maxHops);
  return { ...checkWindow(options.window), maxHops };
}

/** The chain to show for a flow under a hop limit: the earliest, else the shortest, else none. */
function shownArrival(flow: Flow, maxHops: number): Arrival | null {
  if (flow.arrival.hops <= maxHops) return flow.arrival;
  return flow.fewest.hops <= maxHops ? flow.fewest : null;
}

const agentKey = (partyId: string, at: string) => `${partyId}\u0000${at}`;

/** Whether the hop's recipient is among the agents that agentsAtTheirHops found at their hops. */
export const reachedAgent = (agents: ReadonlySet<string>, hop: Hop) => agents.has(agentKey(hop.toId, hop.at));

/**
 * The (recipient, time) of every hop whose recipient was an immigration agent at that hop's
 * time (as known at `asOf`, now when null): one query.
 */
export async function agentsAtTheirHops(
  db: Database,
  hops: readonly Hop[],
  asOf: string | null = null,
): Promise<Set<string>> {
  const questions = new Map<string, { partyId: string; at: string }>();
  for (const hop of hops) questions.set(agentKey(hop.toId, hop.at), { partyId: hop.toId, at: hop.at });
  if (questions.size === 0) return new Set();
  return new Set(
    (await immigrationAgentAnswers(db, [...questions.values()], asOf))
      .filter((answer) => answer.agent)
      .map((answer) => agentKey(answer.partyId, answer.at)),
  );
}

/**
 * The same set from the histories themselves, when they were read with `agents` (and the
 * same `asOf`): no query. Null when one of them was read without.
 */
function agentsReadWith(histories: readonly SubjectHistory[]): Set<string> | null {
  const agents = new Set<string>();
  for (const history of histories) {
    if (history.agentDisclosures === undefined) return null;
    for (const hop of history.hops) {
      if (history.agentDisclosures.has(hop.disclosureId)) agents.add(agentKey(hop.toId, hop.at));
    }
  }
  return agents;
}

/** The standings, with their reasons, of the sender and the recipient of every hop at its time. */
export type Standings = ReadonlyMap<string, Standing>;

/** The standing of both ends of every hop at that hop's time (as known at `asOf`): one query. */
export async function standingsAtTheirHops(
  db: Database,
  hops: readonly Hop[],
  asOf: string | null = null,
): Promise<Standings> {
  const questions = new Map<string, { partyId: string; at: string }>();
  // Each disclosure's ends and time asked once, however many records' chains it is in.
  const asked = new Set<string>();
  for (const hop of hops) {
    const key = `${hop.disclosureId}\u0000${hop.fromId}\u0000${hop.toId}\u0000${hop.at}`;
    if (asked.has(key)) continue;
    asked.add(key);
    questions.set(agentKey(hop.toId, hop.at), { partyId: hop.toId, at: hop.at });
    questions.set(agentKey(hop.fromId, hop.at), { partyId: hop.fromId, at: hop.at });
  }
  const answers = await standingAnswers(db, [...questions.values()], asOf);
  return new Map(answers.map((answer) => [agentKey(answer.partyId, answer.at), answer]));
}

/** Whether a hop's sender was county personnel at the hop's time, and for which agency. */
export const senderStanding = (standings: Standings, hop: Hop): StatusReason | null =>
  standings.get(agentKey(hop.fromId, hop.at))?.countyPersonnel ?? null;

/** A chain as shown: each hop with the standing of its sender and its recipient then, and why. */
export function annotated(
  chain: readonly Hop[],
  standings: Standings,
  asOf: string | null = null,
  /** Hops already told, for chains that share them (a scope's holders of one record): each told once. */
  told?: Map<Hop, TraceHopRow>,
): TraceHopRow[] {
  return chain.map((hop) => {
    const before = told?.get(hop);
    if (before !== undefined) return before;
    const recipient = standings.get(agentKey(hop.toId, hop.at));
    const row = {
      ...hop,
      recipientWasImmigrationAgent: recipient?.agent != null,
      recipientImmigrationAgent: recipient?.agent ?? null,
      recipientCountyPersonnel: recipient?.countyPersonnel ?? null,
      senderCountyPersonnel: senderStanding(standings, hop),
      asOf,
    };
    told?.set(hop, row);
    return row;
  });
}

/**
 * The flows of a history; with `withdrawn`, those that only disclosures whose retraction was
 * accepted made: the record followed as if nothing had been retracted, less every hop the
 * record's real lineage also takes.
 */
function flowsOf(history: SubjectHistory, withdrawn: boolean): Flow[] {
  if (!withdrawn) return lineageOf(history).flows;
  if (!history.hops.some((hop) => hop.retracted)) return [];
  const flows = lineageOf(history).flows;
  const real = new Set(flows.map((flow) => flow.hop.disclosureId));
  const reported = {
    ...history,
    hops: history.hops.map((hop) => (hop.retracted ? { ...hop, retracted: false, withdrawn: true } : hop)),
  };
  return lineageOf(reported).flows.filter((flow) => !real.has(flow.hop.disclosureId));
}

/**
 * An arrival chosen, before it is told with the standings of its chain's ends: what a page
 * and the access log need (the record, the subject, where and when), without the query the
 * standings take.
 */
export type ArrivalToTell = {
  recordId: string;
  subjectKey: string;
  /** The agency that created the record. */
  originId: string;
  /** The flow's own hop: the last of the chain shown. */
  hop: Hop;
  shown: Arrival;
  /** Categories the hop carried that reached its sender through no chain. */
  unknownCategories: readonly string[];
  /** The recipient was an immigration agent at the hop's time. */
  immigrationAgent: boolean;
};

/** An arrival chosen from a history replayed: with the history and the flow it came from. */
export type SelectedArrival = ArrivalToTell & { history: SubjectHistory; flow: Flow };

/**
 * The arrivals of the given histories' records that the options ask for, sorted by record,
 * time and disclosure: the order of the answer, so that a page can be cut before the
 * standings of its chains are read (see annotateArrivals).
 */
export async function selectArrivals(
  db: Database,
  histories: readonly SubjectHistory[],
  options: TraceOptions,
): Promise<SelectedArrival[]> {
  const { from, until, maxHops } = checkOptions(options);
  const target = options.target;
  const asOf = options.asOf ?? null;
  const candidates: Array<{ history: SubjectHistory; flow: Flow; shown: Arrival }> = [];
  for (const history of histories) {
    for (const flow of flowsOf(history, options.withdrawn === true)) {
      if ('partyId' in target && flow.hop.toId !== target.partyId) continue;
      if ((from !== null && flow.hop.order < from) || (until !== null && flow.hop.order >= until)) continue;
      const shown = shownArrival(flow, maxHops);
      if (shown !== null) candidates.push({ history, flow, shown });
    }
  }
  const agents =
    agentsReadWith(histories) ??
    (await agentsAtTheirHops(
      db,
      candidates.flatMap(({ shown }) => chainOf(shown)),
      asOf,
    ));
  const selected: SelectedArrival[] = [];
  for (const { history, flow, shown } of candidates) {
    const immigrationAgent = reachedAgent(agents, flow.hop);
    if ('immigrationAgents' in target && !immigrationAgent) continue;
    selected.push({
      history,
      flow,
      shown,
      immigrationAgent,
      recordId: history.recordId,
      subjectKey: history.subjectKey,
      originId: history.originId,
      hop: flow.hop,
      unknownCategories: flow.unknownCategories,
    });
  }
  return selected.sort(
    (a, b) =>
      (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0) ||
      Number(a.flow.hop.order - b.flow.hop.order) ||
      (a.flow.hop.disclosureId < b.flow.hop.disclosureId ? -1 : 1),
  );
}

/**
 * The arrivals chosen, each told with the standing of its chain's ends and why (one query
 * for all of them, as known at `asOf`): whether it was direct, for which agency, and
 * through which intermediaries.
 */
export async function annotateArrivals(
  db: Database,
  selected: readonly ArrivalToTell[],
  asOf: string | null = null,
): Promise<ArrivalRow[]> {
  const shownChains = selected.map(({ shown }) => chainOf(shown));
  const standings = await standingsAtTheirHops(db, shownChains.flat(), asOf);
  // An intermediary is a sender that is not a county agency: its kind comes with its standing.
  const countyAgency = (hop: Hop) => standings.get(agentKey(hop.fromId, hop.at))?.kind === 'COUNTY_AGENCY';
  return selected.map(({ recordId, subjectKey, originId, hop, shown, unknownCategories, immigrationAgent }, index) => {
    const chain = annotated(shownChains[index] as Hop[], standings, asOf);
    // Direct when the last hop's sender was county personnel then: a county agency, or its
    // employee, agent or contractor (a county contractor passing records to ICE is the county
    // disclosing directly, through its contractor).
    const actingFor = chain.at(-1)?.senderCountyPersonnel ?? null;
    return {
      recordId,
      subjectKey,
      originId,
      partyId: hop.toId,
      at: hop.at,
      hopCount: shown.hops,
      direct: actingFor !== null,
      actingFor,
      immigrationAgent,
      intermediaries: chain.filter((hop) => !countyAgency(hop)).map((hop) => hop.fromId),
      categories: shown.categories,
      unknownSourceCategories: unknownCategories,
      chain,
    };
  });
}

/** Arrivals of the given histories' records, sorted by record, time and disclosure. */
export async function traceHistories(
  db: Database,
  histories: readonly SubjectHistory[],
  options: TraceOptions,
): Promise<ArrivalRow[]> {
  return annotateArrivals(db, await selectArrivals(db, histories, options), options.asOf ?? null);
}

/** Arrivals of the named records; see traceHistories. */
export async function trace(db: Database, recordIds: readonly string[], options: TraceOptions) {
  const asOf = options.asOf ?? null;
  return traceHistories(db, await historiesOf(db, recordIds, { facts: true, agents: true, asOf }), options);
}

export const MAX_TRACE_RECORDS = 1_000;

export type TargetArgs = { kind: 'IMMIGRATION_AGENTS' | 'PARTY'; partyId?: string | null };

/** The target named, or one clear error: a party id with PARTY, none with IMMIGRATION_AGENTS. */
export function traceTarget(to: TargetArgs): TraceTarget {
  if (to.kind === 'PARTY') {
    if (to.partyId == null) throw new InputError('to.partyId is required when to.kind is PARTY', 'to.partyId', null);
    return { partyId: to.partyId };
  }
  if (to.partyId != null) {
    throw new InputError(
      `to.partyId names a party only when to.kind is PARTY, got "${to.partyId}" with ${to.kind}`,
      'to.partyId',
      to.partyId,
    );
  }
  return { immigrationAgents: true };
}

function checkSubjectKey(subjectKey: string): void {
  if (!isSubjectKey(subjectKey)) {
    throw new InputError(`subjectKey must be 64 lower-case hex digits, got "${subjectKey}"`, 'subjectKey', subjectKey);
  }
}

/** A person's records' histories, by subject key, read with them (those recorded by `asOf`, when given). */
export async function tracedSubjectHistories(
  db: Database,
  subjectKey: string,
  options: { facts?: boolean; agents?: boolean; asOf?: string | null } = {},
): Promise<SubjectHistory[]> {
  checkSubjectKey(subjectKey);
  return historiesOfSubject(db, subjectKey, options);
}

/** The records named: 1 to 1,000, each once. */
export function tracedRecords(recordIds: readonly string[]): string[] {
  const ids = [...new Set(recordIds)];
  if (ids.length === 0 || ids.length > MAX_TRACE_RECORDS) {
    throw new InputError(
      `recordIds must name 1 to ${MAX_TRACE_RECORDS} records, got ${ids.length}`,
      'recordIds',
      ids.length,
    );
  }
  return ids;
}
