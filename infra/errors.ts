import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * Every error code a client can see. Anything else is masked as INTERNAL_SERVER_ERROR and
 * logged whole on the server, so no stack trace or Cypher ever reaches a client.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICTING_RESUBMISSION: 'CONFLICTING_RESUBMISSION',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_AUTH_FAILED: 'DATABASE_AUTH_FAILED',
  /** The request ran out of its time, or its caller left: its work was stopped, nothing of it written. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** Set by the gateway: a subgraph could not be reached; `extensions.serviceName` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of the errors the service means to show: it always carries a code. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** Input that cannot be accepted; names the field and shows the bad value. */
export class InputError extends DomainError {
  constructor(message: string, field: string, value: unknown) {
    super(ErrorCode.BAD_USER_INPUT, message, { field, value });
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, value: unknown) {
    super(ErrorCode.NOT_FOUND, message, { value });
  }
}

/**
 * A refusal that answers exactly as "not found" (what a caller may not read answers
 * as what does not exist), so that the answer tells nothing of another organisation's data.
 * Why it was refused is kept for the access log only, never sent.
 */
export class HiddenRefusal extends NotFoundError {
  readonly refusal: string;
  constructor(message: string, value: unknown, refusal: string) {
    super(message, value);
    this.refusal = refusal;
  }
}

/** The same id was submitted again with other content; nothing was written. */
export class ConflictError extends DomainError {
  constructor(message: string, value: unknown) {
    super(ErrorCode.CONFLICTING_RESUBMISSION, message, { value });
  }
}

export class DatabaseError extends DomainError {}

/** GraphQL's own request errors, which Apollo Server codes and a client must see. */
export const REQUEST_ERROR_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const VISIBLE_CODES = new Set<unknown>([...Object.values(ErrorCode), ...REQUEST_ERROR_CODES]);

/** Whether an error is one the service means to show, by its code (not by its class). */
export const isExpected = (code: unknown): boolean =>
  code !== ErrorCode.INTERNAL_SERVER_ERROR && VISIBLE_CODES.has(code);

/**
 * What the log keeps of an unexpected error: its kind and where it was thrown, never its
 * message, which may quote the input that caused it (a value a caller sent, personal
 * information among it).
 */
export function unexpectedErrorFields(error: unknown): { error: string; code?: string; at: string[] } {
  const unwrapped = unwrapResolverError(error);
  const kind = unwrapped instanceof Error ? unwrapped.name : typeof unwrapped;
  // A library's own code (Neo4j's, Node's) names what failed without any of the input.
  const given = (unwrapped as { code?: unknown } | null)?.code;
  const code = typeof given === 'string' && /^[\w.]{1,120}$/.test(given) ? given : undefined;
  const frames =
    unwrapped instanceof Error
      ? (unwrapped.stack ?? '')
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .map((line) => line.trim())
          .slice(0, 8)
      : [];
  return { error: kind, ...(code === undefined ? {} : { code }), at: frames };
}

/**
 * Apollo Server's `formatError`: passes through errors that carry a code of ours or one of
 * GraphQL's request errors, and masks everything else. The check is by code, not by class,
 * so that it holds whichever copy of `graphql` created the error. The masked ones are logged
 * by the server's plugin (subgraphs/shared/server.ts), one JSON line each with the request id.
 */
export function maskUnexpectedErrors() {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (isExpected(formatted.extensions?.code)) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
