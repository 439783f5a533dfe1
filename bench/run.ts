/**
 * `npm run bench -- SUITE [options]`: runs one benchmark, writes bench/results/SUITE.json
 * (SUITE.county.json for the county profile; see bench/harness.ts) and prints a summary.
 */
import { summary, writeResult, type Suite } from './harness.ts';

// The services a suite starts log warnings and errors only, unless the caller says otherwise;
// set before the suites (and the logger) are loaded.
process.env.TRACKER_LOG_LEVEL ??= 'warn';
const SUITES: Record<string, Suite> = {
  ingest: (await import('./suites/ingest.ts')).ingest,
  'ingest-profile': (await import('./suites/ingest-profile.ts')).ingestProfile,
  'first-load': (await import('./suites/first-load.ts')).firstLoadSuite,
  slice: (await import('./suites/slice.ts')).slice,
  trace: (await import('./suites/trace.ts')).traceSuite,
  findings: (await import('./suites/findings.ts')).findingsSuite,
  report: (await import('./suites/report.ts')).reportSuite,
  load: (await import('./suites/load.ts')).loadSuite,
  gateway: (await import('./suites/gateway.ts')).gatewaySuite,
  explorer: (await import('./suites/explorer.ts')).explorerSuite,
  purposes: (await import('./suites/purposes.ts')).purposesSuite,
};

const usage = () =>
  `usage: npm run bench -- SUITE [options]\n\n${Object.entries(SUITES)
    .map(([name, suite]) => `  ${name}  ${suite.usage}`)
    .join('\n')}`;

const [name, ...args] = process.argv.slice(2);
const suite = name === undefined ? undefined : SUITES[name];
if (suite === undefined) {
  console.error(name === undefined || name === '--help' ? usage() : `no benchmark "${name}"\n\n${usage()}`);
  process.exitCode = name === '--help' ? 0 : 2;
} else {
  try {
    const file = await writeResult(name as string, await suite.run(args));
    console.log(summary(file));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
