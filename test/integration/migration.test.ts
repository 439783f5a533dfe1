/**
 * A database made by the previous version of the service, migrated, answers as it did. The
 * previous version is taken from the repository's own history (the last commit before stored
 * times became UTC and facts got their recorded time): its code imports the small generated
 * county into an emptied graph and gathers its answers (test/support/answers.ts, the same
 * gathering in both versions); then this version migrates that graph and gathers them again.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../scripts/seed/generate.ts';
import { allPublished, latestPublishedExact } from '../../core/reporting/published.ts';
import { migrate } from '../../infra/migrations.ts';
import { catchUp } from '../../core/lineage/index.ts';
import { gatherAnswers } from '../support/answers.ts';
import { useTestDatabase, wipe } from '../support/database.ts';
import { DELETION_LABEL_WRONG } from '../support/records.ts';

/** The previous version: stored times in the offsets they were sent in, no recorded-time clock. */
const PREVIOUS = '54d6794f033ea8cf34543ba9914dbebd0a541a4e';
const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** What the previous version's code runs, from its own tree. */
const DRIVER = `
import { writeFileSync } from 'node:fs';
import { Database } from './subgraphs/shared/db.ts';
import { importGeneratedCounty } from './test/support/seed-county.ts';
import { gatherAnswers } from './test/support/answers.ts';
import { publishAnnualReport } from './subgraphs/reporting/public-registry.ts';
const db = new Database(JSON.parse(process.env.PREVIOUS_CONNECTION));
const manifest = await importGeneratedCounty(db, 'small', 7);
const answers = await gatherAnswers(db, manifest);
// A report published then, which a later year's report reads its figures from.
await publishAnnualReport(db, 2022, null, new Date('2023-02-01T12:00:00Z'));
writeFileSync(process.argv[2], JSON.stringify({ manifest, answers }));
await db.close();
`;

type Answers = Awaited<ReturnType<typeof gatherAnswers>>;

/** Every value the previous answer holds, at the same place in this one (new fields may be added beside). */
function differences(before: unknown, after: unknown, at = '$'): string[] {
  if (before === null || typeof before !== 'object') {
    return JSON.stringify(before) === JSON.stringify(after)
      ? []
      : [`${at}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
  }
  if (after === null || typeof after !== 'object')
    return [`${at}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
  if (Array.isArray(before) && (!Array.isArray(after) || after.length !== before.length)) {
    return [`${at}: ${before.length} items → ${Array.isArray(after) ? after.length : 'not a list'}`];
  }
  return Object.entries(before).flatMap(([key, value]) =>
    differences(value, (after as Record<string, unknown>)[key], `${at}.${key}`),
  );
}

describe('a database made by the previous version, migrated', () => {
  const ctx = useTestDatabase();
  let previous: { manifest: Manifest; answers: Answers };
  let migrated: Answers;

  beforeAll(async () => {
    // An empty graph as the previous version left it: without this version's migration.
    await wipe(ctx.db);
    await ctx.db.write((tx) => tx.run(`MATCH (m:SchemaMigration) WHERE m.version >= '0012' DELETE m`));
    const tree = mkdtempSync(path.join(tmpdir(), 'previous-version-'));
    try {
      execSync(
        `git archive --format=tar ${PREVIOUS} subgraphs scripts test/support package.json | tar -x -C "${tree}"`,
        {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
      writeFileSync(path.join(tree, 'previous.ts'), DRIVER);
      const out = path.join(tree, 'answers.json');
      execFileSync(process.execPath, [path.join(tree, 'previous.ts'), out], {
        cwd: tree,
        env: { ...process.env, PREVIOUS_CONNECTION: JSON.stringify(inject('neo4j')) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      previous = JSON.parse(readFileSync(out, 'utf8')) as typeof previous;
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
    const report = await migrate(ctx.db);
    expect(report.applied).toEqual(
      expect.arrayContaining(['0012-instants-and-recorded-time', '0013-published-reports-recorded']),
    );
    migrated = await gatherAnswers(ctx.db, previous.manifest);
  }, 240_000);

  it('holds every stored time in UTC, the stated one beside it', async () => {
    const [offsets] = await ctx.db.read((tx) =>
      tx.run<{ stated: number; other: number }>(
        `MATCH (d:Disclosure)
         RETURN count(CASE WHEN d.atStated.timezone <> 'Z' THEN 1 END) AS stated,
                count(CASE WHEN d.at.timezone <> 'Z' THEN 1 END) AS other`,
      ),
    );
    expect(offsets?.other).toBe(0);
    expect(offsets?.stated).toBeGreaterThan(0);
  });

  it('traces, counts, scopes and accounts exactly as before, and its ledgers verify', () => {
    expect(Object.keys(migrated.traces).length).toBeGreaterThan(0);
    expect(differences(previous.answers.traces, migrated.traces)).toEqual([]);
    expect(differences(previous.answers.exposure, migrated.exposure)).toEqual([]);
    expect(differences(previous.answers.scopes, migrated.scopes)).toEqual([]);
    expect(differences(previous.answers.accountings, migrated.accountings)).toEqual([]);
    expect(migrated.ledgers).toEqual({ disclosures: true, compliance: true });
  });

  it('marks every record a disclosure carried for the arrival index, and answers the same once it is made', async () => {
    const [marked] = await ctx.db.read((tx) =>
      tx.run<{ carried: number; stale: number }>(
        `MATCH (r:Record) WHERE EXISTS { (r)<-[:CARRIED]-() }
         RETURN count(r) AS carried, count(CASE WHEN r:LineageStale THEN 1 END) AS stale`,
      ),
    );
    expect(marked?.carried).toBeGreaterThan(0);
    expect(marked?.stale).toBe(marked?.carried);
    expect(await catchUp(ctx.db)).toBe(marked?.carried);
    const indexed = await gatherAnswers(ctx.db, previous.manifest);
    expect(differences(previous.answers.exposure, indexed.exposure)).toEqual([]);
    expect(differences(migrated.report, indexed.report)).toEqual([]);
  });

  it('marks every record a holder confirmed deleting, so that the holder check reads its deletions', async () => {
    const [deleted] = await ctx.db.read((tx) =>
      tx.run<{ records: number }>(`MATCH (r:Record) WHERE EXISTS { (r)<-[:DELETED]-() } RETURN count(r) AS records`),
    );
    expect(deleted?.records).toBeGreaterThan(0);
    expect(await ctx.db.read((tx) => tx.run(DELETION_LABEL_WRONG))).toEqual([]);
  });

  it('keeps a report published then as published: recorded and as of its publication, read by the next year', async () => {
    const [published] = await allPublished(ctx.db);
    expect(published).toMatchObject({ year: 2022, publishedAt: '2023-02-01T12:00:00Z', asOf: '2023-02-01T12:00:00Z' });
    expect(await latestPublishedExact(ctx.db, 2022, null, new Date().toISOString())).toMatchObject({ version: 1 });
  });

  it('finds every finding it found, and makes the same report', () => {
    // This version reads the law as written where the previous one read it narrowly: recorded
    // answers of release times under (b), standing grants as access under (f)(i) and (g), and a
    // notice answered only by both orders under (h). The findings those rules add are new; every
    // finding the previous version made is still made, the same.
    const now = new Map(migrated.findings.map((finding) => [finding.id, finding]));
    const before = new Set(previous.answers.findings.map((finding) => finding.id));
    console.log(
      `findings: ${before.size} before, ${now.size} after migration; added: ${[...now.keys()].filter((id) => !before.has(id)).join(', ')}`,
    );
    expect(
      previous.answers.findings.flatMap((finding) => differences(finding, now.get(finding.id), finding.id)),
    ).toEqual([]);
    expect(
      [...now.keys()].filter((id) => !before.has(id) && !/^(B:answer:|F_I:grant:|G:audit:|H:unanswered:)/.test(id)),
    ).toEqual([]);
    // The report's figures are the same; only its counts of findings grow, by those rules'
    // findings, and one hop is no longer labelled "direct" (a contractor's second hop can be).
    const reportChanges = differences(previous.answers.report, migrated.report).filter(
      (change) => change !== '$.immigration.byHopCount.0.label: "1 (direct)" → "1 hop"',
    );
    expect(reportChanges.filter((change) => !/\.findings(\.[\w.]+)?: \d+ → \d+$/.test(change))).toEqual([]);
    for (const change of reportChanges) {
      const [before, after] = (change.split(': ')[1] ?? '').split(' → ').map(Number);
      expect(after, change).toBeGreaterThan(before as number);
    }
  });
});
