/**
 * `npm run neo4j -- start|stop|status|reset|dump FILE|load FILE`: runs the project's local Neo4j server.
 * See scripts/neo4j/server.ts for where things live and how the server is provisioned.
 */
import path from 'node:path';
import { dumpNeo4j, loadNeo4j } from './neo4j/archive.ts';
import { display } from './neo4j/paths.ts';
import { connectionFromEnv, Neo4jOpsError, neo4jStatus, resetNeo4j, startNeo4j, stopNeo4j } from './neo4j/server.ts';

const USAGE = `usage: npm run neo4j -- start|stop|status|reset|dump FILE|load FILE

  dump FILE   writes the stopped database to FILE (neo4j-admin database dump)
  load FILE   replaces the stopped database by the dump in FILE (neo4j-admin database load)`;

function say(line: string): void {
  console.log(line);
}

async function main(command: string | undefined, file: string | undefined): Promise<number> {
  switch (command) {
    case 'dump':
    case 'load':
      if (file === undefined) {
        console.error(`neo4j ${command} needs a FILE\n\n${USAGE}`);
        return 2;
      }
      await (command === 'dump' ? dumpNeo4j : loadNeo4j)(file, { log: say });
      return 0;
    case 'start': {
      const external = connectionFromEnv();
      if (external) {
        say(
          `NEO4J_URI is set, so using the external Neo4j at ${external.uri} (user ${external.user}, database ${external.database}); nothing provisioned or started.`,
        );
        return 0;
      }
      const started = await startNeo4j({ log: say });
      const where = `${started.uri} (pid ${started.pid}, home ${display(started.home)})`;
      say(started.alreadyRunning ? `Neo4j already running at ${where}` : `Neo4j running at ${where}`);
      return 0;
    }
    case 'stop':
      await stopNeo4j({ log: say });
      return 0;
    case 'reset':
      await resetNeo4j({ log: say });
      return 0;
    case 'status': {
      const status = await neo4jStatus();
      const state = status.running
        ? `running (pid ${status.pid}${status.ready ? '' : ', Bolt not answering yet'})`
        : 'not running';
      say(`Neo4j ${status.version}: ${state}`);
      if (status.uri)
        say(
          `  URI:  ${status.uri} (user neo4j, database neo4j, password in ${display(path.join(status.home, 'password'))})`,
        );
      say(`  Home: ${display(status.home)}${status.provisioned ? '' : ' (not provisioned yet)'}`);
      say(`  Java: ${status.java ?? 'none found (needs 21 or newer)'}`);
      if (status.running) say(`  Log:  ${display(path.join(status.home, 'logs', 'neo4j.log'))}`);
      const external = connectionFromEnv();
      if (external) say(`NEO4J_URI is set: the project uses the external Neo4j at ${external.uri} instead.`);
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      say(USAGE);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2], process.argv[3]);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof Neo4jOpsError ? message : `neo4j ${process.argv[2]} failed: ${message}`);
  process.exitCode = 1;
}
