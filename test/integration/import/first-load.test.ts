import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { Database } from '../../../infra/db.ts';
import { loadMigrations, MENDS_ONLY, migrate, runStatement } from '../../../infra/migrations.ts';
import { firstLoad } from '../../../scripts/first-load.ts';
import { importFile } from '../../../scripts/import/importer.ts';
import { KINDS } from '../../../scripts/import/layouts.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { startNeo4j, stopNeo4j, type Neo4jOptions } from '../../../scripts/neo4j/server.ts';
import { generateSeed } from '../../../scripts/seed/generate.ts';
import { graphCounts } from './counts.ts';

const PROVISIONED_LIB = path.join(path.resolve(import.meta.dirname, '..', '..', '..'), '.neo4j', 'lib');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Recorded times: the service's clock at each write online, the load's one time offline (and
 * the ledger entries' `at`, hence their chain hashes). Nothing else may differ.
 */
const RECORDED = new Set(['recordedAt', 'registeredAt', 'lockedAt', 'last']);
const LEDGER_TIMED = new Set(['at', 'hash', 'prevHash']);

type Element = { labels: string[]; properties: Record<string, unknown>; types: Array<[string, string]> };

function comparable({ labels, properties, types }: Element): string {
  const chained = labels.includes('LedgerEntry') || labels.includes('ChainHead');
  const kept = (name: string) => !RECORDED.has(name) && !(chained && (LEDGER_TIMED.has(name) || name === 'hash'));
  return JSON.stringify([
    labels.toSorted(),
    Object.entries(properties)
      .filter(([name]) => kept(name))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    types.filter(([name]) => kept(name)).sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
}

const NODES = /* cypher */ `
  MATCH (n) WHERE NOT n:SchemaMigration
  RETURN labels(n) AS labels, properties(n) AS properties, [k IN keys(n) | [k, valueType(n[k])]] AS types`;
// Each end named by its labels and its id (or key, or chain and seq), so that a relationship is
// compared with its ends.
const end = (n: string) => `[labels(${n}), coalesce(${n}.id, ${n}.key, ${n}.chain + '#' + toString(${n}.seq))]`;
const RELATIONSHIPS = /* cypher */ `
  MATCH (a)-[r]->(b)
  RETURN [type(r), ${end('a')}, ${end('b')}] AS labels, properties(r) AS properties,
    [k IN keys(r) | [k, valueType(r[k])]] AS types`;
const LEDGER = /* cypher */ `
  MATCH (e:LedgerEntry {chain: 'disclosure-ledger'})
  RETURN e.seq AS seq, e.eventType AS eventType, e.eventId AS eventId, e.contentHash AS contentHash ORDER BY e.seq`;
const MIGRATIONS = /* cypher */ `MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version`;
const SCHEMA = /* cypher */ `SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name`;

/** Everything the two graphs are compared by. */
async function graphOf(db: Database) {
  const rows = async (query: string) => (await db.read((tx) => tx.run<Element>(query))).map(comparable).sort();
  return {
    counts: await graphCounts(db),
    nodes: await rows(NODES),
    relationships: await rows(RELATIONSHIPS),
    ledger: await db.read((tx) => tx.run(LEDGER)),
    verified: await verifyLedger(db),
    migrations: await db.read((tx) => tx.run(MIGRATIONS)),
    constraints: await db.read((tx) => tx.run(SCHEMA)),
    holderUnknown: await db.read((tx) =>
      tx.run<{ n: number }>('MATCH (d:Disclosure) WHERE d.holderUnknown RETURN count(*) AS n'),
    ),
  };
}

/** Every node and relationship with every property as stored, recorded times included. */
async function everything(db: Database): Promise<string[]> {
  const whole = ({ labels, properties, types }: Element) =>
    JSON.stringify([labels.toSorted(), Object.entries(properties).sort(), types.toSorted()]);
  const rows = async (query: string) => (await db.read((tx) => tx.run<Element>(query))).map(whole);
  return [...(await rows(NODES)), ...(await rows(RELATIONSHIPS))].sort();
}

/** The first disclosure's purpose, on two lines (CRLF) and with a quote. */
async function withPurposeOnTwoLines(file: string): Promise<void> {
  const [first, ...rest] = (await readFile(file, 'utf8')).split('\n');
  const disclosure = JSON.parse(first as string) as { purpose: string };
  disclosure.purpose = `${disclosure.purpose}\r\nas the "requester" wrote it`;
  await writeFile(file, [JSON.stringify(disclosure), ...rest].join('\n'));
}

describe('npm run first-load -- DIR', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });
  const temp = async (name: string) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), name));
    scratch.push(dir);
    return dir;
  };
  const server = async (): Promise<Neo4jOptions> => ({
    home: await temp('first-load-home-'),
    lib: PROVISIONED_LIB,
    port: await freePort(),
    heap: '1g',
    pagecache: '128m',
  });

  it('gives the small county the graph npm run import gives it, but for recorded times, and the same ledger content entry by entry', async () => {
    const online = await temp('first-load-online-');
    const offline = await temp('first-load-offline-');
    await generateSeed({ profile: 'small', seed: 1, out: online });
    await generateSeed({ profile: 'small', seed: 1, out: offline });
    // A purpose that spans lines, as a free-text one may: its file is the one the importer reads
    // in its multiline mode, the others split among its threads.
    for (const dir of [online, offline]) await withPurposeOnTwoLines(path.join(dir, 'disclosures.ndjson'));

    const first = await server();
    const db = new Database(await startNeo4j(first));
    let imported;
    try {
      await migrate(db);
      for (const kind of KINDS) {
        const file = path.join(online, `${kind}.ndjson`);
        await importFile(db, { file, kind, format: 'ndjson', batch: defaultBatch(kind) });
      }
      imported = await graphOf(db);
    } finally {
      await db.close();
      await stopNeo4j(first);
    }

    const second = await server();
    // A folder whose path holds "=", which the engine's importer also reads on its command line.
    const keepFiles = path.join(await temp('first-load-csv-'), 'label=files');
    const summary = await firstLoad({ dir: offline, neo4j: second, keepFiles });
    const loaded = new Database(await startNeo4j(second));
    let firstLoaded;
    try {
      firstLoaded = await graphOf(loaded);
    } finally {
      await loaded.close();
      await stopNeo4j(second);
    }

    expect(summary.kinds.every((kind) => kind.refused === 0)).toBe(true);
    expect(imported.verified.ok).toBe(true);
    expect(firstLoaded.verified).toMatchObject({ ok: true, entries: imported.ledger.length });
    expect(firstLoaded.counts).toEqual(imported.counts);
    expect(firstLoaded.holderUnknown).toEqual(imported.holderUnknown);
    expect(firstLoaded.ledger).toEqual(imported.ledger);
    expect(firstLoaded.migrations).toEqual(imported.migrations);
    expect(firstLoaded.constraints).toEqual(imported.constraints);
    expect(firstLoaded.nodes).toEqual(imported.nodes);
    expect(firstLoaded.relationships).toEqual(imported.relationships);
  }, 900_000);

  it('leaves out of its migrations only statements that would change nothing in the store it has just written', async () => {
    const dir = await temp('first-load-born-');
    await generateSeed({ profile: 'small', seed: 1, out: dir });
    // The store as the migrations find it: the kinds imported online come after them.
    for (const name of await readdir(dir)) {
      if (/^(grants|deletions|retractions|compliance)\./.test(name)) await rm(path.join(dir, name));
    }
    const home = await server();
    await firstLoad({ dir, neo4j: home });
    const db = new Database(await startNeo4j(home));
    try {
      const left = (await loadMigrations()).flatMap((migration) =>
        (MENDS_ONLY[migration.version] ?? []).map((place) => migration.statements[place] as string),
      );
      expect(left).toHaveLength(19);
      const before = await everything(db);
      for (const statement of left) await runStatement(db, statement);
      expect(await everything(db)).toEqual(before);
    } finally {
      await db.close();
      await stopNeo4j(home);
    }
  }, 600_000);
});
