import { beforeAll, describe, expect, it } from 'vitest';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../core/lineage/corrections.ts';
import { deletionScope } from '../../../core/lineage/deletion-scope.ts';
import { downstreamOfParty } from '../../../core/lineage/party-lineage.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords } from '../../support/records.ts';

/**
 * A party's downstream in a window counts every flow in the window at the end of a chain from
 * what the party held: what it originated, from the origin, and what it received, from every
 * delivery to it, whenever that was. A chain it began before the window counts the flows it
 * makes in the window, whether the record was the party's own or given to it, and whether the
 * party still held it at the window's start. Only records it sent before the window's end,
 * with a flow in the window by the party or by someone given the record since its first send,
 * are read: that must count exactly as following every record it ever received (and fails
 * when an onward flow of the same instant as the party's send is left out).
 */
describe("a party's downstream", () => {
  const ctx = useTestDatabase();
  const march = { from: '2024-03-01T00:00:00-06:00', until: '2024-04-01T00:00:00-05:00' };
  const byRecipient = (row: Awaited<ReturnType<typeof downstreamOfParty>>) =>
    Object.fromEntries(row.byRecipient.map((group) => [group.key, group.arrivalCount]));

  beforeAll(async () => {
    const db = ctx.db;
    await registerTestParties(db, [
      ['down-county', 'COUNTY_AGENCY'],
      ['down-broker', 'DATA_BROKER'],
      ['down-reseller', 'CORPORATION'],
      ['down-insurer', 'ASSOCIATION'],
      ['down-lender', 'CORPORATION'],
      ['down-auditor', 'COUNTY_AGENCY'],
    ]);
    const records = ['down-early', 'down-start', 'down-end', 'down-late', 'down-chain'];
    await seedRecords(db, 'down-county', ['down-via', 'down-gone', 'down-withdrawn']);
    await seedRecords(db, 'down-county', records);
    const hop = hopsOn(db);
    await hop('down-in', '2024-01-10T09:00:00-06:00', 'down-county', 'down-broker', records);
    // Sent on in February; the reseller moves it in March: a chain the broker began before March.
    await hop('down-feb', '2024-02-10T09:00:00-06:00', 'down-broker', 'down-reseller', ['down-early']);
    await hop('down-feb-on', '2024-03-10T09:00:00-06:00', 'down-reseller', 'down-insurer', ['down-early']);
    // At the window's first instant, stated in UTC, and on at the same instant.
    await hop('down-at-start', '2024-03-01T06:00:00Z', 'down-broker', 'down-reseller', ['down-start']);
    await hop('down-at-start-on', '2024-03-01T06:00:00Z', 'down-reseller', 'down-insurer', ['down-start']);
    // At the window's end, which is the next window's: others move it in March before that.
    await hop('down-mar-other', '2024-03-15T09:00:00-05:00', 'down-county', 'down-insurer', ['down-end']);
    await hop('down-at-end', '2024-04-01T05:00:00Z', 'down-broker', 'down-reseller', ['down-end']);
    // Given again in March and sent on then, twice onward.
    await hop('down-again', '2024-03-05T09:00:00-06:00', 'down-county', 'down-broker', ['down-chain']);
    await hop('down-mar', '2024-03-20T09:00:00-05:00', 'down-broker', 'down-reseller', ['down-chain', 'down-late']);
    await hop('down-mar-on', '2024-03-25T09:00:00-05:00', 'down-reseller', 'down-insurer', ['down-chain']);
    // Held since January through the reseller (two hops from its origin), sent on in March.
    await hop('down-via-1', '2024-01-11T09:00:00-06:00', 'down-county', 'down-reseller', ['down-via']);
    await hop('down-via-2', '2024-01-12T09:00:00-06:00', 'down-reseller', 'down-broker', ['down-via']);
    await hop('down-via-3', '2024-03-21T09:00:00-05:00', 'down-broker', 'down-insurer', ['down-via']);
    // Given, passed to the lender, deleted by the broker in February: the lender moves it in
    // March. The broker held nothing of it at March's start; the flow is still where what it
    // held went.
    await hop('down-gone-in', '2024-01-15T09:00:00-06:00', 'down-county', 'down-broker', ['down-gone']);
    await hop('down-gone-on', '2024-02-01T09:00:00-06:00', 'down-broker', 'down-lender', ['down-gone']);
    await confirmDeletion(db, {
      id: 'down-gone-deleted',
      holderPartyId: 'down-broker',
      at: '2024-02-20T09:00:00-06:00',
      recordIds: ['down-gone'],
    });
    await hop('down-gone-mar', '2024-03-12T09:00:00-05:00', 'down-lender', 'down-insurer', ['down-gone']);
    // A delivery an auditor withdrew delivered nothing: what the broker "sent" of it in March
    // is a send of a record it never held, and starts no chain.
    await hop('down-withdrawn-in', '2024-02-15T09:00:00-06:00', 'down-county', 'down-broker', ['down-withdrawn']);
    await retractDisclosure(db, {
      id: 'down-withdrawn-ret',
      disclosureId: 'down-withdrawn-in',
      filedByPartyId: 'down-county',
      at: '2024-02-16T09:00:00-06:00',
      reason: 'sent to the wrong party',
    });
    await decideRetraction(
      db,
      { retractionId: 'down-withdrawn-ret', outcome: 'ACCEPTED' },
      { principal: 'down-auditor-1', organisation: 'down-auditor' },
    );
    await hop('down-withdrawn-mar', '2024-03-14T09:00:00-05:00', 'down-broker', 'down-lender', ['down-withdrawn']);
  });

  it('counts the same as following every record the party received, month by month', async () => {
    const months = [
      march,
      { from: '2024-02-01T00:00:00-06:00', until: march.from },
      { from: march.until, until: '2024-05-01T00:00:00-05:00' },
      { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' },
    ];
    for (const window of [...months, null]) {
      expect(await downstreamOfParty(ctx.db, 'down-broker', window), JSON.stringify(window)).toEqual(
        await downstreamOfParty(ctx.db, 'down-broker', window, { everyRecord: true }),
      );
    }
  });

  it('counts in March every flow of a chain from what the broker held, begun in March or before', async () => {
    const row = await downstreamOfParty(ctx.db, 'down-broker', march);
    // To the reseller: down-at-start and down-mar (two records). To the insurer:
    // down-at-start-on, down-mar-on, down-via-3, down-feb-on (a chain begun in February) and
    // down-gone-mar (begun in February by a holding the broker then ended).
    expect(byRecipient(row)).toEqual({ 'down-reseller': 3, 'down-insurer': 5 });
    expect(row.arrivalCount).toBe(8);
    expect(row.recordCount).toBe(6);
  });

  it('counts hops from the party, whenever its holding began', async () => {
    // The broker's own send is hop 1 and the next hop 2, as for a record an agency originated
    // and sent: down-via was two hops from its origin when the broker got it in January, and
    // counts as the others do.
    const row = await downstreamOfParty(ctx.db, 'down-broker', march);
    expect(Object.fromEntries(row.byHopCount.map((group) => [group.key, group.arrivalCount]))).toEqual({ 1: 4, 2: 4 });
  });

  it('starts nothing at a delivery an auditor withdrew', async () => {
    const row = await downstreamOfParty(ctx.db, 'down-broker', march);
    expect(byRecipient(row)['down-lender']).toBeUndefined();
    // Nor does a deletion scope of the broker since before it ask anyone to delete that record.
    const scope = await deletionScope(ctx.db, { thirdPartyId: 'down-broker', since: '2024-02-01T00:00:00-06:00' });
    const pairs = scope.holders.flatMap((holder) => holder.pairs.map((pair) => `${holder.holderId} ${pair.recordId}`));
    expect(pairs.filter((pair) => pair.endsWith('down-withdrawn'))).toEqual([]);
    expect(pairs).toContain('down-lender down-gone');
  });
});
