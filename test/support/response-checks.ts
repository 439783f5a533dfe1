import { ErrorCode, REQUEST_ERROR_CODES } from '../../infra/errors.ts';
import type { HttpAnswer } from './stack.ts';

/**
 * The codes a refusal may carry: the service's own (subgraphs/shared/errors.ts) and GraphQL's
 * request errors, which the gateway also uses for what it refuses at the HTTP level
 * (BAD_REQUEST). An unexpected error or an unreachable database is never the right answer
 * to a caller's input, however hostile.
 */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(
  [...Object.values(ErrorCode), ...REQUEST_ERROR_CODES]
    .map(String)
    .filter(
      (code) =>
        code !== ErrorCode.INTERNAL_SERVER_ERROR &&
        code !== ErrorCode.DATABASE_UNAVAILABLE &&
        code !== ErrorCode.DATABASE_AUTH_FAILED,
    ),
);

/** A frame of a JavaScript stack, a source file path or a module folder: what must never reach a client. */
const INTERNALS = [
  /\n\s*at .+:\d+:\d+/,
  /\bat (?:async )?[\w$.<>[\] ]+ \(.+:\d+:\d+\)/,
  /(?:file:\/\/|\/(?:tmp|home|usr|opt|work|root|srv|app)\/)[^\s"]*\.(?:[cm]?js|ts)\b/,
  /node_modules/,
];

/**
 * Everything wrong with one answer to a hostile request, one line each: a 5xx, a body that is
 * not JSON, an error without a code a client can act on, internals in a message or extension.
 */
export function problemsOf(answer: HttpAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.body === null) {
    if (answer.text !== '') problems.push(`a body that is not JSON: ${answer.text.slice(0, 200)}`);
    return problems;
  }
  if (typeof answer.body !== 'object' || Array.isArray(answer.body)) {
    problems.push(`a body that is not a GraphQL response: ${answer.text.slice(0, 200)}`);
    return problems;
  }
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !REFUSAL_CODES.has(code)) {
      const at = error.path === undefined ? '' : ` at ${error.path.join('.')}`;
      problems.push(`an error coded ${String(code)}${at}: ${error.message.slice(0, 300)}`);
    }
    const whole = JSON.stringify(error);
    const leak = INTERNALS.find((pattern) => pattern.test(whole) || pattern.test(error.message));
    if (leak !== undefined) problems.push(`internals (${String(leak)}) in ${whole.slice(0, 300)}`);
  }
  return problems;
}
