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

/** How the compliance rules judge time: (g)'s audit cycle and (h)'s days from a notice to an order. */
export type ComplianceSettings = { auditCycleDays: number; noticeResponseDays: number };

export function complianceSettings(env: NodeJS.ProcessEnv = process.env): ComplianceSettings {
  const days = (variable: string, fallback: number) => {
    const raw = env[variable];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 3650) {
      throw new ConfigError(`${variable} must be a whole number of days from 1 to 3650, got "${raw}"`);
    }
    return value;
  };
  return {
    auditCycleDays: days('AUDIT_CYCLE_DAYS', 365),
    noticeResponseDays: days('NOTICE_RESPONSE_DAYS', 30),
  };
}
