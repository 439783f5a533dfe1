/** The pid file and run file, which tell later commands which launcher serves a home and on which port. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Paths } from './paths.ts';
import { commandLine, isAlive } from './processes.ts';

export type RunState = {
  pid: number;
  port: number;
  java?: string;
  javaVersion?: string;
  version?: string;
  startedAt?: string;
};

/** Our launcher for this home, according to the pid file, if it is alive. */
export async function runningServer(p: Paths): Promise<(RunState & { pid: number }) | undefined> {
  const pid = Number.parseInt(await readFile(p.pidFile, 'utf8').catch(() => ''), 10);
  if (!isAlive(pid)) return undefined;
  const cmd = await commandLine(pid);
  let portFromCmd: number | undefined;
  if (cmd) {
    const at = cmd.findIndex((arg) => arg.endsWith('Launcher.java'));
    // A recycled pid belongs to some other program: the pid file is stale.
    if (at < 0 || cmd[at + 1] !== p.home) return undefined;
    portFromCmd = Number(cmd[at + 2]);
  }
  let state: Partial<RunState> = {};
  try {
    state = JSON.parse(await readFile(p.runFile, 'utf8')) as Partial<RunState>;
  } catch {
    // Older or missing run file: rely on the command line.
  }
  const port = portFromCmd ?? state.port;
  if (port === undefined || !Number.isInteger(port)) return undefined;
  return { ...state, pid, port };
}

export async function writeRunFiles(p: Paths, state: RunState): Promise<void> {
  await writeFile(p.pidFile, `${state.pid}\n`);
  await writeFile(p.runFile, `${JSON.stringify(state, null, 2)}\n`);
}

export async function clearRunFiles(p: Paths): Promise<void> {
  await rm(p.pidFile, { force: true });
  await rm(p.runFile, { force: true });
}
