/**
 * Serves the explorer's built files (explorer/dist, `npm run build:explorer`) at /explorer:
 * GET only, a fixed list of content types, no path outside the build (no "..", no encoded
 * separators, no symbolic link out of it), and a content security policy that lets the page
 * load only its own files and talk only to this origin. Static files only: the explorer's
 * logic runs in the browser, against /graphql like any client.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export const EXPLORER_PREFIX = '/explorer';
export const EXPLORER_DIST = join(import.meta.dirname, '..', 'explorer', 'dist');

/**
 * Nothing inline (no script, no style attribute), nothing from another origin; the page
 * cannot be framed, submit a form or change its base URL.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function isExplorerPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === EXPLORER_PREFIX || path.startsWith(`${EXPLORER_PREFIX}/`);
}

function answer(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(`${text}\n`);
}

/**
 * The file a request path names inside `dist`, or null when it names none that may be served:
 * undecodable, with a backslash, a NUL, an empty, "." or ".." segment, or resolving outside.
 */
export function explorerFile(dist: string, pathname: string): string | null {
  const rest = pathname.slice(EXPLORER_PREFIX.length + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest === '' ? 'index.html' : rest);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  if (decoded.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const file = resolve(dist, decoded);
  const inside = relative(dist, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

export function serveExplorer(request: IncomingMessage, response: ServerResponse, dist = EXPLORER_DIST): void {
  if (request.method !== 'GET') {
    return answer(response, 405, `the explorer is read with GET; ${request.method ?? 'this method'} is not allowed`, {
      allow: 'GET',
    });
  }
  const url = new URL(request.url ?? '/', 'http://gateway');
  // The page's own files are addressed relative to /explorer/.
  if (url.pathname === EXPLORER_PREFIX) return answer(response, 308, 'moved', { location: `${EXPLORER_PREFIX}/` });
  if (!existsSync(join(dist, 'index.html'))) {
    return answer(
      response,
      503,
      'the explorer is not built: run "npm run build:explorer" (npm start builds it when it is missing)',
    );
  }
  const file = explorerFile(dist, url.pathname);
  const type = file === null ? undefined : CONTENT_TYPES[extname(file).toLowerCase()];
  if (file === null || type === undefined || !existsSync(file)) return answer(response, 404, 'not found');
  // A symbolic link may point anywhere: what is served must really lie inside the build.
  const real = realpathSync(file);
  const inside = relative(realpathSync(dist), real);
  const stat = statSync(real);
  if (inside.startsWith('..') || isAbsolute(inside) || !stat.isFile()) return answer(response, 404, 'not found');
  response.writeHead(200, {
    'content-type': type,
    'content-length': String(stat.size),
    'content-security-policy': EXPLORER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    // Vite names every asset by its content hash; the page itself must be asked for again.
    'cache-control': inside.startsWith('assets') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(real)
    .on('error', () => response.destroy())
    .pipe(response);
}
