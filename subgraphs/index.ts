import { compliance } from './compliance/index.ts';
import { lineage } from './lineage/index.ts';
import { registry } from './registry/index.ts';
import { reporting } from './reporting/index.ts';

/** The four subgraphs, in the order the supergraph names them. */
export const subgraphs = [registry, lineage, compliance, reporting] as const;
