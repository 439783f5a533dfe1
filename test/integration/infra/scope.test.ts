import { describe, expect, it } from 'vitest';
import { inScope, RequestScope } from '../../../infra/scope.ts';
import { useTestDatabase } from '../../support/database.ts';

/** A query that counts to two billion: many seconds of work inside Neo4j. */
const LONG = 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n';

describe('a request scope around Neo4j transactions', () => {
  const ctx = useTestDatabase();

  const running = async (scope: RequestScope) => {
    const session = ctx.db.driver.session({ database: ctx.db.name });
    try {
      const result = await session.run(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.scope = $scope RETURN transactionId',
        { scope: scope.id },
      );
      return result.records.length;
    } finally {
      await session.close();
    }
  };

  it('ends a transaction at the deadline with DEADLINE_EXCEEDED, and runs none after it', async () => {
    const scope = new RequestScope('test-deadline', Date.now() + 600);
    const started = Date.now();
    await expect(inScope(scope, () => ctx.db.read((tx) => tx.run(LONG)))).rejects.toMatchObject({
      extensions: { code: 'DEADLINE_EXCEEDED' },
    });
    console.log(`a 600 ms deadline ended a long query after ${Date.now() - started} ms`);
    expect(await running(scope)).toBe(0);
    await expect(inScope(scope, () => ctx.db.read((tx) => tx.run('RETURN 1 AS one')))).rejects.toMatchObject({
      extensions: { code: 'DEADLINE_EXCEEDED' },
    });
  });

  it('terminates the transaction of a request whose caller left', async () => {
    const scope = new RequestScope('test-left');
    const work = inScope(scope, () => ctx.db.read((tx) => tx.run(LONG)));
    for (let attempt = 0; attempt < 50 && (await running(scope)) === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await running(scope)).toBe(1);
    scope.abort();
    await expect(work).rejects.toMatchObject({
      message: expect.stringMatching(/^the caller left/),
      extensions: { code: 'DEADLINE_EXCEEDED' },
    });
    expect(await running(scope)).toBe(0);
  });

  it('says the database is not available, not that the request ran out of time, when the database ends a transaction with time left', async () => {
    // What a stopping Neo4j does to the transactions still running at its end, and what an
    // operator's TERMINATE TRANSACTIONS does: the request did nothing wrong and had time left.
    for (const mode of ['read', 'write'] as const) {
      const scope = new RequestScope(`test-ended-${mode}`, Date.now() + 60_000);
      // Its failure is taken as it comes (it may come while the termination is still answered).
      const failure = inScope(scope, () => ctx.db[mode]((tx) => tx.run(LONG))).then(
        () => undefined,
        (error: unknown) => error,
      );
      for (let attempt = 0; attempt < 50 && (await running(scope)) === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await running(scope), mode).toBe(1);
      expect(await ctx.db.terminate(scope.id)).toBe(1);
      expect(await failure, mode).toMatchObject({
        message: 'the database is not available at the moment; try again shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      expect(scope.signal.aborted, mode).toBe(false);
    }
  });

  it("never lets a stopped request's transaction reach the connection another request took next", async () => {
    // Requests cut at their deadline in the middle of a run of short queries, beside a
    // neighbour reading all along on the same driver's pool: each stopped one hears
    // DEADLINE_EXCEEDED, and the neighbour never hears anything but its answers.
    const stopped: unknown[] = [];
    let neighbourReads = 0;
    let cutting = true;
    const neighbour = (async () => {
      while (cutting) {
        const scope = new RequestScope('test-neighbour');
        await expect(
          inScope(scope, () =>
            ctx.db.read(async (tx) => [...(await tx.run('RETURN 1 AS one')), ...(await tx.run('RETURN 2 AS two'))]),
          ),
        ).resolves.toEqual([{ one: 1 }, { two: 2 }]);
        neighbourReads += 1;
      }
    })();
    try {
      for (let round = 0; round < 60; round += 1) {
        const scopes = [15, 25, 35, 45].map((ms) => new RequestScope(`test-cut-${round}-${ms}`, Date.now() + ms));
        const cut = await Promise.allSettled(
          scopes.map((scope) =>
            inScope(scope, async () => {
              // Transaction after transaction, so that the deadline falls at every moment of
              // one: while it begins, while a query is on its way, while rows come back.
              for (;;) {
                await ctx.db.read(async (tx) => {
                  await tx.run('UNWIND range(1, 2000) AS x RETURN x');
                  await tx.run('RETURN 1 AS one');
                });
              }
            }),
          ),
        );
        stopped.push(...cut.map((outcome) => (outcome.status === 'rejected' ? outcome.reason : outcome)));
      }
    } finally {
      cutting = false;
    }
    await neighbour;
    expect(neighbourReads).toBeGreaterThan(0);
    // Each as it was heard: a code of ours, else the driver's own (Neo.ClientError.Request.Invalid, say).
    const heard = (reason: unknown) => {
      const { extensions, code } = reason as { extensions?: { code?: string }; code?: string };
      return extensions?.code ?? code ?? String(reason);
    };
    expect(new Set(stopped.map(heard))).toEqual(new Set(['DEADLINE_EXCEEDED']));
  });

  it('keeps outside a request the behaviour of a command line: no deadline', async () => {
    await expect(ctx.db.read((tx) => tx.run('RETURN 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });

  it('hands back the bookmarks of what a request wrote, and waits for those it carries', async () => {
    const scope = new RequestScope('test-bookmarks');
    await inScope(scope, () => ctx.db.write((tx) => tx.run("CREATE (:ScopeTest {id: 'b-1'})")));
    expect(scope.written.size).toBeGreaterThan(0);
    const reader = new RequestScope('test-reader');
    reader.narrow({ bookmarks: [...scope.written] });
    await expect(
      inScope(reader, () => ctx.db.read((tx) => tx.run("MATCH (n:ScopeTest {id: 'b-1'}) RETURN n.id AS id"))),
    ).resolves.toEqual([{ id: 'b-1' }]);
    const forged = new RequestScope('test-forged');
    forged.narrow({ bookmarks: ['FB:not-a-bookmark'] });
    await expect(inScope(forged, () => ctx.db.read((tx) => tx.run('RETURN 1 AS one')))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'x-causal-bookmark' },
    });
  });
});
