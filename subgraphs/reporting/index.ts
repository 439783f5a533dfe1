import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers.ts';

/** What goes in the public report: metrics by calendar year of the county. */
export const reporting: SubgraphDefinition<Context> = {
  name: 'reporting',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
};

if (import.meta.main) await runStandalone(reporting);
