import { Neo4jError } from 'neo4j-driver';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { recordDisclosure, recordDisclosures } from '../../../core/lineage/record-disclosure.ts';
import { LEDGER_CHAIN, verifyLedger } from '../../../core/lineage/ledger.ts';
import { Database, type Tx } from '../../../infra/db.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { seedRecords } from '../../support/records.ts';
import { deadlock } from '../../support/transient.ts';

/**
 * How a write's first attempt fails, as the driver reports it:
 * - `deadlock`: Neo4j gives up the transaction after every statement of the write ran in it
 *   (nothing is committed), with a transient error;
 * - `lost answer`: the write commits, then the connection drops before the driver hears so.
 */
type Fault = 'deadlock' | 'lost answer';

const failure = {
  deadlock,
  'lost answer': () =>
    new Neo4jError('Connection was closed by server', 'SessionExpired', '08N01', 'error: connection exception'),
};

/** The service's Database, except that the next write meets `fault` on its first attempt. */
class FaultyDatabase extends Database {
  fault: Fault | null = null;
  attempts = 0;

  override write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const fault = this.fault;
    this.fault = null;
    this.attempts = 0;
    return super.write(async (tx) => {
      this.attempts += 1;
      if (fault === null || this.attempts > 1) return work(tx);
      if (fault === 'deadlock') await work(tx);
      else await super.write(work);
      throw failure[fault]();
    });
  }
}

const EVENTS = /* cypher */ `
  MATCH (d:Disclosure) WHERE d.id IN $ids
  RETURN d.id AS id, count(*) AS disclosures,
    COUNT { (e:LedgerEntry {chain: $chain, eventType: 'DISCLOSURE', eventId: d.id}) } AS entries
  ORDER BY id`;

const disclosure = (id: string, at: string, recordId: string) => ({
  id,
  at,
  fromPartyId: 'cook-sheriff',
  toPartyId: 'exchange',
  purpose: 'nightly booking feed',
  channel: 'DATA_EXCHANGE_FEED' as const,
  records: [{ recordId }],
});

describe('a write that meets a transient Neo4j error', () => {
  const ctx = useTestDatabase();
  let db: FaultyDatabase;
  const events = (ids: string[]) =>
    db.read((tx) => tx.run<{ id: string; disclosures: number; entries: number }>(EVENTS, { ids, chain: LEDGER_CHAIN }));

  beforeAll(async () => {
    db = new FaultyDatabase(inject('neo4j'));
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
    ]);
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-1', 'booking-2', 'booking-3']);
    return () => db.close();
  });

  it('is retried by the driver after a deadlock, and the event is written once', async () => {
    db.fault = 'deadlock';
    const written = await recordDisclosure(db, disclosure('retry-1', '2025-05-01T00:00:00Z', 'booking-1'));
    expect(db.attempts).toBe(2);
    // The first attempt rolled back, so the second one is the one that created the event.
    expect(written.created).toBe(true);
    expect(await events(['retry-1'])).toEqual([{ id: 'retry-1', disclosures: 1, entries: 1 }]);
    expect((await verifyLedger(db)).ok).toBe(true);
  });

  it('is retried when the answer to a commit is lost, and the idempotency key keeps the events single', async () => {
    db.fault = 'lost answer';
    const batch = [
      disclosure('retry-2', '2025-05-02T00:00:00Z', 'booking-2'),
      disclosure('retry-3', '2025-05-03T00:00:00Z', 'booking-3'),
    ];
    const written = await recordDisclosures(db, batch);
    expect(db.attempts).toBe(2);
    // The first attempt committed; the retry finds both ids with the same content and writes nothing.
    expect(written.map((one) => [one.disclosure.id, one.created])).toEqual([
      ['retry-2', false],
      ['retry-3', false],
    ]);
    expect(await events(['retry-2', 'retry-3'])).toEqual([
      { id: 'retry-2', disclosures: 1, entries: 1 },
      { id: 'retry-3', disclosures: 1, entries: 1 },
    ]);
    const ledger = await verifyLedger(db);
    expect(ledger).toMatchObject({ ok: true, entries: 3 });
  });
});
