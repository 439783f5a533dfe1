/**
 * `npm run report -- --year YYYY [--agency ID] --format json|csv|html [--public] [--as-of INSTANT] [--out FILE]`:
 * the annual report of Sec. 46-37(g) from the graph, as versioned JSON, as CSV (one file per
 * table, in the directory --out names) or as one self-contained HTML page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { isInstant } from '../infra/scalars.ts';
import {
  annualReport,
  publicEdition,
  publishedRelease,
  REPORT_SCHEMA_VERSION,
  type AnnualReport,
  tablesOf,
} from '../core/reporting/index.ts';
import { tableCsv } from './report/csv.ts';
import { renderHtml } from './report/html.ts';

const FORMATS = ['json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run report -- --year YYYY [--agency ID] --format json|csv|html [--public] [--as-of INSTANT] [--out FILE]

Makes the annual report of Sec. 46-37(g) for a county calendar year (America/Chicago) from
the graph (the project's own Neo4j, or NEO4J_URI): county-wide, or for one county agency.

  --format json   the report as data: schemaVersion ${REPORT_SCHEMA_VERSION}, the shape of
                  subgraphs/reporting/report.ts (AnnualReport), also the GraphQL field's json
  --format csv    one file per table (third parties, immigration by month, by hops, by
                  category, by agency, by intermediary, by legal basis, flows, over 500,
                  notices, findings, detainers, access requests, complaints, year on year),
                  written into the directory --out names (default report-YYYY)
  --format html   one self-contained page (no network), charts drawn as inline SVG
  --public        the public edition, as publishing it now would make it: protected
                  with everything already published (see npm run audit-release)
  --as-of INSTANT as the service knew things at that recorded time (ISO 8601 with an
                  offset): a published report's asOf gives its figures again
  --out FILE      where to write (json and html: default standard output)

Exit status: 0 written, 2 usage error or nothing could be done (e.g. Neo4j unreachable).`;

type Parsed = {
  year: number;
  agencyId: string | null;
  format: Format;
  public: boolean;
  asOf: string | null;
  out: string | null;
};

const OPTIONS = {
  year: { type: 'string' },
  agency: { type: 'string' },
  format: { type: 'string' },
  public: { type: 'boolean', default: false },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCommandLine(args: string[]): Parsed | 'help' {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const year = Number(values.year);
  if (values.year === undefined || !/^\d{4}$/.test(values.year) || year < 1900) {
    throw new UsageError(
      `--year must be a calendar year YYYY${values.year === undefined ? '' : `, got "${values.year}"`}`,
    );
  }
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}${values.format === undefined ? '' : `, got "${values.format}"`}`,
    );
  }
  const asOf = values['as-of'] ?? null;
  if (asOf !== null && !isInstant(asOf)) {
    throw new UsageError(`--as-of must be an ISO 8601 instant with an offset, e.g. 2026-01-15T09:00:00-06:00`);
  }
  return {
    year,
    agencyId: values.agency ?? null,
    format: values.format as Format,
    public: values.public,
    asOf,
    out: values.out ?? null,
  };
}

/** The files a report is written as: name and content. */
export function renderReport(report: AnnualReport, format: Format): Array<{ name: string; content: string }> {
  if (format === 'json') return [{ name: 'report.json', content: `${JSON.stringify(report, null, 2)}\n` }];
  const tables = tablesOf(report);
  if (format === 'html') return [{ name: 'report.html', content: renderHtml(report, tables) }];
  return tables.map((table) => ({ name: `${table.name}.csv`, content: tableCsv(table) }));
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => parseCommandLine(args));
  if ('exit' in line) return line.exit;
  const options = line.options;
  const connection = await ensureNeo4j({ log: (text) => console.error(text) });
  const db = new Database(connection);
  try {
    await db.verify();
    await migrate(db);
    const made = await annualReport(db, {
      year: options.year,
      agencyId: options.agencyId,
      asOf: options.asOf,
      groupIndividuals: options.public,
    });
    // A public edition is protected against everything already published, as publishing would.
    const report = options.public ? await publicEdition(made, await publishedRelease(db, options.asOf)) : made;
    const files = renderReport(report, options.format);
    if (options.format === 'csv') {
      const dir = options.out ?? `report-${options.year}`;
      await mkdir(dir, { recursive: true });
      for (const file of files) await writeFile(join(dir, file.name), file.content);
      console.error(`wrote ${files.length} tables to ${dir}`);
    } else if (options.out === null) {
      process.stdout.write(files[0]?.content ?? '');
    } else {
      await writeFile(options.out, files[0]?.content ?? '');
      console.error(`wrote ${options.out}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) await runMain(main);
