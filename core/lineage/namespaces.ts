/**
 * Which party holds the datasets of an OpenLineage namespace. OpenLineage names a dataset by
 * the namespace of its data source (`postgres://sheriff-db.cook.internal:5432`,
 * `s3://acme-exchange`) and a name within it; the county says, once, whose each namespace is.
 * An exact namespace wins; else the longest prefix that matches; else nobody, and the answer
 * says so: a namespace is never guessed to be a party's.
 */
import { InputError } from '../../infra/errors.ts';

export type NamespaceMap = {
  exact: ReadonlyMap<string, string>;
  /** Longest first, so that the first match is the most specific. */
  prefixes: ReadonlyArray<readonly [string, string]>;
};

export const EMPTY_NAMESPACE_MAP: NamespaceMap = { exact: new Map(), prefixes: [] };

function entries(value: unknown, key: string): Array<[string, string]> {
  if (value === undefined) return [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`namespace mapping: ${key} must be an object of namespace to party id`, key, null);
  }
  return Object.entries(value).map(([namespace, party]) => {
    if (namespace === '' || typeof party !== 'string' || party === '') {
      throw new InputError(
        `namespace mapping: ${key}["${namespace}"] must map a namespace to a party id`,
        key,
        namespace,
      );
    }
    return [namespace, party];
  });
}

/**
 * Reads the mapping's JSON:
 * `{ "namespaces": { "<namespace>": "<party id>" }, "prefixes": { "<namespace prefix>": "<party id>" } }`.
 */
export function parseNamespaceMap(json: string): NamespaceMap {
  const parsed = JSON.parse(json) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('namespace mapping: the file must hold one JSON object', 'mapping', null);
  }
  const map = parsed as Record<string, unknown>;
  return {
    exact: new Map(entries(map.namespaces, 'namespaces')),
    prefixes: entries(map.prefixes, 'prefixes').sort(([a], [b]) => b.length - a.length),
  };
}

/** The party whose namespace this is, or null when the mapping names none. */
export function partyOfNamespace(map: NamespaceMap, namespace: string): string | null {
  const exact = map.exact.get(namespace);
  if (exact !== undefined) return exact;
  return map.prefixes.find(([prefix]) => namespace.startsWith(prefix))?.[1] ?? null;
}
