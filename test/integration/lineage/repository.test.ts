import { beforeAll, describe, expect, it } from 'vitest';
import { disclosurePages, disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { recordDisclosure, recordDisclosures } from '../../../core/lineage/record-disclosure.ts';
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

  it('gives back each disclosure it creates exactly as reading it back gives it, whatever the instant is spelled', async () => {
    const ats = [
      '2025-08-01T10:00Z',
      '2025-08-01T10:00:00.000-05:00',
      '2025-08-01T10:00:07.5+05:30',
      '2025-08-01T10:00:07.123456789-00:00',
      '2025-08-01T23:59:59.000000001+14:00',
      '2025-08-01T00:00:00.120-09:30',
    ];
    const inputs = ats.map((at, n) => ({
      ...base,
      id: `assessor-spelling-${n}`,
      at,
      ...(n % 2 === 0 ? { agreementReference: `DSA-${n}`, legalBasis: 'COURT_ORDER' as const } : {}),
      ...(n === 3 ? { reportedBy: 'RECEIVER' as const } : {}),
    }));
    const written = await recordDisclosures(ctx.db, inputs);
    expect(written.every((one) => one.created)).toBe(true);
    const read = await disclosuresByIds(
      ctx.db,
      inputs.map((input) => input.id),
    );
    expect(written.map((one) => one.disclosure)).toStrictEqual(
      inputs.map((input) => read.find((stored) => stored.id === input.id)),
    );
  });
});
