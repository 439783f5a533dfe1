/**
 * An operator who stops a first load (Ctrl-C, or SIGTERM from a supervisor) gets a process that
 * ends by itself, says where it stopped and what it left, and takes its CSV folder with it:
 * on the county that folder holds gigabytes in the temporary directory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasDatabase } from '../../../scripts/neo4j/archive.ts';
import { generateCounty } from './generate.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
let scratch: string;
let county: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'first-load-stop-'));
  county = path.join(scratch, 'county');
  await mkdir(county);
  // Enough lines that the pass runs for seconds: the signal finds it between two of them.
  await generateCounty(county, 150_000, 2_000, 20);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The CLI on `county`, with its own Neo4j home and temporary directory, sent `signal` as soon as its CSV folder exists. */
async function stoppedRun(signal: NodeJS.Signals) {
  const home = await mkdtemp(path.join(scratch, 'home-'));
  const temporary = await mkdtemp(path.join(scratch, 'tmp-'));
  const child = spawn(process.execPath, ['scripts/first-load.ts', county], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_HOME: home, TMPDIR: temporary },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.resume();
  let sent = false;
  const watch = setInterval(() => {
    void readdir(temporary).then((names) => {
      if (sent || !names.some((name) => name.startsWith('first-load-'))) return;
      sent = true;
      child.kill(signal);
    });
  }, 10);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  });
  clearInterval(watch);
  return { code, sent, stderr, home, left: await readdir(temporary) };
}

describe('npm run first-load, stopped', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'on %s during its pass: exits %i by itself, says so, removes its CSV folder, touches no database',
    { timeout: 60_000 },
    async (signal, status) => {
      const run = await stoppedRun(signal);
      expect(run.sent).toBe(true);
      expect(run.stderr).toContain(`${signal}: stopping the first load`);
      expect(run.stderr).toMatch(
        /FIRST_LOAD_INTERRUPTED: the first load was stopped during its pass over the files, before the database was touched/,
      );
      expect(run.code).toBe(status);
      expect(run.left).toEqual([]);
      expect(hasDatabase({ home: run.home })).toBe(false);
      expect(existsSync(path.join(run.home, 'neo4j.pid'))).toBe(false);
    },
  );
});
