import type { GatewayConfigSupergraph, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { handleFederationSupergraph, type UnifiedGraphHandlerOpts } from '@graphql-mesh/fusion-runtime';
import {
  getVariableValues,
  GraphQLError,
  locatedError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
} from 'graphql';
import { directRoutes, type DirectRoute } from './direct-route.ts';

type Handler = NonNullable<GatewayConfigSupergraph['unifiedGraphHandler']>;
type SubgraphExecute = UnifiedGraphHandlerOpts['onSubgraphExecute'];

/**
 * An operation one subgraph answers whole goes to it as one call, made through the same
 * transport as the planner's (so signed, timed, logged and mended as every subgraph call is),
 * without the planner: the caller's variables are checked against the supergraph first, as
 * the planner's executor checks them, and the call's answer is the caller's answer. Every
 * other operation is planned as before. The gateway's own checks (the token, the limits, the
 * cost, the role check) have all run before either.
 *
 * Returns the planner to give the gateway (it only keeps the subgraph call the planner is
 * given) and the plugin that takes the operations it can.
 */
export function directCalls(
  supergraph: DocumentNode,
  planner: Handler = handleFederationSupergraph as Handler,
): { planner: Handler; plugin: GatewayPlugin } {
  const routeOf = directRoutes(supergraph);
  let call: SubgraphExecute | undefined;
  return {
    planner: (options) => {
      call = options.onSubgraphExecute;
      return planner(options);
    },
    plugin: {
      onExecute({ args, setExecuteFn }) {
        const route = call === undefined ? null : routeOf(args.document, args.operationName);
        if (route === null || call === undefined) return;
        const subgraphCall = call;
        setExecuteFn((executed) => answer(subgraphCall, route, executed));
      },
    },
  };
}

const asRequestError = (error: GraphQLError): GraphQLError =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400 } },
  });

/** The caller's answer: the subgraph's data and errors, shaped as the planner's executor shapes them. */
async function answer(call: SubgraphExecute, route: DirectRoute, args: ExecutionArgs): Promise<ExecutionResult> {
  const declared = route.operation.variableDefinitions ?? [];
  const given = (args.variableValues ?? {}) as Record<string, unknown>;
  const checked = getVariableValues(args.schema, declared, given);
  // A request error, as the planner's executor marks it: HTTP 400 for a GraphQL response.
  if (checked.errors !== undefined) return { errors: checked.errors.map(asRequestError) };
  // As the caller sent them, once they are known to fit: the subgraph reads them with the same scalars.
  const variables = Object.fromEntries(
    declared.flatMap(({ variable }) =>
      Object.hasOwn(given, variable.name.value) ? [[variable.name.value, given[variable.name.value]]] : [],
    ),
  );
  const rootNode = route.operation.selectionSet.selections[0] as FieldNode;
  const failed = (errors: readonly GraphQLError[]): ExecutionResult => ({
    data: route.rootNullable ? { [route.rootKey]: null } : null,
    errors,
  });
  let result: Awaited<ReturnType<SubgraphExecute>>;
  try {
    result = await call(route.subgraph, {
      document: route.document,
      ...(route.operationName === undefined ? {} : { operationName: route.operationName }),
      operationType: route.operation.operation,
      variables,
      context: args.contextValue,
      rootValue: args.rootValue,
    });
  } catch (error) {
    return failed([locatedError(error, [rootNode], [route.rootKey])]);
  }
  if (Symbol.asyncIterator in result) {
    return failed([locatedError(new Error('the subgraph answered with a stream'), [rootNode], [route.rootKey])]);
  }
  // As the planner gives them: without the places in the subgraph's document, and on the
  // root field when the subgraph named no field.
  const errors = result.errors?.map(
    (error) =>
      new GraphQLError(error.message, {
        path: error.path ?? [route.rootKey],
        ...(error.extensions === undefined ? {} : { extensions: error.extensions }),
      }),
  );
  if (result.data === undefined || result.data === null) return failed(errors ?? []);
  return errors === undefined ? { data: result.data } : { data: result.data, errors };
}
