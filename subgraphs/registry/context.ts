import type { Database } from '../shared/db.ts';
import { createLoaders, type RegistryLoaders } from './loaders.ts';

export type Context = { db: Database; loaders: RegistryLoaders };

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
