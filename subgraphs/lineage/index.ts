import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers.ts';

/** What happened: disclosures between parties, and later the traces built from them. */
export const lineage: SubgraphDefinition<Context> = {
  name: 'lineage',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
};

if (import.meta.main) await runStandalone(lineage);
