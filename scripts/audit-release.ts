/**
 * `npm run audit-release [-- --json]`: what a reader of everything published can work out.
 * Reads every published edition as the public registry serves it to anyone (its public
 * edition only), sets up every relation a reader can count on between their figures, and
 * prints, for every count hidden as "1-10" or "0-10", the values still consistent with all
 * of it. Exit status 1 when a count can be narrowed below ten values.
 */
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import {
  auditRelease,
  narrowed,
  PROTECTED_VALUES,
  type CellRange,
  readerEditions,
  publishedRelease,
} from '../core/reporting/index.ts';

const USAGE = `usage: npm run audit-release [-- --json]

Reads everything published (every version of every edition, county-wide and per agency, as
the public registry serves it) and reports, for every count hidden as "1-10" or "0-10", the
whole values a reader can still give it from all of it together. A count is protected when
at least ${PROTECTED_VALUES} values remain.

  --json   one JSON object: every hidden count with its range, and the narrowed ones

Exit status: 0 nothing narrowed, 1 some count narrowed (listed), 2 usage error or nothing
could be done (e.g. Neo4j unreachable).`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCommandLine(args: string[]): { json: boolean } | 'help' {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  return { json: values.json };
}

const describe = (cell: CellRange) =>
  `${cell.edition.label}: ${cell.path} could be ${cell.range.min === cell.range.max ? cell.range.min : `${cell.range.min} to ${cell.range.max === Infinity ? 'any count above' : cell.range.max}`} (${cell.values === Infinity ? 'unbounded' : `${cell.values} values`})`;

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => parseCommandLine(args));
  if ('exit' in line) return line.exit;
  const connection = await ensureNeo4j({ log: (text) => console.error(text) });
  const db = new Database(connection);
  try {
    await db.verify();
    await migrate(db);
    const { editions, agencies } = await publishedRelease(db);
    // Only what the public registry serves: the public edition of each.
    const cells = await auditRelease(
      readerEditions(editions.map(({ year, agencyId, version, json }) => ({ year, agencyId, version, json }))),
      agencies,
      'public',
    );
    const bad = narrowed(cells);
    if (line.options.json) {
      const row = (cell: CellRange) => ({
        edition: cell.edition.label,
        figure: cell.path,
        min: cell.range.min,
        max: cell.range.max === Infinity ? null : cell.range.max,
      });
      console.log(
        JSON.stringify({ editions: editions.length, hidden: cells.map(row), narrowed: bad.map(row) }, null, 2),
      );
    } else {
      console.log(
        `${editions.length} published editions; ${cells.length} counts hidden as "1-10" or "0-10"; ${bad.length} narrowed below ${PROTECTED_VALUES} values`,
      );
      for (const cell of bad) console.log(`  ${describe(cell)}`);
    }
    return bad.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

if (import.meta.main) await runMain(main);
