import { beforeAll, describe, expect, it } from 'vitest';
import { confirmDeletion } from '../../../core/lineage/corrections.ts';
import { deletionScope, type Scope } from '../../../core/lineage/deletion-scope.ts';
import { recordAccessGrant } from '../../../core/lineage/grants.ts';
import { recordEnforcement } from '../../../core/registry/affiliations.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { useTestDatabase } from '../../support/database.ts';
import { carrying, seedRecords, subjectKeyFor } from '../../support/records.ts';
import { registerTestParties } from '../../support/parties.ts';

const summary = (scope: Scope) =>
  scope.holders.map((holder) => ({
    holder: holder.holderId,
    records: holder.pairs.map((pair) => pair.recordId),
    chains: holder.pairs.map((pair) => pair.chain.map((hop) => hop.disclosureId).join(' → ')),
  }));

describe('deletion scope (subsection (h))', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
      ['vendor', 'CORPORATION'],
      ['ice', 'GOVERNMENT_AGENCY'],
    ]);
    await seedRecords(ctx.db, 'cook-sheriff', ['r-1', 'r-2']);
    const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, ...records: string[]) =>
      recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose: 'p', ...carrying(...records) });
    await hop('d1', '2024-01-01T00:00:00Z', 'cook-sheriff', 'exchange', 'r-1', 'r-2');
    await hop('d2', '2024-02-01T00:00:00Z', 'exchange', 'broker', 'r-1');
    await hop('d3', '2024-03-01T00:00:00Z', 'broker', 'ice', 'r-1');
    // Before the violating disclosure reached the exchange: not in its scope.
    await hop('d0', '2023-06-01T00:00:00Z', 'cook-sheriff', 'vendor', 'r-2');
    await recordAccessGrant(ctx.db, {
      id: 'g-1',
      agencyPartyId: 'cook-sheriff',
      granteePartyId: 'exchange',
      dataset: 'bookings',
      purpose: 'feed',
      from: '2023-01-01T00:00:00Z',
    });
    // An immigration agent from mid-February: when d3 reached it, not before.
    await recordEnforcement(ctx.db, {
      id: 'ice-interval',
      partyId: 'ice',
      from: '2024-02-15T00:00:00-06:00',
      until: null,
      basis: 'enforces immigration law',
    });
  });

  it('names every holder downstream of a violating disclosure, with its evidence chain and grants to cut', async () => {
    const scope = await deletionScope(ctx.db, { violatingDisclosureIds: ['d1'] });
    expect(summary(scope)).toEqual([
      { holder: 'broker', records: ['r-1'], chains: ['d1 → d2'] },
      { holder: 'exchange', records: ['r-1', 'r-2'], chains: ['d1', 'd1'] },
      { holder: 'ice', records: ['r-1'], chains: ['d1 → d2 → d3'] },
    ]);
    expect(scope).toMatchObject({ pairCount: 4, subjectCount: 2 });
    expect(scope.holders.find((holder) => holder.holderId === 'exchange')?.grantsToCut.map((g) => g.id)).toEqual([
      'g-1',
    ]);
    expect(scope.holders.find((holder) => holder.holderId === 'exchange')?.subjectCount).toBe(2);
    expect(scope.holders[0]?.pairs[0]?.subjectKey).toBe(subjectKeyFor('r-1'));
  });

  it("tells every hop of every chain with its ends' standing at its own time, a hop the holders share alike", async () => {
    const scope = await deletionScope(ctx.db, { violatingDisclosureIds: ['d1'] });
    const told = scope.holders.flatMap((holder) =>
      holder.pairs
        .filter((pair) => pair.recordId === 'r-1')
        .map((pair) =>
          pair.chain
            .map((hop) =>
              [
                hop.disclosureId,
                hop.senderCountyPersonnel === null ? 'third party' : `county (${hop.senderCountyPersonnel.throughId})`,
                hop.recipientWasImmigrationAgent ? 'to an agent' : 'to no agent',
              ].join(', '),
            )
            .join(' → '),
        ),
    );
    const d1 = 'd1, county (cook-sheriff), to no agent';
    const d2 = 'd2, third party, to no agent';
    expect(told).toEqual([`${d1} → ${d2}`, d1, `${d1} → ${d2} → d3, third party, to an agent`]);
  });

  it('shrinks as holders confirm their deletions', async () => {
    await confirmDeletion(ctx.db, {
      id: 'x-broker',
      holderPartyId: 'broker',
      at: '2024-04-01T00:00:00Z',
      recordIds: ['r-1'],
    });
    const scope = await deletionScope(ctx.db, { violatingDisclosureIds: ['d1'] });
    expect(summary(scope).map((holder) => holder.holder)).toEqual(['exchange', 'ice']);
  });

  it('for a third party since an instant: what it held then and everything onward', async () => {
    const scope = await deletionScope(ctx.db, { thirdPartyId: 'exchange', since: '2024-01-15T00:00:00Z' });
    expect(summary(scope)).toEqual([
      { holder: 'exchange', records: ['r-1', 'r-2'], chains: ['d1', 'd1'] },
      { holder: 'ice', records: ['r-1'], chains: ['d1 → d2 → d3'] },
    ]);
  });

  it('refuses an unknown disclosure and an empty list, naming them', async () => {
    await expect(deletionScope(ctx.db, { violatingDisclosureIds: ['nope'] })).rejects.toThrow(
      'no disclosure is recorded with id nope',
    );
    await expect(deletionScope(ctx.db, { violatingDisclosureIds: [] })).rejects.toThrow(
      'violatingDisclosureIds must name 1 to 1000 disclosures, got 0',
    );
  });
});
