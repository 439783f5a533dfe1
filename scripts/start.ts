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
import { join } from 'node:path';
import { LOCAL_DIR } from '../infra/auth/secrets.ts';
import { display } from './neo4j/paths.ts';

/** Where the services' JSON log goes under `npm start`, unless TRACKER_LOG_FILE says. */
const DEFAULT_LOG_FILE = join(LOCAL_DIR, 'logs', 'services.log');

/** One short-lived token per role, signed with the local development key, each for a registered organisation. */
async function printDevelopmentTokens(db: Database, auth: AuthConfig, registeredOffice: boolean): Promise<void> {
  // Asked again after the demo: the stand-ins for RECORDER and THIRD_PARTY may be its parties.
  const { principals } = await developmentPrincipals(db);
  console.log('\nSign in');
  console.log(
    '  explorer    choose a role under "Sign in as" (development keys only; AUDITOR traces people, ANALYST counts)',
  );
  console.log('  GraphiQL    it opens with an example query; put a token below in its Headers pane');
  console.log('  curl        -H "Authorization: Bearer <token>"; `npm run token -- ROLE ORGANISATION` makes another');
  if (registeredOffice) {
    console.log(
      `  office      ${DEVELOPMENT_OFFICE.id} (${DEVELOPMENT_OFFICE.name}) is registered: a token acts for a registered party only`,
    );
  }
  console.log('\nDevelopment tokens (1 hour):');
  for (const [role, claims] of Object.entries(principals)) {
    console.log(`  ${role.padEnd(11)} ${claims.organisation.padEnd(26)} ${await issueDevelopmentToken(claims, auth)}`);
  }
}

async function main(): Promise<void> {
  assertProductionReady();
  let startedNeo4j = false;
  const fromEnv: Neo4jConnection | undefined = connectionFromEnv();
  const connection: Neo4jConnection =
    fromEnv ??
    (await startNeo4j({ log: (line) => console.log(line) }).then((started) => {
      startedNeo4j = !started.alreadyRunning;
      return started;
    }));
  const db = new Database(connection);
  let stack: Stack | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    // A terminal's Ctrl-C reaches this process twice (from the terminal and from npm): the
    // second must not cut the first short before Neo4j has stopped.
    if (stopping) return;
    stopping = true;
    if (code === 0)
      console.log('\nStopping the gateway, the four subgraphs' + (startedNeo4j ? ' and Neo4j...' : '...'));
    await stack?.stop();
    await db.close();
    if (startedNeo4j) await stopNeo4j({ log: (line) => console.log(line) });
    if (code === 0)
      console.log(
        `Stopped${startedNeo4j ? ', Neo4j included' : `; Neo4j at ${connection.uri} was running before and is left running`}.`,
      );
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // The request log goes to a file, whole; the terminal keeps what a person reads.
  const logFile = process.env.TRACKER_LOG_FILE ?? DEFAULT_LOG_FILE;
  process.env.TRACKER_LOG_FILE = logFile;
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
    const demo = process.argv.includes('--demo') ? await loadDemo(stack.gatewayUrl, stack.auth) : null;
    console.log(`\nThe service is running`);
    console.log(
      `  explorer    ${new URL('/explorer/', stack.gatewayUrl).href}  (trace people and parties in a browser)`,
    );
    console.log(`  gateway     ${stack.gatewayUrl}  (GraphiQL in a browser; the API for programs)`);
    console.log(`  subgraphs   ${Object.values(stack.subgraphUrls).join('  ')}`);
    console.log(
      `  Neo4j       ${connection.uri} (database ${connection.database}; migrations: ${migrations.applied.length} applied now, ${migrations.alreadyApplied.length} before)`,
    );
    console.log(`  log         ${display(logFile)}  (a JSON line per request; TRACKER_LOG_FILE moves it)`);
    if (demo !== null) {
      console.log(
        `\nThe demo county: ${demo.parties} parties, ${demo.records} records, ${demo.disclosures} disclosures`,
      );
      for (const line of demo.tryFirst) console.log(`  ${line}`);
    }
    if (development) await printDevelopmentTokens(db, stack.auth, registeredOffice);
    console.log('\nCtrl-C stops everything npm start started' + (startedNeo4j ? ', Neo4j included.' : '.'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
