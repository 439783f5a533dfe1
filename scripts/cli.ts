/**
 * What every command-line script shares: a usage error ends the run with the message, the
 * usage text and exit status 2; `--help` prints the usage and exits 0; a script run directly
 * turns its main's result into the exit status.
 */

/** A bad flag or argument, told to the user with the usage text. */
export class UsageError extends Error {}

/** Either the parsed options to run with, or the exit status the parse already decided. */
export type CommandLine<T> = { options: T } | { exit: number };

/**
 * Parses a command line with `parse`, printing the usage on `--help` (when parse returns
 * 'help') and on a UsageError or a rejection by node:util parseArgs. Other errors propagate.
 */
export async function commandLine<T>(
  usage: string,
  parse: () => T | 'help' | Promise<T | 'help'>,
): Promise<CommandLine<T>> {
  let parsed: T | 'help';
  try {
    parsed = await parse();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS'))) throw error;
    console.error(`${(error as Error).message}\n\n${usage}`);
    return { exit: 2 };
  }
  if (parsed === 'help') {
    console.log(usage);
    return { exit: 0 };
  }
  return { options: parsed };
}

/**
 * Runs a script's main with the process arguments and sets the exit status; an error that
 * escapes main is printed as its message alone (no stack) and exits with `failure`.
 */
export async function runMain(main: (args: string[]) => Promise<number>, failure = 2): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = failure;
  }
}
