import { afterAll, beforeAll, inject } from 'vitest';
import { Database } from '../../infra/db.ts';

const WIPE = /* cypher */ `
  MATCH (n) WHERE NOT n:SchemaMigration
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

/** Empties the graph, keeping the record of applied migrations (and so the schema). */
export async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    // CALL ... IN TRANSACTIONS needs an implicit transaction, so not db.write().
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

/**
 * A Database for one test file, on an empty graph: files run one after another, so no
 * file sees another's data.
 */
export function useTestDatabase(): { readonly db: Database } {
  const holder = {} as { db: Database };
  beforeAll(async () => {
    holder.db = new Database(inject('neo4j'));
    await wipe(holder.db);
  });
  afterAll(async () => {
    await holder.db?.close();
  });
  return holder;
}

/** The environment a command-line script run by a test needs to reach the test database. */
export function scriptEnvironment(): NodeJS.ProcessEnv {
  const neo4j = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
}
