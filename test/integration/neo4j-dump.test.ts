import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpNeo4j, loadNeo4j } from '../../scripts/neo4j/archive.ts';
import { resetNeo4j, startNeo4j, stopNeo4j, type Neo4jOptions } from '../../scripts/neo4j/server.ts';
import { recordDocument, verifyComplianceLedger } from '../../core/compliance/documents.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { verifyLedger } from '../../core/lineage/ledger.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import { graphCounts } from './import/counts.ts';
import { registerTestParties } from '../support/parties.ts';
import { carrying, seedRecords } from '../support/records.ts';

const PROVISIONED_LIB = path.join(path.resolve(import.meta.dirname, '..', '..'), '.neo4j', 'lib');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the server of its own home, runs the work on it, and stops it. */
async function onServer<T>(options: Neo4jOptions, work: (db: Database) => Promise<T>): Promise<T> {
  const db = new Database(await startNeo4j(options));
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
    await stopNeo4j(options);
  }
}

/** What must survive a dump and a load: every count, and both hash chains verifying. */
async function state(db: Database) {
  return {
    counts: await graphCounts(db),
    ledger: await verifyLedger(db),
    compliance: await verifyComplianceLedger(db),
  };
}

describe('npm run neo4j -- dump FILE and load FILE', () => {
  let home = '';
  let dumps = '';
  afterAll(async () => {
    for (const dir of [home, dumps]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('dumps a stopped database, and a load into an emptied one gives every count and both ledgers back', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'neo4j-dump-test-'));
    const options: Neo4jOptions = { home, lib: PROVISIONED_LIB, port: await freePort(), heap: '1g', pagecache: '128m' };
    const before = await onServer(options, async (db) => {
      await registerTestParties(db, [
        ['sheriff', 'COUNTY_AGENCY'],
        ['exchange', 'DATA_EXCHANGE'],
        ['broker', 'DATA_BROKER'],
      ]);
      await seedRecords(db, 'sheriff', ['r-1', 'r-2']);
      await recordDisclosure(db, {
        id: 'd-1',
        at: '2024-03-01T09:00:00-06:00',
        fromPartyId: 'sheriff',
        toPartyId: 'exchange',
        purpose: 'CRIMINAL_JUSTICE_ADMINISTRATION',
        ...carrying('r-1', 'r-2'),
      });
      await recordDisclosure(db, {
        id: 'd-2',
        at: '2024-04-01T09:00:00-05:00',
        fromPartyId: 'exchange',
        toPartyId: 'broker',
        purpose: 'resale',
        ...carrying('r-1'),
      });
      await recordDocument(db, 'VIOLATION_NOTICE', {
        id: 'n-1',
        thirdPartyId: 'exchange',
        agencyPartyId: 'sheriff',
        at: '2024-05-10T09:00:00-05:00',
        description: 'the broker passed a record on',
        disclosureIds: ['d-2'],
      });
      return state(db);
    });
    expect(before.ledger).toMatchObject({ ok: true, entries: 2 });
    expect(before.compliance).toMatchObject({ ok: true, entries: 1 });

    // Outside the home, which the reset below empties.
    dumps = await mkdtemp(path.join(os.tmpdir(), 'neo4j-dumps-'));
    const dump = path.join(dumps, 'county.dump');
    await dumpNeo4j(dump, { home, lib: PROVISIONED_LIB });
    expect((await stat(dump)).size).toBeGreaterThan(0);

    // Emptied: what the load gives back can come from the dump alone.
    await resetNeo4j(options);
    expect(existsSync(path.join(home, 'data'))).toBe(false);

    await loadNeo4j(dump, { home, lib: PROVISIONED_LIB });
    expect(await onServer(options, state)).toEqual(before);
  }, 240_000);

  it('refuses to dump or load while the server runs, and to load a file that is not there', async () => {
    const options: Neo4jOptions = { home, lib: PROVISIONED_LIB, port: await freePort(), heap: '1g', pagecache: '128m' };
    await startNeo4j(options);
    try {
      await expect(dumpNeo4j(path.join(home, 'again.dump'), { home, lib: PROVISIONED_LIB })).rejects.toMatchObject({
        code: 'NEO4J_RUNNING',
        message: expect.stringMatching(/Neo4j is running \(pid \d+\); stop it first/),
      });
    } finally {
      await stopNeo4j(options);
    }
    await expect(loadNeo4j(path.join(home, 'missing.dump'), { home, lib: PROVISIONED_LIB })).rejects.toMatchObject({
      code: 'NEO4J_NO_DUMP',
    });
  }, 120_000);
});
