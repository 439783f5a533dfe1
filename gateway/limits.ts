import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Exposure } from '../infra/config.ts';
import { DEFAULT_DEADLINE_MS } from '../infra/scope.ts';
import { ErrorCode } from '../infra/errors.ts';
import { MAX_COST, operationCost } from './cost.ts';

/**
 * What one operation may ask for. A lineage query is deep by nature (party → disclosures →
 * recipient → disclosures …), so depth allows a few hops, while cost, aliases and tokens
 * stop a single request from fanning out over the whole county.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 4000,
  /** gateway/cost.ts: computed on the coerced variables, page sizes multiplied, windows weighed. */
  maxCost: MAX_COST,
  batchSize: 5,
  requestDeadlineMs: 60_000,
  /** One subgraph call; a subgraph called with no deadline stops at the same time. */
  upstreamTimeoutMs: DEFAULT_DEADLINE_MS,
  /**
   * The longest list a variable may hold: the longest any field accepts, a disclosure's
   * 10,000 records (lineage's CALL_LIMITS) or a deletion confirmation's. Checked before the
   * document is parsed, so that a million ids cost a length check, not a coercion and a
   * round trip to a subgraph that would refuse them anyway.
   */
  maxListItems: 10_000,
  /** How deep variables may nest: no input type of the API comes near it. */
  maxVariableDepth: 32,
  /**
   * How deep brackets ({, [, () may nest in a document. graphql-js parses by recursion, and
   * under the token limit a document of 1,500 nested selections overflows the stack (an
   * INTERNAL_SERVER_ERROR, HTTP 500); the depth limit is only checked on a parsed document.
   * The deepest valid operation (12 selection levels, arguments, nested inputs) needs about 20.
   */
  maxBracketDepth: 64,
} as const;

/**
 * The subgraph call's own timeout (LIMITS.upstreamTimeoutMs) is not Hive's `upstreamTimeout`
 * but a signal of the call's own, given where the call is signed (gateway/auth.ts): Hive's
 * joins its timer to the HTTP executor's signal that lives as long as the gateway, whose
 * listeners then pile up between two garbage collections, each new one checked against about
 * a thousand others, on every subgraph call.
 */
export function limitOptions(): Pick<GatewayConfig, 'batching' | 'requestDeadline'> {
  return {
    batching: { limit: LIMITS.batchSize },
    requestDeadline: LIMITS.requestDeadlineMs,
  };
}

/**
 * graphql-armor throws its refusals from inside validation as bare GraphQLErrors ("Syntax
 * Error: …", no code, HTTP 200): rethrown as the validation errors they are, with the code
 * and the HTTP status graphql-js's own validation errors get.
 */
const rejectAsInvalid = {
  onReject: [
    (_context: unknown, error: GraphQLError) => {
      throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: true } },
      });
    },
  ],
};

export function limitPlugins(exposure: Exposure) {
  const armor: Parameters<typeof EnvelopArmorPlugin>[0] = {
    maxDepth: { n: LIMITS.maxDepth, ...rejectAsInvalid },
    // graphql-armor lets `__typename` be aliased without limit by default: 1,300 of them fit
    // under the token limit. Every alias counts here.
    maxAliases: { n: LIMITS.maxAliases, allowList: [], ...rejectAsInvalid },
    maxDirectives: { n: LIMITS.maxDirectives, ...rejectAsInvalid },
    // Counted while parsing: the parser's refusal already carries GRAPHQL_PARSE_FAILED.
    maxTokens: { n: LIMITS.maxTokens },
    // graphql-armor's cost counts only page sizes written as literals; gateway/cost.ts counts
    // the coerced ones (useOperationCost).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !exposure.introspection },
  };
  return [
    EnvelopArmorPlugin(armor),
    useShapeLimits(),
    useOperationCost(),
    ...(exposure.introspection ? [] : [useDisableIntrospection()]),
  ];
}

/**
 * Refuses an operation whose cost (gateway/cost.ts), with its variables coerced and the
 * schema's defaults applied, is over the limit: before any subgraph is called, naming the
 * cost, the limit and the fields that weigh most.
 */
function useOperationCost(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measured = operationCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | null | undefined,
      );
      if (measured === null || measured.cost <= LIMITS.maxCost) return;
      const heaviest = measured.largest.map((part) => `${part.path} ${part.cost}`).join(', ');
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `the operation would cost ${measured.cost}, over the limit of ${LIMITS.maxCost} (page sizes multiplied, windows weighed by their months; heaviest: ${heaviest}): ask for smaller pages or a shorter window`,
            {
              extensions: {
                code: 'GRAPHQL_VALIDATION_FAILED',
                cost: measured.cost,
                limit: LIMITS.maxCost,
                http: { status: 400 },
              },
            },
          ),
        ],
      });
    },
  };
}

/**
 * The first list longer than `maxItems`, or nesting deeper than `maxDepth`, in a request's
 * variables, as a path (`$ids`, `$input.records`). Walked with a stack of its own, so that a
 * hostile nesting cannot overflow the call stack.
 */
export function variableExcess(variables: unknown, maxItems: number, maxDepth: number): string | null {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: variables, path: '$', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path, depth } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return `${path} nests deeper than ${maxDepth} levels`;
    if (Array.isArray(value)) {
      if (value.length > maxItems) return `${path} holds ${value.length} items; a list may hold at most ${maxItems}`;
      value.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
    } else {
      for (const [key, inner] of Object.entries(value)) {
        pending.push({ value: inner, path: path === '$' ? `$${key}` : `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * The first string in a request's variables that is not valid Unicode (a lone UTF-16
 * surrogate, which JSON's \ud800 escapes can carry), as a path; null when all are. Such a
 * string could not be stored as sent, nor hashed into a ledger.
 */
function malformedString(variables: unknown): string | null {
  const pending: Array<{ value: unknown; path: string }> = [{ value: variables, path: '$' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (!key.isWellFormed()) return path;
        pending.push({ value: inner, path: path === '$' ? `$${key}` : `${path}.${key}` });
      }
    }
  }
  return null;
}

/**
 * How deep brackets nest in a GraphQL document, counted up to `limit + 1` at most; strings,
 * block strings and comments skipped.
 */
export function bracketDepth(document: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < document.length && deepest <= limit; i += 1) {
    const char = document[i];
    if (char === '#') {
      while (i < document.length && document[i] !== '\n' && document[i] !== '\r') i += 1;
    } else if (char === '"' && document.startsWith('"""', i)) {
      i += 3;
      while (i < document.length && !document.startsWith('"""', i)) i += document.startsWith('\\"""', i) ? 4 : 1;
      i += 2;
    } else if (char === '"') {
      for (i += 1; i < document.length && document[i] !== '"' && document[i] !== '\n'; i += 1) {
        if (document[i] === '\\') i += 1;
      }
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === '}' || char === ']' || char === ')') {
      depth -= 1;
    }
  }
  return deepest;
}

const refusal = (message: string, code: string) => ({
  errors: [new GraphQLError(message, { extensions: { code, http: { status: 400 } } })],
});

/**
 * Refuses, as soon as the request's JSON is read and before any GraphQL work, a document
 * nested too deep to parse safely, variables too long or too deep to coerce cheaply, and
 * text that is not valid Unicode.
 */
function useShapeLimits(): GatewayPlugin {
  return {
    onParams({ params, setResult }) {
      const depth = typeof params.query === 'string' ? bracketDepth(params.query, LIMITS.maxBracketDepth) : 0;
      if (depth > LIMITS.maxBracketDepth) {
        const message = `the document nests brackets more than ${LIMITS.maxBracketDepth} levels deep`;
        return setResult(refusal(message, 'GRAPHQL_PARSE_FAILED'));
      }
      const excess = variableExcess(params.variables, LIMITS.maxListItems, LIMITS.maxVariableDepth);
      if (excess !== null) return setResult(refusal(`variables: ${excess}`, ErrorCode.BAD_USER_INPUT));
      if (typeof params.query === 'string' && !params.query.isWellFormed()) {
        return setResult(
          refusal('the document is not valid Unicode: it holds a lone surrogate', ErrorCode.BAD_USER_INPUT),
        );
      }
      const malformed = malformedString(params.variables);
      if (malformed !== null) {
        setResult(
          refusal(`variables: ${malformed} is not valid Unicode: it holds a lone surrogate`, ErrorCode.BAD_USER_INPUT),
        );
      }
    },
  };
}
