import { startGateway } from '../gateway/gateway.ts';
import { internalSecret } from '../subgraphs/shared/auth/internal.ts';
import { authConfigFromEnv, createTokenVerifier, type AuthConfig } from '../subgraphs/shared/auth/tokens.ts';
import { exposureFromEnv, type Exposure, type SubgraphName } from '../subgraphs/shared/config.ts';
import type { Database } from '../subgraphs/shared/db.ts';
import { startSubgraph, type RunningService } from '../subgraphs/shared/server.ts';
import { subgraphs } from '../subgraphs/index.ts';

export type Stack = {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  auth: AuthConfig;
  stop: () => Promise<void>;
};

export type StackOptions = {
  host: string;
  /** Port per service; 0 everywhere gives each a free port (what the tests do). */
  port: (service: SubgraphName | 'gateway') => number;
  logging?: boolean | 'warn' | 'info' | 'debug' | 'error';
  /** Defaults: from the environment (see the README's configuration table). */
  auth?: AuthConfig;
  exposure?: Exposure;
};

/**
 * Starts the four subgraphs and the gateway in this process, sharing one driver. Each
 * talks to the others over real HTTP, exactly as when they run as separate services.
 * If any part fails to start, the parts already running are stopped before the error.
 */
export async function startStack(db: Database, options: StackOptions): Promise<Stack> {
  const auth = options.auth ?? authConfigFromEnv();
  const secret = internalSecret();
  const verify = await createTokenVerifier(auth);
  const running: RunningService[] = [];
  const stop = async () => {
    for (const service of running.reverse()) await service.stop();
  };
  try {
    for (const definition of subgraphs) {
      const address = { host: options.host, port: options.port(definition.name) };
      running.push(await startSubgraph(definition, db, address, { internalSecret: secret }));
    }
    const subgraphUrls = Object.fromEntries(running.map((service) => [service.name, service.url])) as Record<
      SubgraphName,
      string
    >;
    const gateway = await startGateway({
      subgraphUrls,
      verify,
      internalSecret: secret,
      exposure: options.exposure ?? exposureFromEnv(),
      host: options.host,
      port: options.port('gateway'),
      logging: options.logging ?? 'warn',
    });
    running.push(gateway);
    return { gatewayUrl: gateway.url, subgraphUrls, auth, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
