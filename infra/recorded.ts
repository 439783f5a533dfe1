import type { Database, Tx } from './db.ts';
import { ConflictError, DomainError, ErrorCode } from './errors.ts';
import { utc } from './scalars.ts';
import { checkNotFuture } from './validation.ts';

/**
 * Recorded time: when the service wrote a fact down, as opposed to the time the fact states
 * (a disclosure's `at`, an interval's ends). The service sets it and no caller can.
 *
 * Every transaction that records facts first takes the one clock node's write lock and reads
 * its time there, later than every time handed out before. The lock is held until the
 * transaction ends, so recorded times increase in the order transactions commit: once the
 * clock has passed an instant T, every fact recorded at or before T is committed, and an
 * answer "as of T" can never change again. `fence` hands out such a T on purpose (a published
 * report keeps it, and is made again from it identically).
 */
// MERGE under the clock's uniqueness constraint (migration 0012) finds the one node even when
// a graph emptied since its migration makes the first writers race to create it again.
// `before` is the time the last writer before this one was given, read under the lock.
export const RECORD_CLOCK = /* cypher */ `
  MERGE (c:RecordClock {id: 'facts'})
  ON CREATE SET c.last = datetime.realtime('Z')
  SET c.locked = true
  WITH c, c.last AS before, datetime.realtime('Z') AS now
  SET c.last = CASE WHEN now > c.last THEN now ELSE c.last + duration({nanoseconds: 1}) END
  RETURN c.last AS recordedAt, before`;

/** The latest recorded time handed out; facts recorded at or before it are all committed. */
export const LAST_RECORDED = /* cypher */ `
  MATCH (c:RecordClock {id: 'facts'}) RETURN c.last AS recordedAt`;

const NOT_MIGRATED = () =>
  new DomainError(
    ErrorCode.DATABASE_UNAVAILABLE,
    'the database has no record clock: it was not migrated; start the service once (npm start) or run its migrations',
  );

/** The recorded time of everything this transaction writes: call it first, before the facts. */
export async function recordedNow(tx: Tx): Promise<string> {
  return (await recordedAfter(tx)).recordedAt;
}

/**
 * recordedNow, with the recorded time of the last transaction that took the clock before this
 * one: no other fact was recorded between the two when it is the time that one was given.
 */
export async function recordedAfter(tx: Tx): Promise<{ recordedAt: string; before: string }> {
  const [row] = await tx.run<{ recordedAt: string; before: string }>(RECORD_CLOCK);
  if (row === undefined) throw NOT_MIGRATED();
  // One spelling of the instant (no trailing zeros), the one every asOf given back is read as.
  return { recordedAt: utc(row.recordedAt), before: utc(row.before) };
}

/**
 * A recorded time that no fact will ever be recorded at or before again: every transaction
 * recording facts has committed by the time it returns, and every later one records after it.
 */
export function fence(db: Database): Promise<string> {
  return db.write((tx) => recordedNow(tx));
}

/** The clock's last time, read without waiting for writers in progress. */
export async function lastRecorded(db: Database): Promise<string> {
  const [row] = await db.read((tx) => tx.run<{ recordedAt: string }>(LAST_RECORDED));
  if (row === undefined) throw NOT_MIGRATED();
  return utc(row.recordedAt);
}

/**
 * An `asOf` a caller asked for: a recorded time not in the future (clocks differ by a few
 * minutes at most). Left out, answers are as of now.
 */
export function checkAsOf(asOf: string | null | undefined, now = Date.now()): string | null {
  if (asOf == null) return null;
  checkNotFuture('asOf', 'asOf', asOf, now);
  return utc(asOf);
}

/** A fact recorded once by its id: the row as first recorded, and whether this call recorded it. */
export type RecordedOnce<Row> = { row: Row; created: boolean };

/**
 * Records a fact once by its id (its sender's idempotency key), in one transaction that takes
 * the record clock first. The same id again with the same content is a no-op that says so
 * (`created: false`, the row as first recorded); with other content it is refused, naming the
 * id, and nothing is written. `create` makes every other check (the parties exist, ...) and
 * writes the fact at the recorded time it is handed.
 */
export function recordOnce<Row, Found>(
  db: Database,
  fact: {
    /** What the fact is called in a refusal: "affiliation", "access grant", ... */
    what: string;
    id: string;
    find: (tx: Tx) => Promise<Found | undefined>;
    same: (found: Found) => boolean;
    kept: (found: Found) => Row;
    create: (tx: Tx, recordedAt: string) => Promise<Row>;
    /** The refusal, when it must say more than that the id was taken. */
    conflict?: string;
  },
): Promise<RecordedOnce<Row>> {
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    const found = await fact.find(tx);
    if (found !== undefined) {
      if (!fact.same(found))
        throw new ConflictError(
          fact.conflict ?? `${fact.what} ${fact.id} was already recorded with other content`,
          fact.id,
        );
      return { row: fact.kept(found), created: false };
    }
    return { row: await fact.create(tx, recordedAt), created: true };
  });
}
