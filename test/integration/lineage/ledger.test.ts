import { beforeAll, describe, expect, it } from 'vitest';
import { stampsOfDisclosures, verifyLedger } from '../../../core/lineage/ledger.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase } from '../../support/database.ts';
import { carrying, seedRecords } from '../../support/records.ts';

const disclosure = (n: number) => ({
  id: `ledger-${n}`,
  at: `2025-0${n}-01T10:00:00-05:00`,
  fromPartyId: 'cook-clerk',
  toPartyId: 'acme-data',
  purpose: `bulk court records, batch ${n}`,
  ...carrying('clerk-record-1', 'clerk-record-2'),
});

describe('the disclosure ledger', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerParty(ctx.db, { id: 'cook-clerk', name: 'Cook County Clerk', kind: 'COUNTY_AGENCY' });
    await registerParty(ctx.db, { id: 'acme-data', name: 'Acme Data', kind: 'DATA_BROKER' });
    await seedRecords(ctx.db, 'cook-clerk', ['clerk-record-1', 'clerk-record-2']);
    for (const n of [1, 2, 3]) await recordDisclosure(ctx.db, disclosure(n));
  });

  it('stamps every accepted event with the next sequence number, once', async () => {
    await recordDisclosure(ctx.db, disclosure(2)); // a resubmission: no new entry
    await expect(recordDisclosure(ctx.db, { ...disclosure(3), purpose: 'changed' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICTING_RESUBMISSION' },
    });
    const stamps = new Map(await stampsOfDisclosures(ctx.db, ['ledger-1', 'ledger-2', 'ledger-3']));
    expect([1, 2, 3].map((n) => stamps.get(`ledger-${n}`)?.sequence)).toEqual([1, 2, 3]);
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true, entries: 3 });
  });

  it('names the first event edited behind the service’s back', async () => {
    const edit = (purpose: string) =>
      ctx.db.write((tx) => tx.run('MATCH (d:Disclosure {id: "ledger-2"}) SET d.purpose = $purpose', { purpose }));
    await edit('nothing to see here');
    expect(await verifyLedger(ctx.db)).toEqual({
      ok: false,
      firstBrokenSeq: 2,
      reason: 'entry 2: disclosure ledger-2 no longer matches what was recorded',
    });
    await edit('bulk court records, batch 2');
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('notices a category added to what an event carried, behind the service’s back', async () => {
    const widen = (categories: string[]) =>
      ctx.db.write((tx) =>
        tx.run(
          'MATCH (:Disclosure {id: "ledger-2"})-[c:CARRIED]->(:Record {id: "clerk-record-1"}) SET c.categories = $categories',
          {
            categories,
          },
        ),
      );
    await widen(['DATE_OF_BIRTH', 'NAME', 'RESIDENTIAL_ADDRESS', 'SSN']);
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    await widen(['DATE_OF_BIRTH', 'NAME', 'RESIDENTIAL_ADDRESS']);
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('notices the copy of a hop on a record moved in time, behind the service’s back', async () => {
    const move = (at: string) =>
      ctx.db.write((tx) =>
        tx.run(
          'MATCH (:Disclosure {id: "ledger-1"})-[c:CARRIED]->(:Record {id: "clerk-record-2"}) SET c.at = datetime($at)',
          { at },
        ),
      );
    await move('2024-12-01T10:00:00-05:00');
    expect(await verifyLedger(ctx.db)).toEqual({
      ok: false,
      firstBrokenSeq: 1,
      reason:
        'entry 1: disclosure ledger-1 no longer matches the copies of its time (the UTC one queries compare, or those on its records) or of its parties',
    });
    // The copies are kept in UTC: the same instant in another offset is not the copy either.
    await move('2025-01-01T10:00:00-05:00');
    expect((await verifyLedger(ctx.db)).ok).toBe(false);
    await move('2025-01-01T15:00:00Z');
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('notices a recipient swapped behind the service’s back, and an event deleted', async () => {
    await registerParty(ctx.db, { id: 'other', name: 'Other', kind: 'DATA_BROKER' });
    await ctx.db.write((tx) =>
      tx.run(
        `MATCH (d:Disclosure {id: "ledger-3"})-[t:TO]->() DELETE t WITH d MATCH (o:Party {id: "other"}) CREATE (d)-[:TO]->(o)`,
      ),
    );
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    await ctx.db.write((tx) => tx.run('MATCH (d:Disclosure {id: "ledger-1"}) DETACH DELETE d'));
    expect(await verifyLedger(ctx.db)).toEqual({
      ok: false,
      firstBrokenSeq: 1,
      reason: 'entry 1: disclosure ledger-1 is gone',
    });
  });
});
