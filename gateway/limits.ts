import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Exposure } from '../subgraphs/shared/config.ts';
import { ErrorCode } from '../subgraphs/shared/errors.ts';

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
  maxCost: 20000,
  batchSize: 5,
  requestDeadlineMs: 60_000,
  upstreamTimeoutMs: 30_000,
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

export function limitOptions(): Pick<GatewayConfig, 'batching' | 'requestDeadline' | 'upstreamTimeout'> {
  return {
    batching: { limit: LIMITS.batchSize },
    requestDeadline: LIMITS.requestDeadlineMs,
    upstreamTimeout: LIMITS.upstreamTimeoutMs,
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
    costLimit: { maxCost: LIMITS.maxCost, ...rejectAsInvalid },
    blockFieldSuggestion: { enabled: !exposure.introspection },
  };
  return [EnvelopArmorPlugin(armor), useShapeLimits(), ...(exposure.introspection ? [] : [useDisableIntrospection()])];
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
 * nested too deep to parse safely and variables too long or too deep to coerce cheaply.
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
      if (excess !== null) setResult(refusal(`variables: ${excess}`, ErrorCode.BAD_USER_INPUT));
    },
  };
}
