import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, type Manifest } from '../../../scripts/seed/generate.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = [
  'parties.ndjson',
  'enforcement.ndjson',
  'affiliations.ndjson',
  'records.ndjson',
  'disclosures.ndjson',
  'grants.ndjson',
  'deletions.ndjson',
  'retractions.ndjson',
  'compliance.ndjson',
];

/** `npm run seed` as a user runs it: plain Node 24, which strips the types itself. */
function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/seed.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  dirs.push(dir);
  return dir;
}

let first: string;
let again: string;
let other: string;
let manifest: Manifest;

beforeAll(async () => {
  [first, again, other] = [tempDir(), tempDir(), tempDir()];
  manifest = await generateSeed({ profile: 'small', seed: 1, out: first });
  await generateSeed({ profile: 'small', seed: 1, out: again });
  await generateSeed({ profile: 'small', seed: 2, out: other });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run seed: the same profile and seed give the same county', () => {
  it('writes byte-identical files twice, the manifest included', () => {
    expect(readdirSync(first).sort()).toEqual([...FILES, 'manifest.json'].sort());
    for (const file of [...FILES, 'manifest.json']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });

  it('gives another county for another seed', () => {
    for (const file of ['records.ndjson', 'disclosures.ndjson', 'grants.ndjson', 'manifest.json']) {
      expect(readFileSync(join(other, file)).equals(readFileSync(join(first, file))), file).toBe(false);
    }
  });

  it('counts in the manifest the lines each file has', () => {
    const lines = (file: string) => readFileSync(join(first, file), 'utf8').split('\n').filter(Boolean).length;
    expect(manifest.files.map((file) => file.file)).toEqual(FILES);
    for (const file of manifest.files) expect(file.lines, file.file).toBe(lines(file.file));
    const byKind = Object.fromEntries(manifest.files.map((file) => [file.kind, file.lines]));
    const { subjects, pairs, ...perFile } = manifest.counts;
    for (const [kind, count] of Object.entries(perFile)) expect(count, kind).toBe(byKind[kind]);
    expect(subjects).toBe(1000 + manifest.compliance.subjects);
    const carried = readFileSync(join(first, 'disclosures.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .reduce((sum, line) => sum + (JSON.parse(line) as { records: unknown[] }).records.length, 0);
    expect(pairs).toBe(carried);
    expect(JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });
});

describe('scripts/seed.ts on the command line', () => {
  it('writes the small county and says what it wrote', () => {
    const out = tempDir();
    const { status, stdout } = cli(['--profile', 'small', '--seed', '1', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toContain(`wrote profile small, seed 1, to ${out}`);
    expect(stdout).toMatch(/disclosures\.ndjson +[\d,]+ lines/);
    expect(readFileSync(join(out, 'disclosures.ndjson')).equals(readFileSync(join(first, 'disclosures.ndjson')))).toBe(
      true,
    );
  });

  it('refuses a bad flag with one line naming the bad value, then the usage, and exit status 2', () => {
    for (const [args, message] of [
      [['--profile', 'huge'], '--profile must be one of small, medium, county, got "huge"'],
      [['--seed=-3'], '--seed must be a whole number from 0 to 9007199254740991, got "-3"'],
      [['--seed', '1.5'], '--seed must be a whole number from 0 to 9007199254740991, got "1.5"'],
      [['--colour', 'red'], "'--colour'"],
      [['small'], "'small'"],
    ] as const) {
      const { status, stdout, stderr } = cli([...args]);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      const [line, blank, usage] = stderr.split('\n');
      expect(line).toContain(message);
      expect(blank).toBe('');
      expect(usage).toMatch(/^usage: npm run seed/);
    }
  });
});
