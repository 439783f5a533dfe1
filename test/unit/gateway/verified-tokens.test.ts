import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../../infra/auth/errors.ts';
import type { Claims } from '../../../infra/auth/tokens.ts';
import { rememberVerifiedTokens } from '../../../gateway/verified-tokens.ts';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token's shape with an expiry; its signature is the recording verifier's business. */
const token = (subject: string, exp: number) => `${part({ alg: 'ES256' })}.${part({ sub: subject, exp })}.signature`;
const CLAIMS: Claims = { subject: 'analyst-1', roles: ['ANALYST'], organisation: 'org-1' };

/** A verifier that records the tokens it was asked about and refuses those named "bad". */
function recording() {
  const calls: string[] = [];
  const verify = async (given: string) => {
    calls.push(given);
    if (given.includes(part({ sub: 'bad', exp: 2_000 })))
      throw new UnauthenticatedError('token signature does not match any trusted key');
    return CLAIMS;
  };
  return { calls, verify };
}

describe('rememberVerifiedTokens', () => {
  it('checks a token once, then takes it as verified while it is remembered and unexpired', async () => {
    let now = 1_000_000;
    const { calls, verify } = recording();
    const remembered = rememberVerifiedTokens(verify, { now: () => now });
    const good = token('analyst-1', 2_000);
    expect(await remembered(good)).toEqual(CLAIMS);
    now += 30_000;
    expect(await remembered(good)).toEqual(CLAIMS);
    expect(calls).toEqual([good]);
  });

  it('checks again after a minute, and at the second the token expires (the verifier refuses it then)', async () => {
    let now = 1_000_000;
    const { calls, verify } = recording();
    const remembered = rememberVerifiedTokens(verify, { now: () => now });
    const good = token('analyst-1', 2_000);
    await remembered(good);
    now += 60_000;
    await remembered(good);
    expect(calls).toEqual([good, good]);
    // It expires at 2,000 s: remembered from 1,950 s, it is checked again at 2,000 s, not before.
    now = 1_950_000;
    await remembered(good);
    now = 1_999_999;
    await remembered(good);
    expect(calls).toEqual([good, good, good]);
    now = 2_000_000;
    await remembered(good);
    expect(calls).toEqual([good, good, good, good]);
  });

  it('never remembers a refused token: each request gets the verifier’s refusal', async () => {
    const { calls, verify } = recording();
    const remembered = rememberVerifiedTokens(verify, { now: () => 1_000_000 });
    const bad = token('bad', 2_000);
    await expect(remembered(bad)).rejects.toThrow('token signature does not match any trusted key');
    await expect(remembered(bad)).rejects.toThrow('token signature does not match any trusted key');
    expect(calls).toEqual([bad, bad]);
  });

  it('forgets the oldest token beyond its size, and hands out claims no caller can change for another', async () => {
    const { calls, verify } = recording();
    const remembered = rememberVerifiedTokens(verify, { maxEntries: 2, now: () => 1_000_000 });
    const [a, b, c] = ['a', 'b', 'c'].map((subject) => token(subject, 2_000)) as [string, string, string];
    await remembered(a);
    await remembered(b);
    await remembered(c);
    const claims = await remembered(b);
    claims.roles.push('AUDITOR');
    expect(await remembered(b)).toEqual(CLAIMS);
    await remembered(a);
    expect(calls).toEqual([a, b, c, a]);
  });
});
