import { describe, expect, it } from 'vitest';
import { appendManyToChain, appendToChain, chainHash, GENESIS_HASH } from '../../../infra/chain.ts';
import { verifyChain } from '../../../infra/chain-verify.ts';
import { useTestDatabase } from '../../support/database.ts';

const LABEL = 'AccessLogEntry';

describe('a hash chain in the graph', () => {
  const ctx = useTestDatabase();
  const append = (chain: string, fields: Record<string, string | string[]>) =>
    ctx.db.write((tx) => appendToChain(tx, chain, LABEL, fields));
  // Raw Cypher, as someone with database access and no business in the log would write it.
  const behindTheBack = (query: string, params: Record<string, unknown>) => ctx.db.write((tx) => tx.run(query, params));
  const seqs = async (chain: string) =>
    (
      await ctx.db.read((tx) =>
        tx.run<{ seq: number }>('MATCH (e:AccessLogEntry {chain: $chain}) RETURN e.seq AS seq ORDER BY seq', { chain }),
      )
    ).map((row) => row.seq);

  it('verifies an empty chain, and three appended entries linked by their hashes', async () => {
    expect(await verifyChain(ctx.db, 'three', LABEL)).toEqual({ ok: true, entries: 0, lastHash: GENESIS_HASH });
    const first = await append('three', { who: 'a', roles: ['AUDITOR'] });
    const second = await append('three', { who: 'b', roles: [] });
    const third = await append('three', { who: 'c', roles: ['ADMIN', 'AUDITOR'] });
    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(third.prevHash).toBe(second.hash);
    expect(third.at >= first.at).toBe(true);
    expect(await verifyChain(ctx.db, 'three', LABEL)).toEqual({ ok: true, entries: 3, lastHash: third.hash });
  });

  it('names the first entry whose content was changed behind its back', async () => {
    for (const who of ['a', 'b', 'c']) await append('edited', { who });
    await behindTheBack('MATCH (e:AccessLogEntry {chain: "edited", seq: 2}) SET e.who = "mallory"', {});
    expect(await verifyChain(ctx.db, 'edited', LABEL)).toEqual({
      ok: false,
      firstBrokenSeq: 2,
      reason: 'entry 2: hash does not match its content',
    });
  });

  it('notices a changed timestamp, even by less than a millisecond', async () => {
    await append('retimed', { who: 'a' });
    await behindTheBack(
      'MATCH (e:AccessLogEntry {chain: "retimed", seq: 1}) SET e.at = e.at + duration({nanoseconds: 1000})',
      {},
    );
    expect(await verifyChain(ctx.db, 'retimed', LABEL)).toMatchObject({ ok: false, firstBrokenSeq: 1 });
  });

  it('names a deleted entry, in the middle or at the end', async () => {
    for (const who of ['a', 'b', 'c', 'd']) await append('deleted', { who });
    await behindTheBack('MATCH (e:AccessLogEntry {chain: "deleted", seq: 4}) DELETE e', {});
    expect(await verifyChain(ctx.db, 'deleted', LABEL)).toEqual({
      ok: false,
      firstBrokenSeq: 4,
      reason: 'head says 4 entries, 3 found',
    });
    await behindTheBack('MATCH (e:AccessLogEntry {chain: "deleted", seq: 2}) DELETE e', {});
    expect(await verifyChain(ctx.db, 'deleted', LABEL)).toEqual({
      ok: false,
      firstBrokenSeq: 2,
      reason: 'entry 2 is missing',
    });
  });

  it('notices an entry rewritten with a recomputed hash, at the entry after it', async () => {
    const first = await append('rehashed', { who: 'a' });
    await append('rehashed', { who: 'b' });
    const forged = chainHash(GENESIS_HASH, { who: 'mallory', seq: 1, at: first.at });
    await behindTheBack(
      'MATCH (e:AccessLogEntry {chain: "rehashed", seq: 1}) SET e.who = "mallory", e.hash = $forged',
      {
        forged,
      },
    );
    expect(await verifyChain(ctx.db, 'rehashed', LABEL)).toEqual({
      ok: false,
      firstBrokenSeq: 2,
      reason: `entry 2: prevHash ${first.hash} is not the hash of entry 1`,
    });
  });

  it('names an entry that appears twice, even where one read of the chain ends', async () => {
    for (const who of ['a', 'b', 'c', 'd']) await append('twice', { who });
    // Only possible without the uniqueness constraint; it is put back whatever happens.
    await behindTheBack('DROP CONSTRAINT access_log_entry_seq', {});
    try {
      await behindTheBack(
        'MATCH (e:AccessLogEntry {chain: "twice", seq: 2}) CREATE (copy:AccessLogEntry) SET copy = e',
        {},
      );
      expect(await verifyChain(ctx.db, 'twice', LABEL, 2)).toEqual({
        ok: false,
        firstBrokenSeq: 2,
        reason: 'entry 2 appears more than once',
      });
      await behindTheBack('MATCH (e:AccessLogEntry {chain: "twice"}) DETACH DELETE e', {});
    } finally {
      await behindTheBack(
        'CREATE CONSTRAINT access_log_entry_seq IF NOT EXISTS FOR (e:AccessLogEntry) REQUIRE (e.chain, e.seq) IS UNIQUE',
        {},
      );
    }
  });

  it('gives 20 concurrent appends the seqs 1 to 20, once each, and still verifies', async () => {
    const entries = await Promise.all(Array.from({ length: 20 }, (_, i) => append('concurrent', { who: `p-${i}` })));
    expect(entries.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await seqs('concurrent')).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const bySeq = entries.toSorted((a, b) => a.seq - b.seq);
    expect(bySeq.every((entry, i) => i === 0 || entry.at >= (bySeq[i - 1]?.at ?? ''))).toBe(true);
    expect(await verifyChain(ctx.db, 'concurrent', LABEL)).toMatchObject({ ok: true, entries: 20 });
  });

  it('leaves no entry and consumes no seq when the transaction rolls back', async () => {
    await append('rolled-back', { who: 'a' });
    await expect(
      ctx.db.write(async (tx) => {
        await appendToChain(tx, 'rolled-back', LABEL, { who: 'never' });
        throw new Error('the read it records failed');
      }),
    ).rejects.toThrow(/the read it records failed/);
    expect(await seqs('rolled-back')).toEqual([1]);
    expect((await append('rolled-back', { who: 'b' })).seq).toBe(2);
    expect(await verifyChain(ctx.db, 'rolled-back', LABEL)).toMatchObject({ ok: true, entries: 2 });
  });

  it('appends a batch in one call, and pages through a chain longer than one read', async () => {
    const batch = Array.from({ length: 12 }, (_, i) => ({ who: `batch-${i}` }));
    const appended = await ctx.db.write((tx) => appendManyToChain(tx, 'batch', LABEL, batch));
    expect(appended.map((entry) => entry.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    await append('batch', { who: 'after' });
    expect(await verifyChain(ctx.db, 'batch', LABEL, 5)).toMatchObject({ ok: true, entries: 13 });
  });

  it('refuses a field the chain sets itself, and writes nothing', async () => {
    await expect(append('reserved', { seq: '7' })).rejects.toThrow(/field "seq" is set by the chain itself/);
    expect(await seqs('reserved')).toEqual([]);
  });
});
