import type { Database, Tx } from '../../infra/db.ts';
import { immigrationAgentExpression } from '../registry/index.ts';
import { epochInstant, epochOf, utcOrNull, type Epoch } from '../../infra/scalars.ts';
import { withdrawnBy } from './corrections.ts';
import type { Deletion, History, Hop } from './engine.ts';

/**
 * What the engine needs of each record, read in one query for many records (in two for
 * records carried together, below): its origin and categories, every disclosure that carried
 * it (time as compared and as stated, sender, recipient, categories, when it was recorded,
 * whether an auditor accepted its retraction or one awaits a decision) from the copies on its
 * CARRIED relationships, and every deletion of it with when it was recorded. With $asOf, only
 * what was recorded by then, as it stood then. Instants come as the integers epochInstant
 * reads, which the driver decodes far faster than temporal values.
 */
const BOUNDS = /* cypher */ `
  WITH CASE WHEN $hopsFrom IS NULL THEN null ELSE datetime($hopsFrom) END AS since,
    CASE WHEN $asOf IS NULL THEN null ELSE datetime($asOf) END AS known`;

/**
 * What a disclosure bound to `d` says of itself as a hop, with `known` bound: when it was
 * stated and recorded, whether an auditor accepted its retraction or one awaits a decision,
 * its purpose, legal basis and agreement (with $facts), and, with `agents`, whether `to` (an
 * expression of its recipient's id) was an immigration agent at `at` as known then. The same
 * for every record it carried: read once per disclosure where many records are read.
 */
const disclosureFields = (agents: boolean, to: string, at: string) => /* cypher */ `
  stated: ${epochOf('d.atStated')}, recorded: ${epochOf('d.recordedAt')},
  retracted: ${withdrawnBy('d', 'known')},
  contested: EXISTS { (d)<-[:RETRACTS]-(t:Retraction) WHERE (known IS NULL OR t.recordedAt <= known)
    AND NOT EXISTS { (t)<-[:DECIDES]-(x:RetractionDecision) WHERE known IS NULL OR x.recordedAt <= known } },
  facts: CASE WHEN $facts THEN {purpose: d.purpose, legalBasis: d.legalBasis, agreementReference: d.agreementReference} END${
    agents ? `,\n  agent: ${immigrationAgentExpression(to, at, 'known')}` : ''
  }`;

/** The record bound to `r` about the subject bound to `s`: its origin, categories and deletions. */
const RECORD_FIELDS = /* cypher */ `r.id AS recordId, s.key AS subjectKey, r.originId AS originId,
    ${epochOf('coalesce(r.createdAtStated, r.createdAt)')} AS created, r.categories AS categories,
    [(r)<-[x:DELETED]-(dc:DeletionConfirmation) WHERE known IS NULL OR dc.recordedAt <= known |
      {id: dc.id, stated: ${epochOf('dc.atStated')}, utc: ${epochOf('x.at')},
       recorded: ${epochOf('dc.recordedAt')}, holderId: x.holder,
       legacy: coalesce(dc.legacy, false)}] AS deletions`;

/** Each hop of the record bound to `r` read whole, from `since` on, with `known` bound. */
const wholeHops = (agents: boolean) => /* cypher */ `[(r)<-[c:CARRIED]-(d:Disclosure)
      WHERE (since IS NULL OR c.at >= since) AND (known IS NULL OR d.recordedAt <= known) |
      {disclosureId: d.id, utc: ${epochOf('c.at')}, fromId: c.from, toId: c.to, categories: c.categories,
       ${disclosureFields(agents, 'c.to', 'c.at')}}]`;

/** Records named, each hop read whole: where few of their hops share a disclosure. */
const histories = (agents: boolean) => /* cypher */ `${BOUNDS}
  UNWIND $ids AS id
  MATCH (r:Record {id: id})-[:ABOUT]->(s:Subject)
  WHERE known IS NULL OR r.recordedAt <= known
  RETURN ${RECORD_FIELDS}, ${wholeHops(agents)} AS hops`;
const HISTORIES = histories(false);
const HISTORIES_WITH_AGENTS = histories(true);

/** A person's records and their histories in one query: a trace's first read. */
const subjectHistories = (agents: boolean) => /* cypher */ `${BOUNDS}
  MATCH (s:Subject {key: $subjectKey})<-[:ABOUT]-(r:Record)
  WHERE known IS NULL OR r.recordedAt <= known
  RETURN ${RECORD_FIELDS}, ${wholeHops(agents)} AS hops
  ORDER BY recordId`;
const SUBJECT_HISTORIES = subjectHistories(false);
const SUBJECT_HISTORIES_WITH_AGENTS = subjectHistories(true);

/**
 * Records carried together (a bulk disclosure's), in two reads: each record's hops as the
 * disclosure and what it carried of the record, then what each distinct disclosure says of
 * itself, once. The 32,795 records of a bulk disclosure share 2,320 disclosures among 119,349
 * hops; records a party received one by one share few (15,729 hops, 9,460 disclosures), and
 * there the second read's lookups cost more than they save.
 */
const HISTORY_HOPS = /* cypher */ `${BOUNDS}
  UNWIND $ids AS id
  MATCH (r:Record {id: id})-[:ABOUT]->(s:Subject)
  WHERE known IS NULL OR r.recordedAt <= known
  RETURN ${RECORD_FIELDS},
    [(r)<-[c:CARRIED]-(d:Disclosure) WHERE (since IS NULL OR c.at >= since) AND (known IS NULL OR d.recordedAt <= known) |
      [d.id, c.categories]] AS hops`;
const hopDisclosures = (agents: boolean) => /* cypher */ `${BOUNDS}
  UNWIND $disclosureIds AS id
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: id})-[:TO]->(recipient:Party)
  RETURN {disclosureId: id, fromId: sender.id, toId: recipient.id, utc: ${epochOf('d.at')},
    ${disclosureFields(agents, 'recipient.id', 'd.at')}} AS hop`;
const HOP_DISCLOSURES = hopDisclosures(false);
const HOP_DISCLOSURES_WITH_AGENTS = hopDisclosures(true);

/** An instant as Neo4j's epoch seconds, nanosecond, second of the minute and offset: see epochInstant. */
/** The instant as the caller stated it (in its own offset), as compared (UTC), and when it was recorded. */
type Timed = { stated: Epoch; utc: Epoch; recorded: Epoch };
type HopRow = Omit<Hop, 'at' | 'order' | 'recorded'> & Timed & { agent?: boolean };
type DeletionRowOfHistory = Omit<Deletion, 'at' | 'order' | 'recorded'> & Timed;
type HistoryRow = {
  recordId: string;
  subjectKey: string;
  originId: string;
  /** When the record was created, as stated. */
  created: Epoch;
  categories: string[];
  hops: HopRow[];
  deletions: DeletionRowOfHistory[];
};

export type SubjectHistory = History & {
  subjectKey: string;
  /**
   * Read with `agents`: the disclosures whose recipient was an immigration agent at the
   * disclosure's time, as known at the read's `asOf`.
   */
  agentDisclosures?: ReadonlySet<string>;
};

export type HistoryOptions = {
  /** Read each hop's purpose, legal basis and agreement too: for answers that show them. */
  facts?: boolean;
  /** Leave out hops before this instant: for callers whose chains all start there or later. */
  hopsFrom?: string | null;
  /** As the service knew them at this recorded time; now when absent. */
  asOf?: string | null;
  /** Say of each hop whether its recipient was an immigration agent then: see SubjectHistory. */
  agents?: boolean;
};

/** Records read per query, and queries at a time, when many histories are asked for. */
const HISTORY_CHUNK = 5_000;
const HISTORY_READS_AT_ONCE = 2;

/** A fact stated with no offset of its own (before the service kept one) shows its UTC instant. */
function timed(stated: Epoch, utc: Epoch, recorded: Epoch): { at: string; order: bigint; recorded: bigint } {
  const instant = epochInstant(utc) as NonNullable<ReturnType<typeof epochInstant>>;
  const when = epochInstant(recorded) as NonNullable<ReturnType<typeof epochInstant>>;
  return { at: epochInstant(stated)?.text ?? instant.text, order: instant.order, recorded: when.order };
}

/** A record's hops as the first read gives them: each disclosure's id and what it carried of the record. */
type HistoryHopsRow = Omit<HistoryRow, 'hops'> & { hops: Array<[disclosureId: string, categories: string[]]> };
/** What a disclosure says of itself as a hop of every record it carried: the second read. */
type DisclosureHopRow = Omit<HopRow, 'categories'>;
type DisclosureHop = Omit<Hop, 'categories'> & { agent?: boolean };
type Params = { facts: boolean; hopsFrom: string | null; asOf: string | null };

/**
 * Histories of the records named, in the order named; unknown ids are left out. Read a chunk
 * of records at a time, each with one query; `carriedTogether` reads each chunk with two
 * (carriedTogether below).
 */
export async function historiesOf(
  db: Database,
  ids: readonly string[],
  options: HistoryOptions & {
    /** The records were carried together by a few disclosures (a bulk disclosure's): read each disclosure once. */
    carriedTogether?: boolean;
  } = {},
): Promise<SubjectHistory[]> {
  if (ids.length === 0) return [];
  const params = {
    facts: options.facts ?? false,
    hopsFrom: utcOrNull(options.hopsFrom),
    asOf: utcOrNull(options.asOf),
  };
  const agents = options.agents === true;
  const read =
    options.carriedTogether === true
      ? carriedTogether(params, agents)
      : async (tx: Tx, chunk: string[]) =>
          (await tx.run<HistoryRow>(agents ? HISTORIES_WITH_AGENTS : HISTORIES, { ids: chunk, ...params })).map((row) =>
            historyOf(row, agents),
          );
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += HISTORY_CHUNK) chunks.push(ids.slice(start, start + HISTORY_CHUNK));
  // Two reads at a time: one runs in Neo4j while the other's rows are decoded here.
  const histories: SubjectHistory[] = [];
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as string[];
      histories.push(...(await db.read((tx) => read(tx, chunk))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(HISTORY_READS_AT_ONCE, chunks.length) }, worker));
  const byId = new Map(histories.map((history) => [history.recordId, history]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Reads a chunk of records carried together: their hops, then the disclosures among them
 * that no chunk read before (HISTORY_HOPS, HOP_DISCLOSURES), in the chunk's read.
 */
function carriedTogether(params: Params, agents: boolean) {
  const disclosures = new Map<string, DisclosureHop>();
  return async (tx: Tx, chunk: string[]): Promise<SubjectHistory[]> => {
    const rows = await tx.run<HistoryHopsRow>(HISTORY_HOPS, { ids: chunk, ...params });
    const unread = [...new Set(rows.flatMap((row) => row.hops.map(([id]) => id)))].filter((id) => !disclosures.has(id));
    if (unread.length > 0) {
      const query = agents ? HOP_DISCLOSURES_WITH_AGENTS : HOP_DISCLOSURES;
      for (const { hop } of await tx.run<{ hop: DisclosureHopRow }>(query, { disclosureIds: unread, ...params })) {
        const { stated, utc, recorded, ...rest } = hop;
        disclosures.set(hop.disclosureId, { ...rest, ...timed(stated, utc, recorded) });
      }
    }
    return rows.map((row) => {
      const hops = row.hops.map(([disclosureId, categories]) => {
        const { agent, ...hop } = disclosures.get(disclosureId) as DisclosureHop;
        return { hop: { ...hop, categories }, agent: agent === true };
      });
      return {
        ...(agents
          ? { agentDisclosures: new Set(hops.flatMap(({ hop, agent }) => (agent ? [hop.disclosureId] : []))) }
          : {}),
        ...recordOf(row),
        hops: hops.map(({ hop }) => hop),
      };
    });
  };
}

/**
 * Histories of the records named as now known, read in the caller's transaction: for a writer
 * that must see them as they stand while it holds their locks (the arrival index).
 */
export async function historiesIn(tx: Tx, ids: readonly string[]): Promise<SubjectHistory[]> {
  const rows = await tx.run<HistoryRow>(HISTORIES, { ids, facts: false, hopsFrom: null, asOf: null });
  return rows.map((row) => historyOf(row, false));
}

/**
 * Named hops of named records, as now known: each (record, disclosure) pair read whole, for
 * chains the arrival index names, without the rest of the records' histories.
 */
const CHAIN_HOPS = /* cypher */ `${BOUNDS}
  UNWIND $pairs AS pair
  MATCH (r:Record {id: pair[0]})<-[c:CARRIED]-(d:Disclosure {id: pair[1]})
  RETURN pair[0] AS recordId, {disclosureId: d.id, utc: ${epochOf('c.at')}, fromId: c.from, toId: c.to,
    categories: c.categories, ${disclosureFields(false, 'c.to', 'c.at')}} AS hop`;

/** The hops named, by record and then by disclosure; pairs that name no hop are left out. */
export async function hopsNamed(
  db: Database,
  pairs: ReadonlyArray<readonly [recordId: string, disclosureId: string]>,
): Promise<Map<string, Map<string, Hop>>> {
  const byRecord = new Map<string, Map<string, Hop>>();
  for (let start = 0; start < pairs.length; start += HISTORY_CHUNK) {
    const params = { pairs: pairs.slice(start, start + HISTORY_CHUNK), facts: false, hopsFrom: null, asOf: null };
    const rows = await db.read((tx) => tx.run<{ recordId: string; hop: HopRow }>(CHAIN_HOPS, params));
    for (const { recordId, hop } of rows) {
      const { stated, utc, recorded, ...rest } = hop;
      const hops = byRecord.get(recordId) ?? new Map<string, Hop>();
      hops.set(hop.disclosureId, { ...rest, ...timed(stated, utc, recorded) });
      byRecord.set(recordId, hops);
    }
  }
  return byRecord;
}

/** A person's histories, in record id order, those recorded by `asOf` when given: one query. */
export async function historiesOfSubject(
  db: Database,
  subjectKey: string,
  options: Omit<HistoryOptions, 'hopsFrom'> = {},
): Promise<SubjectHistory[]> {
  const params = { subjectKey, facts: options.facts ?? false, hopsFrom: null, asOf: utcOrNull(options.asOf) };
  const query = options.agents === true ? SUBJECT_HISTORIES_WITH_AGENTS : SUBJECT_HISTORIES;
  return (await db.read((tx) => tx.run<HistoryRow>(query, params))).map((row) =>
    historyOf(row, options.agents === true),
  );
}

function historyOf(row: HistoryRow, agents: boolean): SubjectHistory {
  return {
    ...(agents
      ? { agentDisclosures: new Set(row.hops.filter((hop) => hop.agent === true).map((hop) => hop.disclosureId)) }
      : {}),
    ...recordOf(row),
    hops: row.hops.map(({ stated, utc, recorded, agent: _agent, ...hop }) => ({
      ...hop,
      ...timed(stated, utc, recorded),
    })),
  };
}

/** A record's origin, categories and deletions, as a history holds them. */
function recordOf(row: Omit<HistoryRow, 'hops'>): Omit<SubjectHistory, 'hops'> {
  const created = epochInstant(row.created) as NonNullable<ReturnType<typeof epochInstant>>;
  return {
    recordId: row.recordId,
    subjectKey: row.subjectKey,
    originId: row.originId,
    createdAt: created.text,
    createdOrder: created.order,
    categories: row.categories,
    deletions: row.deletions.map(({ stated, utc, recorded, ...deletion }) => ({
      ...deletion,
      ...timed(stated, utc, recorded),
    })),
  };
}
