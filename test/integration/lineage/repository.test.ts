import { beforeAll, describe, expect, it } from 'vitest';
import { disclosurePages, disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase } from '../../support/database.ts';
import { carrying, seedRecords } from '../../support/records.ts';

const base = {
  id: 'assessor-0001',
  at: '2025-06-01T10:00:00-05:00',
  fromPartyId: 'cook-assessor',
  toPartyId: 'acme-data',
  purpose: 'property roll purchase',
  ...carrying('assessor-record-1'),
};

describe('the lineage repository', () => {
  const ctx = useTestDatabase();
  beforeAll(async () => {
    await registerParty(ctx.db, { id: 'cook-assessor', name: 'Cook County Assessor', kind: 'COUNTY_AGENCY' });
    await registerParty(ctx.db, { id: 'acme-data', name: 'Acme Data', kind: 'DATA_BROKER' });
    await seedRecords(ctx.db, 'cook-assessor', ['assessor-record-1']);
  });

  it('records a disclosure once; the same content again is a no-op that says so', async () => {
    const first = await recordDisclosure(ctx.db, base);
    expect(first).toMatchObject({
      created: true,
      disclosure: {
        id: 'assessor-0001',
        at: '2025-06-01T10:00:00-05:00',
        fromId: 'cook-assessor',
        toId: 'acme-data',
        purpose: 'property roll purchase',
        channel: 'BULK_EXPORT',
        legalBasis: 'NONE',
        reportedBy: 'SENDER',
        agreementReference: null,
        holderUnknown: false,
        recordCount: 1,
      },
    });
    expect(await recordDisclosure(ctx.db, base)).toEqual({ ...first, created: false });
  });

  it('refuses the same id with another instant, even the same instant at another offset', async () => {
    for (const at of ['2025-06-01T11:00:00-05:00', '2025-06-01T15:00:00Z']) {
      await expect(recordDisclosure(ctx.db, { ...base, at })).rejects.toMatchObject({
        extensions: { code: 'CONFLICTING_RESUBMISSION' },
      });
    }
    const [stored] = await disclosuresByIds(ctx.db, ['assessor-0001']);
    expect(stored?.at).toBe('2025-06-01T10:00:00-05:00');
  });

  it('refuses a disclosure naming an unregistered party and writes nothing', async () => {
    await expect(recordDisclosure(ctx.db, { ...base, id: 'assessor-0002', toPartyId: 'ghost' })).rejects.toThrow(
      /assessor-0002: no party is registered with id ghost/,
    );
    expect(await disclosuresByIds(ctx.db, ['assessor-0002'])).toEqual([]);
  });

  it('pages each party separately within one batch, even for one party twice', async () => {
    await recordDisclosure(ctx.db, { ...base, id: 'assessor-0003', at: '2025-07-01T10:00:00-05:00' });
    const pages = await disclosurePages(ctx.db, [
      { partyId: 'cook-assessor', direction: 'SENT', first: 1, after: null },
      { partyId: 'cook-assessor', direction: 'SENT', first: 1, after: ['2025-06-01T10:00:00-05:00', 'assessor-0001'] },
      { partyId: 'acme-data', direction: 'RECEIVED', first: 5, after: null },
    ]);
    expect(pages.map(([, page]) => page.nodes.map((d) => d.id))).toEqual([
      ['assessor-0001'],
      ['assessor-0003'],
      ['assessor-0001', 'assessor-0003'],
    ]);
    expect(pages.map(([, page]) => page.pageInfo.hasNextPage)).toEqual([true, false, false]);
  });
});
