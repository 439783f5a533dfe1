import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP, explorerFile, isExplorerPath, serveExplorer } from '../../../gateway/explorer.ts';
import { explorerBuildDue } from '../../../scripts/explorer-build.ts';
import { rawRequest } from '../../support/raw-http.ts';

/** A server that serves `dist` as the gateway serves the explorer, for the requests it would route to it. */
async function serving(dist: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (isExplorerPath(request.url)) return serveExplorer(request, response, dist);
    response.statusCode = 418;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const get = (url: string, target: string) =>
  rawRequest(url, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, '', {
    everyMs: 0,
    waitMs: 5_000,
  });

describe('the gateway serving the explorer', () => {
  let root: string;
  let dist: string;
  let built: { url: string; server: Server };
  let missing: { url: string; server: Server };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'explorer-serve-'));
    dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
    await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(path.join(dist, 'assets', 'index-abc.css'), 'body{}');
    await writeFile(path.join(dist, 'notes.md'), '# not a type the explorer serves');
    // What must never be served: a file beside the build, and a link out of it.
    await writeFile(path.join(root, 'secret.txt'), 'SECRET');
    await symlink(path.join(root, 'secret.txt'), path.join(dist, 'assets', 'leak.js'));
    built = await serving(dist);
    missing = await serving(path.join(root, 'nowhere'));
  });

  afterAll(async () => {
    for (const { server } of [built, missing]) await new Promise((resolve) => server?.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page and its assets with their types, the content security policy and caching that fits each', async () => {
    const page = await fetch(`${built.url}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>explorer</title>');
    const script = await fetch(`${built.url}/explorer/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${built.url}/explorer/assets/index-abc.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect(EXPLORER_CSP).toContain("default-src 'self'");
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(EXPLORER_CSP).not.toContain('unsafe-inline');
  });

  it('redirects /explorer to /explorer/, refuses other methods than GET, and leaves other paths alone', async () => {
    const bare = await fetch(`${built.url}/explorer`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/explorer/');
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const answer = await fetch(`${built.url}/explorer/`, { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET');
    }
    expect(isExplorerPath('/explorer-other')).toBe(false);
    expect(isExplorerPath('/graphql')).toBe(false);
    expect(isExplorerPath('/explorer?x=1')).toBe(true);
    expect((await fetch(`${built.url}/graphql`)).status).toBe(418);
  });

  it('serves nothing outside the build: no dot segments, encoded separators, backslashes, NULs or links out', async () => {
    for (const target of [
      '/explorer/../secret.txt',
      '/explorer/%2e%2e/secret.txt',
      '/explorer/..%2fsecret.txt',
      '/explorer/assets/..%2f..%2fsecret.txt',
      '/explorer/..%5csecret.txt',
      '/explorer/.%2e/secret.txt',
      '/explorer//secret.txt',
      '/explorer/%2fetc%2fpasswd',
      '/explorer/index.html%00.js',
      '/explorer/assets/leak.js',
      '/explorer/notes.md',
      '/explorer/assets',
      '/explorer/%',
      '/explorer/nothing.js',
    ]) {
      const answer = await get(built.url, target);
      expect(answer.status, target).toBe(404);
      expect(answer.text, target).not.toContain('SECRET');
    }
    expect(explorerFile(dist, '/explorer/assets/index-abc.js')).toBe(path.join(dist, 'assets', 'index-abc.js'));
    expect(explorerFile(dist, '/explorer/')).toBe(path.join(dist, 'index.html'));
    expect(explorerFile(dist, '/explorer/a/../../secret.txt')).toBeNull();
  });

  it('answers 503 naming the build command when the explorer is not built', async () => {
    const answer = await fetch(`${missing.url}/explorer/`);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain('npm run build:explorer');
  });

  it('says a build is due when the build is missing or older than a source, and not otherwise', async () => {
    const project = path.join(root, 'project');
    await mkdir(path.join(project, 'src'), { recursive: true });
    await writeFile(path.join(project, 'index.html'), '');
    await writeFile(path.join(project, 'src', 'main.ts'), '');
    expect(explorerBuildDue(project)).toBe('explorer/dist is missing');
    await mkdir(path.join(project, 'dist'));
    await writeFile(path.join(project, 'dist', 'index.html'), '');
    const [old, recent] = [new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')];
    for (const file of ['index.html', 'src/main.ts', 'src']) await utimes(path.join(project, file), old, old);
    await utimes(path.join(project, 'dist', 'index.html'), recent, recent);
    expect(explorerBuildDue(project)).toBeNull();
    await utimes(
      path.join(project, 'src', 'main.ts'),
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(explorerBuildDue(project)).toBe('explorer/dist is older than its sources');
  });
});
