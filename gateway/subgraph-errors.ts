import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { fragmentsOf } from './documents.ts';
import { ErrorCode } from '../infra/errors.ts';
import type { Logger } from '../infra/logger.ts';
import { LIMITS } from './limits.ts';

type ErrorLike = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
  originalError?: { name?: string; cause?: unknown } | null;
};

/**
 * How a subgraph call failed in the transport, if it did: refused or dropped, or not answered
 * by the call's timeout (the call's own signal fires a TimeoutError; the fetch stops with an
 * AbortError caused by it, which the transport passes on as an HTTP error).
 */
function failure(error: unknown): 'unreachable' | 'late' | undefined {
  const { extensions, originalError } = (error ?? {}) as ErrorLike;
  const code = String(extensions?.code);
  // The transport's own code when the abort's reason itself is a TimeoutError.
  if (code === 'TIMEOUT_ERROR') return 'late';
  if (code !== 'SUBREQUEST_HTTP_ERROR') return undefined;
  const cause = originalError?.cause as { name?: string } | null | undefined;
  const timedOut = originalError?.name === 'TimeoutError' || cause?.name === 'TimeoutError';
  return timedOut ? 'late' : 'unreachable';
}

/** The response keys a selection set asks for, but `__typename`, through its fragments, inline or named. */
function keysOf(
  selections: readonly SelectionNode[] | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into: string[] = [],
): string[] {
  for (const selection of selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (key !== '__typename' && !into.includes(key)) into.push(key);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      keysOf(selection.selectionSet.selections, fragments, into);
    } else {
      keysOf(fragments.get(selection.name.value)?.selectionSet.selections, fragments, into);
    }
  }
  return into;
}

/**
 * Where a failed call's error stands: on each field the call was to give, as a failed field
 * of a resolver would. The query planner's own place for an error without a path is the
 * first field of the call, or, for a call for entities, the object they belong to: a caller
 * would read `party` failed where `party.disclosuresSent` did. For a call for entities the
 * paths go through `_entities` and each entity's place in the call, which the planner maps to
 * each entity's place in the answer.
 */
function pathsOf(request: { document?: DocumentNode | null; variables?: Record<string, unknown> }): Path[] {
  const definitions = request.document?.definitions ?? [];
  const operation = definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = fragmentsOf({ definitions });
  const roots = operation?.selectionSet.selections ?? [];
  const entities = roots.find(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  if (entities === undefined) return keysOf(roots, fragments).map((key) => [key]);
  const representations = request.variables?.['representations'];
  const count = Array.isArray(representations) ? representations.length : 0;
  const keys = keysOf(entities.selectionSet?.selections, fragments);
  return Array.from({ length: count }, (_, index) => keys.map((key) => ['_entities', index, key])).flat();
}

type Path = ReadonlyArray<string | number>;

/** The caller closed its connection: every call made for it was stopped on purpose. */
const callerLeft = (request: { context?: { request?: { signal?: AbortSignal } } }) =>
  request.context?.request?.signal?.aborted === true;

/**
 * A subgraph that cannot be reached or does not answer in time fails the fields it resolves
 * with SUBGRAPH_UNAVAILABLE and a message that names it. Left alone, the gateway masks a refused
 * connection as "Unexpected error." and passes a timeout on with the subgraph's address and the
 * request body (variables included). Fields that other subgraphs resolve still answer. The
 * transport's own message is logged, not shown; a call stopped because its caller left is the
 * caller's doing, logged as such, so that an operator is not sent after a subgraph that was fine.
 */
export function subgraphUnavailablePlugin(logger: Logger, timeoutMs: number = LIMITS.upstreamTimeoutMs): GatewayPlugin {
  const said = { unreachable: 'could not be reached', late: `did not answer in time (${timeoutMs / 1000} s)` };
  const unavailable = (subgraph: string, error: ErrorLike, left: boolean, paths: Path[]) => {
    const what = said[failure(error) ?? 'unreachable'];
    if (left) logger.info({ subgraph, error: error.message }, `the caller left before subgraph ${subgraph} answered`);
    else logger.warn({ subgraph, error: error.message }, `subgraph ${subgraph} ${what}`);
    const made = (path: Path | undefined) =>
      new GraphQLError(`The ${subgraph} subgraph ${what}; try again once it is back.`, {
        path,
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph },
      });
    return error.path !== undefined || paths.length === 0 ? [made(error.path)] : paths.map(made);
  };
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const wrapped = async (request: Parameters<typeof executor>[0]) => {
        let result: Awaited<ReturnType<typeof executor>>;
        try {
          result = await executor(request);
        } catch (error) {
          if (failure(error) === undefined) throw error;
          return { errors: unavailable(subgraphName, error as ErrorLike, callerLeft(request), pathsOf(request)) };
        }
        if (Symbol.asyncIterator in result || !result.errors?.some((error) => failure(error) !== undefined)) {
          return result;
        }
        const paths = pathsOf(request);
        const errors = result.errors.flatMap((error) =>
          failure(error) === undefined ? [error] : unavailable(subgraphName, error, callerLeft(request), paths),
        );
        return { ...result, errors };
      };
      setExecutor(wrapped as typeof executor);
    },
  };
}
