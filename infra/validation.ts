import type { Tx } from './db.ts';
import { InputError, NotFoundError } from './errors.ts';

/**
 * The checks every event and registry entry shares, in one place so that they read and
 * refuse alike across subgraphs.
 */

/** An id chosen by whoever reports the event: the idempotency key. */
export const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

/** A subject key as the access log and every subgraph accept it: 64 lower-case hex digits. */
export function isSubjectKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/** Clocks differ; beyond this an event "in the future" is an error, not a skew. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function checkEventId(what: string, id: string): void {
  if (!EVENT_ID.test(id)) {
    throw new InputError(
      `${what} id must be 1 to 128 letters, digits, ".", "_", ":", "/" or "-", starting with a letter or digit; got "${id}"`,
      'id',
      id,
    );
  }
}

/** `what` names the event, e.g. "disclosure d-17"; `field` the instant, e.g. "at". */
export function checkNotFuture(what: string, field: string, instant: string, now = Date.now()): void {
  if (Date.parse(instant) > now + FUTURE_TOLERANCE_MS) {
    throw new InputError(`${what}: ${field} ${instant} is in the future`, field, instant);
  }
}

/** Interval ends: `until`, when given, comes after `from`. */
export function checkInterval(what: string, from: string, until: string | null | undefined): void {
  if (until != null && Date.parse(until) <= Date.parse(from)) {
    throw new InputError(`${what}: until (${until}) must be after from (${from})`, 'until', until);
  }
}

/** A document's SHA-256 as the service keeps it: 64 lower-case hex digits. */
export function checkSha256(what: string, field: string, value: string): void {
  if (!/^[0-9a-f]{64}$/.test(value)) {
    throw new InputError(`${what}: ${field} must be 64 lower-case hex digits, got "${value}"`, field, value);
  }
}

/** Trimmed text of 1 to `max` characters. */
export function boundedText(what: string, field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new InputError(`${what}: ${field} must be 1 to ${max} characters, got ${trimmed.length}`, field, value);
  }
  return trimmed;
}

export const MISSING_PARTIES = /* cypher */ `
  UNWIND $ids AS id OPTIONAL MATCH (p:Party {id: id}) WITH id, p WHERE p IS NULL RETURN id`;

/** Refuses, naming them, parties the registry does not hold. */
export async function assertPartiesExist(tx: Tx, ids: readonly string[], what: string): Promise<void> {
  const missing = await tx.run<{ id: string }>(MISSING_PARTIES, { ids });
  if (missing.length > 0) {
    const names = missing.map((row) => row.id).join(', ');
    throw new NotFoundError(`${what}: no party is registered with id ${names}`, names);
  }
}
