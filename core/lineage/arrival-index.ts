/**
 * The arrival index: what the lineage engine concluded of each hop of a record, kept beside
 * the facts, so that the answers that read many records (exposure, and with it the findings of
 * (e) and the annual report of (g)) need not replay their histories.
 *
 * Of each hop of an indexed record: the disclosures of the earliest chain through which the
 * hop delivered the record (from the origin's first hop to this one), none when the hop
 * delivered nothing (its sender did not hold the record then, or an auditor accepted its
 * retraction); and what the hop carried that reached its sender through no chain. On the
 * record, `lineageWithdrawn`: some hop of it was retracted. The chain gives back the arrival,
 * hop count and categories delivered by the engine's own rule (arrivalThrough).
 *
 * Stored on the hop's CARRIED relationship as small as Neo4j keeps it: `flow`, whether it
 * delivered (a boolean, kept in the relationship's own property record); `flowVia`, the chain's
 * disclosures before this hop's own, only when there are some; `flowUnknown`, only when it
 * carried something of unknown source. Most hops are an origin's sends of its own records: one
 * boolean each. A list of strings takes a record of Neo4j's array store however short it is,
 * and writing every chain and every empty list as such grew the county's store by two thirds
 * (9.1 to 15 GB), past the page cache it had fitted in.
 *
 * The index is as now known: an answer as of an earlier recorded time replays the histories.
 * Every write that changes a record's history (a disclosure that carries it, a deletion of it,
 * an auditor's acceptance of a retraction of a disclosure that carried it) takes the record's
 * LineageIndexed label away and gives it LineageStale, in its own transaction. The indexer
 * takes the record's lock, reads its history as it stands, runs the engine and writes the
 * index with LineageIndexed in one transaction, so a write that comes meanwhile waits and
 * marks it stale again. A reader trusts the index of LineageIndexed records only and replays
 * the others: a record changed since, or never indexed (a first load, a graph older than the
 * index), is answered as before, only more slowly.
 */
import type { Database, Tx } from '../../infra/db.ts';
import { instantOrder, utcOrNull } from '../../infra/scalars.ts';
import { checkDeadline } from '../../infra/scope.ts';
import { arrivalThrough, chainOf, lineageOf, originOf, type History, type Hop } from './engine.ts';
import { historiesIn, historiesOf, hopsNamed } from './histories.ts';
import { historyChanged } from './stale-mark.ts';
import { agentsAtTheirHops, annotateArrivals, reachedAgent, type ArrivalRow, type ArrivalToTell } from './trace.ts';

/** What the index keeps of one hop of one record. */
export type IndexedHop = { disclosureId: string; chain: string[]; unknown: string[] };
/** What the index keeps of one record. */
export type IndexedRecord = { recordId: string; withdrawn: boolean; hops: IndexedHop[] };
/** A hop's index as stored: `flow`, `flowVia` and `flowUnknown`, null where nothing is stored. */
type StoredHop = { flow: boolean | null; via: string[] | null; unknown: string[] | null };

const listOrNull = (values: readonly string[]) => (values.length === 0 ? null : [...values]);

/** A hop's index as it is stored (see the top of this file). */
function storedOf(hop: IndexedHop): StoredHop {
  if (hop.chain.length === 0) return { flow: false, via: null, unknown: listOrNull(hop.unknown) };
  if (hop.chain.at(-1) !== hop.disclosureId) {
    throw new Error(`the chain indexed for hop ${hop.disclosureId} ends at ${String(hop.chain.at(-1))}`);
  }
  return { flow: true, via: listOrNull(hop.chain.slice(0, -1)), unknown: listOrNull(hop.unknown) };
}

/** The index of one history, as the engine gives it now: every hop, a flow or not, by disclosure id. */
export function indexOf(history: History): IndexedRecord {
  const lineage = lineageOf(history);
  const flows = new Map(lineage.flows.map((flow) => [flow.hop.disclosureId, flow]));
  return {
    recordId: history.recordId,
    withdrawn: lineage.retracted.length > 0,
    hops: history.hops
      .map((hop) => {
        const flow = flows.get(hop.disclosureId);
        return {
          disclosureId: hop.disclosureId,
          chain: flow === undefined ? [] : chainOf(flow.arrival).map((step) => step.disclosureId),
          unknown: flow === undefined ? [] : [...flow.unknownCategories],
        };
      })
      .sort((a, b) => (a.disclosureId < b.disclosureId ? -1 : 1)),
  };
}

// Taking the label first takes each record's write lock (the records are marked stale, so the
// change is real): a write to one of them waits for the commit and then marks it stale again.
// Two indexers on one record: the second's claim finds nothing to change once the first has
// committed, and then writes what it reads; a record is only trusted while a claim's label
// stands, and any write since took it away, so what either writes is trusted only if no write
// came after it.
const CLAIM = /* cypher */ `
  UNWIND $ids AS id
  MATCH (r:Record {id: id})
  SET r:LineageIndexed REMOVE r:LineageStale`;
// Each record's hops as a map from disclosure id to [flow, via, unknown]: its relationships are
// walked once, where matching each hop by its disclosure walked them once a hop. Null removes a
// property; the form before this one (`flowChain`, `unknown`) goes as the hop is written again.
const WRITE_HOPS = /* cypher */ `
  UNWIND $records AS record
  MATCH (r:Record {id: record.recordId})
  SET r.lineageWithdrawn = record.withdrawn
  WITH r, record
  MATCH (r)<-[c:CARRIED]-(d:Disclosure)
  WITH c, record.hops[d.id] AS hop
  SET c.flow = hop[0], c.flowVia = hop[1], c.flowUnknown = hop[2]
  REMOVE c.flowChain, c.unknown`;

/** Indexes the records named, as they stand, in one transaction; returns how many were indexed. */
export async function indexRecords(db: Database, ids: readonly string[]): Promise<number> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return 0;
  return db.write(async (tx: Tx) => {
    await tx.run(CLAIM, { ids: sorted });
    const records = (await historiesIn(tx, sorted)).map(indexOf);
    const rows = records.map(({ recordId, withdrawn, hops }) => ({
      recordId,
      withdrawn,
      hops: Object.fromEntries(
        hops.map((hop) => {
          const { flow, via, unknown } = storedOf(hop);
          return [hop.disclosureId, [flow, via, unknown]];
        }),
      ),
    }));
    await tx.run(WRITE_HOPS, { records: rows });
    return records.length;
  });
}

const STALE = /* cypher */ `MATCH (r:Record:LineageStale) RETURN r.id AS id LIMIT $limit`;

/** Records indexed per transaction. */
export const INDEX_BATCH = 1_000;

/**
 * Indexes the records marked stale, a batch at a time, until none is left or `maxBatches`
 * were done; returns how many were indexed (a record changed while it was indexed is indexed
 * again in a later batch).
 */
export async function catchUp(db: Database, options: { batch?: number; maxBatches?: number } = {}): Promise<number> {
  const batch = options.batch ?? INDEX_BATCH;
  let indexed = 0;
  for (let done = 0; done < (options.maxBatches ?? Number.POSITIVE_INFINITY); done += 1) {
    checkDeadline();
    const ids = (await db.read((tx) => tx.run<{ id: string }>(STALE, { limit: batch }))).map((row) => row.id);
    if (ids.length === 0) break;
    indexed += await indexRecords(db, ids);
  }
  return indexed;
}

/** Every record any disclosure carried, marked stale: what `rebuild` indexes again. */
const MARK_ALL = /* cypher */ `
  MATCH (r:Record) WHERE EXISTS { (r)<-[:CARRIED]-() }
  CALL (r) { ${historyChanged('r')} } IN TRANSACTIONS OF 10000 ROWS`;

/** The whole index made again from the histories; returns how many records were indexed. */
export async function rebuild(db: Database): Promise<number> {
  await db.autoCommit(MARK_ALL);
  return catchUp(db);
}

const CARRIED_RECORDS = /* cypher */ `
  MATCH (r:Record) WHERE r.id > $after AND EXISTS { (r)<-[:CARRIED]-() }
  RETURN r.id AS id ORDER BY id LIMIT $limit`;
const STORED = /* cypher */ `
  UNWIND $ids AS id
  MATCH (r:Record {id: id})
  RETURN id AS recordId, r:LineageIndexed AS indexed, r.lineageWithdrawn AS withdrawn,
    [(r)<-[c:CARRIED]-(d:Disclosure) | {disclosureId: d.id, flow: c.flow, via: c.flowVia, unknown: c.flowUnknown}] AS hops`;

type Stored = {
  recordId: string;
  indexed: boolean;
  withdrawn: boolean | null;
  hops: Array<StoredHop & { disclosureId: string }>;
};

// Compared as stored, property by property: a hop written in another form, or not at all, differs.
const sameIndex = (stored: Stored, computed: IndexedRecord) =>
  JSON.stringify({
    withdrawn: stored.withdrawn,
    hops: stored.hops
      .map(({ disclosureId, flow, via, unknown }) => ({ disclosureId, flow, via, unknown }))
      .sort((a, b) => (a.disclosureId < b.disclosureId ? -1 : 1)),
  }) ===
  JSON.stringify({
    withdrawn: computed.withdrawn,
    hops: computed.hops.map((hop) => ({ disclosureId: hop.disclosureId, ...storedOf(hop) })),
  });

export type Verification = {
  /** Records some disclosure carried. */
  records: number;
  indexed: number;
  /** Carried records not indexed: answered by replaying their histories. */
  unindexed: number;
  /** Indexed records whose index differs from what the engine gives now: should be none. */
  mismatched: string[];
};

async function mismatchedOf(db: Database, ids: readonly string[]): Promise<{ indexed: number; mismatched: string[] }> {
  const stored = await db.read((tx) => tx.run<Stored>(STORED, { ids }));
  const indexed = stored.filter((row) => row.indexed);
  const histories = new Map(
    (
      await historiesOf(
        db,
        indexed.map((row) => row.recordId),
      )
    ).map((history) => [history.recordId, history]),
  );
  const mismatched = indexed.filter((row) => {
    const history = histories.get(row.recordId);
    return history === undefined || !sameIndex(row, indexOf(history));
  });
  return { indexed: indexed.length, mismatched: mismatched.map((row) => row.recordId) };
}

/**
 * Compares the index of every indexed record with what the engine gives from its history now.
 * A record written between the two reads could differ for that moment: what differs is read
 * again, and only what still differs is reported.
 */
export async function verify(db: Database, options: { batch?: number } = {}): Promise<Verification> {
  const batch = options.batch ?? INDEX_BATCH;
  const result: Verification = { records: 0, indexed: 0, unindexed: 0, mismatched: [] };
  for (let after = ''; ;) {
    checkDeadline();
    const ids = (await db.read((tx) => tx.run<{ id: string }>(CARRIED_RECORDS, { after, limit: batch }))).map(
      (row) => row.id,
    );
    if (ids.length === 0) break;
    const { indexed, mismatched } = await mismatchedOf(db, ids);
    result.records += ids.length;
    result.indexed += indexed;
    result.unindexed += ids.length - indexed;
    if (mismatched.length > 0) result.mismatched.push(...(await mismatchedOf(db, mismatched)).mismatched);
    after = ids.at(-1) as string;
  }
  return result;
}

/**
 * The flows into the parties named within the window, of records carried there (with a
 * party, only records it created, sent or received), as the index gives them: each record
 * with whether its index can be used (indexed, no hop of it retracted, whose withdrawn
 * arrivals only a replay shows, and every hop read written in this form: one indexed by an
 * earlier version is replayed until indexed again) and, when it can, the flows with their chains.
 */
const FLOWS_INTO = /* cypher */ `
  UNWIND $ids AS id
  MATCH (:Party {id: id})<-[:TO]-(d:Disclosure)-[c:CARRIED]->(r:Record)
  WHERE ($from IS NULL OR d.at >= datetime($from)) AND ($until IS NULL OR d.at < datetime($until))
    AND ($partyId IS NULL OR r.originId = $partyId
      OR EXISTS { (r)<-[other:CARRIED]-() WHERE other.from = $partyId OR other.to = $partyId })
  WITH r, collect(CASE WHEN c.flow THEN {chain: coalesce(c.flowVia, []) + d.id, unknown: coalesce(c.flowUnknown, [])} END) AS flows,
    count(CASE WHEN c.flow IS NULL THEN 1 END) AS unwritten
  WITH r, flows, r:LineageIndexed AND NOT coalesce(r.lineageWithdrawn, true) AND unwritten = 0 AS indexed
  MATCH (r)-[:ABOUT]->(s:Subject)
  RETURN r.id AS recordId, indexed, s.key AS subjectKey, r.originId AS originId,
    coalesce(r.createdAtStated, r.createdAt) AS createdAt, r.categories AS categories,
    CASE WHEN indexed THEN flows ELSE [] END AS flows
  ORDER BY recordId`;

type FlowsRow = {
  recordId: string;
  indexed: boolean;
  subjectKey: string;
  originId: string;
  createdAt: string;
  categories: string[];
  flows: Array<{ chain: string[]; unknown: string[] }>;
};

/**
 * Arrivals at immigration agents (at each hop's time, as now known) within the window, by the
 * index: the arrivals of the indexed records among those carried to the `agents` in it, told
 * as a replay tells them, and the ids of the others, left for the caller to replay.
 */
export async function agentArrivalsIndexed(
  db: Database,
  agents: readonly string[],
  window: { from?: string | null; until?: string | null } | null,
  partyId: string | null,
): Promise<{ arrivals: ArrivalRow[]; replay: string[] }> {
  const rows = await db.read((tx) =>
    tx.run<FlowsRow>(FLOWS_INTO, {
      ids: agents,
      from: utcOrNull(window?.from),
      until: utcOrNull(window?.until),
      partyId,
    }),
  );
  const replay = rows.filter((row) => !row.indexed).map((row) => row.recordId);
  const indexed = rows.filter((row) => row.indexed && row.flows.length > 0);
  const hops = await hopsNamed(
    db,
    indexed.flatMap((row) => row.flows.flatMap((flow) => flow.chain.map((id) => [row.recordId, id] as const))),
  );
  const candidates: ArrivalToTell[] = [];
  for (const row of indexed) {
    checkDeadline();
    const { recordId, originId, createdAt, categories } = row;
    const origin = originOf({
      recordId,
      originId,
      createdAt,
      createdOrder: instantOrder(createdAt),
      categories,
      hops: [],
      deletions: [],
    });
    const ofRecord = hops.get(row.recordId);
    for (const flow of row.flows) {
      const chain = flow.chain.map((id) => ofRecord?.get(id));
      if (chain.some((hop) => hop === undefined)) {
        throw new Error(`the arrival index of record ${row.recordId} names a hop it does not have`);
      }
      const shown = arrivalThrough(origin, chain as Hop[]);
      const hop = shown.hop as Hop;
      candidates.push({
        recordId,
        subjectKey: row.subjectKey,
        originId,
        hop,
        shown,
        unknownCategories: flow.unknown,
        immigrationAgent: true,
      });
    }
  }
  const reached = await agentsAtTheirHops(
    db,
    candidates.map((candidate) => candidate.hop),
  );
  const selected = candidates
    .filter((candidate) => reachedAgent(reached, candidate.hop))
    .sort(
      (a, b) =>
        (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0) ||
        Number(a.hop.order - b.hop.order) ||
        (a.hop.disclosureId < b.hop.disclosureId ? -1 : 1),
    );
  return { arrivals: await annotateArrivals(db, selected), replay };
}
