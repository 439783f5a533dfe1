import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessLogPage, accessLogVerification, parseSeq } from '../../../core/compliance/access-log.ts';
import type { Principal } from '../../../infra/auth/principal.ts';
import { entryFor, hashQuery, logAccessNow, type AccessEntry } from '../../../infra/access-log.ts';
import { canonicalJson, GENESIS_HASH } from '../../../infra/chain.ts';
import { decodeCursor } from '../../../infra/pagination.ts';
import { inScope, RequestScope } from '../../../infra/scope.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';

const subjectKey = (name: string) => createHash('sha256').update(`test subject ${name}`).digest('hex');
const auditor: Principal = {
  id: 'ana',
  roles: ['AUDITOR'],
  organisation: 'cook-inspector-general',
  requestId: 'req-1',
};
// Only its hash is logged; left untagged so that codegen does not validate it against the API.
const QUERY = 'query Trace($subject: ID!) { trace(subject: $subject) { at } }';
const allowed = (principal: Principal, subjects: string[]): AccessEntry => ({
  ...entryFor(principal, 'Trace', QUERY),
  outcome: 'ALLOWED',
  subjects,
  records: ['r-1', 'r-2'],
});
const page = (filter: Partial<Parameters<typeof accessLogPage>[1]>) =>
  accessLogPage(ctx.db, { first: 100, after: null, principal: null, from: null, to: null, ...filter });
const ctx = useTestDatabase();

describe('the access log, as an auditor reads it', () => {
  it('returns a logged access with its fields, and enough to recompute its hash', async () => {
    const logged = await logAccessNow(ctx.db, allowed(auditor, [subjectKey('a')]));
    const { nodes } = await page({});
    expect(nodes).toEqual([
      {
        seq: 1,
        at: logged.at,
        principal: 'ana',
        organisation: 'cook-inspector-general',
        roles: ['AUDITOR'],
        operation: 'Trace',
        outcome: 'ALLOWED',
        reason: null,
        subjects: [subjectKey('a')],
        records: ['r-1', 'r-2'],
        queryHash: hashQuery(QUERY),
        requestId: 'req-1',
        clientRequestId: null,
        hash: logged.hash,
        prevHash: GENESIS_HASH,
      },
    ]);
    const { hash, prevHash, ...content } = nodes[0] as (typeof nodes)[number];
    const recomputed = createHash('sha256')
      .update(`${prevHash}\n${canonicalJson(content)}`)
      .digest('hex');
    expect(recomputed).toBe(hash);
  });

  it('records a refusal with its reason', async () => {
    const refused = await logAccessNow(ctx.db, {
      ...entryFor({ ...auditor, id: 'ice-agent', organisation: 'ice' }, 'Trace', QUERY),
      outcome: 'REFUSED',
      reason: 'organisation ice is an immigration agent',
      subjects: [],
      records: [],
    });
    const { nodes } = await page({ principal: 'ice-agent' });
    expect(nodes).toMatchObject([
      { seq: refused.seq, outcome: 'REFUSED', reason: expect.stringMatching(/immigration agent/), subjects: [] },
    ]);
  });

  it('refuses to write a subject that is not a keyed hash, without echoing it', async () => {
    const attempt = logAccessNow(ctx.db, allowed(auditor, ['123-45-6789']));
    await expect(attempt).rejects.toThrow(/subjects must be subjectKeys/);
    await expect(attempt).rejects.not.toThrow(/123-45-6789/);
    expect((await page({})).nodes).toHaveLength(2);
  });

  it('pages with cursors through every entry exactly once, oldest first', async () => {
    for (let i = 0; i < 5; i++) await logAccessNow(ctx.db, allowed({ ...auditor, requestId: `req-p${i}` }, []));
    const seen: number[] = [];
    let after: number | null = null;
    for (;;) {
      const result = await page({ first: 2, after });
      seen.push(...result.nodes.map((entry) => entry.seq));
      if (!result.pageInfo.hasNextPage) break;
      after = parseSeq(decodeCursor(result.pageInfo.endCursor));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // A cursor made by hand from a position is not one this service made.
    expect(() => parseSeq(decodeCursor(Buffer.from('broker-b').toString('base64url')))).toThrow(
      /after must be a cursor/,
    );
  });

  it('filters by principal and by a time window, from inclusive and to exclusive', async () => {
    const bob = { ...auditor, id: 'bob' };
    const first = await logAccessNow(ctx.db, allowed(bob, []));
    await sleep(5);
    const second = await logAccessNow(ctx.db, allowed(bob, []));
    await sleep(5);
    const third = await logAccessNow(ctx.db, allowed(bob, []));
    expect((await page({ principal: 'bob' })).nodes.map((entry) => entry.seq)).toEqual([
      first.seq,
      second.seq,
      third.seq,
    ]);
    const window = await page({ principal: 'bob', from: second.at, to: third.at });
    expect(window.nodes.map((entry) => entry.seq)).toEqual([second.seq]);
    expect((await page({ from: third.at })).nodes.map((entry) => entry.seq)).toEqual([third.seq]);
  });

  it('verifies the whole log, and names the entry someone changed', async () => {
    expect(await accessLogVerification(ctx.db)).toMatchObject({ ok: true, entries: 10, firstBrokenSeq: null });
    await ctx.db.write((tx) => tx.run('MATCH (e:AccessLogEntry {seq: 4}) SET e.principal = "nobody"'));
    expect(await accessLogVerification(ctx.db)).toEqual({
      ok: false,
      entries: 3,
      lastHash: null,
      firstBrokenSeq: 4,
      reason: 'entry 4: hash does not match its content',
    });
  });
});

describe('the access log under concurrent requests', () => {
  // The tests above leave a log someone changed on purpose.
  beforeEach(() => wipe(ctx.db));

  it('appends the entries of requests that arrive together in fewer commits, each answered with its own entry, the chain intact', async () => {
    const before = (await page({ first: 1000 })).nodes.length;
    const principals = Array.from({ length: 60 }, (_, index) => ({ ...auditor, requestId: `req-many-${index}` }));
    const logged = await Promise.all(
      principals.map((principal, index) => logAccessNow(ctx.db, allowed(principal, [subjectKey(`many ${index}`)]))),
    );
    // Every request got its own entry, in one unbroken run of sequence numbers.
    const seqs = logged.map((entry) => entry.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, index) => before + 1 + index));
    const { nodes } = await page({ first: 1000 });
    for (const [index, entry] of logged.entries()) {
      expect(nodes.find((node) => node.seq === entry.seq)).toMatchObject({
        requestId: `req-many-${index}`,
        subjects: [subjectKey(`many ${index}`)],
        hash: entry.hash,
      });
    }
    // Entries committed together share their instant: 60 requests took fewer commits than 60.
    expect(new Set(logged.map((entry) => entry.at)).size).toBeLessThan(60);
    expect(await accessLogVerification(ctx.db)).toMatchObject({ ok: true });
  });

  it('refuses an entry that could not be hashed alone, without failing the others committed with it', async () => {
    const results = await Promise.allSettled([
      logAccessNow(ctx.db, allowed({ ...auditor, requestId: 'req-good-1' }, [subjectKey('good 1')])),
      logAccessNow(ctx.db, { ...allowed(auditor, []), operation: 'bad \ud800' }),
      logAccessNow(ctx.db, allowed({ ...auditor, requestId: 'req-good-2' }, [subjectKey('good 2')])),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/not valid UTF-16/);
    expect(await accessLogVerification(ctx.db)).toMatchObject({ ok: true });
  });
});

describe('the access log, under requests that come and go', () => {
  it('commits the entries of every waiting request whatever became of the request that started the commit', async () => {
    // The first request's caller has left: its own work stops, but the commit it started
    // carries the next request's entry too, and that one must be written.
    const left = new RequestScope('req-left');
    left.abort();
    const staying = new RequestScope('req-staying');
    const first = inScope(left, () => logAccessNow(ctx.db, allowed(auditor, [subjectKey('left')])));
    const second = inScope(staying, () => logAccessNow(ctx.db, allowed(auditor, [subjectKey('staying')])));
    await expect(second).resolves.toMatchObject({ hash: expect.any(String) });
    await expect(first).resolves.toMatchObject({ hash: expect.any(String) });
  });
});
