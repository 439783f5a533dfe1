import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint, writeCheckpoint } from '../../../scripts/import/checkpoint.ts';
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
 * The real CLI in a child process, against the test database. With `killAtLine`, it is killed
 * with SIGKILL as soon as its checkpoint has passed that line: by progress, not by time, so
 * that a quicker import is still killed part way (a fixed delay let it finish first).
 */
function cli(file: string, killAtLine?: number, flags: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/import.ts', file, ...flags], { cwd: ROOT, env: scriptEnvironment() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const size = statSync(file).size;
  let sent = false;
  const timer =
    killAtLine === undefined
      ? undefined
      : setInterval(() => {
          void readCheckpoint(`${file}.checkpoint`, size).then((checkpoint) => {
            if (sent || checkpoint === null || checkpoint.line < killAtLine) return;
            sent = true;
            clearInterval(timer);
            child.kill('SIGKILL');
          });
        }, 5);
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
    for (const [file, lines] of [
      [files.records, 20_000],
      [files.disclosures, 1_201], // a header, then 1,200 disclosures
    ] as const) {
      // Small batches, killed a tenth of the way: many checkpoints still to come.
      const flags = ['--batch', '50'];
      const killed = await cli(file, lines / 10, flags);
      expect(killed.signal).toBe('SIGKILL');
      // A kill between a batch's commit and its checkpoint leaves the checkpoint behind what
      // is written; the kill above lands there only by chance, so set it two batches back.
      const size = statSync(file).size;
      const left = await readCheckpoint(`${file}.checkpoint`, size);
      expect(left?.line).toBeGreaterThanOrEqual(lines / 10);
      const rewound = (left?.line ?? 0) - 100;
      await writeCheckpoint(`${file}.checkpoint`, { line: rewound, size });
      const resumed = await cli(file, undefined, flags);
      expect(resumed.stderr).toContain(`resuming after line ${rewound} `);
      expect(resumed.code, resumed.stderr).toBe(0);
      const summary =
        /^imported \d+ lines: \d+ committed \(created \d+, unchanged (\d+)\), 0 refused, in [\d.]+ s, \d+ lines\/s\n$/.exec(
          resumed.stdout,
        );
      // The two batches written before the kill are read again and found already there.
      expect(Number(summary?.[1])).toBeGreaterThanOrEqual(100);
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
