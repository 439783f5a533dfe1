import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import useMeshPrometheus from '@graphql-mesh/plugin-prometheus';
import type { Logger as HiveLogger } from '@graphql-hive/logger';
import { Registry } from 'prom-client';
import type { Logger } from '../infra/logger.ts';

/**
 * Prometheus metrics at /metrics: requests, latency and errors per operation, and per subgraph.
 * The plugin turns on every metric it knows unless told otherwise; those below are off, since
 * each costs work on every request and none answers a question the ones kept do not: a walk of
 * the document for deprecated fields (the supergraph has none), a summary's quantiles over a
 * sliding window, timers of parsing and validation (cached after a document's first request),
 * of the context (the token check), of each HTTP call (the subgraph calls are timed already).
 */
export function metricsPlugin(log: HiveLogger, registry: Registry = new Registry()) {
  return useMeshPrometheus({
    log,
    registry,
    endpoint: '/metrics',
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_execute: true,
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
      graphql_gateway_fetch_duration: false,
    },
  });
}

/** One JSON line per request: id, status, duration. Never the variables. */
export function requestLogPlugin(logger: Logger): GatewayPlugin {
  const startedAt = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      startedAt.set(request, performance.now());
    },
    onResponse({ request, response }) {
      // Below info (a development terminal's warn) the line is not written: nor is it built.
      if (!logger.isLevelEnabled('info')) return;
      const started = startedAt.get(request);
      logger.info({
        requestId: response.headers.get('x-request-id') ?? request.headers.get('x-request-id'),
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: started === undefined ? undefined : Math.round(performance.now() - started),
      });
    },
  };
}

/** /readyz on the gateway: every subgraph says it is ready (and so is its Neo4j). */
export async function subgraphsReady(subgraphUrls: Record<string, string>): Promise<string[]> {
  const failures = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(5000) });
        return response.ok ? null : `${name}: ${response.status}`;
      } catch (error) {
        return `${name}: ${(error as Error).message}`;
      }
    }),
  );
  return failures.filter((failure): failure is string => failure !== null);
}
