import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The files of one home folder; server.ts describes the layout. */
export type Paths = {
  home: string;
  lib: string;
  passwordFile: string;
  pidFile: string;
  runFile: string;
  lockFile: string;
  logsDir: string;
  logFile: string;
  dataDir: string;
};

/**
 * The folders of a server: its home (NEO4J_HOME, or `.neo4j` in the project) and the jars it
 * runs, which every home shares from the project's `.neo4j/lib` unless told otherwise.
 */
export function pathsFor(opts: { home?: string; lib?: string }): Paths {
  const home = path.resolve(opts.home ?? process.env.NEO4J_HOME ?? path.join(PROJECT_ROOT, '.neo4j'));
  const logsDir = path.join(home, 'logs');
  return {
    home,
    lib: path.resolve(opts.lib ?? path.join(PROJECT_ROOT, '.neo4j', 'lib')),
    passwordFile: path.join(home, 'password'),
    pidFile: path.join(home, 'neo4j.pid'),
    runFile: path.join(home, 'neo4j.run.json'),
    lockFile: path.join(home, 'neo4j.lock'),
    logsDir,
    logFile: path.join(logsDir, 'neo4j.log'),
    dataDir: path.join(home, 'data'),
  };
}

/** A path relative to the working directory when it lies inside it, else absolute. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
