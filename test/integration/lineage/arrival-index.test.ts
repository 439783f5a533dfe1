import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentArrivalsIndexed, catchUp, rebuild, verify } from '../../../core/lineage/arrival-index.ts';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../core/lineage/corrections.ts';
import { exposure } from '../../../core/lineage/exposure.ts';
import { everAgents } from '../../../core/registry/index.ts';
import { loadMigrations } from '../../../infra/migrations.ts';
import { scriptEnvironment, useTestDatabase } from '../../support/database.ts';
import { enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords } from '../../support/records.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const YEAR = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };

/**
 * The arrival index against the adversary's order of writes: a party that has the index made
 * and then writes what changes it (a deletion dated before a second delivery, a retraction an
 * auditor accepts, a disclosure dated in the past) must never be answered from the index as it
 * was. Each case checks exposure from the index, with no catch-up after the write, against
 * replaying every history; then the indexer catches up, and the two agree again.
 */
describe('the arrival index', () => {
  const ctx = useTestDatabase();
  const agents = () => everAgents(ctx.db);
  const fromIndex = async () => agentArrivalsIndexed(ctx.db, await agents(), YEAR, null);
  const sameAsReplay = async () => {
    const indexed = await exposure(ctx.db, YEAR);
    expect(indexed).toEqual(await exposure(ctx.db, YEAR, null, null, { replay: true }));
    return indexed;
  };
  const chainOf = (row: Awaited<ReturnType<typeof exposure>>, recordId: string) =>
    row.arrivals
      .filter((arrival) => arrival.recordId === recordId)
      .map((arrival) => arrival.chain.map((hop) => hop.disclosureId));

  beforeAll(async () => {
    const db = ctx.db;
    await registerTestParties(db, [
      ['ix-county', 'COUNTY_AGENCY'],
      ['ix-broker', 'DATA_BROKER'],
      ['ix-ice', 'GOVERNMENT_AGENCY'],
      ['ix-auditor', 'COUNTY_AGENCY'],
    ]);
    await enforcesImmigrationLaw(db, 'ix-ice', '2023-01-01T00:00:00Z');
    await seedRecords(db, 'ix-county', ['ix-again', 'ix-retracted', 'ix-late', 'ix-plain']);
    const hop = hopsOn(db);
    // Given to the broker twice; the broker sends it to ICE after the second delivery.
    await hop('ix-again-1', '2024-02-01T09:00:00-06:00', 'ix-county', 'ix-broker', ['ix-again']);
    await hop('ix-again-2', '2024-04-01T09:00:00-05:00', 'ix-county', 'ix-broker', ['ix-again']);
    await hop('ix-again-ice', '2024-05-01T09:00:00-05:00', 'ix-broker', 'ix-ice', ['ix-again']);
    // Sent on to ICE through the broker by a delivery whose retraction will be accepted.
    await hop('ix-retracted-in', '2024-02-01T10:00:00-06:00', 'ix-county', 'ix-broker', ['ix-retracted']);
    await hop('ix-retracted-ice', '2024-02-02T10:00:00-06:00', 'ix-broker', 'ix-ice', ['ix-retracted']);
    // Sent to ICE by a broker that, as first reported, never held it.
    await hop('ix-late-ice', '2024-06-01T09:00:00-05:00', 'ix-broker', 'ix-ice', ['ix-late']);
    await hop('ix-plain-ice', '2024-07-01T09:00:00-05:00', 'ix-county', 'ix-ice', ['ix-plain']);
  });

  it('is made by catching up, and answers then from the index alone', async () => {
    const before = await fromIndex();
    expect(before.replay.sort()).toEqual(['ix-again', 'ix-late', 'ix-plain', 'ix-retracted']);
    expect(await catchUp(ctx.db)).toBe(4);
    const after = await fromIndex();
    expect(after.replay).toEqual([]);
    expect(after.arrivals.map((arrival) => arrival.recordId).sort()).toEqual(['ix-again', 'ix-plain', 'ix-retracted']);
    const indexed = await sameAsReplay();
    // The earliest chain: through the first delivery, held since.
    expect(chainOf(indexed, 'ix-again')).toEqual([['ix-again-1', 'ix-again-ice']]);
    expect(await verify(ctx.db)).toEqual({ records: 4, indexed: 4, unindexed: 0, mismatched: [] });
  });

  it('keeps each hop as small as it can: a boolean, and a list only where the chain or the unknown has one', async () => {
    const stored = await ctx.db.read((tx) =>
      tx.run<{ id: string; keys: string[]; flow: boolean; via: string[] | null }>(
        `MATCH (:Record)<-[c:CARRIED]-(d:Disclosure) WHERE d.id IN ['ix-again-1', 'ix-again-ice', 'ix-late-ice']
         RETURN d.id AS id, [key IN keys(c) WHERE key STARTS WITH 'flow' OR key = 'unknown'] AS keys,
           c.flow AS flow, c.flowVia AS via ORDER BY id`,
      ),
    );
    expect(stored).toEqual([
      // The origin's own send: one boolean.
      { id: 'ix-again-1', keys: ['flow'], flow: true, via: null },
      // The broker's send on: the chain's first hop before its own.
      { id: 'ix-again-ice', keys: expect.arrayContaining(['flow', 'flowVia']), flow: true, via: ['ix-again-1'] },
      // A send by a party that never held the record: no flow.
      { id: 'ix-late-ice', keys: ['flow'], flow: false, via: null },
    ]);
    expect(stored[1]?.keys).toHaveLength(2);
  });

  it('is not trusted for a record whose history changed since: a deletion before the second delivery', async () => {
    // The broker confirms it deleted the record in March: what it sent in May it held by the
    // April delivery, so the chain shown is that one, and the index made before is stale.
    await confirmDeletion(ctx.db, {
      id: 'ix-again-deleted',
      holderPartyId: 'ix-broker',
      at: '2024-03-01T09:00:00-06:00',
      recordIds: ['ix-again'],
    });
    expect((await fromIndex()).replay).toEqual(['ix-again']);
    expect(chainOf(await sameAsReplay(), 'ix-again')).toEqual([['ix-again-2', 'ix-again-ice']]);
    await catchUp(ctx.db);
    expect((await fromIndex()).replay).toEqual([]);
    expect(chainOf(await sameAsReplay(), 'ix-again')).toEqual([['ix-again-2', 'ix-again-ice']]);
  });

  it('is not trusted for a record whose delivery was retracted, and shows the withdrawn arrival beside it', async () => {
    await retractDisclosure(ctx.db, {
      id: 'ix-retraction',
      disclosureId: 'ix-retracted-in',
      filedByPartyId: 'ix-county',
      at: '2024-02-03T09:00:00-06:00',
      reason: 'sent in error',
    });
    // Filed, not decided: it still counts, from the index.
    expect((await fromIndex()).replay).toEqual([]);
    expect((await sameAsReplay()).contested.arrivalCount).toBe(1);
    await decideRetraction(
      ctx.db,
      { retractionId: 'ix-retraction', outcome: 'ACCEPTED' },
      { principal: 'ix-auditor-1', organisation: 'ix-auditor' },
    );
    expect((await fromIndex()).replay).toEqual(['ix-retracted']);
    let indexed = await sameAsReplay();
    expect(chainOf(indexed, 'ix-retracted')).toEqual([]);
    expect(indexed.withdrawnArrivals.map((arrival) => arrival.recordId)).toEqual(['ix-retracted']);
    // Indexed again, a record with a retracted hop is still replayed: only a replay shows what
    // the withdrawn delivery would have made.
    await catchUp(ctx.db);
    expect((await fromIndex()).replay).toEqual(['ix-retracted']);
    indexed = await sameAsReplay();
    expect(indexed.withdrawn.arrivalCount).toBe(1);
  });

  it('is not trusted for a record given, later, a delivery dated before its send', async () => {
    // The missing delivery is reported after the send to ICE it explains: the send becomes a flow.
    await hopsOn(ctx.db)('ix-late-in', '2024-05-01T09:00:00-05:00', 'ix-county', 'ix-broker', ['ix-late']);
    expect((await fromIndex()).replay).toEqual(['ix-late', 'ix-retracted']);
    expect(chainOf(await sameAsReplay(), 'ix-late')).toEqual([['ix-late-in', 'ix-late-ice']]);
    await catchUp(ctx.db);
    expect(chainOf(await sameAsReplay(), 'ix-late')).toEqual([['ix-late-in', 'ix-late-ice']]);
  });

  it('replays a record written before the index until the migration marks it and the indexer catches up', async () => {
    // As a graph from before the index, or a first load, leaves a record: no label at all.
    await ctx.db.write((tx) => tx.run(`MATCH (r:Record {id: 'ix-plain'}) REMOVE r:LineageIndexed, r:LineageStale`));
    expect((await fromIndex()).replay).toEqual(['ix-plain', 'ix-retracted']);
    await sameAsReplay();
    expect(await catchUp(ctx.db)).toBe(0);
    const migration = (await loadMigrations()).find((candidate) => candidate.version === '0015-arrival-index');
    for (const statement of migration?.statements ?? []) await ctx.db.autoCommit(statement);
    expect(await catchUp(ctx.db)).toBe(1);
    expect((await fromIndex()).replay).toEqual(['ix-retracted']);
  });

  it('replays a record indexed in the form before this one, which the migration marks and the indexer writes again', async () => {
    // As the version before this one left an indexed hop: the whole chain and an empty list on every hop.
    await ctx.db.write((tx) =>
      tx.run(`MATCH (r:Record {id: 'ix-plain'})<-[c:CARRIED]-(d:Disclosure)
        SET c.flowChain = [d.id], c.unknown = [] REMOVE c.flow, c.flowVia, c.flowUnknown`),
    );
    // Still labelled indexed: the hop without `flow` is what makes it replayed, with the same answer.
    expect((await fromIndex()).replay).toEqual(['ix-plain', 'ix-retracted']);
    expect(chainOf(await sameAsReplay(), 'ix-plain')).toEqual([['ix-plain-ice']]);
    expect((await verify(ctx.db)).mismatched).toEqual(['ix-plain']);
    const migration = (await loadMigrations()).find((candidate) => candidate.version === '0016-arrival-index-compact');
    expect(migration?.statements.length).toBeGreaterThan(0);
    for (const statement of migration?.statements ?? []) await ctx.db.autoCommit(statement);
    expect(await catchUp(ctx.db)).toBe(1);
    expect((await fromIndex()).replay).toEqual(['ix-retracted']);
    const [left] = await ctx.db.read((tx) =>
      tx.run<{ old: number }>(
        `MATCH (:Record {id: 'ix-plain'})<-[c:CARRIED]-() RETURN count(c.flowChain) + count(c.unknown) AS old`,
      ),
    );
    expect(left?.old).toBe(0);
    expect((await verify(ctx.db)).mismatched).toEqual([]);
  });

  // A stress test, not a proof: with the claim moved after the read, it failed in two of six
  // runs (the race needs a write to land between an indexer's read and its claim).
  it('keeps up with writes made while two indexers run: no record is ever marked indexed with another history', async () => {
    const ids = Array.from({ length: 60 }, (_, index) => `ix-busy-${index}`);
    await seedRecords(ctx.db, 'ix-county', ids);
    const hop = hopsOn(ctx.db);
    let writing = true;
    const indexer = async () => {
      let rounds = 0;
      while (writing) {
        await catchUp(ctx.db, { batch: 7 });
        rounds += 1;
      }
      return rounds;
    };
    const writer = async () => {
      // Each record given to the broker, sent to ICE, then given again dated before the send,
      // back to back, so that a record an indexer just took up changes while it is indexed.
      const hops = [
        ['2024-08-01T09:00:00-05:00', 'ix-county', 'ix-broker'],
        ['2024-08-03T09:00:00-05:00', 'ix-broker', 'ix-ice'],
        ['2024-08-02T09:00:00-05:00', 'ix-county', 'ix-broker'],
      ] as const;
      for (const [index, id] of ids.entries()) {
        for (const [pass, [at, from, to]] of hops.entries()) await hop(`ix-busy-${pass}-${index}`, at, from, to, [id]);
      }
      writing = false;
    };
    const [rounds] = await Promise.all([indexer(), indexer(), writer()]);
    expect(rounds).toBeGreaterThan(2);
    expect((await verify(ctx.db)).mismatched).toEqual([]);
    await sameAsReplay();
    await catchUp(ctx.db);
    expect(await verify(ctx.db)).toMatchObject({ unindexed: 0, mismatched: [] });
    const indexed = await sameAsReplay();
    expect(chainOf(indexed, 'ix-busy-0')).toEqual([['ix-busy-0-0', 'ix-busy-1-0']]);
  });

  it('is checked by verify, which names a record whose index was tampered with, and made again by rebuild', async () => {
    await ctx.db.write((tx) =>
      tx.run(`MATCH (:Record {id: 'ix-plain'})<-[c:CARRIED]-(:Disclosure {id: 'ix-plain-ice'}) SET c.flow = false`),
    );
    // Tampered, the index answers wrongly: the arrival is gone, and only verify tells.
    expect(chainOf(await exposure(ctx.db, YEAR), 'ix-plain')).toEqual([]);
    expect((await verify(ctx.db)).mismatched).toEqual(['ix-plain']);
    const cli = (command: string) =>
      spawnSync(process.execPath, ['scripts/lineage-index.ts', command, '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: scriptEnvironment(),
      });
    const found = cli('verify');
    expect(found.status, found.stderr).toBe(1);
    expect(JSON.parse(found.stdout)).toMatchObject({ records: 64, indexed: 64, mismatched: ['ix-plain'] });
    const rebuilt = cli('rebuild');
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toMatchObject({ command: 'rebuild', indexed: 64 });
    expect(cli('verify').status).toBe(0);
    expect(chainOf(await sameAsReplay(), 'ix-plain')).toEqual([['ix-plain-ice']]);
    expect(await rebuild(ctx.db)).toBe(64);
  });
});
