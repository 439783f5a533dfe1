import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers.ts';

/** What the law requires: agreements, certifications, audits and findings. */
export const compliance: SubgraphDefinition<Context> = {
  name: 'compliance',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
};

if (import.meta.main) await runStandalone(compliance);
