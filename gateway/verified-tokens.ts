import { decodeJwt } from 'jose';
import type { Claims } from '../infra/auth/tokens.ts';

/** How many tokens are remembered at once: a county's callers, several times over. */
export const REMEMBERED_TOKENS = 1_000;
/**
 * How long a token is taken as verified before its signature is checked again: well under
 * the ten minutes jose keeps a remote key set, so a key withdrawn by the issuer is no longer
 * trusted here any later than it would be without this.
 */
export const REMEMBERED_FOR_MS = 60_000;

type Remembered = { claims: Claims; expires: number; until: number };

/**
 * The token check of every request, with the claims of a token that passed it kept for the
 * next request that bears the very same token: its signature (an ECDSA verification, most of
 * what the check costs) is not checked again while it is remembered. A remembered token is
 * taken only while it has not expired, by jose's rule (`exp` after the current whole second);
 * from then, and for every token that failed, `verify` decides and gives its own refusal.
 */
export function rememberVerifiedTokens(
  verify: (token: string) => Promise<Claims>,
  { maxEntries = REMEMBERED_TOKENS, maxAgeMs = REMEMBERED_FOR_MS, now = Date.now } = {},
): (token: string) => Promise<Claims> {
  const remembered = new Map<string, Remembered>();
  return async (token) => {
    const at = now();
    const known = remembered.get(token);
    if (known !== undefined && known.expires > Math.floor(at / 1000) && known.until > at) {
      return { ...known.claims, roles: [...known.claims.roles] };
    }
    remembered.delete(token);
    const claims = await verify(token);
    const expires = Number(decodeJwt(token).exp);
    if (Number.isFinite(expires)) {
      // The oldest entry goes first: a Map iterates in the order its keys were set.
      if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value as string);
      remembered.set(token, { claims: { ...claims, roles: [...claims.roles] }, expires, until: at + maxAgeMs });
    }
    return claims;
  };
}
