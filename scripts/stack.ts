import { startGateway } from '../gateway/gateway.ts';
import type { SubgraphName } from '../subgraphs/shared/config.ts';
import type { Database } from '../subgraphs/shared/db.ts';
import { startSubgraph, type RunningService } from '../subgraphs/shared/server.ts';
import { subgraphs } from '../subgraphs/index.ts';

export type Stack = {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stop: () => Promise<void>;
};

export type StackOptions = {
  host: string;
  /** Port per service; 0 everywhere gives each a free port (what the tests do). */
  port: (service: SubgraphName | 'gateway') => number;
  logging?: boolean | 'warn' | 'info' | 'debug' | 'error';
};

/**
 * Starts the four subgraphs and the gateway in this process, sharing one driver. Each
 * talks to the others over real HTTP, exactly as when they run as separate services.
 * If any part fails to start, the parts already running are stopped before the error.
 */
export async function startStack(db: Database, options: StackOptions): Promise<Stack> {
  const running: RunningService[] = [];
  const stop = async () => {
    for (const service of running.reverse()) await service.stop();
  };
  try {
    for (const definition of subgraphs) {
      running.push(await startSubgraph(definition, db, { host: options.host, port: options.port(definition.name) }));
    }
    const subgraphUrls = Object.fromEntries(running.map((service) => [service.name, service.url])) as Record<
      SubgraphName,
      string
    >;
    const gateway = await startGateway({
      subgraphUrls,
      host: options.host,
      port: options.port('gateway'),
      logging: options.logging ?? 'warn',
    });
    running.push(gateway);
    return { gatewayUrl: gateway.url, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
