/**
 * The signed-in bearer: the token (kept for this tab only, in sessionStorage) and what its
 * claims say about the role. The claims are read, not verified: the gateway verifies every
 * request, and the page only uses them to leave out what the role may not ask for.
 */
const KEY = 'disclosure-tracker.explorer.token';

/** AUDITOR sees subject-level chains; ANALYST parties and counts only. */
export type Mode = 'AUDITOR' | 'ANALYST';

export type Session = {
  token: string;
  subject: string;
  roles: string[];
  organisation: string;
  expiresAt: number | null;
  mode: Mode;
};

export class SessionError extends Error {}

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || payload === undefined) {
    throw new SessionError('that is not a token: a token is three parts separated by dots (a JWT)');
  }
  try {
    const json = atob(
      payload
        .replaceAll('-', '+')
        .replaceAll('_', '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims = JSON.parse(json) as unknown;
    if (claims === null || typeof claims !== 'object') throw new Error('not an object');
    return claims as Record<string, unknown>;
  } catch {
    throw new SessionError("that token's claims could not be read: paste the whole token");
  }
}

/**
 * The token in what was pasted: the token alone, "Bearer <token>", a whole header line, or a
 * whole line of `npm start`'s list ("AUDITOR  cook-oiig  <token>"): the one word shaped as a JWT.
 */
export function tokenIn(raw: string): string {
  const words = raw.trim().split(/\s+/);
  return words.find((word) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(word)) ?? raw.trim().replace(/^Bearer\s+/i, '');
}

export function sessionOf(raw: string, now = Date.now()): Session {
  const token = tokenIn(raw);
  const claims = claimsOf(token);
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is string => typeof role === 'string')
    : [];
  const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  if (expiresAt !== null && expiresAt <= now) {
    throw new SessionError(`that token expired at ${new Date(expiresAt).toISOString()}: get a new one`);
  }
  const mode: Mode | null = roles.includes('AUDITOR') ? 'AUDITOR' : roles.includes('ANALYST') ? 'ANALYST' : null;
  if (mode === null) {
    throw new SessionError(
      `the explorer is for the AUDITOR and ANALYST roles; this token has ${roles.length === 0 ? 'no role' : roles.join(', ')}`,
    );
  }
  return {
    token,
    subject: typeof claims.sub === 'string' ? claims.sub : '',
    roles,
    organisation: typeof claims.org === 'string' ? claims.org : '',
    expiresAt,
    mode,
  };
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (token === null) return null;
  try {
    return sessionOf(token);
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function keepSession(session: Session): void {
  sessionStorage.setItem(KEY, session.token);
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
}
