import type { Database } from '../../infra/db.ts';
import { deliveriesTo, fromDisclosures, RECORDS_RECEIVED_BY, type Started } from './deletion-scope.ts';
import { lineageOf, originOf, startAt } from './engine.ts';
import { count, groupBy, type ExposureCountRow } from './exposure.ts';
import { historiesOf } from './histories.ts';
import { utcOrNull } from '../../infra/scalars.ts';
import { agentsAtTheirHops, checkWindow, traceHistories, type Window } from './trace.ts';

/**
 * Party-level lineage for analysts (counts, never a subject key): where the records a party
 * holds came from (upstream), and where what a party or a disclosure passed on went
 * afterwards (downstream, impact analysis), each through time-respecting chains only.
 */
export type UpstreamRow = ExposureCountRow & {
  byOriginAgency: ExposureCountRow[];
  bySender: ExposureCountRow[];
  byIntermediary: ExposureCountRow[];
};
export type DownstreamRow = ExposureCountRow & {
  /** Arrivals at a party that was an immigration agent at the time of the hop. */
  immigrationAgent: ExposureCountRow;
  byRecipient: ExposureCountRow[];
  byHopCount: ExposureCountRow[];
  byAgent: ExposureCountRow[];
};

export const RECORDS_RECEIVED_IN = /* cypher */ `
  MATCH (:Party {id: $partyId})<-[:TO]-(d:Disclosure)-[:CARRIED]->(r:Record)
  WHERE ($from IS NULL OR d.at >= datetime($from)) AND ($until IS NULL OR d.at < datetime($until))
  RETURN DISTINCT r.id AS id ORDER BY id`;
/**
 * Of the records the party received, those that can end a chain from it in the window. Every
 * such chain begins with a send of the party's own, no later than the flow that ends it; the
 * flow is the party's send itself, or made by a party given the record at or after the
 * party's first send (the chain's previous hop). A record it never sent before the window's
 * end, or with no such flow in the window, ends no chain counted there.
 */
export const RECORDS_RECEIVED_AND_PASSED_ON = /* cypher */ `
  MATCH (:Party {id: $partyId})-[:SENT]->(d:Disclosure)-[:CARRIED]->(r:Record)
  WHERE $until IS NULL OR d.at < datetime($until)
  WITH r, min(d.at) AS firstSent
  WHERE EXISTS { (r)<-[c:CARRIED]-() WHERE c.to = $partyId }
    AND EXISTS {
      (r)<-[c:CARRIED]-()
      WHERE c.at >= firstSent AND ($from IS NULL OR c.at >= datetime($from))
        AND ($until IS NULL OR c.at < datetime($until))
        AND (c.from = $partyId OR EXISTS { (r)<-[b:CARRIED]-() WHERE b.to = c.from AND firstSent <= b.at <= c.at })
    }
  RETURN r.id AS id ORDER BY id`;
export const RECORDS_ORIGINATED_BY = /* cypher */ `
  MATCH (:Party {id: $partyId})-[:ORIGINATED]->(r:Record)
  WHERE ($from IS NULL AND $until IS NULL)
     OR EXISTS { (r)<-[c:CARRIED]-() WHERE ($from IS NULL OR c.at >= datetime($from)) AND ($until IS NULL OR c.at < datetime($until)) }
  RETURN r.id AS id ORDER BY id`;

/** Histories are read and followed this many records at a time, so memory stays flat. */
const CHUNK = 2_000;

async function inChunks<T>(ids: readonly string[], each: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) all.push(...(await each(ids.slice(start, start + CHUNK))));
  return all;
}

export async function upstream(db: Database, partyId: string, window: Window | null): Promise<UpstreamRow> {
  const ids = (
    await db.read((tx) =>
      tx.run<{ id: string }>(RECORDS_RECEIVED_IN, {
        partyId,
        from: utcOrNull(window?.from),
        until: utcOrNull(window?.until),
      }),
    )
  ).map((row) => row.id);
  const arrivals = await inChunks(ids, async (chunk) =>
    traceHistories(db, await historiesOf(db, chunk), { target: { partyId }, window }),
  );
  return {
    ...count('all', arrivals),
    byOriginAgency: groupBy(arrivals, (arrival) => [arrival.originId], true),
    bySender: groupBy(arrivals, (arrival) => [arrival.chain.at(-1)?.fromId as string], true),
    byIntermediary: groupBy(arrivals, (arrival) => arrival.intermediaries, true),
  };
}

/** Every flow after the starts, within the window, counted by recipient, hop count and agent. */
async function downstreamOf(db: Database, started: readonly Started[], window: Window | null): Promise<DownstreamRow> {
  const { from, until } = checkWindow(window);
  const flows = started.flatMap(({ history, starts }) =>
    starts.length === 0
      ? []
      : lineageOf(history, starts)
          .flows.filter(
            (flow) => (from === null || flow.hop.order >= from) && (until === null || flow.hop.order < until),
          )
          .map((flow) => ({ history, flow })),
  );
  const agents = await agentsAtTheirHops(
    db,
    flows.map(({ flow }) => flow.hop),
  );
  const rows = flows.map(({ history, flow }) => ({
    recordId: history.recordId,
    subjectKey: history.subjectKey,
    partyId: flow.hop.toId,
    hopCount: flow.fewest.hops,
    immigrationAgent: agents.has(`${flow.hop.toId}\u0000${flow.hop.at}`),
  }));
  const atAgents = rows.filter((row) => row.immigrationAgent);
  return {
    ...count('all', rows),
    immigrationAgent: count('IMMIGRATION_AGENT', atAgents),
    byRecipient: groupBy(rows, (row) => [row.partyId], true),
    byHopCount: groupBy(rows, (row) => [String(row.hopCount)]),
    byAgent: groupBy(atAgents, (row) => [row.partyId], true),
  };
}

/**
 * Where what a party held went afterwards (impact analysis): every flow in the window at the
 * end of a chain from what it originated (from the origin) or from any delivery to it (from
 * that delivery, whenever it was), counted by hops from the party: its own send is hop 1. A
 * chain it began before the window counts the flows it makes in the window, whether or not the
 * party still held the record when the window began. Only records that can end such a chain
 * in the window are followed: of those it received, the ones RECORDS_RECEIVED_AND_PASSED_ON
 * names; of those it originated, the ones that moved in it (`everyRecord` follows all of
 * them, to check that this leaves nothing out).
 */
export async function downstreamOfParty(
  db: Database,
  partyId: string,
  window: Window | null,
  { everyRecord = false } = {},
): Promise<DownstreamRow> {
  const movedIn = everyRecord ? null : window;
  const params = { partyId, from: utcOrNull(movedIn?.from), until: utcOrNull(movedIn?.until), asOf: null };
  const [receivedIds, originatedIds] = await db.read(async (tx) => [
    (await tx.run<{ id: string }>(everyRecord ? RECORDS_RECEIVED_BY : RECORDS_RECEIVED_AND_PASSED_ON, params)).map(
      (row) => row.id,
    ),
    (await tx.run<{ id: string }>(RECORDS_ORIGINATED_BY, params)).map((row) => row.id),
  ]);
  // Each record is read once, from every start it has: each delivery to the party, held from
  // then on at no hop from it (its own send is its first hop), and the origin if it is its own.
  const received = new Set(receivedIds);
  const originated = new Set(originatedIds);
  const started = await inChunks([...new Set([...receivedIds, ...originatedIds])].sort(), async (chunk) =>
    (await historiesOf(db, chunk)).map((history) => ({
      history,
      starts: [
        ...(received.has(history.recordId)
          ? deliveriesTo(partyId, history).map((hop) => ({ ...startAt(hop), hops: 0 }))
          : []),
        ...(originated.has(history.recordId) ? [originOf(history)] : []),
      ],
    })),
  );
  return downstreamOf(db, started, window);
}

/** Where the records a disclosure carried went after it. */
export async function downstreamOfDisclosure(
  db: Database,
  disclosureId: string,
  window: Window | null,
): Promise<DownstreamRow> {
  return downstreamOf(db, await fromDisclosures(db, [disclosureId]), window);
}
