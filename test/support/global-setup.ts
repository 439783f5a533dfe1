import type { TestProject } from 'vitest/node';
import { ensureNeo4j, stopNeo4j } from '../../scripts/neo4j/server.ts';
import { Database, type Neo4jConnection } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * Starts the project's Neo4j unless NEO4J_URI names another, applies the migrations once,
 * and hands the connection to every test file. A server it started, it stops at the end.
 */
export default async function setup(project: TestProject) {
  const started = await ensureNeo4j();
  const connection: Neo4jConnection = {
    uri: started.uri,
    user: started.user,
    password: started.password,
    database: started.database,
  };
  const db = new Database(connection);
  try {
    await db.verify();
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('neo4j', connection);
  const startedHere = 'alreadyRunning' in started && started.alreadyRunning === false;
  return async () => {
    if (startedHere) await stopNeo4j();
  };
}
