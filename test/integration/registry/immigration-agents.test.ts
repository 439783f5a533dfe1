import { beforeAll, describe, expect, it } from 'vitest';
import { everAgents, isImmigrationAgentAt } from '../../../core/registry/immigration-agents.ts';
import { useTestDatabase } from '../../support/database.ts';
import { affiliate, enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';

describe('immigration agent at time t', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['ice', 'GOVERNMENT_AGENCY'],
      ['broker', 'DATA_BROKER'],
      ['broker-sub', 'CONTRACTOR'],
      ['broker-analyst', 'INDIVIDUAL'],
      ['village-pd', 'GOVERNMENT_AGENCY'],
      ['clerk', 'COUNTY_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    // A data broker under ICE contract from 2021-03-01 through 2023-02-28.
    await affiliate(ctx.db, 'broker', 'CONTRACTOR_OF', 'ice', '2021-03-01T00:00:00-06:00', '2023-03-01T00:00:00-06:00');
    await affiliate(ctx.db, 'broker-sub', 'CONTRACTOR_OF', 'broker', '2020-01-01T00:00:00-06:00');
    await affiliate(
      ctx.db,
      'broker-analyst',
      'EMPLOYEE_OF',
      'broker-sub',
      '2022-01-01T00:00:00-06:00',
      '2022-07-01T00:00:00-05:00',
    );
    // A police department with a 287(g) agreement enforces immigration law only while it runs.
    await enforcesImmigrationLaw(ctx.db, 'village-pd', '2019-01-01T00:00:00-06:00', '2020-01-01T00:00:00-06:00');
  });

  const at = (party: string, instant: string) => isImmigrationAgentAt(ctx.db, party, instant);

  it('holds for a party that enforces immigration law, always', async () => {
    expect(await at('ice', '2026-11-25T12:00:00Z')).toBe(true);
    expect(await at('clerk', '2026-11-25T12:00:00Z')).toBe(false);
  });

  it('holds for a broker only while its ICE contract runs', async () => {
    expect(await at('broker', '2022-06-01T12:00:00-05:00')).toBe(true);
    expect(await at('broker', '2024-01-01T12:00:00-06:00')).toBe(false);
    expect(await at('broker', '2021-02-28T23:59:59-06:00')).toBe(false);
  });

  it('follows subcontractors and their employees, each link valid at t', async () => {
    expect(await at('broker-sub', '2022-06-01T12:00:00-05:00')).toBe(true);
    expect(await at('broker-sub', '2024-01-01T12:00:00-06:00')).toBe(false);
    expect(await at('broker-analyst', '2022-06-01T12:00:00-05:00')).toBe(true);
    // Employed until July 2022: in 2022-12 the chain is broken at its first link.
    expect(await at('broker-analyst', '2022-12-01T12:00:00-06:00')).toBe(false);
  });

  it('holds for a 287(g) department only inside its agreement, and for an unknown id never', async () => {
    expect(await at('village-pd', '2019-06-01T12:00:00-05:00')).toBe(true);
    expect(await at('village-pd', '2021-06-01T12:00:00-05:00')).toBe(false);
    expect(await at('nobody', '2019-06-01T12:00:00-05:00')).toBe(false);
  });
  it('names every party that is an agent at some time, through affiliations of any length and a cycle, and no other', async () => {
    // A loop of affiliations that leads nowhere must neither hang the walk nor make an agent.
    await registerTestParties(ctx.db, [
      ['loop-a', 'CONTRACTOR'],
      ['loop-b', 'CONTRACTOR'],
    ]);
    await affiliate(ctx.db, 'loop-a', 'CONTRACTOR_OF', 'loop-b', '2020-01-01T00:00:00Z');
    await affiliate(ctx.db, 'loop-b', 'CONTRACTOR_OF', 'loop-a', '2020-01-01T00:00:00Z');
    await affiliate(ctx.db, 'loop-a', 'CONTRACTOR_OF', 'clerk', '2020-01-01T00:00:00Z');
    expect((await everAgents(ctx.db)).sort()).toEqual(['broker', 'broker-analyst', 'broker-sub', 'ice', 'village-pd']);
  });
});
