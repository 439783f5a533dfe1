/**
 * Provisions and runs the local Neo4j Community server used in development, tests and CI.
 *
 * The official server tarball is not on Maven Central, so the engine jars are fetched with
 * Maven (scripts/neo4j/pom.xml pins the version) into `<home>/lib`, and Launcher.java runs
 * them as a Bolt-only server on 127.0.0.1. Everything lives under one home folder
 * (default `.neo4j/` in the project root):
 *
 *   lib/            engine jars plus a marker naming the provisioned version
 *   password        generated password of user neo4j (mode 0600)
 *   neo4j.pid       pid of the running launcher
 *   neo4j.run.json  port and Java of the running launcher
 *   neo4j.lock      held while a start, stop or reset is in progress
 *   logs/neo4j.log  launcher output; Neo4j writes debug.log and friends next to it
 *   data/           databases and transaction logs
 *
 * When NEO4J_URI is set, ensureNeo4j() uses that server instead and provisions nothing.
 * Importing this module has no side effects.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { appendFile, chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { auth, driver as createDriver } from 'neo4j-driver';

export type Neo4jConnection = { uri: string; user: string; password: string; database: string };

export type Neo4jOptions = {
  /** Home folder of the local server; default `<project root>/.neo4j`. */
  home?: string;
  /** Bolt port; default NEO4J_BOLT_PORT or 7687. */
  port?: number;
  /** Folder with the engine jars; default `<home>/lib`. Provisioned there when it lacks the version marker. */
  lib?: string;
  /** JVM heap, e.g. `2g`; default NEO4J_HEAP or `2g`. Used as both -Xms and -Xmx. */
  heap?: string;
  /** Page cache, e.g. `2g`; default NEO4J_PAGECACHE or `2g`. */
  pagecache?: string;
  /** How long to wait for Bolt to answer after launching; default 120 s. */
  startTimeoutMs?: number;
  /** Receives progress messages; default: discard them. */
  log?: (line: string) => void;
};

export type Neo4jStartResult = Neo4jConnection & { alreadyRunning: boolean; pid: number; home: string };

export type Neo4jStatus = {
  running: boolean;
  pid?: number;
  uri?: string;
  home: string;
  version: string;
  java?: string;
  /** Whether Bolt answered with our password (only checked when running). */
  ready?: boolean;
  /** Whether the lib folder holds the jars of `version`. */
  provisioned: boolean;
};

export type Neo4jStopResult = { wasRunning: boolean; pid?: number };

export class Neo4jOpsError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'Neo4jOpsError';
    this.code = code;
  }
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const POM_FILE = path.join(import.meta.dirname, 'pom.xml');
const LAUNCHER_FILE = path.join(import.meta.dirname, 'Launcher.java');
const JVM_DIR = '/usr/lib/jvm';
const MIN_JAVA_MAJOR = 21;
const DEFAULT_PORT = 7687;
const DEFAULT_HEAP = '2g';
const DEFAULT_PAGECACHE = '2g';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 500;
const LOCK_TIMEOUT_MS = 15 * 60_000;
const MARKER_FILE = '.provisioned';
const LOCAL_USER = 'neo4j';
const LOCAL_DATABASE = 'neo4j';
const ANSI_COLOR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

type Env = Readonly<Record<string, string | undefined>>;

type Paths = {
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

export type JavaInfo = { path: string; version: string; major: number };

type RunState = {
  pid: number;
  port: number;
  java?: string;
  javaVersion?: string;
  version?: string;
  startedAt?: string;
};

let pomVersion: string | undefined;

/** The Neo4j version pinned in scripts/neo4j/pom.xml. */
export function neo4jVersion(): string {
  if (pomVersion === undefined) {
    const pom = readFileSync(POM_FILE, 'utf8');
    const match = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
    if (!match?.[1]) {
      throw new Neo4jOpsError('NEO4J_BAD_POM', `${display(POM_FILE)} does not define the neo4j.version property.`);
    }
    pomVersion = match[1];
  }
  return pomVersion;
}

/** The connection described by NEO4J_URI and friends, or undefined when NEO4J_URI is not set. */
export function connectionFromEnv(env: Env = process.env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  return {
    uri,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

/**
 * The external server from NEO4J_URI when set (a plain Neo4jConnection), otherwise the local
 * server, started if needed (a Neo4jStartResult, so `'alreadyRunning' in result` tells them apart).
 */
export async function ensureNeo4j(opts: Neo4jOptions = {}): Promise<Neo4jConnection | Neo4jStartResult> {
  return connectionFromEnv() ?? (await startNeo4j(opts));
}

/** Starts the local server unless ours already runs; resolves once Bolt accepts our password. */
export async function startNeo4j(opts: Neo4jOptions = {}): Promise<Neo4jStartResult> {
  const log = opts.log ?? (() => {});
  const p = pathsFor(opts);
  const port = resolvePort(opts.port);
  const heap = parseHeap(opts.heap ?? process.env.NEO4J_HEAP ?? DEFAULT_HEAP);
  const pagecacheBytes = parseByteSize(
    opts.pagecache ?? process.env.NEO4J_PAGECACHE ?? DEFAULT_PAGECACHE,
    'NEO4J_PAGECACHE',
  );
  const timeoutMs = opts.startTimeoutMs ?? START_TIMEOUT_MS;
  const version = neo4jVersion();

  await mkdir(p.home, { recursive: true });
  return withLock(p, async () => {
    const running = await runningServer(p);
    if (running) {
      const password = await readPassword(p);
      if (password === undefined) {
        throw new Neo4jOpsError(
          'NEO4J_PASSWORD_MISSING',
          `Neo4j runs from ${display(p.home)} (pid ${running.pid}) but ${display(p.passwordFile)} is missing; run \`npm run neo4j -- reset\` to start over with an empty database.`,
        );
      }
      const conn = localConnection(running.port, password);
      await waitForBolt({ conn, pid: running.pid, p, timeoutMs });
      if (running.port !== port) log(`Neo4j already runs on port ${running.port}, not ${port}; using it.`);
      return { ...conn, alreadyRunning: true, pid: running.pid, home: p.home };
    }
    await clearRunFiles(p);

    await assertPortFree(port);
    const java = await findJava();
    await ensureProvisioned(p.lib, version, log);
    const password = await ensurePassword(p);
    await assertPortFree(port);

    await mkdir(p.logsDir, { recursive: true });
    await appendFile(
      p.logFile,
      `\n==== ${new Date().toISOString()} Neo4j ${version} on 127.0.0.1:${port}, Java ${java.version} (${java.path}) ====\n`,
    );
    const logOffset = (await stat(p.logFile)).size;
    const args = [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '--enable-native-access=ALL-UNNAMED',
      // Java 24+ warns about sun.misc.Unsafe use in dependencies; the flag exists since Java 23.
      ...(java.major >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : []),
      '-cp',
      path.join(p.lib, '*'),
      LAUNCHER_FILE,
      p.home,
      String(port),
      String(pagecacheBytes),
      p.passwordFile,
    ];
    log(`Starting Neo4j ${version} on 127.0.0.1:${port} with Java ${java.version} (log: ${display(p.logFile)})...`);
    const child = await launch(java.path, args, p);
    const pid = child.pid as number;
    await writeFile(p.pidFile, `${pid}\n`);
    const state: RunState = {
      pid,
      port,
      java: java.path,
      javaVersion: java.version,
      version,
      startedAt: new Date().toISOString(),
    };
    await writeFile(p.runFile, `${JSON.stringify(state, null, 2)}\n`);

    const conn = localConnection(port, password);
    try {
      await waitForBolt({ conn, pid, child, p, logOffset, timeoutMs });
    } catch (error) {
      await terminate(pid, 10_000);
      await clearRunFiles(p);
      throw error;
    }
    return { ...conn, alreadyRunning: false, pid, home: p.home };
  });
}

/** Stops the local server (SIGTERM, then SIGKILL after 60 s); a no-op when it does not run. */
export async function stopNeo4j(opts: Neo4jOptions = {}): Promise<Neo4jStopResult> {
  const log = opts.log ?? (() => {});
  const p = pathsFor(opts);
  if (!existsSync(p.home)) {
    log(`Neo4j is not running (home ${display(p.home)}).`);
    return { wasRunning: false };
  }
  return withLock(p, () => stopLocked(p, log));
}

/** Stops the local server and deletes its databases and logs; keeps lib/ and the password. */
export async function resetNeo4j(opts: Neo4jOptions = {}): Promise<{ removed: string[] }> {
  const log = opts.log ?? (() => {});
  const p = pathsFor(opts);
  if (!existsSync(p.home)) {
    log(`Nothing to reset in ${display(p.home)}.`);
    return { removed: [] };
  }
  return withLock(p, async () => {
    await stopLocked(p, log);
    const keep = new Set(['lib', 'password', path.basename(p.lockFile)]);
    const libInHome = path.relative(p.home, p.lib);
    if (libInHome && !libInHome.startsWith('..') && !path.isAbsolute(libInHome)) {
      keep.add(libInHome.split(path.sep)[0] as string);
    }
    const removed: string[] = [];
    for (const entry of (await readdir(p.home)).sort()) {
      if (keep.has(entry)) continue;
      await rm(path.join(p.home, entry), { recursive: true, force: true });
      removed.push(entry);
    }
    log(
      removed.length > 0
        ? `Removed ${removed.join(', ')} from ${display(p.home)}; the next start begins with an empty database.`
        : `${display(p.home)} holds no database yet; nothing to remove.`,
    );
    return { removed };
  });
}

/** What runs where: the local server's pid and URI when running, plus version and Java. */
export async function neo4jStatus(opts: Neo4jOptions = {}): Promise<Neo4jStatus> {
  const p = pathsFor(opts);
  const version = neo4jVersion();
  const provisioned = await isProvisioned(p.lib, version);
  const running = existsSync(p.home) ? await runningServer(p) : undefined;
  if (running) {
    const password = await readPassword(p);
    const uri = localUri(running.port);
    const ready =
      password !== undefined && (await boltCheck({ uri, user: LOCAL_USER, password, database: LOCAL_DATABASE })).ok;
    const status: Neo4jStatus = { running: true, pid: running.pid, uri, home: p.home, version, ready, provisioned };
    if (running.java) status.java = `${running.java}${running.javaVersion ? ` (${running.javaVersion})` : ''}`;
    return status;
  }
  const status: Neo4jStatus = { running: false, home: p.home, version, provisioned };
  const java = await findJava().catch(() => undefined);
  if (java) status.java = `${java.path} (${java.version})`;
  return status;
}

/** Parses `java -version` output into the version string and its major number. */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  const version = match?.[1];
  if (!version) return undefined;
  const majorText = (/^1\.(\d+)/.exec(version) ?? /^(\d+)/.exec(version))?.[1];
  const major = Number(majorText);
  return majorText && Number.isInteger(major) ? { version, major } : undefined;
}

/** Converts a size such as `2g`, `512m`, `1024k` or `4096` (bytes) into bytes. */
export function parseByteSize(text: string, name = 'size'): number {
  const match = /^\s*(\d+)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!match?.[1]) {
    throw new Neo4jOpsError('NEO4J_BAD_CONFIG', `${name} must be a size such as 2g or 512m, not "${text}".`);
  }
  const unit = (match[2] ?? '').toLowerCase();
  const factor =
    unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : unit === 't' ? 1024 ** 4 : 1;
  return Number(match[1]) * factor;
}

function parseHeap(text: string): string {
  const match = /^\s*(\d+)\s*([kmg]?)\s*$/i.exec(text);
  if (!match?.[1] || Number(match[1]) === 0) {
    throw new Neo4jOpsError('NEO4J_BAD_CONFIG', `NEO4J_HEAP must be a JVM size such as 2g or 512m, not "${text}".`);
  }
  return `${match[1]}${(match[2] ?? '').toLowerCase()}`;
}

function resolvePort(port: number | undefined): number {
  const raw = port ?? (process.env.NEO4J_BOLT_PORT ? Number(process.env.NEO4J_BOLT_PORT) : DEFAULT_PORT);
  if (!Number.isInteger(raw) || raw < 1 || raw > 65535) {
    throw new Neo4jOpsError(
      'NEO4J_BAD_CONFIG',
      `NEO4J_BOLT_PORT must be a port number between 1 and 65535, not "${port ?? process.env.NEO4J_BOLT_PORT}".`,
    );
  }
  return raw;
}

function pathsFor(opts: Neo4jOptions): Paths {
  const home = path.resolve(opts.home ?? path.join(PROJECT_ROOT, '.neo4j'));
  const logsDir = path.join(home, 'logs');
  return {
    home,
    lib: path.resolve(opts.lib ?? path.join(home, 'lib')),
    passwordFile: path.join(home, 'password'),
    pidFile: path.join(home, 'neo4j.pid'),
    runFile: path.join(home, 'neo4j.run.json'),
    lockFile: path.join(home, 'neo4j.lock'),
    logsDir,
    logFile: path.join(logsDir, 'neo4j.log'),
    dataDir: path.join(home, 'data'),
  };
}

function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function localConnection(port: number, password: string): Neo4jConnection {
  return { uri: localUri(port), user: LOCAL_USER, password, database: LOCAL_DATABASE };
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Processes

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
  try {
    // A zombie still accepts signal 0; it has exited all the same.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    // No procfs (macOS): trust signal 0.
  }
  return true;
}

/** The command line of a process, or undefined when it cannot be read. */
async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((arg) => arg !== '');
  } catch {
    // Fall through to ps.
  }
  try {
    const out = await run('ps', ['-o', 'command=', '-p', String(pid)], { timeoutMs: 5000 });
    return out.code === 0 && out.output.trim() ? out.output.trim().split(/\s+/) : undefined;
  } catch {
    return undefined;
  }
}

/** Our launcher for this home, according to the pid file, if it is alive. */
async function runningServer(p: Paths): Promise<(RunState & { pid: number }) | undefined> {
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

async function clearRunFiles(p: Paths): Promise<void> {
  await rm(p.pidFile, { force: true });
  await rm(p.runFile, { force: true });
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(200);
  }
  return true;
}

async function terminate(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitForExit(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 10_000);
}

async function stopLocked(p: Paths, log: (line: string) => void): Promise<Neo4jStopResult> {
  const running = await runningServer(p);
  if (!running) {
    await clearRunFiles(p);
    log(`Neo4j is not running (home ${display(p.home)}).`);
    return { wasRunning: false };
  }
  // The pid file stays until the process is gone, so a failed stop can be retried.
  log(`Stopping Neo4j (pid ${running.pid})...`);
  await terminate(running.pid, STOP_TIMEOUT_MS);
  if (isAlive(running.pid)) {
    throw new Neo4jOpsError('NEO4J_DID_NOT_STOP', `Neo4j (pid ${running.pid}) did not exit after SIGTERM and SIGKILL.`);
  }
  await clearRunFiles(p);
  log(`Neo4j stopped (pid ${running.pid}).`);
  return { wasRunning: true, pid: running.pid };
}

function run(
  command: string,
  args: string[],
  opts: { cwd?: string; timeoutMs?: number; env?: Env } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: opts.cwd, timeout: opts.timeoutMs, env: opts.env, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (error && typeof error.code !== 'number') {
          if (error.code === 'ENOENT' || error.code === 'EACCES') {
            reject(error);
            return;
          }
          resolve({ code: -1, output: `${output}\n${error.message}` });
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, output });
      },
    );
  });
}

function launch(java: string, args: string[], p: Paths): Promise<ChildProcess> {
  const fd = openSync(p.logFile, 'a');
  try {
    const child = spawn(java, args, { cwd: p.home, detached: true, stdio: ['ignore', fd, fd] });
    return new Promise((resolve, reject) => {
      child.once('error', (error) =>
        reject(new Neo4jOpsError('NEO4J_DID_NOT_START', `Could not run ${java}: ${error.message}.`)),
      );
      child.once('spawn', () => {
        child.unref();
        resolve(child);
      });
    });
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// Locking: one start, stop or reset per home at a time (parallel test workers call ensureNeo4j).

async function withLock<T>(p: Paths, fn: () => Promise<T>): Promise<T> {
  await mkdir(p.home, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      await writeFile(p.lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(p.lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isNaN(holder)) {
      // Either being written right now or left empty by a crash; only the latter grows old.
      const age = await stat(p.lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => Infinity,
      );
      if (age > 5000) await rm(p.lockFile, { force: true });
    } else if (!isAlive(holder)) {
      await rm(p.lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jOpsError(
        'NEO4J_LOCKED',
        `Another start, stop or reset has held ${display(p.lockFile)} for ${LOCK_TIMEOUT_MS / 60_000} minutes; if none is running, delete that file.`,
      );
    }
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await rm(p.lockFile, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Port, Java, Maven, password

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function portBindError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(errnoCode(error) ?? 'EUNKNOWN'));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

async function assertPortFree(port: number): Promise<void> {
  const bindError = (await portAnswers(port)) ? 'EADDRINUSE' : await portBindError(port);
  if (bindError === undefined) return;
  if (bindError === 'EADDRINUSE') {
    throw new Neo4jOpsError(
      'NEO4J_PORT_IN_USE',
      `Port ${port} is already in use by another process; stop it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  throw new Neo4jOpsError(
    'NEO4J_PORT_UNUSABLE',
    `Port ${port} cannot be opened on 127.0.0.1 (${bindError}); set NEO4J_BOLT_PORT to a free port above 1024.`,
  );
}

async function probeJava(bin: string, env: Env): Promise<JavaInfo | undefined> {
  try {
    const out = await run(bin, ['-version'], { timeoutMs: 20_000, env });
    if (out.code !== 0) return undefined;
    const parsed = parseJavaVersion(out.output);
    return parsed ? { path: bin, ...parsed } : undefined;
  } catch {
    return undefined;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/\D+/).filter(Boolean).map(Number);
  const pb = b.split(/\D+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The Java to run Neo4j with: NEO4J_JAVA_HOME or JAVA_HOME when it is 21 or newer, else the newest
 * such JDK in /usr/lib/jvm, else `java` on PATH. Throws NEO4J_NO_JAVA when there is none.
 */
export async function findJava(opts: { env?: Env; jvmDir?: string } = {}): Promise<JavaInfo> {
  const env = opts.env ?? process.env;
  const jvmDir = opts.jvmDir ?? JVM_DIR;
  for (const name of ['NEO4J_JAVA_HOME', 'JAVA_HOME']) {
    const home = env[name];
    if (!home) continue;
    const java = await probeJava(path.join(home, 'bin', 'java'), env);
    if (java && java.major >= MIN_JAVA_MAJOR) return java;
  }
  const entries = await readdir(jvmDir).catch(() => [] as string[]);
  const found = await Promise.all(entries.map((entry) => probeJava(path.join(jvmDir, entry, 'bin', 'java'), env)));
  const newest = found
    .filter((java): java is JavaInfo => java !== undefined && java.major >= MIN_JAVA_MAJOR)
    .sort((a, b) => compareVersions(b.version, a.version) || a.path.localeCompare(b.path))[0];
  if (newest) return newest;
  const onPath = await probeJava('java', env);
  if (onPath && onPath.major >= MIN_JAVA_MAJOR) return onPath;
  throw new Neo4jOpsError(
    'NEO4J_NO_JAVA',
    `Neo4j ${neo4jVersion()} needs Java ${MIN_JAVA_MAJOR} or newer; none found in JAVA_HOME or ${jvmDir}. Install one, e.g. \`apt-get install openjdk-21-jdk-headless\`, or set NEO4J_JAVA_HOME.`,
  );
}

async function isProvisioned(lib: string, version: string): Promise<boolean> {
  const marker = await readFile(path.join(lib, MARKER_FILE), 'utf8').catch(() => '');
  return marker.trim() === `org.neo4j:neo4j:${version}`;
}

function lastLines(text: string, count: number): string[] {
  return text
    .replace(ANSI_COLOR, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-count);
}

async function ensureProvisioned(lib: string, version: string, log: (line: string) => void): Promise<void> {
  if (await isProvisioned(lib, version)) return;
  log(`Provisioning Neo4j ${version} into ${display(lib)} with Maven (first run only, about a minute)...`);
  await mkdir(lib, { recursive: true });
  // Drop jars of an interrupted or older copy; they would end up on the class path next to the new ones.
  for (const entry of await readdir(lib)) {
    if (entry.endsWith('.jar') || entry === MARKER_FILE) await rm(path.join(lib, entry), { force: true });
  }
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    POM_FILE,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`,
  ];
  let result: { code: number; output: string };
  try {
    result = await run('mvn', args, { cwd: PROJECT_ROOT });
  } catch {
    throw new Neo4jOpsError(
      'NEO4J_NO_MAVEN',
      `Maven (mvn) is needed once to download Neo4j ${version} but was not found on PATH; install it, e.g. \`apt-get install maven\`, or set NEO4J_URI to use an existing server.`,
    );
  }
  const engineJar = `neo4j-${version}.jar`;
  if (result.code !== 0 || !existsSync(path.join(lib, engineJar))) {
    const tail = lastLines(result.output, 5)
      .join(' | ')
      .replace(/[.\s]+$/, '');
    throw new Neo4jOpsError(
      'NEO4J_PROVISION_FAILED',
      `Maven could not copy Neo4j ${version} into ${display(lib)} (exit status ${result.code})${tail ? `: ${tail}` : ''}.`,
    );
  }
  await writeFile(path.join(lib, MARKER_FILE), `org.neo4j:neo4j:${version}\n`);
  log(`Provisioned Neo4j ${version} (${(await readdir(lib)).filter((f) => f.endsWith('.jar')).length} jars).`);
}

async function readPassword(p: Paths): Promise<string | undefined> {
  const password = (await readFile(p.passwordFile, 'utf8').catch(() => '')).trim();
  return password === '' ? undefined : password;
}

async function ensurePassword(p: Paths): Promise<string> {
  const existing = await readPassword(p);
  if (existing !== undefined) {
    await chmod(p.passwordFile, 0o600);
    return existing;
  }
  if (existsSync(p.dataDir)) {
    // The launcher sets the password only when the database is created.
    throw new Neo4jOpsError(
      'NEO4J_PASSWORD_MISSING',
      `${display(p.dataDir)} exists but ${display(p.passwordFile)} is missing; run \`npm run neo4j -- reset\` to start over with an empty database.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(p.passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(p.passwordFile, 0o600);
  return password;
}

// ---------------------------------------------------------------------------------------------
// Bolt

type BoltCheck = { ok: true } | { ok: false; unauthorized: boolean; message: string };

async function boltCheck(conn: Neo4jConnection): Promise<BoltCheck> {
  const d = createDriver(conn.uri, auth.basic(conn.user, conn.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
  });
  try {
    await d.verifyConnectivity({ database: conn.database });
    return { ok: true };
  } catch (error) {
    const code = errnoCode(error) ?? '';
    return {
      ok: false,
      unauthorized: code.startsWith('Neo.ClientError.Security.'),
      message: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await d.close();
  }
}

async function logTail(p: Paths, fromOffset = 0): Promise<string> {
  const text = await readFile(p.logFile, 'utf8').catch(() => '');
  const lines = lastLines(text.slice(fromOffset), 400).filter(
    (line) =>
      !/^at\s/.test(line) &&
      !/^\.\.\. \d+ more$/.test(line) &&
      !/^WARNING: (A terminally deprecated method|sun\.misc\.Unsafe|Please consider reporting)/.test(line),
  );
  return (lines.slice(-5).join(' | ') || '(empty)').replace(/[.\s]+$/, '');
}

async function waitForBolt(params: {
  conn: Neo4jConnection;
  pid: number;
  p: Paths;
  timeoutMs: number;
  child?: ChildProcess;
  /** Where this launch's output starts in the log; Bolt is polled only once READY is printed. */
  logOffset?: number;
}): Promise<void> {
  const { conn, pid, p, timeoutMs, child, logOffset } = params;
  let exit: string | undefined;
  child?.once('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `status ${code}`;
  });
  const deadline = Date.now() + timeoutMs;
  const readyLine = `READY ${conn.uri}`;
  let rejectedSince: number | undefined;
  let last: BoltCheck | undefined;
  for (;;) {
    if (exit !== undefined || !isAlive(pid)) {
      throw new Neo4jOpsError(
        'NEO4J_DID_NOT_START',
        `Neo4j exited during startup (${exit ?? 'pid ' + pid + ' gone'}); see ${display(p.logFile)}, which ends with: ${await logTail(p, logOffset)}.`,
      );
    }
    const printedReady =
      logOffset === undefined ||
      (await readFile(p.logFile, 'utf8').catch(() => '')).slice(logOffset).includes(readyLine);
    if (printedReady) {
      last = await boltCheck(conn);
      if (last.ok) return;
      if (last.unauthorized) {
        // The launcher sets the password before it prints READY, so after READY a refusal that persists
        // means the database was created with another password. Without READY to go by (a server
        // launched earlier that is still starting), allow for the password change and a short lockout.
        rejectedSince ??= Date.now();
        if (Date.now() - rejectedSince > (logOffset === undefined ? 15_000 : 2_000)) {
          throw new Neo4jOpsError(
            'NEO4J_AUTH_FAILED',
            `Neo4j at ${conn.uri} rejects the password in ${display(p.passwordFile)}; run \`npm run neo4j -- reset\` to start over with an empty database.`,
          );
        }
      } else {
        rejectedSince = undefined;
      }
    }
    if (Date.now() >= deadline) {
      const why = last && !last.ok ? ` (last Bolt error: ${last.message.replace(/\.$/, '')})` : '';
      throw new Neo4jOpsError(
        'NEO4J_DID_NOT_START',
        `Neo4j did not answer on ${conn.uri} within ${Math.round(timeoutMs / 1000)} s${why}; see ${display(p.logFile)}, which ends with: ${await logTail(p, logOffset)}.`,
      );
    }
    await sleep(POLL_MS);
  }
}
