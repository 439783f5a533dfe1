import { beforeAll, describe, expect, it } from 'vitest';
import { carriedPages, disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { recordDisclosure, recordDisclosures } from '../../../core/lineage/record-disclosure.ts';
import { stampsOfDisclosures, verifyLedger } from '../../../core/lineage/ledger.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase } from '../../support/database.ts';
import { seedRecords } from '../../support/records.ts';
import { registerTestParties } from '../../support/parties.ts';

const sheriffToExchange = {
  id: 'sheriff-1',
  at: '2025-02-01T02:00:00-06:00',
  fromPartyId: 'cook-sheriff',
  toPartyId: 'exchange',
  purpose: 'nightly booking feed',
  channel: 'DATA_EXCHANGE_FEED' as const,
  records: [{ recordId: 'booking-1' }, { recordId: 'booking-2', categories: ['NAME' as const] }],
};

describe('a disclosure and the records it carried', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
    ]);
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-1', 'booking-2'], ['NAME', 'JAIL_RELEASE_TIME']);
    await recordDisclosure(ctx.db, sheriffToExchange);
  });

  it('keeps each record with the categories it carried, all of them when none were named', async () => {
    const [first] = await carriedPages(ctx.db, [{ disclosureId: 'sheriff-1', first: 10, after: null }]);
    const page = first?.[1] ?? { nodes: [] };
    expect(page.nodes.map(({ recordId, categories }) => ({ recordId, categories }))).toEqual([
      { recordId: 'booking-1', categories: ['JAIL_RELEASE_TIME', 'NAME'] },
      { recordId: 'booking-2', categories: ['NAME'] },
    ]);
  });

  it('refuses a category the record does not have, naming both', async () => {
    await expect(
      recordDisclosure(ctx.db, {
        ...sheriffToExchange,
        id: 'sheriff-2',
        records: [{ recordId: 'booking-1', categories: ['LICENSE_PLATE'] }],
      }),
    ).rejects.toThrow('disclosure sheriff-2: record booking-1 has no category LICENSE_PLATE');
    expect(await disclosuresByIds(ctx.db, ['sheriff-2'])).toEqual([]);
  });

  it('refuses an unknown record, an empty list, a record named twice, a party disclosing to itself and the future', async () => {
    const refused = async (change: object, pattern: RegExp) => {
      await expect(recordDisclosure(ctx.db, { ...sheriffToExchange, id: 'sheriff-x', ...change })).rejects.toThrow(
        pattern,
      );
    };
    await refused({ records: [{ recordId: 'no-such-record' }] }, /no record is registered with id no-such-record/);
    await refused({ records: [] }, /at least one record/);
    await refused({ records: [{ recordId: 'booking-1' }, { recordId: 'booking-1' }] }, /booking-1 is named twice/);
    await refused({ toPartyId: 'cook-sheriff' }, /cannot disclose to itself/);
    await refused({ at: '2099-01-01T00:00:00Z' }, /is in the future/);
    expect(await disclosuresByIds(ctx.db, ['sheriff-x'])).toEqual([]);
  });

  it('refuses the same id carrying other records or categories', async () => {
    await expect(
      recordDisclosure(ctx.db, { ...sheriffToExchange, records: [{ recordId: 'booking-1' }] }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    await expect(
      recordDisclosure(ctx.db, {
        ...sheriffToExchange,
        records: [{ recordId: 'booking-1' }, { recordId: 'booking-2', categories: ['JAIL_RELEASE_TIME'] }],
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    expect((await recordDisclosure(ctx.db, sheriffToExchange)).created).toBe(false);
  });

  it('flags a sender that did not hold a record at the time, and records it anyway', async () => {
    const onward = {
      ...sheriffToExchange,
      fromPartyId: 'exchange',
      toPartyId: 'broker',
      records: [{ recordId: 'booking-1' }],
    };
    // Before the exchange received it: the flow is reported, its upstream is missing.
    const early = await recordDisclosure(ctx.db, { ...onward, id: 'exchange-early', at: '2025-01-15T00:00:00-06:00' });
    expect(early.disclosure.holderUnknown).toBe(true);
    // At the same instant as it received it: equal times chain.
    const same = await recordDisclosure(ctx.db, { ...onward, id: 'exchange-same', at: '2025-02-01T02:00:00-06:00' });
    expect(same.disclosure.holderUnknown).toBe(false);
  });

  it('records a batch in order, all or nothing, a later event passing on what an earlier one delivered', async () => {
    const first = {
      ...sheriffToExchange,
      id: 'batch-1',
      at: '2025-08-01T10:00:00-05:00',
      records: [{ recordId: 'booking-2' }],
    };
    const onward = {
      ...first,
      id: 'batch-2',
      fromPartyId: 'exchange',
      toPartyId: 'broker',
      records: [{ recordId: 'booking-2', categories: ['NAME' as const] }],
    };
    const chain = [first, onward];
    const bad = { ...onward, id: 'batch-3', records: [{ recordId: 'nowhere' }] };
    await expect(recordDisclosures(ctx.db, [...chain, bad])).rejects.toThrow(
      /batch-3: no record is registered with id nowhere/,
    );
    expect(await disclosuresByIds(ctx.db, ['batch-1', 'batch-2'])).toEqual([]);

    const results = await recordDisclosures(ctx.db, chain);
    expect(results.map((r) => [r.disclosure.id, r.created, r.disclosure.holderUnknown])).toEqual([
      ['batch-1', true, false],
      ['batch-2', true, false],
    ]);
    const stamps = new Map(await stampsOfDisclosures(ctx.db, ['batch-1', 'batch-2']));
    expect((stamps.get('batch-2')?.sequence ?? 0) - (stamps.get('batch-1')?.sequence ?? 0)).toBe(1);
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('judges each event of a batch as if recorded one by one: only earlier events deliver, and an id twice is one event', async () => {
    const delivery = {
      ...sheriffToExchange,
      id: 'order-deliver',
      at: '2025-09-01T10:00:00-05:00',
      toPartyId: 'vendor',
      records: [{ recordId: 'booking-2' }],
    };
    const passOn = {
      ...delivery,
      id: 'order-pass',
      at: '2025-09-02T10:00:00-05:00',
      fromPartyId: 'vendor',
      toPartyId: 'exchange',
    };
    await registerParty(ctx.db, { id: 'vendor', name: 'vendor', kind: 'CORPORATION' });
    // Passed on before (in the batch) the event that delivered it: its upstream is not known yet.
    const results = await recordDisclosures(ctx.db, [passOn, delivery, delivery]);
    expect(results.map((r) => [r.disclosure.id, r.created, r.disclosure.holderUnknown])).toEqual([
      ['order-pass', true, true],
      ['order-deliver', true, false],
      ['order-deliver', false, false],
    ]);
    await expect(
      recordDisclosures(ctx.db, [
        { ...delivery, id: 'twice' },
        { ...delivery, id: 'twice', purpose: 'another purpose' },
      ]),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    expect(await disclosuresByIds(ctx.db, ['twice'])).toEqual([]);
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });
});
