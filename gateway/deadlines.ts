import { InputError } from '../infra/errors.ts';
import { BOOKMARK_HEADER } from '../infra/scope.ts';
import { LIMITS } from './limits.ts';

/**
 * A request's time and causality as the gateway carries them to the subgraphs.
 *
 * Deadline: a request has LIMITS.requestDeadlineMs, or less when its client asks
 * (`x-request-timeout: <ms>`); each subgraph call gets what is left of it, at most
 * LIMITS.upstreamTimeoutMs, less a margin so that the subgraph, which stops its resolvers and
 * its Neo4j transactions at that instant, answers DEADLINE_EXCEEDED before the gateway stops
 * waiting for it.
 *
 * Bookmarks: what a subgraph call wrote (Neo4j bookmarks) is carried to every later call of
 * the same request, and back to the client (`x-causal-bookmark`), which may send it with its
 * next request, so that a read through any subgraph, on any member of a cluster, sees a write
 * made through another.
 */
const TIMEOUT_HEADER = 'x-request-timeout';
/** The most time kept back from a subgraph call's deadline for its answer to reach the gateway. */
export const DEADLINE_MARGIN_MS = 1_000;
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1_024;

export type Causality = { deadline: number; bookmarks: Set<string>; wrote: boolean };

/** The client's timeout header: whole milliseconds from 1 to the request deadline. */
function timeoutOf(header: string | null): number {
  if (header === null) return LIMITS.requestDeadlineMs;
  const ms = /^\d{1,9}$/.test(header.trim()) ? Number(header.trim()) : Number.NaN;
  if (!(ms >= 1 && ms <= LIMITS.requestDeadlineMs)) {
    throw new InputError(
      `${TIMEOUT_HEADER} must be whole milliseconds from 1 to ${LIMITS.requestDeadlineMs}, got "${header.slice(0, 40)}"`,
      TIMEOUT_HEADER,
      header.slice(0, 40),
    );
  }
  return ms;
}

/** The bookmark a client sent back: what an earlier response gave it, unchanged. */
function bookmarksOf(header: string | null): string[] {
  if (header === null || header === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length > MAX_BOOKMARKS ||
    !parsed.every((item) => typeof item === 'string' && item.length > 0 && item.length <= MAX_BOOKMARK_LENGTH)
  ) {
    throw new InputError(
      `${BOOKMARK_HEADER} must be a value an earlier response of this service carried in ${BOOKMARK_HEADER}, unchanged`,
      BOOKMARK_HEADER,
      '(not shown)',
    );
  }
  return parsed as string[];
}

/** A request's deadline and the bookmarks it starts from, or the error its headers earn. */
export function causalityOf(headers: Headers, now = Date.now()): Causality {
  return {
    deadline: now + timeoutOf(headers.get(TIMEOUT_HEADER)),
    bookmarks: new Set(bookmarksOf(headers.get(BOOKMARK_HEADER))),
    wrote: false,
  };
}

/**
 * The deadline of one subgraph call made now: what is left of the request's, at most the
 * gateway's time for one call, less a margin (a tenth of it, from 50 ms to DEADLINE_MARGIN_MS).
 */
export function callDeadline(causality: Causality, now = Date.now()): number {
  const until = Math.min(causality.deadline, now + LIMITS.upstreamTimeoutMs);
  const margin = Math.min(DEADLINE_MARGIN_MS, Math.max(50, Math.floor((until - now) / 10)));
  return until - margin;
}

/** The header value that gives a client its bookmarks back. */
export function bookmarkHeader(causality: Causality): string {
  return Buffer.from(JSON.stringify([...causality.bookmarks].slice(-MAX_BOOKMARKS)), 'utf8').toString('base64url');
}
