/**
 * Where the time of one disclosure batch goes: each query of recordDisclosures run under
 * PROFILE on the database the last `npm run bench -- ingest --profile P` left behind, for one
 * batch of the profile's disclosures.ndjson (taken from its middle, so that the records have
 * the history a mid-import batch sees). The create runs in a transaction that is rolled back.
 * Beside each query's time and db hits, its five heaviest operators (settings.operators).
 *
 *   npm run bench -- ingest-profile [--profile medium] [--seed 1] [--batch 1000]
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import {
  validateDisclosure,
  type RecordDisclosureInput,
  CREATE_DISCLOSURES,
  EXISTING_DISCLOSURES,
  RECORDS_AS_SENT,
  asSentParams,
} from '../../core/lineage/index.ts';
import { utc } from '../../infra/scalars.ts';
import { benchNeo4j, round, SEED_FLAGS, seedDir, type Suite, type SuiteResult } from '../harness.ts';

type Operator = {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: Operator[];
};
const totals = (op: Operator): { dbHits: number } => ({
  dbHits: op.dbHits + op.children.reduce((sum, child) => sum + totals(child).dbHits, 0),
});
const flatten = (op: Operator): Operator[] => [op, ...op.children.flatMap(flatten)];
/** The operators that cost the most db hits, with what each does: where a query's work is. */
const heaviest = (plan: Operator, count = 5) =>
  flatten(plan)
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, count)
    .map((op) => ({
      operator: op.operatorType,
      details: String(op.arguments.Details ?? '').slice(0, 300),
      rows: Number(op.rows),
      dbHits: Number(op.dbHits),
    }));

async function batchFrom(file: string, size: number): Promise<RecordDisclosureInput[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) lines.push(line);
  const start = Math.max(0, Math.floor(lines.length / 2) - Math.floor(size / 2));
  return lines.slice(start, start + size).map((line) => JSON.parse(line) as RecordDisclosureInput);
}

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      ...SEED_FLAGS,
      batch: { type: 'string', default: '1000' },
    },
  });
  const dir = seedDir(values.profile, values.seed);
  const inputs = (await batchFrom(join(dir, 'disclosures.ndjson'), Number(values.batch))).map((input) =>
    validateDisclosure(input),
  );
  const options = benchNeo4j();
  const server = await startNeo4j(options);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  const metrics: Record<string, number> = {};
  const operators: Record<string, ReturnType<typeof heaviest>> = {};
  const pairs = inputs.reduce((sum, input) => sum + input.records.length, 0);
  try {
    const session = driver.session({ database: server.database });
    const tx = await session.beginTransaction();
    try {
      const measure = async (name: string, query: string, params: object) => {
        await tx.run(query, params); // plans cached, pages warm: what a batch mid-import meets
        const started = performance.now();
        const result = await tx.run(`PROFILE ${query}`, params);
        metrics[`${name}Ms`] = round(performance.now() - started);
        metrics[`${name}DbHits`] = totals(result.summary.profile as unknown as Operator).dbHits;
        operators[name] = heaviest(result.summary.profile as unknown as Operator);
        return result;
      };
      await measure('existing', EXISTING_DISCLOSURES, { items: inputs.map(({ id, at }) => ({ id, at })) });
      // As the bulk import runs it: a sender may report records it was never given.
      const sent = await measure('asSent', RECORDS_AS_SENT, asSentParams(inputs, false));
      const nodes = sent.records.map((record) => record.get('node') as string);
      let next = 0;
      const rows = inputs.map((input, index) => ({
        ...input,
        id: `profile-${index}`,
        atUtc: utc(input.at),
        index,
        holderUnknown: false,
        recordsHash: '',
        carried: input.records.map((item) => [item.recordId, item.categories ?? [], nodes[next++]]),
      }));
      const recordedAt = new Date().toISOString();
      await tx.run(CREATE_DISCLOSURES, { rows: rows.map((row) => ({ ...row, id: `${row.id}-warm` })), recordedAt });
      const started = performance.now();
      const created = await tx.run(`PROFILE ${CREATE_DISCLOSURES}`, { rows, recordedAt });
      metrics.createMs = round(performance.now() - started);
      metrics.createDbHits = totals(created.summary.profile as unknown as Operator).dbHits;
      operators.create = heaviest(created.summary.profile as unknown as Operator);
    } finally {
      await tx.rollback();
      await session.close();
    }
  } finally {
    await driver.close();
    await stopNeo4j(options);
  }
  metrics.disclosures = inputs.length;
  metrics.pairs = pairs;
  metrics.pairsPerSecondOfTheseQueries = Math.round(
    pairs / (((metrics.existingMs ?? 0) + (metrics.asSentMs ?? 0) + (metrics.createMs ?? 0)) / 1000),
  );
  return {
    profile: values.profile,
    metrics,
    settings: { seed: Number(values.seed), batch: Number(values.batch), operators },
  };
}

export const ingestProfile: Suite = {
  usage:
    'PROFILE of one disclosure batch on the database the last ingest run left [--profile medium] [--seed 1] [--batch 1000]',
  run,
};
