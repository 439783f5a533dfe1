import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFile } from '../../../scripts/import/importer.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { Database, type Tx } from '../../../infra/db.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { seedRecords } from '../../support/records.ts';
import { deadlock } from '../../support/transient.ts';
import { disclosureLine } from './disclosure-line.ts';

/**
 * Where a write's first attempt meets a transient error: at its first statement (a batch
 * that has decided nothing yet), or after all of its work (nothing is committed).
 */
type Fault = 'at its first statement' | 'after its work';

/** The service's Database, except that its `failing`-th write meets a deadlock on its first attempt. */
class FaultyDatabase extends Database {
  failing = 0;
  fault: Fault = 'after its work';
  private writes = 0;

  override write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.writes += 1;
    const faulty = this.writes === this.failing ? this.fault : null;
    let attempts = 0;
    return super.write(async (tx) => {
      attempts += 1;
      const first = faulty === 'at its first statement' && attempts === 1;
      const result = await work(first ? { run: () => Promise.reject(deadlock()) } : tx);
      if (faulty === 'after its work' && attempts === 1) throw deadlock();
      return result;
    });
  }

  startCounting(failing: number, fault: Fault): void {
    this.writes = 0;
    this.failing = failing;
    this.fault = fault;
  }
}

describe('the import, when a batch written beside the next is retried', () => {
  const ctx = useTestDatabase();
  let db: FaultyDatabase;
  let scratch: string;
  beforeAll(async () => {
    db = new FaultyDatabase(inject('neo4j'));
    scratch = await mkdtemp(path.join(tmpdir(), 'retry-pipeline-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(scratch, { recursive: true, force: true });
  });

  // A batch after it waits for what it plans; one retried before it had decided must still say.
  it.each<Fault>(['at its first statement', 'after its work'])(
    'goes on to the end when the deadlock comes %s',
    async (fault) => {
      await wipe(ctx.db);
      await registerTestParties(ctx.db, [
        ['cook-sheriff', 'COUNTY_AGENCY'],
        ['exchange', 'DATA_EXCHANGE'],
        ['broker', 'DATA_BROKER'],
      ]);
      await seedRecords(ctx.db, 'cook-sheriff', ['r-1', 'r-2']);
      const file = path.join(scratch, 'retried.disclosures.ndjson');
      await writeFile(
        file,
        [
          disclosureLine('d-1', '01', 'cook-sheriff', 'exchange', ['r-1']),
          disclosureLine('d-2', '02', 'exchange', 'broker', ['r-1']),
          disclosureLine('d-3', '03', 'broker', 'exchange', ['r-1']),
          disclosureLine('d-4', '04', 'cook-sheriff', 'broker', ['r-2']),
          disclosureLine('d-5', '05', 'broker', 'exchange', ['r-2']),
        ].join('\n') + '\n',
      );
      db.startCounting(2, fault);
      const summary = await importFile(db, { file, kind: 'disclosures', format: 'ndjson', batch: 1, strict: false });
      expect(summary).toMatchObject({ lines: 5, created: 5, refused: 0, retried: 1 });
      const stored = await disclosuresByIds(ctx.db, ['d-1', 'd-2', 'd-3', 'd-4', 'd-5']);
      expect(stored.map((row) => [row.id, row.holderUnknown])).toEqual([
        ['d-1', false],
        ['d-2', false],
        ['d-3', false],
        ['d-4', false],
        ['d-5', false],
      ]);
      expect((await verifyLedger(ctx.db)).ok).toBe(true);
    },
  );
});
