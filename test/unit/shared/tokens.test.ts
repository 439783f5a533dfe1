import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { authConfigFromEnv, createTokenVerifier, type AuthConfig } from '../../../subgraphs/shared/auth/tokens.ts';

async function providerKeys(alg: 'RS256' | 'ES256') {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const jwk = { ...(await exportJWK(publicKey)), kid: `${alg}-1`, alg, use: 'sig' };
  return { privateKey, jwk };
}

const sign = (claims: Record<string, unknown>, alg: string, key: CryptoKey, kid: string) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg, kid })
    .setSubject('auditor-1')
    .setIssuer('https://idp.example.org')
    .setAudience('disclosure-tracker')
    .setExpirationTime('5m')
    .sign(key);

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

  it('will not start in production without the identity provider’s keys, nor with a JWKS but no issuer', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL or AUTH_JWKS_FILE/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'https://idp.example.org/jwks' })).toThrow(/AUTH_ISSUER/);
  });
});
