/**
 * Signing in on a development machine is a click: the explorer's "Sign in as" reads a token per
 * role from the gateway, and GraphiQL opens with the README's example and a working headers
 * block. Only where tokens are signed with the local development key: a gateway that verifies
 * an identity provider's tokens hands out none, and says nothing of them.
 */
import { describe, expect, it } from 'vitest';
import { exposureFromEnv } from '../../infra/config.ts';
import { startGateway } from '../../gateway/index.ts';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { ensureExplorerBuilt } from '../../scripts/explorer-build.ts';
import { launchChromium } from '../support/explorer-page.ts';
import { useStack } from '../support/stack.ts';

const context = useStack();

const origin = (url: string) => new URL(url).origin;

describe('signing in without copy and paste, in development only', () => {
  it('lists the explorer roles with a token each that the service accepts', async () => {
    await developmentPrincipals(context.db);
    const answer = await fetch(`${origin(context.stack.gatewayUrl)}/explorer/sign-in-as`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { roles } = (await answer.json()) as { roles: Array<{ role: string; organisation: string; token: string }> };
    expect(roles.map((entry) => entry.role)).toEqual(['AUDITOR', 'ANALYST']);
    for (const { token } of roles) {
      const response = await fetch(context.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ parties(first: 1) { nodes { id } } }' }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
  });

  it('signs the explorer in with one click on "Sign in as", in a real browser', async () => {
    await developmentPrincipals(context.db);
    await ensureExplorerBuilt();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin(context.stack.gatewayUrl)}/explorer/`);
      const button = page.getByRole('button', { name: /^AUDITOR: / });
      await button.waitFor({ timeout: 15_000 });
      await button.click();
      await page.locator('#workspace').waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('#who', { hasText: 'AUDITOR' }).waitFor({ timeout: 15_000 });
      expect(await page.locator('#who').textContent()).toMatch(/^Signed in as dev-auditor \(AUDITOR\)/);
    } finally {
      await browser.close();
    }
  });

  it('opens GraphiQL on the example query with a headers block that carries a token', async () => {
    const page = await (await fetch(context.stack.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain("Who received the Sheriff's records");
    expect(page).toMatch(/Authorization.{0,12}Bearer ey/);
  });

  it('hands out nothing from a development gateway opened to the network', async () => {
    const gateway = await startGateway({
      subgraphUrls: {},
      verify: () => Promise.reject(new Error('not in this test')),
      internalSecret: 'x'.repeat(40),
      exposure: exposureFromEnv(),
      host: '0.0.0.0',
      port: 0,
      logging: false,
      signingKeys: context.stack.auth,
    });
    try {
      const port = new URL(gateway.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/explorer/sign-in-as`)).status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });

  it('hands out nothing where tokens come from an identity provider', async () => {
    const gateway = await startGateway({
      subgraphUrls: {},
      verify: () => Promise.reject(new Error('not in this test')),
      internalSecret: 'x'.repeat(40),
      exposure: exposureFromEnv(),
      host: '127.0.0.1',
      port: 0,
      logging: false,
    });
    try {
      const answer = await fetch(`${origin(gateway.url)}/explorer/sign-in-as`);
      expect(answer.status).toBe(404);
      expect(await answer.text()).toBe('');
      const page = await (await fetch(gateway.url, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain("Who received the Sheriff's records");
      expect(page).not.toContain('Bearer');
    } finally {
      await gateway.stop();
    }
  });
});
