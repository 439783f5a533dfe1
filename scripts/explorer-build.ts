/**
 * Builds the explorer (explorer/ → explorer/dist, served by the gateway at /explorer) with
 * Vite's own API, and says whether a build is due: none yet, or a source newer than it.
 * `npm start` and the end-to-end test build it when due, so a fresh clone serves a working
 * explorer.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { build as viteBuild } from 'vite';

export const EXPLORER_ROOT = join(import.meta.dirname, '..', 'explorer');
export const EXPLORER_DIST = join(EXPLORER_ROOT, 'dist');
export const EXPLORER_BUILD_COMMAND = 'npm run build:explorer';

/** The newest modification time under a path, in milliseconds; 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why a build is due, or null when explorer/dist is newer than every source. */
export function explorerBuildDue(root = EXPLORER_ROOT): string | null {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'explorer/dist is missing';
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'index.html')),
    newest(join(root, 'public')),
    newest(join(root, 'vite.config.ts')),
  );
  return sources > statSync(built).mtimeMs ? 'explorer/dist is older than its sources' : null;
}

/** Runs `vite build` for the explorer. Vite is a development dependency, loaded only to build. */
export async function buildExplorer(root = EXPLORER_ROOT): Promise<void> {
  let build: typeof viteBuild;
  try {
    ({ build } = await import('vite'));
  } catch (error) {
    throw new Error(
      `cannot build the explorer: Vite is not installed (install the development dependencies with "npm ci", then run "${EXPLORER_BUILD_COMMAND}")`,
      { cause: error },
    );
  }
  // Vite sets NODE_ENV to production for the whole process; the services that `npm start`
  // runs next in this process must not inherit it (production requires the county's keys).
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds the explorer if a build is due; says so through `log`. */
export async function ensureExplorerBuilt(log: (line: string) => void = () => {}): Promise<void> {
  const due = explorerBuildDue();
  if (due === null) return;
  log(`explorer    building (${due})…`);
  const started = performance.now();
  await buildExplorer();
  log(`explorer    built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
