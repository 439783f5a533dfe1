/**
 * `npm run lineage-index -- catch-up|rebuild|verify`: the arrival index (see
 * core/lineage/arrival-index.ts), which the lineage subgraph keeps up by itself while it runs.
 * `catch-up` indexes what was written since; `rebuild` makes the whole index again from the
 * histories; `verify` compares the index of every record with what the engine gives from its
 * history now.
 */
import { parseArgs } from 'node:util';
import { commandLine, runMain, UsageError } from './cli.ts';
import { ensureNeo4j } from './neo4j/server.ts';
import { Database } from '../infra/db.ts';
import { migrate } from '../infra/migrations.ts';
import { catchUp, rebuild, verify } from '../core/lineage/index.ts';

const USAGE = `usage: npm run lineage-index -- catch-up|rebuild|verify [--json]

The arrival index keeps, for each hop of each record, the chain through which it delivered
the record, so that exposure, its findings and the annual report need not replay histories.
Records written since it was made (or never indexed) are answered by replaying them, so the
answers are the same with or without it; only their speed differs. The lineage subgraph
indexes what is written while it runs.

  catch-up   index every record written since it was last indexed
  rebuild    make the whole index again from the histories
  verify     compare the index of every record with what the engine gives now
  --json     one JSON object instead of the sentences

Exit status: 0 done (verify: no record differs), 1 verify found records whose index differs,
2 usage error or nothing could be done (e.g. Neo4j unreachable).`;

const COMMANDS = ['catch-up', 'rebuild', 'verify'] as const;
type Command = (typeof COMMANDS)[number];

export function parseCommandLine(args: string[]): { command: Command; json: boolean } | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) return 'help';
  const [command, extra] = positionals;
  if (command === undefined) throw new UsageError('say what to do: catch-up, rebuild or verify');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}": catch-up, rebuild or verify`);
  }
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return { command: command as Command, json: values.json };
}

export async function main(args: string[]): Promise<number> {
  const line = await commandLine(USAGE, () => parseCommandLine(args));
  if ('exit' in line) return line.exit;
  const { command, json } = line.options;
  const db = new Database(await ensureNeo4j({ log: (text) => console.error(text) }));
  try {
    await db.verify();
    await migrate(db);
    const started = performance.now();
    const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1));
    if (command === 'verify') {
      const result = await verify(db);
      if (json) console.log(JSON.stringify({ ...result, seconds: seconds() }, null, 2));
      else {
        console.log(
          `${result.records} records carried by a disclosure: ${result.indexed} indexed, ${result.unindexed} not yet (answered by replaying them), ${result.mismatched.length} whose index differs from their history (${seconds()} s)`,
        );
        for (const recordId of result.mismatched.slice(0, 20)) console.log(`  record ${recordId}`);
        if (result.mismatched.length > 20) console.log(`  and ${result.mismatched.length - 20} more`);
      }
      return result.mismatched.length === 0 ? 0 : 1;
    }
    const indexed = command === 'rebuild' ? await rebuild(db) : await catchUp(db);
    if (json) console.log(JSON.stringify({ command, indexed, seconds: seconds() }));
    else console.log(`${command}: ${indexed} records indexed (${seconds()} s)`);
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) await runMain(main);
