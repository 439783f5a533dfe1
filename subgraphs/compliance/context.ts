import type { Database } from '../shared/db.ts';
import { createLoaders, type ComplianceLoaders } from './loaders.ts';

export type Context = { db: Database; loaders: ComplianceLoaders };

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
