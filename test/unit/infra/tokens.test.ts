import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { authConfigFromEnv, createTokenVerifier, type AuthConfig } from '../../../infra/auth/tokens.ts';

async function providerKeys(alg: 'RS256' | 'ES256') {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const jwk = { ...(await exportJWK(publicKey)), kid: `${alg}-1`, alg, use: 'sig' };
  return { privateKey, jwk };
}

const sign = (
  claims: Record<string, unknown>,
  alg: string,
  key: CryptoKey,
  kid: string,
  times: { issuedAt?: number | null; expires?: string | number } = {},
) => {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, kid })
    .setSubject('auditor-1')
    .setIssuer('https://idp.example.org')
    .setAudience('disclosure-tracker')
    .setExpirationTime(times.expires ?? '5m');
  if (times.issuedAt !== null) jwt.setIssuedAt(times.issuedAt);
  return jwt.sign(key);
};

describe('tokens from an identity provider', () => {
  it('verifies RS256 and ES256 tokens against a configured JWKS file, and reads the claims', async () => {
    const rsa = await providerKeys('RS256');
    const ec = await providerKeys('ES256');
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
    const config: AuthConfig = authConfigFromEnv({
      AUTH_JWKS_FILE: join(dir, 'jwks.json'),
      AUTH_ISSUER: 'https://idp.example.org',
    });
    const verify = await createTokenVerifier(config);
    const claims = { roles: ['AUDITOR'], org: 'cook-oiig' };
    for (const [alg, keys] of [
      ['RS256', rsa],
      ['ES256', ec],
    ] as const) {
      expect(await verify(await sign(claims, alg, keys.privateKey, keys.jwk.kid))).toEqual({
        subject: 'auditor-1',
        roles: ['AUDITOR'],
        organisation: 'cook-oiig',
      });
    }
  });

  it('refuses claims that name no known role or no organisation, showing them', async () => {
    const ec = await providerKeys('ES256');
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [ec.jwk] }));
    const verify = await createTokenVerifier(
      authConfigFromEnv({ AUTH_JWKS_FILE: join(dir, 'jwks.json'), AUTH_ISSUER: 'https://idp.example.org' }),
    );
    await expect(
      verify(await sign({ roles: ['SUPERUSER'], org: 'x' }, 'ES256', ec.privateKey, 'ES256-1')),
    ).rejects.toThrow(/"roles" must be a non-empty list.*SUPERUSER/);
    await expect(verify(await sign({ roles: ['AUDITOR'] }, 'ES256', ec.privateKey, 'ES256-1'))).rejects.toThrow(
      /"org"/,
    );
  });

  it('refuses a token valid for longer than the configured lifetime, issued in the future, or without its issue time', async () => {
    const ec = await providerKeys('ES256');
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [ec.jwk] }));
    const verify = await createTokenVerifier(
      authConfigFromEnv({
        AUTH_JWKS_FILE: join(dir, 'jwks.json'),
        AUTH_ISSUER: 'https://idp.example.org',
        AUTH_MAX_TOKEN_LIFETIME: '3600',
      }),
    );
    const claims = { roles: ['AUDITOR'], org: 'cook-oiig' };
    const now = Math.floor(Date.now() / 1000);
    const token = (times: Parameters<typeof sign>[4]) => sign(claims, 'ES256', ec.privateKey, 'ES256-1', times);
    await expect(verify(await token({ expires: '100y' }))).rejects.toThrow(/longer than the 3600 s/);
    await expect(verify(await token({ issuedAt: now + 600, expires: now + 1200 }))).rejects.toThrow(/in the future/);
    await expect(verify(await token({ issuedAt: null }))).rejects.toThrow(/"iat"/);
    // A minute of clock skew is forgiven; a token of exactly the lifetime passes.
    expect(await verify(await token({ issuedAt: now + 30, expires: now + 30 + 3600 }))).toMatchObject({
      organisation: 'cook-oiig',
    });
    expect(() => authConfigFromEnv({ AUTH_MAX_TOKEN_LIFETIME: '100y' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME/);
  });

  it('will not start in production without the identity provider’s keys, nor with a JWKS but no issuer', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL or AUTH_JWKS_FILE/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'https://idp.example.org/jwks' })).toThrow(/AUTH_ISSUER/);
  });
});
