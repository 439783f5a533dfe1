import { beforeAll, describe, expect, it } from 'vitest';
import { standingAnswers } from '../../../core/registry/immigration-agents.ts';
import { useTestDatabase } from '../../support/database.ts';
import { affiliate, enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';

// The State's Attorney's victim-notification contract made its vendor a contractor of the
// county; the vendor's employee acted for the county too, and a data broker under ICE contract
// is both an immigration agent and, while it also contracts for the county, county personnel.
describe('county personnel at time t', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['states-attorney', 'COUNTY_AGENCY'],
      ['sheriff', 'COUNTY_AGENCY'],
      ['vine-vendor', 'CONTRACTOR'],
      ['vendor-clerk', 'INDIVIDUAL'],
      ['broker', 'DATA_BROKER'],
      ['ice', 'GOVERNMENT_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    await affiliate(
      ctx.db,
      'vine-vendor',
      'CONTRACTOR_OF',
      'states-attorney',
      '2021-01-01T00:00:00-06:00',
      '2021-10-01T00:00:00-05:00',
    );
    await affiliate(ctx.db, 'vendor-clerk', 'EMPLOYEE_OF', 'vine-vendor', '2020-01-01T00:00:00-06:00');
    await affiliate(ctx.db, 'broker', 'CONTRACTOR_OF', 'ice', '2021-01-01T00:00:00-06:00');
    // Stated in UTC: the same instant as 2022-01-01T00:00-06:00.
    await affiliate(ctx.db, 'broker', 'CONTRACTOR_OF', 'sheriff', '2022-01-01T06:00:00Z', '2022-07-01T00:00:00-05:00');
  });

  const standing = async (partyId: string, at: string) => {
    const [answer] = await standingAnswers(ctx.db, [{ partyId, at }]);
    return answer;
  };

  it('holds for a county agency itself, through no affiliation', async () => {
    expect(await standing('sheriff', '2024-01-01T00:00:00Z')).toMatchObject({
      countyPersonnel: { throughId: 'sheriff', affiliations: [] },
      agent: null,
    });
  });

  it("holds for the county's contractor and its employee only while the contract runs", async () => {
    expect((await standing('vine-vendor', '2021-06-15T12:00:00-05:00'))?.countyPersonnel).toEqual({
      throughId: 'states-attorney',
      affiliations: [{ id: expect.any(String), kind: 'CONTRACTOR_OF', fromId: 'vine-vendor', toId: 'states-attorney' }],
    });
    expect((await standing('vendor-clerk', '2021-06-15T12:00:00-05:00'))?.countyPersonnel).toMatchObject({
      throughId: 'states-attorney',
      affiliations: [
        { kind: 'EMPLOYEE_OF', fromId: 'vendor-clerk', toId: 'vine-vendor' },
        { kind: 'CONTRACTOR_OF', fromId: 'vine-vendor', toId: 'states-attorney' },
      ],
    });
    // The contract ended on 2021-10-01 (half-open): at that instant, in another offset, it no longer holds.
    expect((await standing('vine-vendor', '2021-10-01T05:00:00Z'))?.countyPersonnel).toBeNull();
    expect((await standing('vine-vendor', '2021-10-01T04:59:59.999Z'))?.countyPersonnel).not.toBeNull();
    expect((await standing('vendor-clerk', '2021-10-15T12:00:00-05:00'))?.countyPersonnel).toBeNull();
  });

  it('holds from the very instant an affiliation starts, stated in another offset', async () => {
    expect((await standing('broker', '2022-01-01T00:00:00-06:00'))?.countyPersonnel).toMatchObject({
      throughId: 'sheriff',
    });
    expect((await standing('broker', '2021-12-31T23:59:59.999-06:00'))?.countyPersonnel).toBeNull();
  });

  it('tells both statuses, each with its reason, of a party that holds both at once', async () => {
    expect(await standing('broker', '2022-03-01T12:00:00-06:00')).toMatchObject({
      agent: { throughId: 'ice', affiliations: [{ kind: 'CONTRACTOR_OF', fromId: 'broker', toId: 'ice' }] },
      countyPersonnel: { throughId: 'sheriff', affiliations: [{ kind: 'CONTRACTOR_OF', toId: 'sheriff' }] },
    });
    expect(await standing('broker', '2023-03-01T12:00:00-06:00')).toMatchObject({
      agent: { throughId: 'ice' },
      countyPersonnel: null,
    });
  });

  it('answers an unknown party as neither, and many questions in one query', async () => {
    const answers = await standingAnswers(ctx.db, [
      { partyId: 'nobody', at: '2022-03-01T12:00:00-06:00' },
      { partyId: 'ice', at: '2022-03-01T12:00:00-06:00' },
      { partyId: 'sheriff', at: '2022-03-01T12:00:00-06:00' },
    ]);
    const byParty = new Map(answers.map((answer) => [answer.partyId, answer]));
    expect(byParty.get('nobody')).toMatchObject({ agent: null, countyPersonnel: null });
    expect(byParty.get('ice')).toMatchObject({ agent: { throughId: 'ice', affiliations: [] }, countyPersonnel: null });
    expect(byParty.get('sheriff')?.countyPersonnel?.throughId).toBe('sheriff');
  });

  it('answers as the service knew things at a recorded time', async () => {
    const before = new Date().toISOString();
    await registerTestParties(ctx.db, [['late-contractor', 'CONTRACTOR']]);
    await affiliate(ctx.db, 'late-contractor', 'CONTRACTOR_OF', 'sheriff', '2020-01-01T00:00:00-06:00');
    const [then] = await standingAnswers(ctx.db, [{ partyId: 'late-contractor', at: '2021-01-01T00:00:00Z' }], before);
    const [now] = await standingAnswers(ctx.db, [{ partyId: 'late-contractor', at: '2021-01-01T00:00:00Z' }]);
    expect(then?.countyPersonnel).toBeNull();
    expect(now?.countyPersonnel?.throughId).toBe('sheriff');
  });
});
