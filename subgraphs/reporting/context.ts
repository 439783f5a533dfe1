import type { RequestContext } from '../runtime/context.ts';

export type Context = RequestContext;

export function createContext(base: RequestContext): Context {
  return base;
}
