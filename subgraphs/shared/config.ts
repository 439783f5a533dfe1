/** Where each service listens, read once from the environment. */

export const SUBGRAPH_NAMES = ['registry', 'lineage', 'compliance', 'reporting'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  registry: 4001,
  lineage: 4002,
  compliance: 4003,
  reporting: 4004,
};

export class ConfigError extends Error {
  readonly code = 'BAD_CONFIGURATION';
}

/** The interface every service binds to; loopback unless the operator says otherwise. */
export function listenHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOST ?? '127.0.0.1';
}

/** A service's port from `<NAME>_PORT`, or its default. Port 0 asks the system for a free one. */
export function portOf(service: SubgraphName | 'gateway', env: NodeJS.ProcessEnv = process.env): number {
  const variable = `${service.toUpperCase()}_PORT`;
  const raw = env[variable];
  if (raw === undefined || raw === '') return DEFAULT_PORTS[service];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${variable} must be a port number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/** The URL the gateway uses to reach a subgraph: `<NAME>_URL`, or the local default. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

/** What the services show about themselves; production turns both off. */
export type Exposure = { introspection: boolean; graphiql: boolean };

export function exposureFromEnv(env: NodeJS.ProcessEnv = process.env): Exposure {
  const flag = (name: string) => (env[name] ?? 'true').toLowerCase() !== 'false';
  return { introspection: flag('GRAPHQL_INTROSPECTION'), graphiql: flag('GRAPHIQL') };
}
