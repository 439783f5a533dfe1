import { beforeAll, describe, expect, it } from 'vitest';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../core/lineage/corrections.ts';
import { historiesOf, historiesOfSubject, type HistoryOptions } from '../../../core/lineage/histories.ts';
import type { SubjectHistory } from '../../../core/lineage/index.ts';
import { recordEnforcement } from '../../../core/registry/affiliations.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import { lastRecorded } from '../../../infra/recorded.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords, subjectKeyFor } from '../../support/records.ts';

/**
 * Records carried together are read in two steps (each record's hops, then what each distinct
 * disclosure says of itself, once); other records, and a person's, in one query that reads
 * each hop whole. All three must give the same history: the same hops with the same retraction, contest, facts and
 * immigration-agent status, as known at each recorded time. Disclosures here are shared by
 * several records, so a fact read once must reach every record that disclosure carried.
 */
describe('histories read in two steps and in one, of records and of a person', () => {
  const ctx = useTestDatabase();
  const records = ['hist-r1', 'hist-r2', 'hist-r3'];
  const clock: Record<string, string> = {};

  beforeAll(async () => {
    const db = ctx.db;
    await registerTestParties(db, [
      ['hist-county', 'COUNTY_AGENCY'],
      ['hist-broker', 'DATA_BROKER'],
      ['hist-sheriff', 'GOVERNMENT_AGENCY'],
      ['hist-exchange', 'DATA_EXCHANGE'],
    ]);
    await seedRecords(db, 'hist-county', records);
    const hop = hopsOn(db);
    await hop('hist-d1', '2024-03-01T09:00:00-06:00', 'hist-county', 'hist-broker', records);
    await hop('hist-d2', '2024-04-01T09:00:00-05:00', 'hist-broker', 'hist-sheriff', ['hist-r1', 'hist-r2']);
    clock.first = await lastRecorded(db);
    // Stated in another offset: the text kept must be the caller's, the order the instant's.
    await hop('hist-d3', '2024-05-01T20:00:00+05:00', 'hist-broker', 'hist-exchange', ['hist-r3', 'hist-r2']);
    await hop('hist-d4', '2024-06-01T09:00:00-05:00', 'hist-broker', 'hist-exchange', ['hist-r2']);
    await retractDisclosure(db, {
      id: 'hist-ret-d3',
      disclosureId: 'hist-d3',
      filedByPartyId: 'hist-broker',
      at: '2024-07-01T00:00:00Z',
      reason: 'sent to the wrong exchange',
    });
    await retractDisclosure(db, {
      id: 'hist-ret-d4',
      disclosureId: 'hist-d4',
      filedByPartyId: 'hist-broker',
      at: '2024-07-01T00:00:00Z',
      reason: 'never sent',
    });
    clock.filed = await lastRecorded(db);
    await decideRetraction(
      db,
      { retractionId: 'hist-ret-d4', outcome: 'ACCEPTED' },
      { principal: 'hist-auditor', organisation: 'hist-county' },
    );
    await confirmDeletion(db, {
      id: 'hist-del',
      holderPartyId: 'hist-exchange',
      at: '2024-08-01T00:00:00Z',
      recordIds: ['hist-r3'],
    });
    clock.decided = await lastRecorded(db);
    await recordEnforcement(db, {
      id: 'hist-287g',
      partyId: 'hist-sheriff',
      from: '2024-01-01T00:00:00-06:00',
      until: null,
      basis: '287(g) agreement, recorded last',
    });
  });

  const byDisclosure = (history: SubjectHistory) => ({
    ...history,
    hops: [...history.hops].sort((a, b) => (a.disclosureId < b.disclosureId ? -1 : 1)),
  });

  /** Each record's history the three ways, which must agree; the two-step one returned. */
  async function both(options: HistoryOptions): Promise<Map<string, SubjectHistory>> {
    const many = await historiesOf(ctx.db, [...records, 'hist-unknown'], { ...options, carriedTogether: true });
    expect(many.map((history) => history.recordId)).toEqual(records);
    const whole = await historiesOf(ctx.db, [...records, 'hist-unknown'], options);
    expect(many.map(byDisclosure)).toEqual(whole.map(byDisclosure));
    for (const history of many) {
      const [alone] = await historiesOfSubject(ctx.db, subjectKeyFor(history.recordId), options);
      const from = options.hopsFrom == null ? null : instantOrder(options.hopsFrom);
      const expected = { ...alone, hops: alone?.hops.filter((hop) => from === null || hop.order >= from) };
      expect(byDisclosure(history)).toEqual(byDisclosure(expected as SubjectHistory));
    }
    return new Map(many.map((history) => [history.recordId, history]));
  }

  const hopOf = (history: SubjectHistory | undefined, disclosureId: string) =>
    history?.hops.find((hop) => hop.disclosureId === disclosureId);

  it('agree now, with facts and agents: retracted, contested, stated offsets and agent status per record', async () => {
    const now = await both({ facts: true, agents: true });
    const r2 = now.get('hist-r2');
    expect(hopOf(r2, 'hist-d3')).toMatchObject({ at: '2024-05-01T20:00:00+05:00', contested: true, retracted: false });
    expect(hopOf(r2, 'hist-d4')).toMatchObject({ retracted: true, contested: false });
    expect(hopOf(now.get('hist-r3'), 'hist-d3')).toMatchObject({ contested: true, fromId: 'hist-broker' });
    expect(hopOf(r2, 'hist-d1')?.facts).toMatchObject({ purpose: 'CRIMINAL_JUSTICE_ADMINISTRATION' });
    expect([...(now.get('hist-r1')?.agentDisclosures ?? [])]).toEqual(['hist-d2']);
    expect([...(r2?.agentDisclosures ?? [])]).toEqual(['hist-d2']);
    expect(now.get('hist-r3')?.agentDisclosures?.size).toBe(0);
    expect(now.get('hist-r3')?.deletions.map((deletion) => deletion.id)).toEqual(['hist-del']);
  });

  it('agree as known at earlier recorded times, before the agreement, the retractions and the deletion', async () => {
    const first = await both({ agents: true, asOf: clock.first });
    expect(
      first
        .get('hist-r2')
        ?.hops.map((hop) => hop.disclosureId)
        .sort(),
    ).toEqual(['hist-d1', 'hist-d2']);
    expect(first.get('hist-r1')?.agentDisclosures?.size).toBe(0);
    const filed = await both({ facts: true, asOf: clock.filed });
    expect(hopOf(filed.get('hist-r2'), 'hist-d4')).toMatchObject({ retracted: false, contested: true });
    expect(filed.get('hist-r3')?.deletions).toEqual([]);
    const decided = await both({ asOf: clock.decided });
    expect(hopOf(decided.get('hist-r2'), 'hist-d4')).toMatchObject({ retracted: true, contested: false });
    expect(hopOf(decided.get('hist-r2'), 'hist-d1')?.facts).toBeNull();
  });

  it('agree from an instant on, leaving out the hops before it', async () => {
    const later = await both({ hopsFrom: '2024-04-01T14:00:00Z', agents: true });
    expect(
      later
        .get('hist-r2')
        ?.hops.map((hop) => hop.disclosureId)
        .sort(),
    ).toEqual(['hist-d2', 'hist-d3', 'hist-d4']);
    expect(later.get('hist-r1')?.hops.map((hop) => hop.disclosureId)).toEqual(['hist-d2']);
  });
});
