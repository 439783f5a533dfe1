import { beforeAll, describe, expect, it } from 'vitest';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../core/lineage/corrections.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase } from '../../support/database.ts';
import { seedRecords } from '../../support/records.ts';
import { registerTestParties } from '../../support/parties.ts';

const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, recordId = 'booking-1') => ({
  id,
  at,
  fromPartyId,
  toPartyId,
  purpose: 'test flow',
  channel: 'BULK_EXPORT' as const,
  records: [{ recordId }],
});

describe('deletion confirmations and retractions', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
    ]);
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-1']);
    await recordDisclosure(ctx.db, hop('feed-1', '2025-01-10T00:00:00Z', 'cook-sheriff', 'exchange'));
  });

  it('ends a holding from the confirmed instant until a later delivery (subsection (h))', async () => {
    const deletion = {
      id: 'exchange-del-1',
      holderPartyId: 'exchange',
      at: '2025-02-01T00:00:00Z',
      recordIds: ['booking-1'],
    };
    expect((await confirmDeletion(ctx.db, deletion)).created).toBe(true);
    expect((await confirmDeletion(ctx.db, deletion)).created).toBe(false);
    await expect(confirmDeletion(ctx.db, { ...deletion, at: '2025-02-02T00:00:00Z' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICTING_RESUBMISSION' },
    });

    const before = await recordDisclosure(ctx.db, hop('onward-1', '2025-01-20T00:00:00Z', 'exchange', 'broker'));
    expect(before.disclosure.holderUnknown).toBe(false);
    const after = await recordDisclosure(ctx.db, hop('onward-2', '2025-02-10T00:00:00Z', 'exchange', 'broker'));
    expect(after.disclosure.holderUnknown).toBe(true);

    await recordDisclosure(ctx.db, hop('feed-2', '2025-03-01T00:00:00Z', 'cook-sheriff', 'exchange'));
    const redelivered = await recordDisclosure(ctx.db, hop('onward-3', '2025-03-05T00:00:00Z', 'exchange', 'broker'));
    expect(redelivered.disclosure.holderUnknown).toBe(false);
  });

  it('ends the holding of the record’s own origin too, and only its own: another holder’s deletion ends nothing of the origin', async () => {
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-9']);
    const nine = (id: string, at: string, fromPartyId: string, toPartyId: string) =>
      hop(id, at, fromPartyId, toPartyId, 'booking-9');
    const deleted = (holderPartyId: string, at: string) =>
      confirmDeletion(ctx.db, { id: `${holderPartyId}-del-9`, holderPartyId, at, recordIds: ['booking-9'] });
    await recordDisclosure(ctx.db, nine('nine-feed', '2025-05-01T00:00:00Z', 'cook-sheriff', 'exchange'));
    await deleted('exchange', '2025-05-02T00:00:00Z');
    const stillHeld = await recordDisclosure(ctx.db, nine('nine-2', '2025-05-03T00:00:00Z', 'cook-sheriff', 'broker'));
    expect(stillHeld.disclosure.holderUnknown).toBe(false);
    await deleted('cook-sheriff', '2025-06-01T00:00:00Z');
    // A send dated before its deletion is judged at its own time: held then.
    const before = await recordDisclosure(ctx.db, nine('nine-3', '2025-05-20T00:00:00Z', 'cook-sheriff', 'broker'));
    expect(before.disclosure.holderUnknown).toBe(false);
    const after = await recordDisclosure(ctx.db, nine('nine-4', '2025-06-02T00:00:00Z', 'cook-sheriff', 'broker'));
    expect(after.disclosure.holderUnknown).toBe(true);
  });

  it('weighs a deletion against the last delivery before the send, whatever order the deliveries were recorded in', async () => {
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-7']);
    const seven = (id: string, at: string, fromPartyId: string, toPartyId: string) =>
      hop(id, at, fromPartyId, toPartyId, 'booking-7');
    // The later delivery reported first, the earlier one after it: the record's newest
    // relationship is then the earlier delivery, which the deletion of 2025-07-10 ended.
    await recordDisclosure(ctx.db, seven('seven-late', '2025-08-01T00:00:00Z', 'cook-sheriff', 'exchange'));
    await recordDisclosure(ctx.db, seven('seven-early', '2025-07-01T00:00:00Z', 'cook-sheriff', 'exchange'));
    await confirmDeletion(ctx.db, {
      id: 'exchange-del-7',
      holderPartyId: 'exchange',
      at: '2025-07-10T00:00:00Z',
      recordIds: ['booking-7'],
    });
    const between = await recordDisclosure(ctx.db, seven('seven-2', '2025-07-20T00:00:00Z', 'exchange', 'broker'));
    expect(between.disclosure.holderUnknown).toBe(true);
    const after = await recordDisclosure(ctx.db, seven('seven-3', '2025-08-02T00:00:00Z', 'exchange', 'broker'));
    expect(after.disclosure.holderUnknown).toBe(false);
  });

  it('withdraws a delivery once an auditor accepts its retraction, not before: the recipient then held nothing through it', async () => {
    await recordDisclosure(ctx.db, hop('mistake-1', '2025-04-01T00:00:00Z', 'cook-sheriff', 'broker'));
    const retraction = {
      id: 'sheriff-ret-1',
      disclosureId: 'mistake-1',
      filedByPartyId: 'cook-sheriff',
      at: '2025-04-02T00:00:00Z',
      reason: 'reported against the wrong recipient',
    };
    expect((await retractDisclosure(ctx.db, retraction)).created).toBe(true);
    expect((await retractDisclosure(ctx.db, retraction)).created).toBe(false);
    await expect(retractDisclosure(ctx.db, { ...retraction, id: 'sheriff-ret-2' })).rejects.toThrow(
      'disclosure mistake-1 was already retracted by sheriff-ret-1',
    );
    // The broker got booking-1 from the exchange (onward-3, 2025-03-05), not through mistake-1.
    await registerParty(ctx.db, { id: 'other-broker', name: 'other-broker', kind: 'DATA_BROKER' });
    await recordDisclosure(ctx.db, hop('direct-1', '2025-04-01T00:00:00Z', 'cook-sheriff', 'other-broker'));
    await retractDisclosure(ctx.db, { ...retraction, id: 'sheriff-ret-3', disclosureId: 'direct-1' });
    // Filed by the sender, the retraction awaits an auditor: the delivery still counts.
    const pending = await recordDisclosure(
      ctx.db,
      hop('other-onward-0', '2025-04-04T00:00:00Z', 'other-broker', 'exchange'),
    );
    expect(pending.disclosure.holderUnknown).toBe(false);
    const decided = await decideRetraction(
      ctx.db,
      { retractionId: 'sheriff-ret-3', outcome: 'ACCEPTED', note: 'the sheriff sent nothing that day' },
      { principal: 'auditor-1', organisation: 'cook-sheriff' },
    );
    expect(decided).toMatchObject({
      created: true,
      retraction: { decision: { outcome: 'ACCEPTED', decidedBy: 'auditor-1' } },
    });
    await expect(
      decideRetraction(
        ctx.db,
        { retractionId: 'sheriff-ret-3', outcome: 'REJECTED' },
        { principal: 'auditor-2', organisation: 'cook-sheriff' },
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    const onward = await recordDisclosure(
      ctx.db,
      hop('other-onward', '2025-04-05T00:00:00Z', 'other-broker', 'exchange'),
    );
    expect(onward.disclosure.holderUnknown).toBe(true);
  });

  it('stamps both in the ledger, and notices one edited behind the service’s back', async () => {
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true });
    await ctx.db.write((tx) =>
      tx.run(`MATCH (x:DeletionConfirmation {id: 'exchange-del-1'}) SET x.at = datetime('2025-03-30T00:00:00Z')`),
    );
    const broken = await verifyLedger(ctx.db);
    expect(broken).toMatchObject({
      ok: false,
      reason: expect.stringContaining('deletion confirmation exchange-del-1 no longer matches'),
    });
  });
});
