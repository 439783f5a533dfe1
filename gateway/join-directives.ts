/**
 * What a composed supergraph's join directives say: which subgraph each enum value of
 * `join__Graph` names, which subgraphs resolve a field, and which fields one provides.
 */
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the supergraph's join directives say of one field, for one subgraph. */
export type Join = { graph: string | undefined; external: boolean; unsafe: boolean; provides: string | undefined };

const argumentsOf = (directive: DirectiveNode): Record<string, unknown> =>
  Object.fromEntries(
    (directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]),
  );

export function directivesNamed(node: { astNode?: { directives?: readonly DirectiveNode[] } | null }, name: string) {
  return (node.astNode?.directives ?? []).filter((directive) => directive.name.value === name).map(argumentsOf);
}

/** Fields a `provides` field set names, with the field sets under each; null when it is more than plain fields. */
export type Provided = Map<string, Provided>;

const providedSets = new Map<string, Provided | null>();

/** The fields a `provides` names, read once for each field set. */
export function providedOf(fields: string): Provided | null {
  if (!providedSets.has(fields)) providedSets.set(fields, readProvided(fields));
  return providedSets.get(fields) ?? null;
}

function readProvided(fields: string): Provided | null {
  const read = (selectionSet: SelectionSetNode | undefined): Provided | null => {
    const provided: Provided = new Map();
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return null;
      const under = selection.selectionSet === undefined ? new Map() : read(selection.selectionSet);
      if (under === null) return null;
      provided.set(selection.name.value, under);
    }
    return provided;
  };
  try {
    const document = parse(`{ ${fields} }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    return read(operation.selectionSet);
  } catch {
    return null;
  }
}

export function graphNamesOf(supergraph: GraphQLSchema): Map<string, string> {
  const graphs = supergraph.getType('join__Graph');
  const names = new Map<string, string>();
  if (graphs === undefined || graphs === null || !('getValues' in graphs)) return names;
  for (const value of graphs.getValues()) {
    const name = directivesNamed(value, 'join__graph')[0]?.['name'];
    if (typeof name === 'string') names.set(value.name, name);
  }
  return names;
}

/** Every subgraph's join of a field: its own `@join__field`s, or its type's `@join__type`s when it has none. */
export function ownersOf(field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType): Join[] {
  const fields = directivesNamed(field, 'join__field');
  if (fields.length > 0) {
    return fields.map((join) => ({
      graph: typeof join['graph'] === 'string' ? join['graph'] : undefined,
      external: join['external'] === true,
      unsafe:
        join['requires'] !== undefined ||
        join['type'] !== undefined ||
        join['usedOverridden'] === true ||
        join['overrideLabel'] !== undefined,
      provides: typeof join['provides'] === 'string' ? join['provides'] : undefined,
    }));
  }
  return directivesNamed(parent, 'join__type').map((join) => ({
    graph: typeof join['graph'] === 'string' ? join['graph'] : undefined,
    external: false,
    unsafe: join['isInterfaceObject'] === true,
    provides: undefined,
  }));
}
