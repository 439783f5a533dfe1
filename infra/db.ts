import neo4j, {
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
  isRetryableError,
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError, DomainError, ErrorCode, InputError } from './errors.ts';
import { BOOKMARK_HEADER, currentScope, type DeadlineError, type RequestScope } from './scope.ts';

export type Neo4jConnection = { uri: string; user: string; password: string; database: string };

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Sees every query the service runs: used by tests to count round trips. */
export type QueryObserver = (query: string, params: Params) => void;

/** A transaction that hands back plain rows: no Neo4j Integer or temporal type escapes it. */
export type Tx = { run<R extends Row = Row>(query: string, params?: Params): Promise<R[]> };

/**
 * The one driver of a process, with read and write helpers that always name the database,
 * always close their session, and share one bookmark manager, so a read that follows a
 * write in any subgraph of this process sees it, on a single server or a cluster.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private readonly observers = new Set<QueryObserver>();
  private readonly connection: Neo4jConnection;

  constructor(connection: Neo4jConnection) {
    this.connection = connection;
    this.name = connection.database;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      userAgent: 'disclosure-tracker',
      maxConnectionPoolSize: 50,
      maxTransactionRetryTime: RETRY_TIME_MS,
    });
  }

  /** Fails with one clear sentence when the server cannot be reached or refuses the credentials. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.name });
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw this.translate(error, true);
    }
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /**
   * One statement in an implicit transaction, for what a managed one cannot run: a
   * `CALL … IN TRANSACTIONS` over the whole graph, committing in batches.
   */
  async autoCommit(query: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.name, bookmarkManager: this.bookmarks });
    try {
      await session.run(query, toNeo4j(params) as Params);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Within a request (subgraphs/shared/scope.ts), a transaction lives no longer than the
   * request's deadline (Neo4j's own transaction timeout ends it there), is named in its
   * metadata so that it is terminated when the caller leaves, waits for the bookmarks the
   * request carries, and leaves its own for the next service.
   */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const scope = currentScope();
    scope?.check();
    if (scope !== undefined) this.terminateWhenStopped(scope);
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(scope !== undefined && scope.bookmarks.length > 0 ? { bookmarks: [...scope.bookmarks] } : {}),
    });
    let running: Promise<T> | undefined;
    try {
      const config = () =>
        scope === undefined
          ? undefined
          : { timeout: Math.max(1, scope.remaining()), metadata: { requestId: scope.requestId, scope: scope.id } };
      if (mode === 'READ') running = this.eachOnItsOwn(session, work, config, scope);
      else {
        const unit = (managed: ManagedTransaction) => {
          // A retry after a transient error starts only while there is time, and the caller is there.
          scope?.check();
          return work(this.wrap(managed, scope));
        };
        running = session.executeWrite(unit, config());
      }
      const result = scope === undefined ? await running : await untilStopped(running, scope.signal);
      if (scope !== undefined && mode === 'WRITE')
        for (const bookmark of session.lastBookmarks()) scope.written.add(bookmark);
      return result;
    } catch (error) {
      throw this.translate(error, false, scope);
    } finally {
      // A request that stopped while Neo4j still waits to begin (for a bookmark it has not
      // reached) does not wait for the session: it closes when Neo4j lets it go. Never before
      // the transaction function has settled: closing hands the connection back to the pool,
      // and the driver's rollback of the stopped transaction would then reach whichever
      // request took the connection next (another caller's read failed so, under load).
      // A stopped transaction usually ends within milliseconds (terminated in Neo4j, rolled
      // back by the driver), and the answer waits for that, so that nothing of the request
      // still runs once it is given; it waits no longer than STOPPING_GRACE_MS.
      if (scope?.signal.aborted && running !== undefined) {
        const settled = running.then(
          () => true,
          () => true,
        );
        const closed = settled.then(() => session.close()).catch(() => undefined);
        await Promise.race([closed, sleep(STOPPING_GRACE_MS, undefined, { ref: false })]);
      } else await session.close();
    }
  }

  private readonly watched = new WeakSet<RequestScope>();

  /** Once per request: when its caller leaves, or its deadline passes, its transactions still running are terminated. */
  private terminateWhenStopped(scope: RequestScope): void {
    if (this.watched.has(scope)) return;
    this.watched.add(scope);
    scope.signal.addEventListener('abort', () => void this.terminate(scope.id).catch(() => undefined), { once: true });
  }

  /** Terminates the transactions of one request scope that are still running; answers how many. */
  async terminate(scopeId: string): Promise<number> {
    const session = this.driver.session({ database: this.name });
    try {
      const result = await session.run(TERMINATE_SCOPE, { scope: scopeId });
      return result.records.length;
    } finally {
      await session.close();
    }
  }

  /**
   * A read runs each of its statements as a transaction of its own (auto-commit): one round
   * trip, where a managed transaction adds a second for its COMMIT (0.6 against 1.0 ms a
   * statement, warm, on the project's machine). Nothing is lost by it: Neo4j reads at
   * read-committed isolation, so the statements of one transaction never read one snapshot
   * either; each sees what was committed when it ran, and every one waits for the request's
   * bookmarks and carries its deadline and scope, as the managed transaction did. The driver
   * retries only managed transactions, so a read is retried here as it retried them: on a
   * transient error or a lost connection, after about 1, 2 and 4 s, for at most RETRY_TIME_MS,
   * never once the caller has gone or the deadline has passed.
   */
  private async eachOnItsOwn<T>(
    session: Session,
    work: (tx: Tx) => Promise<T>,
    config: () => Parameters<Session['run']>[2],
    scope: RequestScope | undefined,
  ): Promise<T> {
    const statements = { run: (query: string, params: Params) => session.run(query, params, config()) };
    return retried(() => work(this.wrap(statements, scope)), scope);
  }

  private wrap(managed: Pick<ManagedTransaction, 'run'>, scope?: RequestScope): Tx {
    return {
      run: async <R extends Row>(query: string, params: Params = {}) => {
        scope?.check();
        for (const observer of this.observers) observer(query, params);
        const converted = toNeo4j(params) as Params;
        const result = await withoutStackTraces(() => managed.run(query, converted));
        return result.records.map((record) => toPlain(record.toObject()) as R);
      },
    };
  }

  /**
   * Neo4j's error codes become ours here, and only here. For the operator (a service starting,
   * a command line) the sentence names the server and what to do; a client of a request hears
   * only that the database is unavailable: the server's address is not its to know.
   */
  private translate(error: unknown, forOperator = false, scope?: RequestScope): unknown {
    if (!(error instanceof Neo4jError)) return error;
    if (scope !== undefined && (TIMED_OUT.has(error.code) || scope.signal.aborted)) {
      // Neo4j ended the transaction at the request's deadline, or because its caller left; or
      // something else failed once the request had stopped, which is then no matter of its.
      return scope.signal.aborted ? (scope.signal.reason as DeadlineError) : scope.expired();
    }
    if (
      error.code === 'Neo.ClientError.Transaction.InvalidBookmark' ||
      error.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture'
    ) {
      return new InputError(
        `the causal bookmark sent (${BOOKMARK_HEADER}) is not one this service gave: send the one a response carried, or none`,
        BOOKMARK_HEADER,
        '(not shown)',
      );
    }
    const where = forOperator ? ` at ${this.connection.uri} (database "${this.name}")` : '';
    const unavailable = (operator: string) =>
      new DatabaseError(
        ErrorCode.DATABASE_UNAVAILABLE,
        forOperator ? operator : 'the database is not available at the moment; try again shortly',
      );
    if (
      error.code === 'Neo.ClientError.Security.Unauthorized' ||
      error.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new DatabaseError(
        ErrorCode.DATABASE_AUTH_FAILED,
        forOperator
          ? `Neo4j${where} refused the credentials of user "${this.connection.user}": set NEO4J_USER and NEO4J_PASSWORD to an account of that server.`
          : 'the service cannot sign in to its database at the moment; its operator has been told',
      );
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return unavailable(
        `Neo4j${where} cannot be reached: start it with "npm run neo4j -- start" or point NEO4J_URI at a running server.`,
      );
    }
    if (error.code === 'Neo.TransientError.General.DatabaseUnavailable') {
      // What a stopping (or still starting) server answers: retried like a lost connection, then this.
      return unavailable(
        `Neo4j${where} answers, but its database is not available (stopping, starting or recovering): try again once it is up.`,
      );
    }
    if (ENDED.has(error.code)) {
      // Ended by the database while the request still had time (it was not stopped, above):
      // what a stopping server does to the transactions still running at its end, and what
      // an operator's TERMINATE TRANSACTIONS does. Nothing of it was written.
      return unavailable(`Neo4j${where} ended the transaction (stopping, or terminated by its operator).`);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // Two submissions of one new id raced; the other won. Resubmitting answers which.
      return new DomainError(
        ErrorCode.CONFLICTING_RESUBMISSION,
        'another submission with the same id was written at the same moment; submit again to see whether it matches',
      );
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return unavailable(`Neo4j${where} has no database "${this.name}": set NEO4J_DATABASE to one it has.`);
    }
    return error;
  }
}

/**
 * How long a transaction is retried after a transient error or a lost connection: with
 * Neo4j stopped, the driver's default of 30 s outlived the gateway's 30 s deadline for a
 * subgraph call. 5 s still retries a deadlock or a dropped connection three times (waiting
 * about 1, 2 and 4 s), and a client hears DATABASE_UNAVAILABLE within about 8 s
 * (test/e2e/faults.test.ts measures it).
 */
const RETRY_TIME_MS = 5_000;
const RETRY_FIRST_DELAY_MS = 1_000;

/** The clock a retry reads and waits on; a test gives its own. */
export type RetryClock = { now(): number; wait(ms: number): Promise<unknown> };
const realClock: RetryClock = { now: () => Date.now(), wait: (ms) => sleep(ms) };

/**
 * Runs `attempt` again after a transient error or a lost connection (what the driver retries
 * for a managed transaction), waiting about 1, 2, 4 s … (±20 %), until RETRY_TIME_MS have
 * passed since the first attempt; never once the caller has gone or the deadline has passed
 * (the request's own error then). Anything else is thrown as it came.
 */
export async function retried<T>(
  attempt: () => Promise<T>,
  scope: RequestScope | undefined,
  clock: RetryClock = realClock,
): Promise<T> {
  const started = clock.now();
  for (let delay = RETRY_FIRST_DELAY_MS; ; delay *= 2) {
    scope?.check();
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryableError(error) || scope?.signal.aborted || clock.now() - started >= RETRY_TIME_MS) throw error;
      await clock.wait(delay * (0.8 + Math.random() * 0.4));
    }
  }
}

/** How long the answer to a stopped request waits for its transaction to end. */
const STOPPING_GRACE_MS = 1_000;

/** What Neo4j answers for a transaction it ended at its timeout (the request's deadline, given as the transaction's). */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * What Neo4j answers for a transaction terminated: by the service itself when a request
 * stops (its signal then says why), or by the database, stopping, or by its operator.
 */
const ENDED = new Set([
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/** Terminates the transactions still running whose metadata names one request scope. */
const TERMINATE_SCOPE = /* cypher */ `
  SHOW TRANSACTIONS YIELD transactionId, metaData
  WHERE metaData.scope = $scope
  TERMINATE TRANSACTIONS transactionId
  YIELD transactionId AS terminated
  RETURN terminated`;

/**
 * Starts a statement with no stack trace captured. The driver captures and formats its
 * caller's stack for every statement it runs, to hand it to the statement's error should it
 * fail: 4% of the service's time under the load benchmark's mix, for a stack that `translate`
 * replaces with the service's own error in every case the service names (a timeout, a lost
 * database, a bad bookmark). An error the service does not name keeps its message and code,
 * without its caller's frames. The driver starts a statement synchronously, so nothing else
 * runs while the limit is off, and it is restored however the start ends.
 */
export function withoutStackTraces<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Converts parameters for the driver: a whole JS number becomes a Neo4j Integer, since
 * Cypher refuses a float where it needs an integer (LIMIT, ranges, date parts).
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}

/**
 * Converts driver values to plain JSON-friendly ones: integers to numbers, instants to ISO
 * strings. Lists and maps are converted where they lie, not copied: the driver makes them
 * afresh for each row it hands over, and a history of 100,000 records is millions of them.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: returned before the driver's type checks,
  // six property lookups each.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  if (isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`integer ${value.toString()} is outside the safe range`);
    return value.toNumber();
  }
  if (isDateTime(value) || isDate(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
  return map;
}

/**
 * The work's answer, or the request's reason for stopping as soon as it stops. Neo4j waits
 * for a bookmark before a transaction begins, up to its own bookmark timeout, and a
 * transaction not yet begun has no timeout and cannot be terminated: without this, a read
 * sent to a cluster member that lags would outlive the request's deadline.
 */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error as Error);
      },
    );
  });
}
