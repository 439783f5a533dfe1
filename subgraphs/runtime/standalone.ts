import { assertProductionReady, listenHost, portOf } from '../../infra/config.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import { startSubgraph, type SubgraphDefinition } from './server.ts';
import { internalSecret } from '../../infra/auth/internal.ts';
import type { RequestContext } from './context.ts';

/**
 * Runs one subgraph as its own service, as a deployment would: NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD and NEO4J_DATABASE name the server; `<NAME>_PORT` the port.
 */
export async function runStandalone<Context extends RequestContext>(definition: SubgraphDefinition<Context>) {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.error(
      `The ${definition.name} subgraph runs alone only against a server named by NEO4J_URI; set it, or use "npm start".`,
    );
    process.exit(1);
  }
  const db = new Database({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  try {
    assertProductionReady();
    await db.verify();
    await migrate(db);
    const service = await startSubgraph(
      definition,
      db,
      { host: listenHost(), port: portOf(definition.name) },
      { internalSecret: internalSecret() },
    );
    console.log(`${definition.name} subgraph at ${service.url}`);
    let stopping = false;
    const stop = async () => {
      // A terminal's Ctrl-C and the parent's SIGTERM can both arrive: stop once, and finish.
      if (stopping) return;
      stopping = true;
      await service.stop();
      await db.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Started by npm start (scripts/process-stack.ts): stop when it goes, however it goes.
    if (process.send !== undefined) process.once('disconnect', stop);
  } catch (error) {
    await db.close();
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
