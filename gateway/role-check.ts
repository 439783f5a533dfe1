import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getDirectiveExtensions } from '@graphql-tools/utils';
import {
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { check, type Requirement } from '../infra/auth/directives.ts';
import type { Claims } from '../infra/auth/tokens.ts';

/** `extensions.refusedBy` of a refusal the gateway made itself (gateway/refusals.ts logs those). */
export const REFUSED_BY_GATEWAY = 'gateway';

/**
 * One field of a document that the role check looks at: its coordinate, what its type and the
 * field itself demand, the node when it carries `@skip` or `@include` (decided per request by
 * the variables), and where the fields nested under it end in the document's list.
 */
type Checked = {
  coordinate: string;
  type: Requirement;
  field: Requirement;
  conditional: FieldNode | null;
  end: number;
};

type Directives = Record<string, unknown[] | undefined>;

function requirementOf(directives: Directives): Requirement {
  const scopes = (directives['requiresScopes']?.[0] as { scopes?: string[][] } | undefined)?.scopes;
  return {
    authenticated: scopes !== undefined || (directives['authenticated']?.length ?? 0) > 0,
    scopes: scopes ?? null,
  };
}

/**
 * The fields of every operation and fragment in the document that federation's
 * `@authenticated` or `@requiresScopes` protects on the supergraph, in the order a visit meets
 * them: the part of the check that depends on the document alone. A field on an introspection
 * type, or with no definition (`__typename`), demands nothing.
 */
function protectedFields(schema: GraphQLSchema, document: DocumentNode): Checked[] {
  const typeInfo = new TypeInfo(schema);
  const checked: Checked[] = [];
  const open: number[] = [];
  const requirements = new Map<object, Requirement>();
  const requirementOfMember = (member: GraphQLObjectType | GraphQLInterfaceType | GraphQLField<unknown, unknown>) => {
    let requirement = requirements.get(member);
    if (requirement === undefined) {
      requirement = requirementOf(getDirectiveExtensions(member, schema) as Directives);
      requirements.set(member, requirement);
    }
    return requirement;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const type = parent === null ? undefined : getNamedType(parent);
          const field =
            type !== undefined && !isIntrospectionType(type) && (isObjectType(type) || isInterfaceType(type))
              ? type.getFields()[node.name.value]
              : undefined;
          if (type === undefined || field === undefined) return void open.push(-1);
          const typeRequirement = requirementOfMember(type as GraphQLObjectType | GraphQLInterfaceType);
          const fieldRequirement = requirementOfMember(field);
          if (!typeRequirement.authenticated && !fieldRequirement.authenticated) return void open.push(-1);
          open.push(checked.length);
          checked.push({
            coordinate: `${type.name}.${field.name}`,
            type: typeRequirement,
            field: fieldRequirement,
            conditional: node.directives?.some(({ name }) => name.value === 'skip' || name.value === 'include')
              ? node
              : null,
            end: 0,
          });
        },
        leave() {
          const index = open.pop() as number;
          if (index >= 0) (checked[index] as Checked).end = checked.length;
        },
      },
    }),
  );
  return checked;
}

/**
 * Whether a field's `@skip` and `@include` let it run with this request's variables. A field
 * the conditions cannot be read for is checked (the stricter way).
 */
function includerOf(schema: GraphQLSchema, args: ExecutionArgs): (node: FieldNode) => boolean {
  const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions ?? [];
  let variables: Record<string, unknown> | null | undefined = args.variableValues;
  if (definitions.length > 0) {
    const coerced = getVariableValues(schema, definitions, args.variableValues ?? {});
    variables = 'coerced' in coerced ? coerced.coerced : undefined;
  }
  return (node) => {
    if (!variables) return true;
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
    } catch {
      return true;
    }
  };
}

/** The refusals of one request: a field refused is not looked into further, as it will not run. */
function refusalsOf(checked: Checked[], user: Claims | null, include: () => (node: FieldNode) => boolean) {
  const bearer = user === null ? null : { id: user.subject, roles: user.roles };
  const refusals: GraphQLError[] = [];
  let included: ((node: FieldNode) => boolean) | undefined;
  for (let i = 0; i < checked.length;) {
    const one = checked[i] as Checked;
    if (one.conditional !== null && !(included ??= include())(one.conditional)) {
      // The field itself will not run; the fields under it are still checked.
      i++;
      continue;
    }
    try {
      check(bearer, one.type, one.coordinate);
      check(bearer, one.field, one.coordinate);
      i++;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      // Marked as the gateway's own, so that gateway/refusals.ts sends it to the access log.
      refusals.push(
        new GraphQLError(error.message, { extensions: { ...error.extensions, refusedBy: REFUSED_BY_GATEWAY } }),
      );
      i = one.end;
    }
  }
  return refusals;
}

/** A request's context as the gateway's plugins read it: the caller its token names, null when anonymous. */
export type RoleContext = { request: Request; currentUser?: Claims | null };

/**
 * Federation's `@authenticated` and `@requiresScopes`, enforced on the supergraph before any
 * subgraph is called: the gateway's half of the role check, the same rule the subgraphs apply
 * again. A request without a token is anonymous and reaches public fields only; a request with
 * a bad token is refused whole, with the reason; a request asking for any field its caller may
 * not read is refused whole, every such field named.
 *
 * Which fields a document asks for, and what each demands, is found once per parsed document
 * (the server keeps one object per query text) and kept with it; each request then checks only
 * its caller's roles against that list. The document itself is passed on untouched, so that what
 * the planner and the delegation keep for a document serves every request that sends it.
 */
export function useRoleCheck(userOf: (request: Request) => Promise<Claims | null>): GatewayPlugin<RoleContext> {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Checked[]>>();
  const checkedIn = (schema: GraphQLSchema, document: DocumentNode): Checked[] => {
    let documents = bySchema.get(schema);
    if (documents === undefined) bySchema.set(schema, (documents = new WeakMap()));
    let checked = documents.get(document);
    if (checked === undefined) documents.set(document, (checked = protectedFields(schema, document)));
    return checked;
  };
  const refuse = ({
    args,
    setResultAndStopExecution,
  }: {
    args: ExecutionArgs & { contextValue: RoleContext };
    setResultAndStopExecution: (result: ExecutionResult) => void;
  }) => {
    const checked = checkedIn(args.schema, args.document);
    if (checked.length === 0) return;
    const refusals = refusalsOf(checked, args.contextValue.currentUser ?? null, () => includerOf(args.schema, args));
    if (refusals.length > 0) setResultAndStopExecution({ data: null, errors: refusals });
  };
  return {
    async onContextBuilding({ context, extendContext }) {
      extendContext({ currentUser: await userOf(context.request) });
    },
    onExecute: refuse,
    onSubscribe: refuse,
  };
}
