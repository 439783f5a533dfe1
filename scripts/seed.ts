/**
 * `npm run seed -- --profile small|medium|county [--seed N] [--out DIR]`: writes a synthetic
 * county as NDJSON files for `npm run import`, with planted flows whose answers are known
 * (manifest.json). The same profile and seed give the same bytes on any machine, any day.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { generateSeed, type Manifest, type SeedOptions } from './seed/generate.ts';
import { isProfileName, PROFILE, PROFILES, totalSubjects } from './seed/profiles.ts';

const USAGE = `usage: npm run seed -- [--profile small|medium|county] [--seed N] [--out DIR]

Writes a synthetic Cook County, deterministic for a profile and seed, into DIR
(default .seed/<profile>-<seed>), one NDJSON file per kind in import order:
  parties, enforcement, affiliations, records, disclosures, grants, deletions, retractions
and manifest.json: line counts and the planted flows with their known answers.

  --profile P   small  ${describe('small')}
                medium ${describe('medium')}
                county ${describe('county')}
                (default small)
  --seed N      a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (default 1)
  --out DIR     where the files go; created if missing, files of the same names replaced

Exit status: 0 written, 1 writing failed, 2 usage error.`;

function describe(name: keyof typeof PROFILE): string {
  const subjects = totalSubjects(PROFILE[name]);
  return `${subjects.toLocaleString('en-US')} subjects, about ${(subjects * 2).toLocaleString('en-US')} records and ${(subjects * 20).toLocaleString('en-US')} (record, disclosure) pairs`;
}

export function parseCommandLine(args: string[]): SeedOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      profile: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!isProfileName(values.profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, got "${values.profile}"`);
  }
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.seed) || !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got "${values.seed}"`);
  }
  if (values.out === '') throw new UsageError('--out must name a folder, got ""');
  return { profile: values.profile, seed, out: values.out ?? `.seed/${values.profile}-${seed}` };
}

export function summary(manifest: Manifest, out: string, seconds: number): string {
  const width = Math.max(...manifest.files.map((file) => file.file.length));
  const lines = manifest.files.map(
    (file) => `  ${file.file.padEnd(width)}  ${file.lines.toLocaleString('en-US').padStart(11)} lines`,
  );
  const planted = manifest.planted.length;
  return [
    `wrote profile ${manifest.profile}, seed ${manifest.seed}, to ${out} in ${seconds.toFixed(1)} s:`,
    ...lines,
    `  ${manifest.counts.subjects.toLocaleString('en-US')} subjects, ${manifest.counts.pairs.toLocaleString('en-US')} (record, disclosure) pairs, ${planted} planted flows (manifest.json)`,
  ].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => parseCommandLine(args));
  if ('exit' in line) return line.exit;
  const { options } = line;
  const started = performance.now();
  const manifest = await generateSeed({
    ...options,
    log: (line) => console.error(`${((performance.now() - started) / 1000).toFixed(1)} s ${line}`),
  });
  console.log(summary(manifest, options.out, (performance.now() - started) / 1000));
  return 0;
}

if (import.meta.main) await runMain(main, 1);
