import { beforeAll, describe, expect, it } from 'vitest';
import { grantsOfParties, recordAccessGrant } from '../../../core/lineage/grants.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const grant = {
  id: 'sheriff-grant-1',
  agencyPartyId: 'cook-sheriff',
  granteePartyId: 'exchange',
  dataset: 'jail bookings',
  purpose: 'query rights for member agencies',
  from: '2024-01-01T00:00:00-06:00',
  until: '2026-01-01T00:00:00-06:00',
};

describe('access grants: potential exposure', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['cook-clerk', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
    ]);
  });

  it('records a grant once, lists it for both parties, and stamps it in the ledger', async () => {
    expect((await recordAccessGrant(ctx.db, grant)).created).toBe(true);
    expect((await recordAccessGrant(ctx.db, grant)).created).toBe(false);
    const lists = new Map(await grantsOfParties(ctx.db, ['cook-sheriff', 'exchange']));
    expect(lists.get('cook-sheriff')?.map((g) => g.id)).toEqual(['sheriff-grant-1']);
    expect(lists.get('exchange')?.[0]).toMatchObject({
      agencyId: 'cook-sheriff',
      granteeId: 'exchange',
      until: '2026-01-01T00:00:00-06:00',
    });
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses other content under the same id, a grant to a county agency or from a third party, and a backwards interval', async () => {
    await expect(recordAccessGrant(ctx.db, { ...grant, until: null })).rejects.toMatchObject({
      extensions: { code: 'CONFLICTING_RESUBMISSION' },
    });
    await expect(recordAccessGrant(ctx.db, { ...grant, id: 'g-2', granteePartyId: 'cook-clerk' })).rejects.toThrow(
      'cook-clerk is a county agency, not a third party',
    );
    await expect(
      recordAccessGrant(ctx.db, { ...grant, id: 'g-3', agencyPartyId: 'exchange', granteePartyId: 'exchange' }),
    ).rejects.toThrow('exchange is a DATA_EXCHANGE, not a county agency');
    await expect(recordAccessGrant(ctx.db, { ...grant, id: 'g-4', until: '2023-01-01T00:00:00Z' })).rejects.toThrow(
      /until .* must be after from/,
    );
  });
});
