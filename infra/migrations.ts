import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './db.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export type Migration = { version: string; statements: string[]; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: string[] };
export type MigrateOptions = {
  /**
   * The store was written whole a moment ago in the shape the current writers give it (a first
   * load): the statements of MENDS_ONLY are not run, as there is nothing for them to mend.
   */
  bornCurrent?: boolean;
};

/**
 * By migration, the statements (their places in the file, which an applied migration can no
 * longer change) that only mend what was written before the migration: old shapes of times,
 * hops, clocks and deletions' marks. On a store in the current shape they find nothing, and
 * scan all of it to find that: left out, a first-loaded county answered 42.1 s after its
 * import, where it took 66.2 s with them.
 * The constraints of the same migrations are always made; 0015's marks are written, as a
 * first load needs them. test/integration/import/first-load.test.ts checks that these
 * statements change nothing in a store a first load has just written.
 */
export const MENDS_ONLY: Readonly<Record<string, readonly number[]>> = {
  '0008-hops-on-relationships': [0, 1],
  '0012-instants-and-recorded-time': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17],
  // A first load writes its deletions after its migrations, through the writer that marks them.
  '0017-deletion-confirmed-records': [0],
};

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
 * One statement of a migration, in a transaction of its own: schema statements cannot share
 * one with writes. A statement over the whole graph commits in batches (CALL … IN
 * TRANSACTIONS), which only an implicit transaction may run; such statements are written to
 * be run again safely.
 */
export async function runStatement(db: Database, statement: string): Promise<void> {
  if (/\bIN\s+TRANSACTIONS\b/i.test(statement)) await db.autoCommit(statement);
  else await db.write((tx) => tx.run(statement));
}

/**
 * Applies, in order, the migrations not yet recorded in the graph. Statements are
 * idempotent (`IF NOT EXISTS`), so two processes starting at once do no harm. A migration
 * whose file changed after it was applied is refused: write a new one instead.
 */
export async function migrate(
  db: Database,
  migrations?: Migration[],
  options: MigrateOptions = {},
): Promise<MigrationReport> {
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
    const mends = options.bornCurrent === true ? (MENDS_ONLY[migration.version] ?? []) : [];
    for (const [place, statement] of migration.statements.entries()) {
      if (!mends.includes(place)) await runStatement(db, statement);
    }
    await db.write((tx) => tx.run(RECORD, { version: migration.version, checksum: migration.checksum }));
    report.applied.push(migration.version);
  }
  return report;
}
