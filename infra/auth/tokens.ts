import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { ConfigError } from '../config.ts';
import { UnauthenticatedError } from './errors.ts';
import { isRole, ROLES, type Role } from './principal.ts';
import { LOCAL_DIR, writeOnce } from './secrets.ts';

export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'];
const DEV_KEY_FILE = join(LOCAL_DIR, 'dev-signing-key.json');

export type AuthConfig = {
  issuer: string;
  audience: string;
  /** The longest a token may be valid (exp − iat), in seconds: AUTH_MAX_TOKEN_LIFETIME, 12 hours by default. */
  maxLifetimeSeconds?: number;
  /** A JWKS URL or file in production; in development a key generated into `.local/`. */
  keys: { kind: 'remote'; url: string } | { kind: 'file'; path: string } | { kind: 'development' };
};

/** What a verified token says about its bearer. */
export type Claims = { subject: string; roles: Role[]; organisation: string };

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const keys: AuthConfig['keys'] = env.AUTH_JWKS_URL
    ? { kind: 'remote', url: env.AUTH_JWKS_URL }
    : env.AUTH_JWKS_FILE
      ? { kind: 'file', path: env.AUTH_JWKS_FILE }
      : { kind: 'development' };
  if (keys.kind === 'remote' && !keys.url.startsWith('https://')) {
    throw new ConfigError(
      `AUTH_JWKS_URL must be an https URL: keys fetched over plain http can be replaced on the way; got "${keys.url}"`,
    );
  }
  if (keys.kind === 'development' && env.NODE_ENV === 'production') {
    throw new ConfigError(
      'NODE_ENV is production: set AUTH_JWKS_URL or AUTH_JWKS_FILE to the identity provider’s keys',
    );
  }
  return {
    issuer: env.AUTH_ISSUER ?? (keys.kind === 'development' ? 'disclosure-tracker-dev' : required('AUTH_ISSUER')),
    audience: env.AUTH_AUDIENCE ?? 'disclosure-tracker',
    maxLifetimeSeconds: lifetimeFrom(env.AUTH_MAX_TOKEN_LIFETIME),
    keys,
  };
}

/** The default longest lifetime of a token: a working day. */
export const DEFAULT_MAX_TOKEN_LIFETIME = 12 * 3600;
/** How far ahead of this clock a token's issuing clock may run. */
const CLOCK_SKEW_SECONDS = 60;

function lifetimeFrom(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_MAX_TOKEN_LIFETIME;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 60 || seconds > 7 * 24 * 3600) {
    throw new ConfigError(`AUTH_MAX_TOKEN_LIFETIME must be a whole number of seconds from 60 to 604800, got "${raw}"`);
  }
  return seconds;
}

function required(variable: string): never {
  throw new ConfigError(`${variable} must be set when AUTH_JWKS_URL or AUTH_JWKS_FILE is`);
}

type DevKey = { privateJwk: JWK; publicJwk: JWK };

/** The development signing key: ES256, generated once into `.local/`, never used in production. */
async function developmentKey(): Promise<DevKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `dev-${Date.now()}`;
  const generated = JSON.stringify({
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  });
  writeOnce(DEV_KEY_FILE, () => generated);
  return JSON.parse(readFileSync(DEV_KEY_FILE, 'utf8')) as DevKey;
}

async function keySet(config: AuthConfig): Promise<JWTVerifyGetKey> {
  switch (config.keys.kind) {
    case 'remote':
      return createRemoteJWKSet(new URL(config.keys.url));
    case 'file':
      return createLocalJWKSet(JSON.parse(readFileSync(config.keys.path, 'utf8')));
    case 'development':
      return createLocalJWKSet({ keys: [(await developmentKey()).publicJwk] });
  }
}

/** Builds the function that turns a bearer token into claims, or refuses it with one sentence. */
export async function createTokenVerifier(config: AuthConfig): Promise<(token: string) => Promise<Claims>> {
  const keys = await keySet(config);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'sub', 'iat'],
      });
      checkLifetime(payload, config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME);
      return claimsOf(payload);
    } catch (error) {
      throw explain(error, config);
    }
  };
}

/** A token issued in the future (beyond the clock skew), or valid for longer than allowed, is refused. */
function checkLifetime(payload: JWTPayload, maxLifetime: number, now = Date.now() / 1000): void {
  const issued = Number(payload.iat);
  const expires = Number(payload.exp);
  if (issued > now + CLOCK_SKEW_SECONDS) {
    throw new UnauthenticatedError(
      `token was issued at ${new Date(issued * 1000).toISOString()}, in the future; check the issuer's clock`,
    );
  }
  if (expires - issued > maxLifetime) {
    throw new UnauthenticatedError(
      `token is valid for ${Math.round(expires - issued)} s, longer than the ${maxLifetime} s a token may be; get one of a shorter lifetime`,
    );
  }
}

function claimsOf(payload: JWTPayload): Claims {
  const roles = payload.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new UnauthenticatedError(
      `token claim "roles" must be a non-empty list of ${ROLES.join(', ')}; got ${JSON.stringify(roles)}`,
    );
  }
  if (typeof payload.org !== 'string' || payload.org === '') {
    throw new UnauthenticatedError(
      `token claim "org" must be the party id of the bearer's organisation; got ${JSON.stringify(payload.org)}`,
    );
  }
  return { subject: payload.sub as string, roles, organisation: payload.org };
}

function explain(error: unknown, config: AuthConfig): Error {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError(
      `token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; get a new one`,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const expected = error.claim === 'iss' ? config.issuer : error.claim === 'aud' ? config.audience : undefined;
    const got = JSON.stringify(error.payload[error.claim]);
    return new UnauthenticatedError(
      expected === undefined
        ? `token claim "${error.claim}" is not valid (${error.reason}); got ${got}`
        : `token claim "${error.claim}" must be "${expected}"; got ${got}`,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new UnauthenticatedError(`token algorithm is not accepted; sign with ${ACCEPTED_ALGORITHMS.join(' or ')}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new UnauthenticatedError('token signature does not match any trusted key');
  }
  if (error instanceof errors.JOSEError)
    return new UnauthenticatedError(`token is not a valid signed JWT (${error.code})`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A short-lived development token, signed with the local key; refused in production. Issued
 * now unless `issuedAt` (seconds since the epoch) says otherwise, valid for `lifetimeSeconds`.
 */
export async function issueDevelopmentToken(
  claims: Claims,
  config: AuthConfig,
  lifetimeSeconds = 3600,
  issuedAt = Math.floor(Date.now() / 1000),
): Promise<string> {
  if (config.keys.kind !== 'development')
    throw new ConfigError('development tokens exist only without AUTH_JWKS_URL/AUTH_JWKS_FILE');
  const { privateJwk } = await developmentKey();
  return new SignJWT({ roles: claims.roles, org: claims.organisation })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid as string, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(await importJWK(privateJwk, 'ES256'));
}
