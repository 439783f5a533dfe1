import { startGateway, type GatewayOptions } from '../gateway/index.ts';
import { internalSecret } from '../infra/auth/internal.ts';
import { authConfigFromEnv, createTokenVerifier, type AuthConfig, type Claims } from '../infra/auth/tokens.ts';
import { exposureFromEnv, type Exposure, type SubgraphName } from '../infra/config.ts';
import type { Database } from '../infra/db.ts';
import { subgraphs, startSubgraph, type RunningSubgraph } from '../subgraphs/index.ts';
import { type RunningService } from '../infra/http.ts';
import type { Logger } from '../infra/logger.ts';

export type Stack = {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  auth: AuthConfig;
  stop: () => Promise<void>;
  /** For fault tests: kills one subgraph (its port closed, its connections dropped); the gateway still routes to it. */
  killSubgraph: (name: SubgraphName) => Promise<void>;
  /** For fault tests: starts a killed subgraph again on its port, since the gateway's URLs are fixed at start-up. */
  restartSubgraph: (name: SubgraphName) => Promise<void>;
};

export type StackOptions = {
  host: string;
  /** Port per service; 0 everywhere gives each a free port (what the tests do). */
  port: (service: SubgraphName | 'gateway') => number;
  logging?: boolean | 'warn' | 'info' | 'debug' | 'error';
  /** Defaults: from the environment (see the README's configuration table). */
  auth?: AuthConfig;
  exposure?: Exposure;
  /** Where each subgraph's log lines go; TRACKER_LOG_LEVEL's stdout unless given (tests read them). */
  subgraphLogger?: (name: SubgraphName) => Logger;
};

/** The gateway of a stack, in front of its subgraphs, as the options say. */
export function gatewayOf(
  options: StackOptions,
  subgraphUrls: Record<SubgraphName, string>,
  verify: (token: string) => Promise<Claims>,
  secret: string,
  auth: AuthConfig,
): Promise<RunningService> {
  return startGateway({
    subgraphUrls,
    verify,
    internalSecret: secret,
    exposure: options.exposure ?? exposureFromEnv(),
    host: options.host,
    port: options.port('gateway'),
    logging: options.logging ?? 'warn',
    signingKeys: auth,
  });
}

/**
 * A second gateway in front of a stack's subgraphs, with the caller's own changes (a subgraph
 * at another address, shorter HTTP timeouts, a logger it reads, every operation planned); no
 * GraphiQL, no introspection and closed metrics unless changed.
 */
export async function gatewayBeside(stack: Stack, changes: Partial<GatewayOptions> = {}): Promise<RunningService> {
  return startGateway({
    subgraphUrls: stack.subgraphUrls,
    verify: await createTokenVerifier(stack.auth),
    internalSecret: internalSecret(),
    exposure: { introspection: false, graphiql: false, metrics: { kind: 'closed' }, corsOrigins: [] },
    host: '127.0.0.1',
    port: 0,
    logging: false,
    ...changes,
  });
}

/**
 * Starts the four subgraphs and the gateway in this process, sharing one driver. Each
 * talks to the others over real HTTP, exactly as when they run as separate services.
 * If any part fails to start, the parts already running are stopped before the error.
 */
export async function startStack(db: Database, options: StackOptions): Promise<Stack> {
  const auth = options.auth ?? authConfigFromEnv();
  const secret = internalSecret();
  const verify = await createTokenVerifier(auth);
  const running = new Map<SubgraphName, RunningSubgraph>();
  const killed = new Set<SubgraphName>();
  let gateway: RunningService | undefined;
  const stop = async () => {
    await gateway?.stop();
    for (const service of [...running.values()].reverse()) await service.stop();
  };
  const start = async (definition: (typeof subgraphs)[number], port: number) => {
    const address = { host: options.host, port };
    const logger = options.subgraphLogger?.(definition.name);
    running.set(definition.name, await startSubgraph(definition, db, address, { internalSecret: secret }, logger));
  };
  try {
    for (const definition of subgraphs) await start(definition, options.port(definition.name));
    const subgraphUrls = Object.fromEntries([...running].map(([name, service]) => [name, service.url])) as Record<
      SubgraphName,
      string
    >;
    gateway = await gatewayOf(options, subgraphUrls, verify, secret, auth);
    const killSubgraph = async (name: SubgraphName) => {
      killed.add(name);
      await running.get(name)?.kill();
    };
    const restartSubgraph = async (name: SubgraphName) => {
      const definition = subgraphs.find((candidate) => candidate.name === name);
      if (!definition || !killed.has(name)) throw new Error(`subgraph ${name} was not killed`);
      await running.get(name)?.stop();
      await start(definition, Number(new URL(subgraphUrls[name]).port));
      killed.delete(name);
    };
    return { gatewayUrl: gateway.url, subgraphUrls, auth, stop, killSubgraph, restartSubgraph };
  } catch (error) {
    await stop();
    throw error;
  }
}
