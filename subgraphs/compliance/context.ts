import type { RequestContext } from '../runtime/context.ts';
import { createLoaders, type ComplianceLoaders } from './loaders.ts';

export type Context = RequestContext & { loaders: ComplianceLoaders };

export function createContext(base: RequestContext): Context {
  return { ...base, loaders: createLoaders(base) };
}
