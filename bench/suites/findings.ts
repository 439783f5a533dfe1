/**
 * All findings of Sec. 46-37 for one county calendar year, on the database the last
 * `npm run bench -- ingest --profile P` left in .neo4j-bench (migrated first, as the service
 * would be): every rule, (a) to (h), with the lineage engine's exposure for (e). Made twice:
 * first right after Neo4j starts, its page cache cold (`findingsColdSeconds`), then timed as
 * a running service would find it.
 *
 *   npm run bench -- findings [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]
 */
import { findings, SUBSECTIONS } from '../../core/compliance/index.ts';
import { onYearDatabase, round, type Suite, type SuiteResult } from '../harness.ts';
import { countyYear } from '../../infra/calendar.ts';

async function run(args: string[]): Promise<SuiteResult> {
  const result = await onYearDatabase(args, async (db, year, settings) => {
    const cold = performance.now();
    await findings(db, { window: countyYear(year) });
    const findingsColdSeconds = round((performance.now() - cold) / 1000, 2);
    const started = performance.now();
    const steps: Record<string, number> = {};
    const found = await findings(db, {
      window: countyYear(year),
      onStep: (name, ms) => (steps[name] = round(ms / 1000, 2)),
    });
    const findingsYearSeconds = round((performance.now() - started) / 1000, 2);
    settings.secondsByStep = steps;
    settings.bySubsection = Object.fromEntries(
      SUBSECTIONS.map((subsection) => [
        subsection,
        found.filter((finding) => finding.subsection === subsection).length,
      ]),
    );
    return { findingsYearSeconds, findingsColdSeconds, findings: found.length };
  });
  return { ...result, targets: { findingsYearSeconds: { max: 60 } } };
}

export const findingsSuite: Suite = {
  usage:
    'every finding, (a) to (h), for one county year on the database the last ingest left [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]',
  run,
};
