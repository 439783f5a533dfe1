import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Walks a client schema to find every place where a caller can put a string, and builds
 * operations that put one there. Nothing here knows the tracker's fields: tests that use
 * it cover fields added later without being edited.
 */

export type OperationKind = 'query' | 'mutation';

/** One field on the way from the root to the field whose argument is under test. */
export type Hop = { parent: string; field: string };

/** A field reached from a root field, with the string places of its arguments. */
export type Target = {
  operation: OperationKind;
  /** The root field first, the field that takes the arguments last. */
  hops: Hop[];
  slots: Slot[];
};

/**
 * One place in a field's arguments that takes a string: the argument name, then input
 * field names, `[]` for a list item. `scalar` is String, ID or a custom scalar.
 */
export type Slot = { path: string[]; scalar: string };

/** Where a value is needed: `Mutation.recordDisclosure(input)` or `RecordDisclosureInput.at`. */
export type Place = {
  operation: OperationKind;
  /** The argument's or input field's name. */
  name: string;
  /** `Type.field(argument)` for an argument, `Input.field` for an input field. */
  coordinate: string;
  /** The named type of the value. */
  type: GraphQLScalarType | GraphQLEnumType;
  /** The named return type of the field that takes the argument. */
  returns: string;
};

/** Gives a valid value for one required place, or for the root of an argument under test. */
export type ValueSource = (place: Place) => unknown;

export type Operation = { text: string; variables: Record<string, unknown> };

const NUMERIC = new Set(['Int', 'Float', 'Boolean']);

/** String, ID and every custom scalar: the types a string can be sent as. */
export function isStringLike(type: GraphQLScalarType): boolean {
  return !NUMERIC.has(type.name);
}

export function formatPath(path: readonly string[]): string {
  return path.reduce((text, part) => (part === '[]' ? `${text}[]` : text === '' ? part : `${text}.${part}`), '');
}

export function coordinateOf(target: Pick<Target, 'hops'>): string {
  const last = target.hops.at(-1) as Hop;
  return `${last.parent}.${last.field}`;
}

function slotsOf(type: GraphQLInputType, path: string[], seen: ReadonlySet<string>): Slot[] {
  if (isNonNullType(type)) return slotsOf(type.ofType, path, seen);
  if (isListType(type)) return slotsOf(type.ofType, [...path, '[]'], seen);
  if (isInputObjectType(type)) {
    // A recursive input type is followed once, which reaches each of its fields.
    if (seen.has(type.name)) return [];
    const inner = new Set([...seen, type.name]);
    return Object.values(type.getFields()).flatMap((field) => slotsOf(field.type, [...path, field.name], inner));
  }
  if (isEnumType(type)) return [];
  return isStringLike(type) ? [{ path, scalar: type.name }] : [];
}

function argumentSlots(field: GraphQLField<unknown, unknown>): Slot[] {
  return field.args.flatMap((arg) => slotsOf(arg.type, [arg.name], new Set()));
}

function rootOf(schema: GraphQLSchema, operation: OperationKind): GraphQLObjectType | null {
  return (operation === 'query' ? schema.getQueryType() : schema.getMutationType()) ?? null;
}

/**
 * Every root field of Query and Mutation (with or without string arguments), then every
 * other field with a string argument, reached by the shortest path from a root field
 * (breadth first, Query before Mutation, so that a nested field is read, not written).
 */
export function findTargets(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  const queue: Array<{ operation: OperationKind; hops: Hop[]; type: GraphQLObjectType }> = [];
  const visited = new Set<string>();
  for (const operation of ['query', 'mutation'] as const) {
    const root = rootOf(schema, operation);
    if (root === null) continue;
    visited.add(root.name);
    for (const field of Object.values(root.getFields())) {
      const hops = [{ parent: root.name, field: field.name }];
      targets.push({ operation, hops, slots: argumentSlots(field) });
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push({ operation, hops, type: named });
    }
  }
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (visited.has(next.type.name)) continue;
    visited.add(next.type.name);
    for (const field of Object.values(next.type.getFields())) {
      const hops = [...next.hops, { parent: next.type.name, field: field.name }];
      const slots = argumentSlots(field);
      if (slots.length > 0) targets.push({ operation: next.operation, hops, slots });
      const named = getNamedType(field.type);
      if (isObjectType(named) && !visited.has(named.name)) queue.push({ operation: next.operation, hops, type: named });
    }
  }
  return targets;
}

function isRequired(input: { type: GraphQLInputType; defaultValue?: unknown }): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

/**
 * A value of `type`: valid everywhere except at `rest` (the remaining path to the slot
 * under test), which gets `payload`. `rest` is null off the path.
 */
function valueOf(
  type: GraphQLInputType,
  place: Omit<Place, 'type'>,
  rest: readonly string[] | null,
  payload: string,
  source: ValueSource,
): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, place, rest, payload, source);
  if (isListType(type)) {
    const onPath = rest !== null && rest[0] === '[]';
    return [valueOf(type.ofType, place, onPath ? rest.slice(1) : null, payload, source)];
  }
  if (rest !== null && rest.length === 0) return payload;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const onPath = rest !== null && rest[0] === field.name;
      if (!onPath && !isRequired(field)) continue;
      const inner = { ...place, name: field.name, coordinate: `${type.name}.${field.name}` };
      value[field.name] = valueOf(field.type, inner, onPath ? rest.slice(1) : null, payload, source);
    }
    return value;
  }
  return source({ ...place, type });
}

function leafFields(type: GraphQLObjectType) {
  return Object.values(type.getFields()).filter((field) => !field.args.some(isRequired));
}

/** `__typename` and the first leaf field, or else the first object field, recursively. */
export function minimalSelection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth > 5) return '{ __typename }';
  const fields = leafFields(named);
  const leaf = fields.find((field) => isLeafType(getNamedType(field.type)));
  if (leaf !== undefined) return `{ __typename ${leaf.name} }`;
  const object = fields.find((field) => isObjectType(getNamedType(field.type)));
  if (object === undefined) return '{ __typename }';
  return `{ __typename ${object.name} ${minimalSelection(object.type, depth + 1)} }`;
}

/**
 * An operation that reaches the target's last field with every required argument valid and,
 * when `slot` is given, `payload` at the slot. Every argument is a variable: the operation
 * text is the same for every payload.
 */
export function buildOperation(
  schema: GraphQLSchema,
  target: Target,
  slot: Slot | null,
  payload: string,
  source: ValueSource,
  name = 'Injection',
): Operation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  let type: GraphQLObjectType | null = rootOf(schema, target.operation);
  const fields: Array<{ field: GraphQLField<unknown, unknown>; args: string }> = [];
  target.hops.forEach((hop, index) => {
    const field = type?.getFields()[hop.field];
    if (type === null || field === undefined) throw new Error(`${hop.parent}.${hop.field} is not in the schema`);
    const last = index === target.hops.length - 1;
    const args = field.args.flatMap((arg: GraphQLArgument) => {
      const onPath = last && slot !== null && slot.path[0] === arg.name;
      if (!onPath && !isRequired(arg)) return [];
      const variable = `a${index}_${arg.name}`;
      definitions.push(`$${variable}: ${String(arg.type)}`);
      const place = {
        operation: target.operation,
        name: arg.name,
        coordinate: `${hop.parent}.${hop.field}(${arg.name})`,
        returns: getNamedType(field.type).name,
      };
      variables[variable] = valueOf(arg.type, place, onPath ? slot.path.slice(1) : null, payload, source);
      return [`${arg.name}: $${variable}`];
    });
    fields.push({ field, args: args.length > 0 ? `(${args.join(', ')})` : '' });
    const named = getNamedType(field.type);
    type = isObjectType(named) ? named : null;
  });
  const innermost = fields.at(-1) as { field: GraphQLField<unknown, unknown> };
  const body = fields.reduceRight(
    (inner, { field, args }) => `{ ${field.name}${args} ${inner} }`,
    minimalSelection(innermost.field.type),
  );
  const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  return { text: `${target.operation} ${name}${header} ${body}`, variables };
}

function scopeGroups(directives: readonly ConstDirectiveNode[] = []): string[][][] {
  return directives.flatMap((directive) => {
    const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
    if (directive.name.value !== 'requiresScopes' || argument?.value.kind !== Kind.LIST) return [];
    return [
      argument.value.values.map((group) =>
        group.kind === Kind.LIST ? group.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [],
      ),
    ];
  });
}

/**
 * What a supergraph's `@requiresScopes` demand, by field coordinate: a list of requirements
 * (the type's and the field's), each an OR of AND groups of scopes.
 */
export function requiredScopes(supergraph: DocumentNode): Map<string, string[][][]> {
  const scopes = new Map<string, string[][][]>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeGroups = scopeGroups(definition.directives);
    for (const field of definition.fields ?? []) {
      const coordinate = `${definition.name.value}.${field.name.value}`;
      scopes.set(coordinate, [...(scopes.get(coordinate) ?? []), ...typeGroups, ...scopeGroups(field.directives)]);
    }
  }
  return scopes;
}

/**
 * The single roles that every hop's `@requiresScopes` admits, those the root field names
 * first, in its own order, then the others of `roles` in theirs.
 */
export function rolesFor(target: Target, scopes: Map<string, string[][][]>, roles: readonly string[]): string[] {
  const requirements = target.hops.flatMap((hop) => scopes.get(`${hop.parent}.${hop.field}`) ?? []);
  const root = target.hops[0] as Hop;
  const preferred = (scopes.get(`${root.parent}.${root.field}`) ?? []).flat(2);
  const admits = (role: string) =>
    requirements.every((groups) => groups.some((group) => group.length === 1 && group[0] === role));
  return [...new Set([...preferred, ...roles])].filter(admits);
}
