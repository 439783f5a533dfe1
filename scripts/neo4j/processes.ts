import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { run } from './command.ts';
import { errnoCode, Neo4jOpsError } from './errors.ts';
import type { Paths } from './paths.ts';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
  try {
    // A zombie still accepts signal 0; it has exited all the same.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    // No procfs (macOS): trust signal 0.
  }
  return true;
}

/** The command line of a process, or undefined when it cannot be read. */
export async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((arg) => arg !== '');
  } catch {
    // Fall through to ps.
  }
  try {
    const out = await run('ps', ['-o', 'command=', '-p', String(pid)], { timeoutMs: 5000 });
    return out.code === 0 && out.output.trim() ? out.output.trim().split(/\s+/) : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(200);
  }
  return true;
}

/** SIGTERM, then SIGKILL once graceMs have passed; returns when the process is gone or SIGKILL had 10 s. */
export async function terminate(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitForExit(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 10_000);
}

/**
 * Starts Java detached from this process, so the server outlives the command that started it,
 * under a umask of 077: every file it writes (the store, the transaction logs, its log) is
 * its owner's alone, 0600 in directories of 0700.
 */
export function launch(java: string, args: string[], p: Paths): Promise<ChildProcess> {
  const fd = openSync(p.logFile, 'a', 0o600);
  try {
    const child = spawn('/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', java, ...args], {
      cwd: p.home,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    return new Promise((resolve, reject) => {
      child.once('error', (error) =>
        reject(new Neo4jOpsError('NEO4J_DID_NOT_START', `Could not run ${java}: ${error.message}.`)),
      );
      child.once('spawn', () => {
        child.unref();
        resolve(child);
      });
    });
  } finally {
    closeSync(fd);
  }
}
