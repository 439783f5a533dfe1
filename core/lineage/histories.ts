import type { Database } from '../../infra/db.ts';
import { immigrationAgentExpression } from '../registry/index.ts';
import { epochInstant, epochOf, instantOrder, utcOrNull } from '../../infra/scalars.ts';
import { withdrawnBy } from './corrections.ts';
import type { Deletion, History, Hop } from './engine.ts';

/**
 * What the engine needs of each record, read in one query for many records: its origin and
 * categories, every disclosure that carried it (time as compared and as stated, sender,
 * recipient, categories, when it was recorded, whether an auditor accepted its retraction or
 * one awaits a decision) from the copies on its CARRIED relationships, and every deletion of
 * it with when it was recorded. With $asOf, only what was recorded by then, as it stood then.
 * Instants come as the integers epochInstant reads, which the driver decodes far faster than
 * temporal values.
 */
const BOUNDS = /* cypher */ `
  WITH CASE WHEN $hopsFrom IS NULL THEN null ELSE datetime($hopsFrom) END AS since,
    CASE WHEN $asOf IS NULL THEN null ELSE datetime($asOf) END AS known`;

/**
 * The history of the record bound to `r`, about the subject bound to `s`, with `since` and
 * `known` bound; with `agents`, each hop says whether its recipient was an immigration agent
 * at the hop's time (as known then), so that a trace needs no query of its own for it.
 */
const historyFields = (agents: boolean) => /* cypher */ `
  RETURN r.id AS recordId, s.key AS subjectKey, r.originId AS originId,
    coalesce(r.createdAtStated, r.createdAt) AS createdAt, r.categories AS categories,
    [(r)<-[c:CARRIED]-(d:Disclosure) WHERE (since IS NULL OR c.at >= since) AND (known IS NULL OR d.recordedAt <= known) |
      {disclosureId: d.id, stated: ${epochOf('d.atStated')}, utc: ${epochOf('c.at')},
       recorded: ${epochOf('d.recordedAt')},
       fromId: c.from, toId: c.to, categories: c.categories,
       retracted: ${withdrawnBy('d', 'known')},
       contested: EXISTS { (d)<-[:RETRACTS]-(t:Retraction) WHERE (known IS NULL OR t.recordedAt <= known)
         AND NOT EXISTS { (t)<-[:DECIDES]-(x:RetractionDecision) WHERE known IS NULL OR x.recordedAt <= known } },
       facts: CASE WHEN $facts
         THEN {purpose: d.purpose, legalBasis: d.legalBasis, agreementReference: d.agreementReference} END${
           agents
             ? `,
       agent: ${immigrationAgentExpression('c.to', 'c.at', 'known')}`
             : ''
         }}] AS hops,
    [(r)<-[x:DELETED]-(dc:DeletionConfirmation) WHERE known IS NULL OR dc.recordedAt <= known |
      {id: dc.id, stated: ${epochOf('dc.atStated')}, utc: ${epochOf('x.at')},
       recorded: ${epochOf('dc.recordedAt')}, holderId: x.holder,
       legacy: coalesce(dc.legacy, false)}] AS deletions`;

const histories = (agents: boolean) => /* cypher */ `${BOUNDS}
  UNWIND $ids AS id
  MATCH (r:Record {id: id})-[:ABOUT]->(s:Subject)
  WHERE known IS NULL OR r.recordedAt <= known
  ${historyFields(agents)}`;
const HISTORIES = histories(false);
const HISTORIES_WITH_AGENTS = histories(true);

/** A person's records and their histories in one query: a trace's first read. */
const subjectHistories = (agents: boolean) => /* cypher */ `${BOUNDS}
  MATCH (s:Subject {key: $subjectKey})<-[:ABOUT]-(r:Record)
  WHERE known IS NULL OR r.recordedAt <= known
  ${historyFields(agents)}
  ORDER BY recordId`;
const SUBJECT_HISTORIES = subjectHistories(false);
const SUBJECT_HISTORIES_WITH_AGENTS = subjectHistories(true);

/** An instant as Neo4j's epoch seconds, nanosecond, second of the minute and offset: see epochInstant. */
type Epoch = Parameters<typeof epochInstant>[0];
/** The instant as the caller stated it (in its own offset), as compared (UTC), and when it was recorded. */
type Timed = { stated: Epoch; utc: Epoch; recorded: Epoch };
type HopRow = Omit<Hop, 'at' | 'order' | 'recorded'> & Timed & { agent?: boolean };
type DeletionRowOfHistory = Omit<Deletion, 'at' | 'order' | 'recorded'> & Timed;
type HistoryRow = {
  recordId: string;
  subjectKey: string;
  originId: string;
  createdAt: string;
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

/** Histories of the records named, in the order named; unknown ids are left out. */
export async function historiesOf(
  db: Database,
  ids: readonly string[],
  options: HistoryOptions = {},
): Promise<SubjectHistory[]> {
  if (ids.length === 0) return [];
  const params = {
    facts: options.facts ?? false,
    hopsFrom: utcOrNull(options.hopsFrom),
    asOf: utcOrNull(options.asOf),
  };
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += HISTORY_CHUNK) chunks.push(ids.slice(start, start + HISTORY_CHUNK));
  // Two reads at a time: one runs in Neo4j while the other's rows are decoded here.
  const rows: HistoryRow[] = [];
  let next = 0;
  const query = options.agents === true ? HISTORIES_WITH_AGENTS : HISTORIES;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as string[];
      rows.push(...(await db.read((tx) => tx.run<HistoryRow>(query, { ids: chunk, ...params }))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(HISTORY_READS_AT_ONCE, chunks.length) }, worker));
  const byId = new Map(rows.map((row) => [row.recordId, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [historyOf(row, options.agents === true)];
  });
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
    recordId: row.recordId,
    subjectKey: row.subjectKey,
    originId: row.originId,
    createdAt: row.createdAt,
    createdOrder: instantOrder(row.createdAt),
    categories: row.categories,
    hops: row.hops.map(({ stated, utc, recorded, agent: _agent, ...hop }) => ({
      ...hop,
      ...timed(stated, utc, recorded),
    })),
    deletions: row.deletions.map(({ stated, utc, recorded, ...deletion }) => ({
      ...deletion,
      ...timed(stated, utc, recorded),
    })),
  };
}
