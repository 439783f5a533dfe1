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

/**
 * What the services show about themselves. In production everything is closed unless
 * configured open: introspection (and field suggestions with it), GraphiQL, and /metrics,
 * which then answers only a bearer of METRICS_TOKEN. In development all are open.
 */
export type Exposure = {
  introspection: boolean;
  graphiql: boolean;
  /** Who may read /metrics: anyone, the bearer of this token, or nobody (404). */
  metrics: { kind: 'open' } | { kind: 'token'; token: string } | { kind: 'closed' };
  /** Origins a browser may call from (CORS); none but the service's own when empty. */
  corsOrigins: string[];
};

const isProduction = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'production';

export function exposureFromEnv(env: NodeJS.ProcessEnv = process.env): Exposure {
  const open = !isProduction(env);
  const flag = (name: string) => {
    const raw = env[name];
    return raw === undefined || raw === '' ? open : raw.toLowerCase() === 'true';
  };
  const token = env.METRICS_TOKEN;
  if (token !== undefined && token !== '' && token.length < 32) {
    throw new ConfigError('METRICS_TOKEN must be at least 32 characters long');
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://audit.example.org, got "${origin}"`);
    }
  }
  return {
    introspection: flag('GRAPHQL_INTROSPECTION'),
    graphiql: flag('GRAPHIQL'),
    metrics:
      token !== undefined && token !== '' ? { kind: 'token', token } : open ? { kind: 'open' } : { kind: 'closed' },
    corsOrigins,
  };
}

/**
 * Every setting production needs that is missing or unsafe, each in one sentence saying what
 * to set; an empty list when none is. Checked before a service starts, so that a missing
 * secret stops the start instead of failing its first request.
 */
function productionProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!isProduction(env)) return [];
  const problems: string[] = [];
  const secret = (name: string, what: string) => {
    const value = env[name];
    if (value === undefined || value === '') problems.push(`set ${name} (at least 32 characters): ${what}`);
    else if (value.length < 32) problems.push(`${name} must be at least 32 characters long`);
  };
  secret(
    'INTERNAL_SIGNING_SECRET',
    'the secret the gateway signs its calls to the subgraphs with, the same in every service',
  );
  secret('SUBJECT_KEY_SECRET', 'the county’s subject-key secret, which the agencies hash identifiers with');
  if (!env.AUTH_JWKS_URL && !env.AUTH_JWKS_FILE) {
    problems.push('set AUTH_JWKS_URL (https) or AUTH_JWKS_FILE to the identity provider’s keys');
  }
  if (env.AUTH_JWKS_URL && !env.AUTH_JWKS_URL.startsWith('https://')) {
    problems.push(`AUTH_JWKS_URL must be an https URL, got "${env.AUTH_JWKS_URL}"`);
  }
  if (!env.AUTH_ISSUER) problems.push('set AUTH_ISSUER to the issuer the identity provider writes in its tokens');
  return problems;
}

/** Refuses to start with the settings production is missing, naming them all. */
export function assertProductionReady(env: NodeJS.ProcessEnv = process.env): void {
  const problems = productionProblems(env);
  if (problems.length > 0) {
    throw new ConfigError(
      `NODE_ENV is production, and the service will not start until these are set:\n- ${problems.join('\n- ')}`,
    );
  }
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

/**
 * How often (milliseconds) the lineage subgraph indexes what was written since
 * (core/lineage/arrival-index.ts): LINEAGE_INDEX_INTERVAL_MS, 2000 unless set; 0 never (the
 * answers are the same, replayed where the index is behind).
 */
export function lineageIndexInterval(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LINEAGE_INDEX_INTERVAL_MS;
  if (raw === undefined || raw === '') return 2_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 3_600_000) {
    throw new ConfigError(`LINEAGE_INDEX_INTERVAL_MS must be a whole number from 0 to 3600000, got "${raw}"`);
  }
  return value;
}
