import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers.ts';

/** Who is who: parties, and later their affiliations and immigration-enforcement intervals. */
export const registry: SubgraphDefinition<Context> = {
  name: 'registry',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
};

if (import.meta.main) await runStandalone(registry);
