import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ASTVisitor, type ExecutionResult, type ValidationContext } from 'graphql';
import { ErrorCode } from '../infra/errors.ts';

/**
 * The spec's rule that an operation's type must exist in the schema, which graphql-js 16
 * leaves to execution (17 has it as KnownOperationTypesRule). Without it a `subscription`
 * passes validation and reaches the auth plugin's field walk, which fails on a root type
 * that does not exist: an INTERNAL_SERVER_ERROR and HTTP 500 for a plain client mistake.
 */
function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation) !== undefined) return;
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
    },
  };
}

/**
 * Variables that do not fit their declared types ("Variable "$y" got invalid value …") come
 * back from the executor without a code, before anything runs: they are the caller's input
 * errors, BAD_USER_INPUT, as Apollo Server codes them.
 */
function codeUncodedRequestErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) =>
    error.extensions?.code !== undefined
      ? error
      : new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          originalError: error.originalError,
          extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT },
        }),
  );
}

/**
 * The GraphQL errors an executor throws instead of answering with them, as the query planner's
 * does for variables that do not fit (one error, or an AggregateError of several): the same
 * request errors, answered as graphql-js's executor answers them. Anything else is thrown on.
 */
function requestErrorsThrown(error: unknown): ExecutionResult {
  const errors =
    error instanceof GraphQLError
      ? [error]
      : error instanceof AggregateError && error.errors.every((each) => each instanceof GraphQLError)
        ? (error.errors as GraphQLError[])
        : null;
  if (errors === null) throw error;
  return { errors: codeUncodedRequestErrors(errors) };
}

const isThenable = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Gives the refusals that graphql-js and the executor make themselves a code a client can act on. */
export function useRequestErrorCodes(): GatewayPlugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        try {
          const result = executeFn(args);
          // Hive's executors may answer with a thenable that is no native Promise.
          return isThenable(result) ? result.then(undefined, requestErrorsThrown) : result;
        } catch (error) {
          return requestErrorsThrown(error);
        }
      });
      return {
        onExecuteDone({ result, setResult }) {
          // A result with errors and no `data` at all is a request the executor refused to
          // start (GraphQL over HTTP: a request error); execution errors come with `data`.
          if (Symbol.asyncIterator in result || 'data' in result || result.errors === undefined) return;
          setResult({ ...result, errors: codeUncodedRequestErrors(result.errors) });
        },
      };
    },
  };
}
