import type { RequestContext } from '../runtime/context.ts';
import { createLoaders, type RegistryLoaders } from './loaders.ts';

export type Context = RequestContext & { loaders: RegistryLoaders };

export function createContext(base: RequestContext): Context {
  return { ...base, loaders: createLoaders(base) };
}
