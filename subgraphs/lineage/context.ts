import type { Database } from '../shared/db.ts';
import { createLoaders, type LineageLoaders } from './loaders.ts';

export type Context = { db: Database; loaders: LineageLoaders };

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
