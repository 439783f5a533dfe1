import type { RequestContext } from '../shared/context.ts';

export type Context = RequestContext;

export function createContext(base: RequestContext): Context {
  return base;
}
