import {
  defaultFieldResolver,
  Kind,
  type ConstDirectiveNode,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import type { Principal } from './principal.ts';

/** What a field's (or its type's) federation auth directives demand. */
export type Requirement = { authenticated: boolean; scopes: string[][] | null };

function scopesOf(directive: ConstDirectiveNode): string[][] {
  const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
  if (argument?.value.kind !== Kind.LIST) return [];
  return argument.value.values.map((group) =>
    group.kind === Kind.LIST ? group.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : [])) : [],
  );
}

function requirementOf(directives: readonly ConstDirectiveNode[] = []): Requirement {
  const requirement: Requirement = { authenticated: false, scopes: null };
  for (const directive of directives) {
    if (directive.name.value === 'authenticated') requirement.authenticated = true;
    if (directive.name.value === 'requiresScopes') {
      requirement.authenticated = true;
      requirement.scopes = [...(requirement.scopes ?? []), ...scopesOf(directive)];
    }
  }
  return requirement;
}

/** Who is asking, as far as the directives care. */
export type Bearer = { id: string; roles: readonly string[] };

/** @requiresScopes is an OR of AND groups: one group whose every scope the principal holds. */
export function check(principal: Bearer | null, requirement: Requirement, coordinate: string): void {
  if (!requirement.authenticated) return;
  if (principal === null) throw new UnauthenticatedError(`${coordinate} needs a signed-in principal`);
  if (requirement.scopes === null) return;
  const held = new Set<string>(principal.roles);
  if (!requirement.scopes.some((group) => group.every((scope) => held.has(scope)))) {
    const needed = requirement.scopes.map((group) => group.join(' and ')).join(' or ');
    throw new ForbiddenError(
      `${coordinate} needs the role ${needed}; ${principal.id} has ${principal.roles.join(', ')}`,
      {
        field: coordinate,
      },
    );
  }
}

/**
 * Enforces the SDL's @authenticated and @requiresScopes in the subgraph itself, so that it
 * is safe even if reached around the gateway: the same directives, read from the same file,
 * checked again before every protected field resolves.
 */
export function enforceAuthDirectives(
  schema: GraphQLSchema,
  principalOf: (context: unknown) => Principal | null,
): void {
  for (const named of Object.values(schema.getTypeMap())) {
    // By the AST, not instanceof: the schema may come from another copy of graphql-js.
    if (named.astNode?.kind !== Kind.OBJECT_TYPE_DEFINITION || named.name.startsWith('__')) continue;
    const type = named as GraphQLObjectType;
    const typeRequirement = requirementOf(type.astNode?.directives);
    for (const field of Object.values(type.getFields())) {
      const fieldRequirement = requirementOf(field.astNode?.directives);
      if (!typeRequirement.authenticated && !fieldRequirement.authenticated) continue;
      const coordinate = `${type.name}.${field.name}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const principal = principalOf(context);
        check(principal, typeRequirement, coordinate);
        check(principal, fieldRequirement, coordinate);
        return resolve(source, args, context, info);
      };
    }
  }
}
