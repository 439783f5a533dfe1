import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.ts';

/** An instant with its offset, as the county's systems record it: 2025-03-01T09:30:00-06:00. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): string {
  if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new GraphQLError(
    `DateTime must be an ISO 8601 instant with an offset, e.g. 2025-03-01T09:30:00-06:00; got ${JSON.stringify(value)}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, value } },
  );
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with its UTC offset, e.g. 2025-03-01T09:30:00-06:00.',
  serialize: (value) => parseInstant(value),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
