/**
 * Composes the four subgraph SDLs into schema/supergraph.graphql (what the gateway serves)
 * and schema/api.graphql (what clients see), offline. A composition error fails the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, subgraphUrl } from '../infra/config.ts';

const root = join(import.meta.dirname, '..');

export function compose() {
  const services = SUBGRAPH_NAMES.map((name) => ({
    name,
    // The URLs are the local defaults; the gateway overrides them from <NAME>_URL at start.
    url: subgraphUrl(name, {}),
    typeDefs: parse(readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8')),
  }));
  return composeServices(services);
}

if (import.meta.main) {
  const result = compose();
  if (result.errors) {
    for (const error of result.errors) console.error(`composition error: ${error.message}`);
    process.exit(1);
  }
  writeFileSync(join(root, 'schema', 'supergraph.graphql'), result.supergraphSdl);
  writeFileSync(join(root, 'schema', 'api.graphql'), result.publicSdl);
  console.log('composed schema/supergraph.graphql and schema/api.graphql');
}
