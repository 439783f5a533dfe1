import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isNonNullType,
  Kind,
  parse,
  print,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf } from './documents.ts';
import { directivesNamed, graphNamesOf, ownersOf, providedOf, type Provided } from './join-directives.ts';

/**
 * An operation that one subgraph answers whole: the planner would make exactly one call to it,
 * with the operation as the caller wrote it, and give the caller that call's answer. The
 * gateway then makes that call itself (gateway/direct-calls.ts), without the planner's
 * per-request work on documents.
 */
export type DirectRoute = {
  /** The subgraph's name, as the gateway's transports know it (`registry`). */
  subgraph: string;
  /** The operation and the fragments it uses, nothing else of the caller's document. */
  document: DocumentNode;
  operationName: string | undefined;
  operation: OperationDefinitionNode;
  /** The one root field's response key, and whether the supergraph lets it be null. */
  rootKey: string;
  rootNullable: boolean;
};

/**
 * Finds, from the supergraph's join directives, the subgraph that alone answers an operation,
 * or null when the planner must: more than one root field, a subscription, a directive other
 * than `@skip` and `@include`, or any field another subgraph resolves, that needs fields from
 * another (`requires`), that the subgraph holds under another type (`type`), that it only
 * references (`external`, unless provided along the path), or that was moved to it by a label.
 */
export function directRoutes(
  supergraphDocument: DocumentNode,
): (document: DocumentNode, operationName?: string | null) => DirectRoute | null {
  const supergraph = buildASTSchema(supergraphDocument, { assumeValidSDL: true });
  const graphNames = graphNamesOf(supergraph);
  const routes = new WeakMap<DocumentNode, Map<string, DirectRoute | null>>();
  return (document, operationName) => {
    let byName = routes.get(document);
    if (byName === undefined) routes.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) byName.set(key, routeOf(supergraph, graphNames, document, operationName ?? undefined));
    return byName.get(key) ?? null;
  };
}

/** The route of one operation of a document, or null (see directRoutes). */
function routeOf(
  supergraph: GraphQLSchema,
  graphNames: Map<string, string>,
  document: DocumentNode,
  operationName: string | undefined,
): DirectRoute | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((each) => each.name?.value === operationName);
  if (operation === undefined || operation.operation === 'subscription') return null;
  const rootType = supergraph.getRootType(operation.operation);
  const roots = operation.selectionSet.selections;
  const root = roots[0];
  if (rootType === undefined || rootType === null || roots.length !== 1 || root?.kind !== Kind.FIELD) return null;
  if (root.name.value.startsWith('__')) return null;
  const rootField = rootType.getFields()[root.name.value];
  if (rootField === undefined) return null;
  const fragments = fragmentsOf(document);
  // The subgraph is the one that resolves the root field; every other field must be its too.
  const graph = ownersOf(rootField, rootType).find((join) => !join.external && !join.unsafe)?.graph;
  if (graph === undefined) return null;
  const subgraph = graphNames.get(graph);
  if (subgraph === undefined) return null;
  const used = new Set<string>();
  const walk = new Walk(supergraph, graph, fragments, used);
  if (!walk.operation(operation, rootType)) return null;
  const document_: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...[...used].map((name) => fragments.get(name) as FragmentDefinitionNode)],
  };
  // Parsed from its print, so that the document sent holds nothing of the caller's text.
  return {
    subgraph,
    document: parse(print(document_), { noLocation: true }),
    operationName: operation.name?.value,
    operation,
    rootKey: (root.alias ?? root.name).value,
    rootNullable: !isNonNullType(rootField.type),
  };
}

const ALLOWED_DIRECTIVES = new Set(['skip', 'include']);

/** Walks an operation's selections, true when every one of them is the graph's to resolve. */
class Walk {
  private readonly supergraph: GraphQLSchema;
  private readonly graph: string;
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  /** The fragments the operation uses, which go with it. */
  private readonly used: Set<string>;
  /** Each fragment's walk, by the type and the provided fields it was spread with. */
  private readonly spreads = new Map<string, boolean>();
  private readonly providedKeys = new Map<Provided, number>();

  constructor(
    supergraph: GraphQLSchema,
    graph: string,
    fragments: Map<string, FragmentDefinitionNode>,
    used: Set<string>,
  ) {
    this.supergraph = supergraph;
    this.graph = graph;
    this.fragments = fragments;
    this.used = used;
  }

  operation(operation: OperationDefinitionNode, rootType: GraphQLCompositeType): boolean {
    if (!this.directives(operation.directives)) return false;
    for (const variable of operation.variableDefinitions ?? []) {
      if (!this.directives(variable.directives)) return false;
      let type = variable.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      const named = this.supergraph.getType(type.name.value);
      if (named === undefined || named === null || !this.typeIsOurs(named)) return false;
    }
    return this.selections(operation.selectionSet, rootType, null, new Set());
  }

  private providedKey(provided: Provided | null): string {
    if (provided === null) return '-';
    let key = this.providedKeys.get(provided);
    if (key === undefined) this.providedKeys.set(provided, (key = this.providedKeys.size));
    return String(key);
  }

  private directives(directives: readonly DirectiveNode[] | undefined): boolean {
    return (directives ?? []).every((directive) => ALLOWED_DIRECTIVES.has(directive.name.value));
  }

  /** A type the graph knows: the built-in scalars, or one with a `@join__type` for the graph. */
  private typeIsOurs(type: GraphQLNamedType): boolean {
    if (type.astNode === undefined || type.astNode === null) return true;
    return directivesNamed(type, 'join__type').some((join) => join['graph'] === this.graph);
  }

  /** An abstract type is the graph's when it and each of its possible types are. */
  private compositeIsOurs(type: GraphQLCompositeType): boolean {
    if (!this.typeIsOurs(type)) return false;
    if (!isAbstractType(type)) return true;
    const possible = this.supergraph.getPossibleTypes(type);
    const link = type.astNode?.kind === Kind.UNION_TYPE_DEFINITION ? 'join__unionMember' : 'join__implements';
    return possible.every(
      (each) =>
        this.typeIsOurs(each) &&
        directivesNamed(link === 'join__unionMember' ? type : each, link).some(
          (join) => join['graph'] === this.graph && (join['member'] === each.name || join['interface'] === type.name),
        ),
    );
  }

  private selections(
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    provided: Provided | null,
    visiting: Set<string>,
  ): boolean {
    if (!this.compositeIsOurs(parent)) return false;
    for (const selection of selectionSet.selections) {
      if (!this.directives(selection.directives)) return false;
      if (selection.kind === Kind.FIELD) {
        if (!this.field(selection, parent, provided, visiting)) return false;
        continue;
      }
      const condition =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition
          : this.fragments.get(selection.name.value)?.typeCondition;
      const type = condition === undefined ? parent : this.supergraph.getType(condition.name.value);
      if (type === undefined || type === null || !isCompositeType(type)) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!this.selections(selection.selectionSet, type, provided, visiting)) return false;
        continue;
      }
      const name = selection.name.value;
      const fragment = this.fragments.get(name);
      if (fragment === undefined || visiting.has(name) || !this.directives(fragment.directives)) return false;
      this.used.add(name);
      // A fragment is the graph's or not whatever the place it is spread in, given its type and
      // what is provided there: walked once, so that fragments spreading fragments twice over
      // cannot make the walk exponential (it runs before the operation's cost is checked).
      const key = `${name}\u0000${type.name}\u0000${this.providedKey(provided)}`;
      let ours = this.spreads.get(key);
      if (ours === undefined) {
        ours = this.selections(fragment.selectionSet, type, provided, new Set([...visiting, name]));
        this.spreads.set(key, ours);
      }
      if (!ours) return false;
    }
    return true;
  }

  private field(
    node: FieldNode,
    parent: GraphQLCompositeType,
    provided: Provided | null,
    visiting: Set<string>,
  ): boolean {
    const name = node.name.value;
    if (name === '__typename') return true;
    if (name.startsWith('__')) return false;
    const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
    if (field === undefined) return false;
    const join = ownersOf(field, parent).find((each) => each.graph === this.graph);
    if (join === undefined || join.unsafe) return false;
    if (join.external && provided?.has(name) !== true) return false;
    // An abstract parent's field is resolved by each concrete type: each must be the graph's.
    if (isAbstractType(parent)) {
      for (const type of this.supergraph.getPossibleTypes(parent)) {
        const concrete = type.getFields()[name];
        const own = concrete && ownersOf(concrete, type).find((each) => each.graph === this.graph);
        if (own === undefined || own.unsafe || own.external) return false;
      }
    }
    const returned = getNamedType(field.type);
    if (!isCompositeType(returned)) return this.typeIsOurs(returned);
    if (node.selectionSet === undefined) return false;
    const under = join.provides === undefined ? (provided?.get(name) ?? null) : providedOf(join.provides);
    return this.selections(node.selectionSet, returned, under, visiting);
  }
}
