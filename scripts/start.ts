/**
 * `npm start`: Neo4j (the project's own unless NEO4J_URI names one), migrations, the explorer's
 * build when it is missing or stale, the four subgraphs (a process each) and the gateway; `--demo` loads an
 * example county. Ctrl-C stops all of it,
 * including a Neo4j that this command started.
 */
import { connectionFromEnv, startNeo4j, stopNeo4j, type Neo4jConnection } from './neo4j/server.ts';
import { assertProductionReady, listenHost, portOf } from '../infra/config.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { loadDemo } from './demo.ts';
import { developmentPrincipals, DEVELOPMENT_OFFICE } from './development-principals.ts';
import { issueDevelopmentToken, type AuthConfig } from '../infra/auth/tokens.ts';
import { startProcessStack } from './process-stack.ts';
import type { Stack } from './stack.ts';
import { ensureExplorerBuilt, EXPLORER_BUILD_COMMAND } from './explorer-build.ts';

/** One short-lived token per role, signed with the local development key, each for a registered organisation. */
async function printDevelopmentTokens(db: Database, auth: AuthConfig, registeredOffice: boolean): Promise<void> {
  // Asked again after the demo: the stand-ins for RECORDER and THIRD_PARTY may be its parties.
  const { principals } = await developmentPrincipals(db);
  if (registeredOffice) {
    console.log(
      `registered  ${DEVELOPMENT_OFFICE.id} (${DEVELOPMENT_OFFICE.name}), the office the development tokens act for: a token acts for a registered party only`,
    );
  }
  console.log('\nDevelopment tokens (1 hour, or `npm run token`; send as "Authorization: Bearer <token>"):');
  for (const [role, claims] of Object.entries(principals)) {
    console.log(`${role.padEnd(11)} ${claims.organisation.padEnd(26)} ${await issueDevelopmentToken(claims, auth)}`);
  }
  console.log('');
}

async function main(): Promise<void> {
  assertProductionReady();
  let connection: Neo4jConnection | undefined = connectionFromEnv();
  let startedNeo4j = false;
  if (connection === undefined) {
    const started = await startNeo4j({ log: (line) => console.log(line) });
    startedNeo4j = !started.alreadyRunning;
    connection = started;
  }
  const db = new Database(connection);
  let stack: Stack | undefined;
  const shutdown = async (code: number) => {
    await stack?.stop();
    await db.close();
    if (startedNeo4j) await stopNeo4j();
    process.exit(code);
  };
  try {
    await db.verify();
    const migrations = await migrate(db);
    // A fresh clone has no explorer/dist: build it (or rebuild it after its sources changed).
    await ensureExplorerBuilt((line) => console.log(line)).catch((error: unknown) => {
      console.error(
        `explorer    not built: ${error instanceof Error ? error.message : error}; /explorer answers 503 until "${EXPLORER_BUILD_COMMAND}" runs`,
      );
    });
    // Each subgraph in a process of its own, as a deployment runs them: one subgraph's heavy
    // request cannot stall the others.
    stack = await startProcessStack(connection, { host: listenHost(), port: (service) => portOf(service) });
    const development = stack.auth.keys.kind === 'development';
    // The demo registers its parties as the development ADMIN, who must act for a registered office.
    const registeredOffice = development && (await developmentPrincipals(db)).registeredOffice;
    if (process.argv.includes('--demo')) {
      const loaded = await loadDemo(stack.gatewayUrl, stack.auth);
      console.log(
        `demo county loaded: ${loaded.parties} parties, ${loaded.records} records, ${loaded.disclosures} disclosures`,
      );
    }
    console.log(`Neo4j       ${connection.uri} (database ${connection.database})`);
    console.log(
      `migrations  ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already in place`,
    );
    for (const [name, url] of Object.entries(stack.subgraphUrls)) console.log(`${name.padEnd(11)} ${url}`);
    console.log(`gateway     ${stack.gatewayUrl}  (GraphiQL in a browser)`);
    console.log(`explorer    ${new URL('/explorer/', stack.gatewayUrl).href}  (sign in with a token)`);
    if (development) await printDevelopmentTokens(db, stack.auth, registeredOffice);
    if (process.env.TRACKER_LOG_LEVEL === undefined && process.env.NODE_ENV !== 'production') {
      console.log('Warnings and errors are logged here; TRACKER_LOG_LEVEL=info logs a line per request too.');
    }
    console.log('Ctrl-C stops everything.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
