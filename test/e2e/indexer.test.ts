import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposure } from '../../core/lineage/exposure.ts';
import { as } from '../support/auth.ts';
import { enforcesImmigrationLaw } from '../support/immigration.ts';
import { registerTestParties } from '../support/parties.ts';
import { hopsOn, seedRecords } from '../support/records.ts';
import { postGraphQL, useStack } from '../support/stack.ts';

const YEAR = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };
const EXPOSURE = `query IndexedExposure($from: DateTime, $until: DateTime) {
  exposure(from: $from, until: $until) { recordCount individualCount arrivalCount byHopCount { key arrivalCount } }
}`;
const RECORD = `mutation IndexedRecord($input: RecordDisclosureInput!) {
  recordDisclosure(input: $input) { created }
}`;

/**
 * The lineage subgraph keeps the arrival index up by itself: what is written, through the
 * service or straight into the graph, is indexed within a few of its rounds, and the gateway's
 * exposure answers as a replay of every history does, before and after.
 */
describe('the lineage subgraph indexes what is written', () => {
  const interval = process.env.LINEAGE_INDEX_INTERVAL_MS;
  // Before the stack starts (hooks run in order): rounds every 100 ms.
  beforeAll(() => {
    process.env.LINEAGE_INDEX_INTERVAL_MS = '100';
  });
  afterAll(() => {
    process.env.LINEAGE_INDEX_INTERVAL_MS = interval;
  });
  const ctx = useStack();

  const stale = async () =>
    (
      await ctx.db.read((tx) =>
        tx.run<{ id: string }>(
          `MATCH (r:Record) WHERE r:LineageStale OR (EXISTS { (r)<-[:CARRIED]-() } AND NOT r:LineageIndexed) RETURN r.id AS id`,
        ),
      )
    ).map((row) => row.id);
  const indexedSoon = async () => {
    const until = Date.now() + 10_000;
    while ((await stale()).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    return stale();
  };
  const answered = async () => {
    const auditor = await as(ctx.stack.auth, 'AUDITOR');
    const answer = await postGraphQL(ctx.stack.gatewayUrl, { query: EXPOSURE, variables: YEAR }, auditor);
    expect(answer.body?.errors).toBeUndefined();
    const replayed = await exposure(ctx.db, YEAR, null, null, { replay: true });
    const data = (answer.body?.data as { exposure: { arrivalCount: number; byHopCount: unknown } }).exposure;
    expect(data).toMatchObject({
      recordCount: replayed.recordCount,
      individualCount: replayed.individualCount,
      arrivalCount: replayed.arrivalCount,
      byHopCount: replayed.byHopCount.map(({ key, arrivalCount }) => ({ key, arrivalCount })),
    });
    return data;
  };

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['kept-county', 'COUNTY_AGENCY'],
      ['kept-broker', 'DATA_BROKER'],
      ['kept-ice', 'GOVERNMENT_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'kept-ice', '2023-01-01T00:00:00Z');
    await seedRecords(ctx.db, 'kept-county', ['kept-1', 'kept-2']);
    const hop = hopsOn(ctx.db);
    await hop('kept-in', '2024-03-01T09:00:00-06:00', 'kept-county', 'kept-broker', ['kept-1', 'kept-2']);
    await hop('kept-ice-1', '2024-04-01T09:00:00-05:00', 'kept-broker', 'kept-ice', ['kept-1']);
  });

  it('indexes what was written, and what is written through the service after', async () => {
    expect(await indexedSoon()).toEqual([]);
    expect(await answered()).toMatchObject({ arrivalCount: 1, byHopCount: [{ key: '2', arrivalCount: 1 }] });
    const recorder = await as(ctx.stack.auth, 'RECORDER', 'kept-broker', 'broker-clerk');
    const input = {
      id: 'kept-ice-2',
      at: '2024-05-01T09:00:00-05:00',
      fromPartyId: 'kept-broker',
      toPartyId: 'kept-ice',
      purpose: 'CRIMINAL_JUSTICE_ADMINISTRATION',
      channel: 'BULK_EXPORT',
      records: [{ recordId: 'kept-2' }],
    };
    const written = await postGraphQL(ctx.stack.gatewayUrl, { query: RECORD, variables: { input } }, recorder);
    expect(written.body?.errors).toBeUndefined();
    // Answered at once, indexed or not, and the same once indexed.
    expect(await answered()).toMatchObject({ arrivalCount: 2 });
    expect(await indexedSoon()).toEqual([]);
    expect(await answered()).toMatchObject({ arrivalCount: 2, byHopCount: [{ key: '2', arrivalCount: 2 }] });
  });
});
