import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from './errors.ts';

/**
 * How long a subgraph works on a request that names no deadline of its own: the gateway's
 * time for one subgraph call (the gateway's limits take it from here), so that a subgraph
 * stops when the gateway would stop waiting for it.
 */
export const DEFAULT_DEADLINE_MS = 30_000;

/** The header in which a client gets, and sends back, what its writes wrote (Neo4j bookmarks). */
export const BOOKMARK_HEADER = 'x-causal-bookmark';

/** The request ran out of time, or its caller left: its work was stopped, nothing half written. */
export class DeadlineError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.DEADLINE_EXCEEDED, message, extensions);
  }
}

/**
 * What one request to a subgraph may spend, and what it has written: the deadline its work
 * stops at, a signal aborted when its caller leaves, the bookmarks its reads must wait for
 * (writes another service made first, carried by the gateway), and those its own writes
 * leave for the next service to wait for.
 */
export class RequestScope {
  /** Names this request's Neo4j transactions (their metadata), so that they can be terminated. */
  readonly id = randomUUID();
  readonly requestId: string;
  readonly started = Date.now();
  private until: number;
  private readonly controller = new AbortController();
  bookmarks: readonly string[] = [];
  readonly written = new Set<string>();

  constructor(requestId: string, deadline = Date.now() + DEFAULT_DEADLINE_MS) {
    this.requestId = requestId;
    this.until = deadline;
    this.arm();
  }

  get deadline(): number {
    return this.until;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Takes the gateway's deadline (never a later one than this scope's) and its bookmarks. */
  narrow(given: { deadline?: number | null; bookmarks?: readonly string[] | null }): void {
    if (typeof given.deadline === 'number' && Number.isFinite(given.deadline)) {
      this.until = Math.min(this.until, given.deadline);
    }
    if (given.bookmarks) this.bookmarks = given.bookmarks;
    this.arm();
  }

  private timer: NodeJS.Timeout | undefined;

  /**
   * At the deadline the signal aborts too: what waits in Neo4j (a lock, a long query) is
   * terminated then, not when Neo4j next checks its transaction timeouts (every 2 s).
   */
  arm(): void {
    clearTimeout(this.timer);
    if (this.controller.signal.aborted) return;
    this.timer = setTimeout(() => {
      if (!this.controller.signal.aborted) this.controller.abort(this.expired());
    }, this.remaining());
    this.timer.unref();
  }

  /** The answer is sent: nothing is left to stop. */
  finish(): void {
    clearTimeout(this.timer);
  }

  /** Milliseconds left, none once past the deadline. */
  remaining(now = Date.now()): number {
    return Math.max(0, this.until - now);
  }

  /** The caller left: everything still running for it stops. */
  abort(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort(new DeadlineError(this.leftMessage()));
  }

  /**
   * Throws when the work must stop: past the deadline, or the caller gone. Cheap (one clock
   * read), so that a loop over a window's months or a lineage's hops can call it each turn.
   */
  check(now = Date.now()): void {
    if (this.controller.signal.aborted) throw this.controller.signal.reason as DeadlineError;
    if (now >= this.until) throw this.expired();
  }

  expired(): DeadlineError {
    const ms = Math.max(0, this.until - this.started);
    return new DeadlineError(
      `the request ran out of its time (${ms} ms at this service) and was stopped, nothing of it written: ask for less (a shorter window, smaller pages, fewer hops) or try again`,
      { deadlineMs: ms },
    );
  }

  private leftMessage(): string {
    return 'the caller left before the answer was ready; its work was stopped, nothing of it written';
  }
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with `scope` as the current request's: every query and check inside it sees it. */
export function inScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/**
 * Runs work that serves many requests (the access log's group commit) outside the scope of
 * the one that happened to start it: no single caller's deadline or departure may stop it.
 */
export function outsideAnyScope<T>(work: () => T): T {
  return scopes.exit(work);
}

/** The scope of the request being served, if any (a CLI or a migration has none). */
export function currentScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** Throws when the current request must stop; does nothing outside a request. */
export function checkDeadline(): void {
  scopes.getStore()?.check();
}
