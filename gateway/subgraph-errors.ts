import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
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
  const unavailable = (subgraph: string, error: ErrorLike, left: boolean) => {
    const what = said[failure(error) ?? 'unreachable'];
    if (left) logger.info({ subgraph, error: error.message }, `the caller left before subgraph ${subgraph} answered`);
    else logger.warn({ subgraph, error: error.message }, `subgraph ${subgraph} ${what}`);
    return new GraphQLError(`The ${subgraph} subgraph ${what}; try again once it is back.`, {
      path: error.path,
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph },
    });
  };
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const wrapped = async (request: Parameters<typeof executor>[0]) => {
        let result: Awaited<ReturnType<typeof executor>>;
        try {
          result = await executor(request);
        } catch (error) {
          if (failure(error) === undefined) throw error;
          return { errors: [unavailable(subgraphName, error as ErrorLike, callerLeft(request))] };
        }
        if (Symbol.asyncIterator in result || !result.errors?.some((error) => failure(error) !== undefined)) {
          return result;
        }
        const errors = result.errors.map((error) =>
          failure(error) === undefined ? error : unavailable(subgraphName, error, callerLeft(request)),
        );
        return { ...result, errors };
      };
      setExecutor(wrapped as typeof executor);
    },
  };
}
