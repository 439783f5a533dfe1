/**
 * The annual report of Sec. 46-37(g) for one county calendar year, county-wide, on the
 * database the last `npm run bench -- ingest --profile P` left in .neo4j-bench (migrated
 * first, as the service would be): made as JSON, then made again and rendered as HTML, each
 * from the graph, as `npm run report` makes them. The year before is published first if it
 * was not (timed apart), as a county publishes every year, so its figures are read as
 * published. First of all, right after Neo4j starts (its page cache still cold),
 * `reportColdSeconds` makes both years from the graph, as for a first report; the JSON and
 * HTML runs then find the cache as a running service would.
 *
 *   npm run bench -- report [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]
 */
import { renderReport } from '../../scripts/report.ts';
import { annualReport, publishAnnualReport, latestPublishedExact } from '../../core/reporting/index.ts';
import { onYearDatabase, round, type Suite, type SuiteResult } from '../harness.ts';

const secondsSince = (started: number) => round((performance.now() - started) / 1000, 2);

async function run(args: string[]): Promise<SuiteResult> {
  const result = await onYearDatabase(args, async (db, year, settings) => {
    const metrics: Record<string, number> = {};
    const cold = performance.now();
    await annualReport(db, { year, recomputePrevious: true });
    metrics.reportColdSeconds = secondsSince(cold);
    if ((await latestPublishedExact(db, year - 1, null)) === null) {
      const started = performance.now();
      await publishAnnualReport(db, year - 1, null);
      metrics.publishPreviousYearSeconds = secondsSince(started);
    }
    for (const format of ['json', 'html'] as const) {
      const started = performance.now();
      const steps: Record<string, number> = {};
      const report = await annualReport(db, { year, onStep: (name, ms) => (steps[name] = round(ms / 1000, 2)) });
      const [file] = renderReport(report, format);
      metrics[`report${format === 'json' ? 'Json' : 'Html'}Seconds`] = secondsSince(started);
      settings[`${format}Bytes`] = file?.content.length ?? 0;
      settings[`${format}SecondsByYear`] = steps;
      if (format === 'json') {
        settings.individualsDisclosed = report.individualsDisclosed;
        settings.thirdPartiesGivenAccess = report.thirdParties.givenAccess;
        settings.immigration = { direct: report.immigration.direct, indirect: report.immigration.indirect };
        settings.previousYear = { source: report.previousYear?.source, version: report.previousYear?.publishedVersion };
      }
    }
    return metrics;
  });
  return { ...result, targets: { reportJsonSeconds: { max: 60 }, reportHtmlSeconds: { max: 60 } } };
}

export const reportSuite: Suite = {
  usage:
    'the annual report for one county year, as JSON and as HTML, on the database the last ingest left [--profile medium] [--seed 1] [--year 2024] [--heap 4g] [--pagecache 12g]',
  run,
};
