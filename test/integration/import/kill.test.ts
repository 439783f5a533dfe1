import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../scripts/import/importer.ts';
import type { Kind } from '../../../scripts/import/layouts.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { scriptEnvironment, useTestDatabase, wipe } from '../../support/database.ts';
import { graphCounts } from './counts.ts';
import { generateCounty } from './generate.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
const context = useTestDatabase();
let scratch: string;
let files: Awaited<ReturnType<typeof generateCounty>>;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'import-kill-'));
  files = await generateCounty(scratch, 20_000, 800, 5);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/**
 * The real CLI in a child process, against the test database. With `kill`, it is killed with
 * SIGKILL ~1 s into the import proper: once its first checkpoint is written (Neo4j and the
 * migrations checked), plus `killAfterMs`.
 */
function cli(file: string, killAfterMs?: number, flags: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/import.ts', file, ...flags], { cwd: ROOT, env: scriptEnvironment() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer =
    killAfterMs === undefined
      ? undefined
      : setInterval(() => {
          if (!existsSync(`${file}.checkpoint`)) return;
          clearInterval(timer);
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('npm run import, killed and run again', () => {
  it('ends with the same graph as one clean run', { timeout: 120_000 }, async () => {
    await wipe(context.db);
    expect((await cli(files.parties)).code).toBe(0);
    for (const file of [files.records, files.disclosures]) {
      // Small batches, so that the kill lands between checkpoints rather than after the last.
      const flags = ['--batch', '50'];
      const killed = await cli(file, 800, flags);
      expect(killed.signal).toBe('SIGKILL');
      const resumed = await cli(file, undefined, flags);
      expect(resumed.stderr).toMatch(/resuming after line \d+/);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout).toMatch(
        /^imported \d+ lines: \d+ committed \(created \d+, unchanged \d+\), 0 refused, in [\d.]+ s, \d+ lines\/s\n$/,
      );
      console.log(path.basename(file), 'resumed:', resumed.stdout.trim());
      expect(existsSync(`${file}.checkpoint`)).toBe(false);
    }
    const afterKills = await graphCounts(context.db);

    await wipe(context.db);
    for (const kind of ['parties', 'records', 'disclosures'] as Kind[]) {
      const file = files[kind as keyof typeof files];
      const format = file.endsWith('.csv') ? 'csv' : 'ndjson';
      const summary = await importFile(context.db, { file, kind, format, batch: defaultBatch(kind) });
      console.log(path.basename(file), 'clean:', summary.lines, 'lines in', summary.seconds, 's');
      expect(summary.refused).toBe(0);
    }
    const clean = await graphCounts(context.db);
    expect(clean).toMatchObject({ ':Record': 20_000, ':Disclosure': 1_200, '[:CARRIED]': 6_000 });
    expect(afterKills).toEqual(clean);
  });
});
