/**
 * The physical limit the ingest and first-load benchmarks measure against: the same parties,
 * records and (record, disclosure) pairs written with the plainest batched Cypher, into an
 * empty database of its own, with no checks, no ledger, no idempotency and no history. Only
 * the indexes the writes look nodes up by are made first (as the migrations make theirs).
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Database } from '../infra/db.ts';
import { resetNeo4j, startNeo4j } from '../scripts/neo4j/server.ts';
import { benchNeo4j, cpuSecondsOf } from './harness.ts';

const ROOT = join(import.meta.dirname, '..');

const INDEXES = [
  /* cypher */ `CREATE INDEX plain_party_id IF NOT EXISTS FOR (p:Party) ON (p.id)`,
  /* cypher */ `CREATE INDEX plain_record_id IF NOT EXISTS FOR (r:Record) ON (r.id)`,
];

const CREATE_PARTIES = /* cypher */ `
  UNWIND $rows AS row
  CREATE (:Party {id: row.id, name: row.name, kind: row.kind})`;

const CREATE_RECORDS = /* cypher */ `
  UNWIND $rows AS row
  CREATE (:Record {id: row.id, originId: row.originPartyId, categories: row.categories,
    createdAt: datetime(row.createdAt)})`;

// What the service's create writes for a disclosure and the records it carried, without the
// record lookups by element id that its as-sent check prepares.
const CREATE_DISCLOSURES = /* cypher */ `
  UNWIND $rows AS row
  MATCH (sender:Party {id: row.fromPartyId}), (recipient:Party {id: row.toPartyId})
  CREATE (sender)-[:SENT]->(d:Disclosure {id: row.id, at: datetime(row.at), purpose: row.purpose,
    channel: row.channel, legalBasis: row.legalBasis, agreementReference: row.agreementReference,
    reportedBy: row.reportedBy, recordCount: size(row.records)})-[:TO]->(recipient)
  WITH row, d
  CALL (row, d) {
    UNWIND row.records AS item
    MATCH (r:Record {id: item.recordId})
    CREATE (d)-[:CARRIED {categories: coalesce(item.categories, r.categories), at: d.at,
      from: row.fromPartyId, to: row.toPartyId}]->(r)
  }`;

type Line = Record<string, unknown>;
type Disclosure = Line & { records: unknown[] };

/**
 * Streams an ndjson file in batches of at most `size` lines, or fewer when their `weight`
 * reaches `maxWeight` (the import's own batching of disclosures), one write transaction each.
 */
async function writeFile(
  db: Database,
  file: string,
  query: string,
  size: number,
  weight: (line: Line) => number = () => 1,
  maxWeight = Infinity,
): Promise<number> {
  const started = performance.now();
  let rows: Line[] = [];
  let weighed = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    weighed = 0;
    await db.write((tx) => tx.run(query, { rows: batch }));
  };
  for await (const text of createInterface({ input: createReadStream(file) })) {
    if (text.trim() === '') continue;
    const line = JSON.parse(text) as Line;
    if (rows.length > 0 && weighed + weight(line) > maxWeight) await flush();
    rows.push(line);
    weighed += weight(line);
    if (rows.length >= size) await flush();
  }
  await flush();
  return (performance.now() - started) / 1000;
}

export type PlainWrite = {
  partiesSeconds: number;
  recordsSeconds: number;
  disclosuresSeconds: number;
  /** The CPU the disclosures' write took: Neo4j's (every thread of its process) and this process's. */
  disclosuresNeo4jCpuSeconds: number;
  disclosuresClientCpuSeconds: number;
};

/**
 * Seconds of each plain write, on an empty database, from the generated county in `dir`;
 * `neo4jPid` is the database's process, whose CPU the disclosures' write is measured by.
 */
export async function writePlainly(db: Database, dir: string, neo4jPid: number): Promise<PlainWrite> {
  for (const index of INDEXES) await db.write((tx) => tx.run(index));
  await db.write((tx) => tx.run(/* cypher */ `CALL db.awaitIndexes(300)`));
  const partiesSeconds = await writeFile(db, join(dir, 'parties.ndjson'), CREATE_PARTIES, 1_000);
  const recordsSeconds = await writeFile(db, join(dir, 'records.ndjson'), CREATE_RECORDS, 1_000);
  const neo4jBefore = cpuSecondsOf(neo4jPid) ?? NaN;
  const clientBefore = process.cpuUsage();
  const disclosuresSeconds = await writeFile(
    db,
    join(dir, 'disclosures.ndjson'),
    CREATE_DISCLOSURES,
    1_000,
    (line) => (line as Disclosure).records.length,
    100_000,
  );
  const client = process.cpuUsage(clientBefore);
  return {
    partiesSeconds,
    recordsSeconds,
    disclosuresSeconds,
    disclosuresNeo4jCpuSeconds: (cpuSecondsOf(neo4jPid) ?? NaN) - neo4jBefore,
    disclosuresClientCpuSeconds: (client.user + client.system) / 1e6,
  };
}

/**
 * The memory the ingest suite gives the databases it writes, its import's and the plain
 * write's; the first-load suite's plain write takes the same unless told, so that both suites
 * measure one physical limit.
 */
export const WRITE_MEMORY = { heap: '4g', pagecache: '8g' } as const;

/** The plain write's own Neo4j: home .neo4j-bench-plain, on the bench port's next. */
export function plainNeo4j(heap: string, pagecache: string) {
  const base = benchNeo4j({ heap, pagecache, log: console.error });
  return { ...base, home: join(ROOT, '.neo4j-bench-plain'), port: (base.port ?? 7688) + 1 };
}

/**
 * The plain write of the county in `dir`, on an empty Neo4j of its own (home
 * .neo4j-bench-plain, the bench port's next, so that a kept bench database can run beside
 * it), emptied again afterwards.
 */
export async function plainWrite(dir: string, heap: string, pagecache: string): Promise<PlainWrite> {
  const options = plainNeo4j(heap, pagecache);
  await resetNeo4j(options);
  const server = await startNeo4j(options);
  const db = new Database(server);
  try {
    return await writePlainly(db, dir, server.pid);
  } finally {
    await db.close();
    await resetNeo4j(options);
  }
}
