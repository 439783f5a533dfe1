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
    coalesce(r.createdAtStated, r.createdAt) AS createdAt, r.categories AS categories,
    [(r)<-[x:DELETED]-(dc:DeletionConfirmation) WHERE known IS NULL OR dc.recordedAt <= known |
      {id: dc.id, stated: ${epochOf('dc.atStated')}, utc: ${epochOf('x.at')},
       recorded: ${epochOf('dc.recordedAt')}, holderId: x.holder,
       legacy: coalesce(dc.legacy, false)}] AS deletions`;

/**
 * Many records' histories, in two reads: each record's hops as its CARRIED relationships
 * keep them (when, from whom, to whom, what), then what each distinct disclosure says of
 * itself, once. A bulk disclosure's records share a few thousand disclosures among a
 * hundred thousand hops.
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

/** A person's records and their histories in one query: a trace's first read, of a few hops. */
const subjectHistories = (agents: boolean) => /* cypher */ `${BOUNDS}
  MATCH (s:Subject {key: $subjectKey})<-[:ABOUT]-(r:Record)
  WHERE known IS NULL OR r.recordedAt <= known
  RETURN ${RECORD_FIELDS},
    [(r)<-[c:CARRIED]-(d:Disclosure) WHERE known IS NULL OR d.recordedAt <= known |
      {disclosureId: d.id, utc: ${epochOf('c.at')}, fromId: c.from, toId: c.to, categories: c.categories,
       ${disclosureFields(agents, 'c.to', 'c.at')}}] AS hops
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

/** A record's hops as the first read gives them: each disclosure's id and what it carried of the record. */
type HistoryHopsRow = Omit<HistoryRow, 'hops'> & { hops: Array<[disclosureId: string, categories: string[]]> };
/** What a disclosure says of itself as a hop of every record it carried: the second read. */
type DisclosureHopRow = Omit<HopRow, 'categories'>;
type DisclosureHop = Omit<Hop, 'categories'> & { agent?: boolean };

/**
 * Histories of the records named, in the order named; unknown ids are left out. Read a chunk
 * of records at a time, each chunk's two reads in one transaction: the records' hops, then
 * the disclosures among them not read yet by another chunk.
 */
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
  const agents = options.agents === true;
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += HISTORY_CHUNK) chunks.push(ids.slice(start, start + HISTORY_CHUNK));
  // Two reads at a time: one runs in Neo4j while the other's rows are decoded here.
  const rows: HistoryHopsRow[] = [];
  const disclosures = new Map<string, DisclosureHop>();
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as string[];
      await db.read(async (tx) => {
        const read = await tx.run<HistoryHopsRow>(HISTORY_HOPS, { ids: chunk, ...params });
        const unread = [...new Set(read.flatMap((row) => row.hops.map(([id]) => id)))].filter(
          (id) => !disclosures.has(id),
        );
        const hops =
          unread.length === 0
            ? []
            : await tx.run<{ hop: DisclosureHopRow }>(agents ? HOP_DISCLOSURES_WITH_AGENTS : HOP_DISCLOSURES, {
                disclosureIds: unread,
                ...params,
              });
        for (const {
          hop: { stated, utc, recorded, ...hop },
        } of hops) {
          disclosures.set(hop.disclosureId, { ...hop, ...timed(stated, utc, recorded) });
        }
        rows.push(...read);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(HISTORY_READS_AT_ONCE, chunks.length) }, worker));
  const byId = new Map(rows.map((row) => [row.recordId, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (row === undefined) return [];
    const hops = row.hops.map(([disclosureId, categories]) => {
      const { agent, ...hop } = disclosures.get(disclosureId) as DisclosureHop;
      return { hop: { ...hop, categories }, agent: agent === true };
    });
    return [
      {
        ...(agents
          ? { agentDisclosures: new Set(hops.flatMap(({ hop, agent }) => (agent ? [hop.disclosureId] : []))) }
          : {}),
        ...recordOf(row),
        hops: hops.map(({ hop }) => hop),
      },
    ];
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
    ...recordOf(row),
    hops: row.hops.map(({ stated, utc, recorded, agent: _agent, ...hop }) => ({
      ...hop,
      ...timed(stated, utc, recorded),
    })),
  };
}

/** A record's origin, categories and deletions, as a history holds them. */
function recordOf(row: Omit<HistoryRow, 'hops'>): Omit<SubjectHistory, 'hops'> {
  return {
    recordId: row.recordId,
    subjectKey: row.subjectKey,
    originId: row.originId,
    createdAt: row.createdAt,
    createdOrder: instantOrder(row.createdAt),
    categories: row.categories,
    deletions: row.deletions.map(({ stated, utc, recorded, ...deletion }) => ({
      ...deletion,
      ...timed(stated, utc, recorded),
    })),
  };
}
