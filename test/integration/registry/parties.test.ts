import { describe, expect, it } from 'vitest';
import { partiesByIds, partiesPage, registerParty } from '../../../core/registry/parties.ts';
import { useTestDatabase } from '../../support/database.ts';

describe('the registry repository', () => {
  const ctx = useTestDatabase();

  it('registers a party once and says when a resubmission changed nothing', async () => {
    const party = { id: 'cook-clerk', name: 'Cook County Clerk', kind: 'COUNTY_AGENCY' as const };
    expect(await registerParty(ctx.db, party)).toEqual({ party, created: true });
    expect(await registerParty(ctx.db, party)).toEqual({ party, created: false });
  });

  it('refuses the same id with another kind and leaves the stored party as it was', async () => {
    await expect(
      registerParty(ctx.db, { id: 'cook-clerk', name: 'Cook County Clerk', kind: 'DATA_BROKER' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    expect(await partiesByIds(ctx.db, ['cook-clerk'])).toEqual([
      { id: 'cook-clerk', name: 'Cook County Clerk', kind: 'COUNTY_AGENCY' },
    ]);
  });

  it('refuses a malformed id or an empty name, showing the value, and writes nothing', async () => {
    await expect(registerParty(ctx.db, { id: 'Bad Id', name: 'x', kind: 'DATA_BROKER' })).rejects.toThrow(/"Bad Id"/);
    await expect(registerParty(ctx.db, { id: 'blank', name: '   ', kind: 'DATA_BROKER' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    expect(await partiesByIds(ctx.db, ['bad id', 'blank'])).toEqual([]);
  });

  it('pages through parties in id order, filtered by kind, to the end', async () => {
    for (const id of ['broker-c', 'broker-a', 'broker-b']) {
      await registerParty(ctx.db, { id, name: id, kind: 'DATA_BROKER' });
    }
    const first = await partiesPage(ctx.db, { kind: 'DATA_BROKER', first: 2, after: null });
    expect(first.nodes.map((p) => p.id)).toEqual(['broker-a', 'broker-b']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await partiesPage(ctx.db, { kind: 'DATA_BROKER', first: 2, after: 'broker-b' });
    expect(second.nodes.map((p) => p.id)).toEqual(['broker-c']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
