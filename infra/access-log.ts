import { createHash } from 'node:crypto';
import type { Principal } from './auth/principal.ts';
import { appendManyToChain, appendToChain, canonicalJson, type ChainEntry, type ChainFields } from './chain.ts';
import { verifyChain, type ChainVerification } from './chain-verify.ts';
import type { Database, Tx } from './db.ts';
import { outsideAnyScope } from './scope.ts';

/**
 * The access log: every read that touches a subject, and every refusal, leaves an entry on
 * a hash chain that nobody can alter unnoticed ("every subject-level read is
 * itself logged").
 */
export const ACCESS_LOG_CHAIN = 'access-log';
export const ACCESS_LOG_LABEL = 'AccessLogEntry';

export type AccessOutcome = 'ALLOWED' | 'REFUSED';

export type AccessEntry = {
  /** The principal's id (the token's subject). */
  principal: string;
  /** Party id of the principal's organisation. */
  organisation: string;
  roles: string[];
  /** The GraphQL operation name, or what stood for it. */
  operation: string;
  outcome: AccessOutcome;
  /** Why a request was refused; none for an allowed one. */
  reason?: string | null;
  /** subjectKeys of the people the answer was about: keyed hashes, never identifiers. */
  subjects: string[];
  /** Ids of the records the answer carried. */
  records: string[];
  /** SHA-256 of the GraphQL document text: which query, without storing its arguments twice. */
  queryHash: string;
  /** The service's own id of the request. */
  requestId: string;
  /** The id the client sent, kept beside the service's; none when it sent none. */
  clientRequestId?: string | null;
};

/** subjectKeys (HMAC-SHA-256) and query hashes (SHA-256) in lower-case hex. */
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const OUTCOMES: readonly string[] = ['ALLOWED', 'REFUSED'] satisfies AccessOutcome[];

/** Lower-case hex SHA-256 of a GraphQL document's UTF-8 text, exactly as received. */
export function hashQuery(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The part of an entry that says who asked what; the caller adds the outcome and what was touched. */
export function entryFor(
  principal: Principal,
  operation: string,
  query: string,
): Pick<
  AccessEntry,
  'principal' | 'organisation' | 'roles' | 'operation' | 'queryHash' | 'requestId' | 'clientRequestId'
> {
  return {
    principal: principal.id,
    organisation: principal.organisation,
    roles: [...principal.roles],
    operation,
    queryHash: hashQuery(query),
    requestId: principal.requestId,
    clientRequestId: principal.clientRequestId ?? null,
  };
}

function checkEntry(entry: AccessEntry): AccessEntry {
  if (!OUTCOMES.includes(entry.outcome)) {
    throw new TypeError(`access log: outcome must be ALLOWED or REFUSED, got "${entry.outcome}"`);
  }
  const clear = entry.subjects.find((subject) => !HEX_SHA256.test(subject));
  if (clear !== undefined) {
    // It may be an identifier in clear: the message shows its length, never its value.
    throw new TypeError(
      `access log: subjects must be subjectKeys (64 lower-case hex digits); got one of ${clear.length} characters that is not`,
    );
  }
  if (!HEX_SHA256.test(entry.queryHash)) {
    throw new TypeError(`access log: queryHash must be a hex SHA-256 from hashQuery(), got "${entry.queryHash}"`);
  }
  return entry;
}

function fieldsOf(entry: AccessEntry) {
  const checked = checkEntry(entry);
  const fields = {
    principal: checked.principal,
    organisation: checked.organisation,
    roles: checked.roles,
    operation: checked.operation,
    outcome: checked.outcome,
    reason: checked.reason ?? null,
    subjects: checked.subjects,
    records: checked.records,
    queryHash: checked.queryHash,
    requestId: checked.requestId,
    clientRequestId: checked.clientRequestId ?? null,
  };
  canonicalJson(fields); // refuses what could not be hashed, before it joins others' commit
  return fields;
}

/**
 * Logs one access inside the caller's write transaction: if the read it records fails and
 * rolls back, so does its entry. Append it last, as the log's head stays locked until the
 * transaction ends.
 */
export function logAccess(tx: Tx, entry: AccessEntry): Promise<ChainEntry> {
  return appendToChain(tx, ACCESS_LOG_CHAIN, ACCESS_LOG_LABEL, fieldsOf(entry));
}

/** Entries appended in one commit at most; more wait for the next. */
const GROUP_COMMIT_LIMIT = 500;
type Waiting = { fields: ChainFields; resolve: (entry: ChainEntry) => void; reject: (error: unknown) => void };
const waitingByDatabase = new WeakMap<Database, { queue: Waiting[]; committing: boolean }>();

async function commitWaiting(db: Database, group: { queue: Waiting[]; committing: boolean }): Promise<void> {
  group.committing = true;
  while (group.queue.length > 0) {
    const batch = group.queue.splice(0, GROUP_COMMIT_LIMIT);
    try {
      const entries = await db.write((tx) =>
        appendManyToChain(
          tx,
          ACCESS_LOG_CHAIN,
          ACCESS_LOG_LABEL,
          batch.map((waiting) => waiting.fields),
        ),
      );
      batch.forEach((waiting, index) => waiting.resolve(entries[index] as ChainEntry));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
  group.committing = false;
}

/**
 * Logs one access in a transaction of its own, and resolves once that is committed: for
 * reads and refusals, which write nothing else. Appends to the log are serialised by its
 * head, so the entries of requests that arrive while a commit runs are appended together in
 * the next one (group commit): one commit for many concurrent requests, and still no answer
 * leaves before its entry is on disk. A failed commit fails every request in it.
 */
export async function logAccessNow(db: Database, entry: AccessEntry): Promise<ChainEntry> {
  const fields = fieldsOf(entry);
  let group = waitingByDatabase.get(db);
  if (group === undefined) {
    group = { queue: [], committing: false };
    waitingByDatabase.set(db, group);
  }
  const promise = new Promise<ChainEntry>((resolve, reject) => group.queue.push({ fields, resolve, reject }));
  // The commit carries every waiting request's entry: it runs in no one request's scope.
  if (!group.committing) outsideAnyScope(() => void commitWaiting(db, group));
  return await promise;
}

export function verifyAccessLog(db: Database): Promise<ChainVerification> {
  return verifyChain(db, ACCESS_LOG_CHAIN, ACCESS_LOG_LABEL);
}
