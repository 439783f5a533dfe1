import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './db.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export type Migration = { version: string; statements: string[]; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  readonly code = 'MIGRATION_CHANGED';
}

const APPLIED = /* cypher */ `
  MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum`;
const MIGRATION_CONSTRAINT = /* cypher */ `
  CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
  FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE`;
const RECORD = /* cypher */ `
  MERGE (m:SchemaMigration {version: $version})
  ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()`;

/** Splits a migration file into statements: `;` ends one, `//` lines are comments. */
export function parseMigration(version: string, text: string): Migration {
  const statements = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
  return { version, statements, checksum: createHash('sha256').update(text).digest('hex') };
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => parseMigration(file.replace(/\.cypher$/, ''), await readFile(join(dir, file), 'utf8'))),
  );
}

/**
 * Applies, in order, the migrations not yet recorded in the graph. Statements are
 * idempotent (`IF NOT EXISTS`), so two processes starting at once do no harm. A migration
 * whose file changed after it was applied is refused: write a new one instead.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<MigrationReport> {
  const all = migrations ?? (await loadMigrations());
  await db.write((tx) => tx.run(MIGRATION_CONSTRAINT));
  const rows = await db.read((tx) => tx.run<{ version: string; checksum: string }>(APPLIED));
  const applied = new Map(rows.map((row) => [row.version, row.checksum]));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of all) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `migration ${migration.version} was changed after it was applied (checksum ${checksum}, file ${migration.checksum}): add a new migration instead`,
        );
      }
      report.alreadyApplied.push(migration.version);
      continue;
    }
    // Schema statements cannot share a transaction with writes: one transaction each. A
    // statement over the whole graph commits in batches (CALL … IN TRANSACTIONS), which only
    // an implicit transaction may run; such statements are written to be run again safely.
    for (const statement of migration.statements) {
      if (/\bIN\s+TRANSACTIONS\b/i.test(statement)) await db.autoCommit(statement);
      else await db.write((tx) => tx.run(statement));
    }
    await db.write((tx) => tx.run(RECORD, { version: migration.version, checksum: migration.checksum }));
    report.applied.push(migration.version);
  }
  return report;
}
