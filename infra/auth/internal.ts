import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from './errors.ts';
import { isRole, type Principal } from './principal.ts';
import { secretFromEnvOrLocalFile } from './secrets.ts';

/**
 * The gateway vouches for every request it sends a subgraph: it forwards the verified
 * principal and signs it, with a timestamp, a nonce, the subgraph and path it is meant for,
 * and the body's digest, using a secret only it and the subgraphs hold. A subgraph reached
 * directly, without that signature, refuses; so does one a signed request was not meant for
 * (another subgraph, another path), and one that has already seen the nonce: a request
 * captured on its way is not accepted a second time.
 *
 *   signature = HMAC-SHA-256(secret, "v2\n" + timestamp + "\n" + nonce + "\n" + audience + "\n"
 *               + path + "\n" + caller + "\n" + sha256hex(body))
 *
 * where `caller` is the base64url JSON of { principal, requestId, deadline, bookmarks, operation } as sent, `audience` the
 * subgraph's name and `path` the request's path (`/graphql`, `/internal/refusals`).
 */
export const INTERNAL_HEADERS = {
  caller: 'x-tracker-caller',
  timestamp: 'x-tracker-timestamp',
  nonce: 'x-tracker-nonce',
  signature: 'x-tracker-signature',
} as const;

/** How far a signed request's timestamp may be from the subgraph's clock. */
export const MAX_SKEW_MS = 60_000;

export type Caller = {
  principal: Principal | null;
  requestId: string;
  /** When the subgraph must have answered (ms since the epoch): the gateway's deadline for this call. */
  deadline?: number;
  /** Neo4j bookmarks of writes this request (or the client's earlier one) made: reads wait for them. */
  bookmarks?: string[];
  /**
   * The operation as the caller named it, for the access log: the document a subgraph is sent
   * is the query planner's, which may not carry the caller's name.
   */
  operation?: string;
};
/** Whom a signed request is for: a subgraph by name, and the path it is sent to. */
export type Target = { audience: string; path: string };

export function internalSecret(env: NodeJS.ProcessEnv = process.env): string {
  return secretFromEnvOrLocalFile('INTERNAL_SIGNING_SECRET', 'internal-signing-secret', env);
}

function mac(secret: string, fields: { timestamp: string; nonce: string; caller: string } & Target, body: string) {
  const digest = createHash('sha256').update(body).digest('hex');
  const signed = ['v2', fields.timestamp, fields.nonce, fields.audience, fields.path, fields.caller, digest].join('\n');
  return createHmac('sha256', secret).update(signed).digest('base64url');
}

export function signInternalRequest(
  secret: string,
  caller: Caller,
  body: string,
  target: Target,
  now = Date.now(),
): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(caller), 'utf8').toString('base64url');
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('base64url');
  return {
    [INTERNAL_HEADERS.caller]: encoded,
    [INTERNAL_HEADERS.timestamp]: timestamp,
    [INTERNAL_HEADERS.nonce]: nonce,
    [INTERNAL_HEADERS.signature]: mac(secret, { timestamp, nonce, caller: encoded, ...target }, body),
  };
}

/**
 * The nonces seen within the signature's window, with when each may be forgotten: a nonce
 * older than the window is refused by its timestamp anyway. One process's memory: several
 * processes of one subgraph each keep their own (README, "Production").
 */
const seenNonces = new Map<string, number>();
function firstSight(nonce: string, now: number): boolean {
  // Kept in the order they expire (each lives the same time): the expired ones are at the front.
  for (const [seen, until] of seenNonces) {
    if (until >= now) break;
    seenNonces.delete(seen);
  }
  const until = seenNonces.get(nonce);
  if (until !== undefined && until >= now) return false;
  seenNonces.delete(nonce);
  seenNonces.set(nonce, now + 2 * MAX_SKEW_MS);
  return true;
}

/** Returns the caller the gateway vouched for, or refuses the request with one sentence. */
export function verifyInternalRequest(
  secret: string,
  headers: (name: string) => string | undefined,
  body: string,
  target: Target,
  now = Date.now(),
): Caller {
  const encoded = headers(INTERNAL_HEADERS.caller);
  const timestamp = headers(INTERNAL_HEADERS.timestamp);
  const nonce = headers(INTERNAL_HEADERS.nonce);
  const signature = headers(INTERNAL_HEADERS.signature);
  if (!encoded || !timestamp || !nonce || !signature) {
    throw new UnauthenticatedError(
      'this service answers only requests signed by the gateway; send the request to the gateway',
    );
  }
  const expected = Buffer.from(mac(secret, { timestamp, nonce, caller: encoded, ...target }, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UnauthenticatedError(
      `the gateway signature of this request does not match it, or it was signed for another service than ${target.audience} ${target.path}`,
    );
  }
  if (!(Math.abs(now - Number(timestamp)) <= MAX_SKEW_MS)) {
    throw new UnauthenticatedError(`the gateway signature of this request is stale (timestamp ${timestamp})`);
  }
  if (!firstSight(nonce, now)) {
    throw new UnauthenticatedError('this signed request was already answered once: a request is not accepted twice');
  }
  return parseCaller(encoded);
}

function parseCaller(encoded: string): Caller {
  const caller = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Caller;
  const principal = caller.principal;
  if (principal !== null && !(Array.isArray(principal.roles) && principal.roles.every(isRole))) {
    throw new UnauthenticatedError(`the gateway forwarded unknown roles ${JSON.stringify(principal.roles)}`);
  }
  if (caller.deadline !== undefined && typeof caller.deadline !== 'number') {
    throw new UnauthenticatedError('the gateway forwarded a deadline that is not a number');
  }
  if (
    caller.bookmarks !== undefined &&
    !(Array.isArray(caller.bookmarks) && caller.bookmarks.every((b) => typeof b === 'string'))
  ) {
    throw new UnauthenticatedError('the gateway forwarded bookmarks that are not strings');
  }
  if (caller.operation !== undefined && typeof caller.operation !== 'string') {
    throw new UnauthenticatedError('the gateway forwarded an operation name that is not a string');
  }
  return caller;
}

/** The path at which a subgraph takes the gateway's reports of the refusals it made itself. */
export const REFUSALS_PATH = '/internal/refusals';

/** The longest operation name and reason a refusal report carries; longer ones are cut to these. */
export const REFUSAL_REPORT_LIMITS = { operation: 1000, reason: 4000 } as const;

/**
 * A refusal the gateway reports, checked: a signed-in principal (an anonymous refusal is
 * attributed to nobody and not sent), an operation name, the query's SHA-256 (the log keeps
 * no more of it) and a reason, each of sane length. The signature over the body was checked
 * before.
 */
export function parsePrincipalRefusal(
  caller: Caller,
  body: string,
): { principal: Principal; operation: string; queryHash: string; reason: string } {
  if (caller.principal === null) throw new UnauthenticatedError('a refusal is logged for a signed-in principal only');
  const parsed = JSON.parse(body) as Record<string, unknown>;
  const text = (field: string, max: number) => {
    const value = parsed[field];
    if (typeof value !== 'string' || value.length > max) {
      throw new UnauthenticatedError(`the gateway's refusal report has no valid ${field}`);
    }
    return value;
  };
  const sha256Of = (field: string) => {
    const value = parsed[field];
    if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) {
      throw new UnauthenticatedError(`the gateway's refusal report has no valid ${field}`);
    }
    return value;
  };
  return {
    principal: caller.principal,
    operation: text('operation', REFUSAL_REPORT_LIMITS.operation),
    queryHash: sha256Of('queryHash'),
    reason: text('reason', REFUSAL_REPORT_LIMITS.reason),
  };
}
