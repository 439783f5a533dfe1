import { beforeAll, describe, expect, it } from 'vitest';
import { downstreamOfParty } from '../../../core/lineage/party-lineage.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords } from '../../support/records.ts';

/**
 * A party's downstream in a window reads only the records it received and sent on itself in
 * the window (and those it originated that moved there). Records that moved in the window
 * without a send of its own there (sent on before the window, moved by others in it; sent at
 * the window's end, which is not in it) must count exactly as when every record it ever
 * received is followed; sends at the window's very start, and onward flows of the same
 * instant, must count.
 */
describe("a party's downstream reads only what it sent in the window", () => {
  const ctx = useTestDatabase();
  const march = { from: '2024-03-01T00:00:00-06:00', until: '2024-04-01T00:00:00-05:00' };

  beforeAll(async () => {
    const db = ctx.db;
    await registerTestParties(db, [
      ['down-county', 'COUNTY_AGENCY'],
      ['down-broker', 'DATA_BROKER'],
      ['down-reseller', 'CORPORATION'],
      ['down-insurer', 'ASSOCIATION'],
    ]);
    const records = ['down-early', 'down-start', 'down-end', 'down-late', 'down-chain'];
    await seedRecords(db, 'down-county', ['down-via']);
    await seedRecords(db, 'down-county', records);
    const hop = hopsOn(db);
    await hop('down-in', '2024-01-10T09:00:00-06:00', 'down-county', 'down-broker', records);
    // Sent on in February; the reseller moves it in March: no send of the broker's in March.
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
  });

  it('counts the same as following every record the party received, month by month', async () => {
    const months = [
      march,
      { from: '2024-02-01T00:00:00-06:00', until: march.from },
      { from: march.until, until: '2024-05-01T00:00:00-05:00' },
      { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' },
    ];
    for (const window of months) {
      expect(await downstreamOfParty(ctx.db, 'down-broker', window), JSON.stringify(window)).toEqual(
        await downstreamOfParty(ctx.db, 'down-broker', window, { everyRecord: true }),
      );
    }
  });

  it('counts in March the broker’s own sends and what went on from them, and nothing else', async () => {
    const row = await downstreamOfParty(ctx.db, 'down-broker', march);
    const byRecipient = Object.fromEntries(row.byRecipient.map((group) => [group.key, group.arrivalCount]));
    // down-at-start and down-mar (two records) to the reseller; down-at-start-on, down-mar-on
    // and down-via-3 to the insurer.
    expect(byRecipient).toEqual({ 'down-reseller': 3, 'down-insurer': 3 });
    expect(row.arrivalCount).toBe(6);
    expect(row.recordCount).toBe(4);
  });

  it('counts hops from the party’s holding, whether it began before the window or in it', async () => {
    // The broker's receipt is the start's hop 1, its send hop 2, the next hop 3: down-via was
    // two hops from its origin when the broker got it in January, and counts as the others do.
    const row = await downstreamOfParty(ctx.db, 'down-broker', march);
    expect(Object.fromEntries(row.byHopCount.map((group) => [group.key, group.arrivalCount]))).toEqual({ 2: 4, 3: 2 });
  });
});
