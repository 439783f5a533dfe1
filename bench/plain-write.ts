/**
 * The physical limit the ingest benchmark measures the import against: the same parties,
 * records and (record, disclosure) pairs written with the plainest batched Cypher, into an
 * empty database of its own, with no checks, no ledger, no idempotency and no history. Only
 * the indexes the writes look nodes up by are made first (as the migrations make theirs).
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Database } from '../infra/db.ts';

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

/** Seconds of each plain write, on an empty database, from the generated county in `dir`. */
export async function writePlainly(
  db: Database,
  dir: string,
): Promise<{ partiesSeconds: number; recordsSeconds: number; disclosuresSeconds: number }> {
  for (const index of INDEXES) await db.write((tx) => tx.run(index));
  await db.write((tx) => tx.run(/* cypher */ `CALL db.awaitIndexes(300)`));
  const partiesSeconds = await writeFile(db, join(dir, 'parties.ndjson'), CREATE_PARTIES, 1_000);
  const recordsSeconds = await writeFile(db, join(dir, 'records.ndjson'), CREATE_RECORDS, 1_000);
  const disclosuresSeconds = await writeFile(
    db,
    join(dir, 'disclosures.ndjson'),
    CREATE_DISCLOSURES,
    1_000,
    (line) => (line as Disclosure).records.length,
    100_000,
  );
  return { partiesSeconds, recordsSeconds, disclosuresSeconds };
}
