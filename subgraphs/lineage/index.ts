import { readSchema, type SubgraphDefinition } from '../runtime/server.ts';
import { runStandalone } from '../runtime/standalone.ts';
import { createContext, type Context } from './context.ts';
import { receiveRunEvent } from './openlineage.ts';
import { keepIndexed } from './indexer.ts';
import { resolvers } from './resolvers.ts';
import { OPENLINEAGE_PATH } from '../../infra/http.ts';

/** What happened: disclosures between parties, and later the traces built from them. */
export const lineage: SubgraphDefinition<Context> = {
  name: 'lineage',
  typeDefs: readSchema(import.meta.dirname),
  resolvers,
  createContext,
  routes: { [OPENLINEAGE_PATH]: receiveRunEvent },
  background: (db, logger) => keepIndexed(db, logger),
};

if (import.meta.main) await runStandalone(lineage);
