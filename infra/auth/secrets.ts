import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config.ts';

/** Ignored by git: development keys and secrets that a fresh checkout generates for itself. */
export const LOCAL_DIR = join(import.meta.dirname, '..', '..', '.local');

/**
 * A secret from the environment, or else one generated once into `.local/<file>` (mode
 * 0600) for local use. Production sets the variable; a secret is never logged.
 */
export function secretFromEnvOrLocalFile(variable: string, file: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new ConfigError(`${variable} must be at least 32 characters long`);
    return fromEnv;
  }
  // Production never makes up a secret of its own: each service would have another one.
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(`NODE_ENV is production: set ${variable} (at least 32 characters)`);
  }
  const path = join(LOCAL_DIR, file);
  writeOnce(path, () => randomBytes(32).toString('base64url'));
  return readFileSync(path, 'utf8').trim();
}

/** Creates a local file with generated content unless it exists; safe when two processes race. */
export function writeOnce(path: string, content: () => string): void {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, content(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(path, 0o600);
}
