import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from './errors.ts';
import { isRole, type Principal } from './principal.ts';
import { secretFromEnvOrLocalFile } from './secrets.ts';

/**
 * The gateway vouches for every request it sends a subgraph: it forwards the verified
 * principal and signs it, with a timestamp and the body's digest, using a secret only it
 * and the subgraphs hold. A subgraph reached directly, without that signature, refuses.
 *
 *   signature = HMAC-SHA-256(secret, "v1\n" + timestamp + "\n" + caller + "\n" + sha256hex(body))
 *
 * where `caller` is the base64url JSON of { principal, requestId } as sent.
 */
export const INTERNAL_HEADERS = {
  caller: 'x-tracker-caller',
  timestamp: 'x-tracker-timestamp',
  signature: 'x-tracker-signature',
} as const;

/** How far a signed request's timestamp may be from the subgraph's clock. */
export const MAX_SKEW_MS = 60_000;

export type Caller = { principal: Principal | null; requestId: string };

export function internalSecret(env: NodeJS.ProcessEnv = process.env): string {
  return secretFromEnvOrLocalFile('INTERNAL_SIGNING_SECRET', 'internal-signing-secret', env);
}

function mac(secret: string, timestamp: string, caller: string, body: string): string {
  const digest = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret).update(`v1\n${timestamp}\n${caller}\n${digest}`).digest('base64url');
}

export function signInternalRequest(
  secret: string,
  caller: Caller,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(caller), 'utf8').toString('base64url');
  const timestamp = String(now);
  return {
    [INTERNAL_HEADERS.caller]: encoded,
    [INTERNAL_HEADERS.timestamp]: timestamp,
    [INTERNAL_HEADERS.signature]: mac(secret, timestamp, encoded, body),
  };
}

/** Returns the caller the gateway vouched for, or refuses the request with one sentence. */
export function verifyInternalRequest(
  secret: string,
  headers: (name: string) => string | undefined,
  body: string,
  now = Date.now(),
): Caller {
  const encoded = headers(INTERNAL_HEADERS.caller);
  const timestamp = headers(INTERNAL_HEADERS.timestamp);
  const signature = headers(INTERNAL_HEADERS.signature);
  if (!encoded || !timestamp || !signature) {
    throw new UnauthenticatedError(
      'this service answers only requests signed by the gateway; send the request to the gateway',
    );
  }
  const expected = Buffer.from(mac(secret, timestamp, encoded, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UnauthenticatedError('the gateway signature of this request does not match');
  }
  if (!(Math.abs(now - Number(timestamp)) <= MAX_SKEW_MS)) {
    throw new UnauthenticatedError(`the gateway signature of this request is stale (timestamp ${timestamp})`);
  }
  return parseCaller(encoded);
}

function parseCaller(encoded: string): Caller {
  const caller = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Caller;
  const principal = caller.principal;
  if (principal !== null && !(Array.isArray(principal.roles) && principal.roles.every(isRole))) {
    throw new UnauthenticatedError(`the gateway forwarded unknown roles ${JSON.stringify(principal.roles)}`);
  }
  return caller;
}

/** The path at which a subgraph takes the gateway's reports of the refusals it made itself. */
export const REFUSALS_PATH = '/internal/refusals';

/**
 * A refusal the gateway reports, checked: a signed-in principal (an anonymous refusal is
 * attributed to nobody and not sent), an operation name, the query text and a reason, each
 * of sane length. The signature over the body was checked before.
 */
export function parsePrincipalRefusal(
  caller: Caller,
  body: string,
): { principal: Principal; operation: string; query: string; reason: string } {
  if (caller.principal === null) throw new UnauthenticatedError('a refusal is logged for a signed-in principal only');
  const parsed = JSON.parse(body) as Record<string, unknown>;
  const text = (field: string, max: number) => {
    const value = parsed[field];
    if (typeof value !== 'string' || value.length > max) {
      throw new UnauthenticatedError(`the gateway's refusal report has no valid ${field}`);
    }
    return value;
  };
  return {
    principal: caller.principal,
    operation: text('operation', 1000),
    query: text('query', 1_000_000),
    reason: text('reason', 4000),
  };
}
