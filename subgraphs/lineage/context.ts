import type { RequestContext } from '../runtime/context.ts';
import { createLoaders, type LineageLoaders } from './loaders.ts';

export type Context = RequestContext & { loaders: LineageLoaders };

export function createContext(base: RequestContext): Context {
  return { ...base, loaders: createLoaders(base) };
}
