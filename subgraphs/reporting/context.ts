import type { Database } from '../shared/db.ts';

export type Context = { db: Database };

export function createContext(db: Database): Context {
  return { db };
}
