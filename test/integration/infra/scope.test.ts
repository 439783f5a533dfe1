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
