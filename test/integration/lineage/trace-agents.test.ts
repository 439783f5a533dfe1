import { beforeAll, describe, expect, it } from 'vitest';
import { historiesOf } from '../../../core/lineage/histories.ts';
import { trace, traceHistories, type TraceOptions } from '../../../core/lineage/trace.ts';
import { recordAffiliation, recordEnforcement } from '../../../core/registry/affiliations.ts';
import { endEnforcement } from '../../../core/registry/enforcement-ends.ts';
import { lastRecorded } from '../../../infra/recorded.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords } from '../../support/records.ts';

/**
 * A trace reads, with each hop, whether its recipient was an immigration agent then, as the
 * service knew it at the answer's recorded time. The party being audited reports late: the
 * sheriff's 287(g) agreement, dated before the hop, is recorded after it; an analyst's
 * employment by the sheriff is recorded later still; and the agreement's end, dated before
 * one hop, last. Each recorded time must give exactly what was known then, whether the status
 * comes with the histories or from the registry's own query.
 */
describe('immigration-agent status at each hop, as known at each recorded time', () => {
  const ctx = useTestDatabase();
  const clock: Record<string, string> = {};
  const records = ['agents-r1', 'agents-r2'];

  beforeAll(async () => {
    const db = ctx.db;
    await registerTestParties(db, [
      ['agents-county', 'COUNTY_AGENCY'],
      ['agents-broker', 'DATA_BROKER'],
      ['agents-sheriff', 'GOVERNMENT_AGENCY'],
      ['agents-analyst', 'INDIVIDUAL'],
    ]);
    await seedRecords(db, 'agents-county', records);
    const hop = hopsOn(db);
    await hop('agents-d1', '2024-03-01T09:00:00-06:00', 'agents-county', 'agents-broker', records);
    await hop('agents-d2', '2024-04-01T09:00:00-05:00', 'agents-broker', 'agents-sheriff', ['agents-r1']);
    // The same instant as 15:00 in UTC, stated in another offset.
    await hop('agents-d3', '2024-05-01T20:00:00+05:00', 'agents-broker', 'agents-analyst', ['agents-r2']);
    await hop('agents-d4', '2024-09-01T09:00:00-05:00', 'agents-broker', 'agents-sheriff', ['agents-r2']);
    clock.disclosures = await lastRecorded(db);
    await recordEnforcement(db, {
      id: 'agents-287g',
      partyId: 'agents-sheriff',
      from: '2024-01-01T00:00:00-06:00',
      until: null,
      basis: '287(g) agreement, reported late',
    });
    clock.agreement = await lastRecorded(db);
    await recordAffiliation(db, {
      id: 'agents-employment',
      fromPartyId: 'agents-analyst',
      kind: 'EMPLOYEE_OF',
      toPartyId: 'agents-sheriff',
      from: '2024-05-01T00:00:00-05:00',
      until: '2024-06-01T00:00:00-05:00',
    });
    clock.employment = await lastRecorded(db);
    // The agreement ended on 2024-08-01: the hop of September reached no agent.
    await endEnforcement(db, {
      id: 'agents-287g-end',
      intervalId: 'agents-287g',
      at: '2024-08-01T00:00:00-05:00',
      basis: 'no longer on the published list',
    });
    clock.end = await lastRecorded(db);
  });

  const arrivals = (rows: Awaited<ReturnType<typeof trace>>) =>
    rows.map((row) => `${row.recordId} ${row.partyId} ${row.chain.at(-1)?.disclosureId}`).sort();

  /** The answer with the status read with the histories, and from the registry's query, which must agree. */
  async function both(options: TraceOptions): Promise<string[]> {
    const withHistories = await trace(ctx.db, records, options);
    const read = await historiesOf(ctx.db, records, { facts: true, asOf: options.asOf ?? null });
    expect(read.every((history) => history.agentDisclosures === undefined)).toBe(true);
    const byQuery = await traceHistories(ctx.db, read, options);
    expect(withHistories).toEqual(byQuery);
    return arrivals(withHistories);
  }

  const toAgents = (asOf?: string): TraceOptions => ({ target: { immigrationAgents: true }, asOf: asOf ?? null });

  it('reads the status with the histories only when asked', async () => {
    const [history] = await historiesOf(ctx.db, ['agents-r1'], { agents: true });
    expect([...(history?.agentDisclosures ?? [])]).toEqual(['agents-d2']);
  });

  it('finds no agent before the agreement was on record, though it is dated before the hops', async () => {
    expect(await both(toAgents(clock.disclosures))).toEqual([]);
  });

  it('finds the sheriff once the agreement is on record, and not yet the analyst', async () => {
    expect(await both(toAgents(clock.agreement))).toEqual([
      'agents-r1 agents-sheriff agents-d2',
      'agents-r2 agents-sheriff agents-d4',
    ]);
  });

  it('finds the analyst through an employment recorded later, valid at its hop', async () => {
    expect(await both(toAgents(clock.employment))).toEqual([
      'agents-r1 agents-sheriff agents-d2',
      'agents-r2 agents-analyst agents-d3',
      'agents-r2 agents-sheriff agents-d4',
    ]);
  });

  it('drops the hop after the agreement ended once the end is on record, and keeps what was before it', async () => {
    const expected = ['agents-r1 agents-sheriff agents-d2', 'agents-r2 agents-analyst agents-d3'];
    expect(await both(toAgents(clock.end))).toEqual(expected);
    expect(await both(toAgents())).toEqual(expected);
  });

  it('tells the status on every arrival of a trace to everyone, as known now', async () => {
    const rows = await trace(ctx.db, records, { target: { everyone: true } });
    const agents = rows.filter((row) => row.immigrationAgent).map((row) => row.chain.at(-1)?.disclosureId);
    expect(agents.sort()).toEqual(['agents-d2', 'agents-d3']);
    expect(rows).toHaveLength(5);
  });
});
