import { purposeVocabulary } from '../../core/compliance/index.ts';
import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers.ts';

// The immigration-purpose vocabulary (and the operator's extension) is read on loading: a bad
// file stops the service from starting, with its one BAD_CONFIGURATION error, rather than
// failing the first findings asked for.
purposeVocabulary();

/** What the law requires: agreements, certifications, audits and findings. */
export const compliance: SubgraphDefinition<Context> = {
  name: 'compliance',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
};

if (import.meta.main) await runStandalone(compliance);
