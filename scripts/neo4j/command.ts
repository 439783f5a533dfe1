import { execFile } from 'node:child_process';

export type Env = Readonly<Record<string, string | undefined>>;

const ANSI_COLOR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Runs a command to completion with stdout and stderr combined. A missing or non-executable
 * command rejects, so callers can name what to install; any other failure resolves with a
 * non-zero code and the output, which is what callers show.
 */
export function run(
  command: string,
  args: string[],
  opts: { cwd?: string; timeoutMs?: number; env?: Env } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: opts.cwd, timeout: opts.timeoutMs, env: opts.env, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (error && typeof error.code !== 'number') {
          if (error.code === 'ENOENT' || error.code === 'EACCES') {
            reject(error);
            return;
          }
          resolve({ code: -1, output: `${output}\n${error.message}` });
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, output });
      },
    );
  });
}

/** The last non-blank lines of command output, trimmed and without colour codes, for error messages. */
export function lastLines(text: string, count: number): string[] {
  return text
    .replace(ANSI_COLOR, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-count);
}
