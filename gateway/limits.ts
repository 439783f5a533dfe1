import type { GatewayConfig } from '@graphql-hive/gateway-runtime';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Exposure } from '../subgraphs/shared/config.ts';

/**
 * What one operation may ask for. A lineage query is deep by nature (party → disclosures →
 * recipient → disclosures …), so depth allows a few hops, while cost, aliases and tokens
 * stop a single request from fanning out over the whole county.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 20000,
  batchSize: 5,
  requestDeadlineMs: 60_000,
  upstreamTimeoutMs: 30_000,
} as const;

export function limitOptions(): Pick<GatewayConfig, 'batching' | 'requestDeadline' | 'upstreamTimeout'> {
  return {
    batching: { limit: LIMITS.batchSize },
    requestDeadline: LIMITS.requestDeadlineMs,
    upstreamTimeout: LIMITS.upstreamTimeoutMs,
  };
}

export function limitPlugins(exposure: Exposure) {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth },
      maxAliases: { n: LIMITS.maxAliases },
      maxDirectives: { n: LIMITS.maxDirectives },
      maxTokens: { n: LIMITS.maxTokens },
      costLimit: { maxCost: LIMITS.maxCost },
      blockFieldSuggestion: { enabled: !exposure.introspection },
    }),
    ...(exposure.introspection ? [] : [useDisableIntrospection()]),
  ];
}
