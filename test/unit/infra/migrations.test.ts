import { describe, expect, it } from 'vitest';
import { loadMigrations, parseMigration } from '../../../infra/migrations.ts';

describe('migration files', () => {
  it('split into statements, dropping comments and blank ones', () => {
    const migration = parseMigration(
      '0009-x',
      '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);\n\n// more\nRETURN 1;\n',
    );
    expect(migration.statements).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a)', 'RETURN 1']);
    expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are versioned in order and every statement is idempotent', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort());
    for (const statement of migrations.flatMap((m) => m.statements)) {
      // A schema statement says IF NOT EXISTS; a data backfill only touches what it has not
      // done yet (a property still missing, a time not yet in UTC, a node not yet made, a
      // label not yet given), or merges one node that it creates only once.
      if (/^(MATCH|CALL) /.test(statement)) {
        expect(statement).toMatch(
          /WHERE [^;]*?(\w+\.\w+ IS NULL|\.timezone <> 'Z'|NOT EXISTS \{|NOT \w+:\w+)|MERGE \([^)]*\)\s+ON CREATE SET/,
        );
      } else expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});
