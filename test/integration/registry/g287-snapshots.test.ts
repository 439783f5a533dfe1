import { beforeAll, describe, expect, it } from 'vitest';
import { apply287gSnapshot, type G287Agency, type G287Snapshot } from '../../../core/registry/g287-snapshots.ts';
import { enforcementOfParties } from '../../../core/registry/affiliations.ts';
import {
  immigrationAgentAnswers,
  immigrationAgentIntervals,
  isImmigrationAgentAt,
} from '../../../core/registry/immigration-agents.ts';
import { fence } from '../../../infra/recorded.ts';
import type { Database } from '../../../infra/db.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const JEM = 'Jail Enforcement Model';
const agency = (state: string, name: string, signed: string | null, more: Partial<G287Agency> = {}): G287Agency => ({
  state,
  name,
  supportType: JEM,
  signed,
  pending: false,
  ...more,
});
const snapshot = (date: string, agencies: G287Agency[]): G287Snapshot => ({
  date,
  source: 'ice.gov 287(g) list',
  agencies,
});

const GRAPH_SIZE = /* cypher */ `
  CALL () { MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:RecordClock RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
  RETURN nodes, relationships`;
const graphSize = (db: Database) => db.read((tx) => tx.run<{ nodes: number; relationships: number }>(GRAPH_SIZE));

describe('the 287(g) list read as dated snapshots', () => {
  const ctx = useTestDatabase();
  const at = (party: string, instant: string) => isImmigrationAgentAt(ctx.db, party, instant);
  let beforeStop = '';

  beforeAll(async () => {
    // Registered by the county before any list: matched, not duplicated.
    await registerTestParties(ctx.db, [['lee-sheriff', 'GOVERNMENT_AGENCY']], () => "Lee County Sheriff's Office");
  });

  it('a sheriff enforces from its signing date, and not the day before', async () => {
    const counts = await apply287gSnapshot(
      ctx.db,
      snapshot('2025-03-01', [
        agency('FL', 'LEE COUNTY SHERIFFS OFFICE', '2025-01-23'),
        agency('TX', 'Galveston Co. Sheriff Dept', '2024-06-10', { supportType: 'warrant service officer' }),
        agency('TX', 'Washington County Sheriff’s Office', '2024-02-01'),
        agency('OR', "Washington County Sheriff's Office", null, { pending: true }),
      ]),
    );
    expect(counts).toMatchObject({ added: 3, matched: 1, started: 3, stopped: 0, pending: 1, alreadyApplied: false });
    expect(await at('lee-sheriff', '2025-01-23T00:00:00-06:00')).toBe(true);
    expect(await at('lee-sheriff', '2025-01-22T12:00:00-06:00')).toBe(false);
    expect(await at('lee-sheriff', '2026-06-01T12:00:00-05:00')).toBe(true);
  });

  it('two agencies with one name in two states stay apart; a pending one never enforces', async () => {
    expect(await at('287g:tx:washington-county-sheriffs-office', '2025-02-01T12:00:00-06:00')).toBe(true);
    expect(await at('287g:or:washington-county-sheriffs-office', '2025-02-01T12:00:00-06:00')).toBe(false);
    const intervals = await enforcementOfParties(ctx.db, ['287g:or:washington-county-sheriffs-office']);
    expect(intervals.flatMap(([, rows]) => rows)).toEqual([]);
  });

  it('the same snapshot twice leaves the graph as it was', async () => {
    const before = await graphSize(ctx.db);
    const counts = await apply287gSnapshot(
      ctx.db,
      snapshot('2025-03-01', [
        agency('OR', "Washington County Sheriff's Office", null, { pending: true }),
        agency('TX', 'Washington County Sheriff’s Office', '2024-02-01'),
        agency('TX', 'Galveston Co. Sheriff Dept', '2024-06-10', { supportType: 'warrant service officer' }),
        agency('FL', 'LEE COUNTY SHERIFFS OFFICE', '2025-01-23'),
      ]),
    );
    expect(counts).toMatchObject({ added: 0, started: 0, stopped: 0, alreadyApplied: true });
    expect(await graphSize(ctx.db)).toEqual(before);
  });

  it('an agency a later snapshot leaves out stops on that date; the history as known before still runs', async () => {
    beforeStop = await fence(ctx.db);
    const counts = await apply287gSnapshot(
      ctx.db,
      snapshot('2025-06-01', [
        agency('TX', 'Washington County Sheriffs Office', '2024-02-01'),
        agency('TX', 'Galveston County Sheriff Department', '2024-06-10', { supportType: 'Warrant Service Officer' }),
        agency('OR', "Washington County Sheriff's Office", null, { pending: true }),
      ]),
    );
    expect(counts).toMatchObject({ added: 0, matched: 3, started: 0, stopped: 1, unchanged: 2 });
    expect(await at('lee-sheriff', '2025-05-31T23:59:59-05:00')).toBe(true);
    expect(await at('lee-sheriff', '2025-06-01T00:00:00-05:00')).toBe(false);
    expect(await at('lee-sheriff', '2026-01-01T00:00:00-06:00')).toBe(false);
    // As the service knew it before the second snapshot, the agreement still ran.
    const [asKnown] = await immigrationAgentAnswers(
      ctx.db,
      [{ partyId: 'lee-sheriff', at: '2025-07-01T12:00:00-05:00' }],
      beforeStop,
    );
    expect(asKnown?.agent).toBe(true);
    const derived = (await immigrationAgentIntervals(ctx.db, ['lee-sheriff'])).flatMap(([, rows]) => rows);
    expect(derived).toEqual([{ from: '2025-01-23T00:00:00-06:00', until: '2025-06-01T00:00:00-05:00' }]);
    const stored = (await enforcementOfParties(ctx.db, ['lee-sheriff'])).flatMap(([, rows]) => rows);
    expect(stored.map((row) => row.until)).toEqual(['2025-06-01T00:00:00-05:00']);
  });

  it('an older snapshot after a newer one is refused and changes nothing', async () => {
    const before = await graphSize(ctx.db);
    await expect(
      apply287gSnapshot(ctx.db, snapshot('2025-04-01', [agency('FL', "Lee County Sheriff's Office", '2025-01-23')])),
    ).rejects.toMatchObject({ extensions: { reason: 'OLDER_SNAPSHOT' } });
    expect(await graphSize(ctx.db)).toEqual(before);
    expect(await at('lee-sheriff', '2025-08-01T12:00:00-05:00')).toBe(false);
  });

  it('an agency listed again starts again from its new signing date, not over the gap', async () => {
    await apply287gSnapshot(
      ctx.db,
      snapshot('2025-10-01', [
        agency('FL', "Lee County Sheriff's Office", '2025-09-15'),
        agency('TX', 'Washington County Sheriffs Office', '2024-02-01'),
        agency('TX', 'Galveston County Sheriff Department', '2024-06-10', { supportType: 'Warrant Service Officer' }),
      ]),
    );
    expect(await at('lee-sheriff', '2025-09-14T12:00:00-05:00')).toBe(false);
    expect(await at('lee-sheriff', '2025-09-15T00:00:00-05:00')).toBe(true);
    expect(await at('287g:or:washington-county-sheriffs-office', '2025-10-02T00:00:00-05:00')).toBe(false);
  });

  it('a listed name close to two parties is refused, naming them, and nothing is written', async () => {
    await registerTestParties(ctx.db, [['polk-a', 'GOVERNMENT_AGENCY']], () => "Polk County Sheriff's Office");
    await registerTestParties(ctx.db, [['polk-b', 'GOVERNMENT_AGENCY']], () => 'Polk Co. Sheriffs Office');
    const before = await graphSize(ctx.db);
    const refused = apply287gSnapshot(
      ctx.db,
      snapshot('2025-11-01', [agency('FL', 'POLK COUNTY SHERIFF OFFICE', '2025-02-01')]),
    );
    await expect(refused).rejects.toMatchObject({ extensions: { reason: 'AMBIGUOUS_AGENCY' } });
    await expect(refused).rejects.toThrow(/polk-a \| polk-b/);
    expect(await graphSize(ctx.db)).toEqual(before);
    // A names file says which one it is.
    const counts = await apply287gSnapshot(
      ctx.db,
      snapshot('2025-11-01', [agency('FL', 'POLK COUNTY SHERIFF OFFICE', '2025-02-01')]),
      { names: [{ state: 'FL', name: 'POLK COUNTY SHERIFF OFFICE', partyId: 'polk-b' }] },
    );
    expect(counts).toMatchObject({ added: 0, matched: 1, started: 1, stopped: 3 });
    expect(await at('polk-b', '2025-03-01T12:00:00-06:00')).toBe(true);
    expect(await at('polk-a', '2025-03-01T12:00:00-06:00')).toBe(false);
  });
});
