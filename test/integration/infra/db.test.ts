import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../../infra/db.ts';
import { migrate, parseMigration } from '../../../infra/migrations.ts';
import { useTestDatabase } from '../../support/database.ts';

describe('the database layer', () => {
  const ctx = useTestDatabase();

  it('says in one sentence what to do when Neo4j refuses the credentials', async () => {
    const wrong = new Database({ ...inject('neo4j'), password: 'not-the-password' });
    try {
      const failure = await wrong.verify().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ extensions: { code: 'DATABASE_AUTH_FAILED' } });
      expect((failure as Error).message).toMatch(/refused the credentials of user "neo4j".*NEO4J_PASSWORD/);
    } finally {
      await wrong.close();
    }
  });

  it('says what to do when nothing answers at the address', async () => {
    const nowhere = new Database({ ...inject('neo4j'), uri: 'bolt://127.0.0.1:1' });
    try {
      await expect(nowhere.verify()).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    } finally {
      await nowhere.close();
    }
  });

  it('hands back plain values: numbers and ISO instants, never driver types', async () => {
    const [row] = await ctx.db.read((tx) =>
      tx.run(/* cypher */ `RETURN $n + 1 AS n, datetime('2025-12-31T23:30:00-06:00') AS at, [1, 2] AS list`, { n: 41 }),
    );
    expect(row).toEqual({ n: 42, at: '2025-12-31T23:30:00-06:00', list: [1, 2] });
  });

  it("starts each statement without the driver formatting its caller's stack: a failed statement keeps its code and message, no frames", async () => {
    const failure = await ctx.db
      .read((tx) => tx.run(/* cypher */ `RETURN 1 / $zero AS n`, { zero: 0 }))
      .then(
        () => undefined,
        (error: unknown) => error as Error & { code?: string },
      );
    expect(failure?.code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(failure?.message).toMatch(/by zero/);
    expect(failure?.stack?.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
  });

  it('applies migrations once, and refuses one whose file changed after it was applied', async () => {
    const first = parseMigration('9001-test', 'CREATE INDEX test_only IF NOT EXISTS FOR (n:TestOnly) ON (n.x);');
    expect((await migrate(ctx.db, [first])).applied).toEqual(['9001-test']);
    expect((await migrate(ctx.db, [first])).alreadyApplied).toEqual(['9001-test']);
    const edited = parseMigration('9001-test', 'CREATE INDEX test_only IF NOT EXISTS FOR (n:TestOnly) ON (n.y);');
    await expect(migrate(ctx.db, [edited])).rejects.toThrow(/9001-test was changed after it was applied/);
    await ctx.db.write((tx) => tx.run('MATCH (m:SchemaMigration {version: "9001-test"}) DELETE m'));
    await ctx.db.write((tx) => tx.run('DROP INDEX test_only IF EXISTS'));
  });
});
