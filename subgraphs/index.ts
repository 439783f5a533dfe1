/**
 * The front door of the subgraphs, for what runs them (the command-line tools, the benchmarks):
 * the four subgraphs in the order the supergraph names them, and how one is built and started.
 * A subgraph never imports another; each is a thin GraphQL adapter over the core.
 */
import { compliance } from './compliance/index.ts';
import { lineage } from './lineage/index.ts';
import { registry } from './registry/index.ts';
import { reporting } from './reporting/index.ts';

export { buildSchema, startSubgraph, type RunningSubgraph } from './runtime/server.ts';
export { compliance, lineage, registry, reporting };

/** The four subgraphs, in the order the supergraph names them. */
export const subgraphs = [registry, lineage, compliance, reporting] as const;
