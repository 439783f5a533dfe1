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
import { existsSync } from 'node:fs';
import { appendFile, chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Neo4jConnection } from '../../infra/db.ts';
import { boltCheck, localConnection, localUri, waitForBolt } from './bolt.ts';
import type { Env } from './command.ts';
import { DEFAULT_HEAP, DEFAULT_PAGECACHE, parseByteSize, parseHeap, resolvePort } from './config.ts';
import { Neo4jOpsError } from './errors.ts';
import { findJava, parseJavaVersion, type JavaInfo } from './java.ts';
import { withLock } from './lock.ts';
import { ensurePassword, readPassword } from './password.ts';
import { display, pathsFor, type Paths } from './paths.ts';
import { assertPortFree } from './ports.ts';
import { isAlive, launch, terminate } from './processes.ts';
import { ensureProvisioned, isProvisioned, neo4jVersion } from './provision.ts';
import { clearRunFiles, runningServer, writeRunFiles } from './run-files.ts';

export { findJava, neo4jVersion, Neo4jOpsError, parseByteSize, parseJavaVersion };
export type { JavaInfo, Neo4jConnection };

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

const LAUNCHER_FILE = path.join(import.meta.dirname, 'Launcher.java');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

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

    await mkdir(p.logsDir, { recursive: true, mode: 0o700 });
    // A store written before the server ran under umask 077 is closed to others too.
    await ownerOnly([p.home]);
    await appendFile(
      p.logFile,
      `\n==== ${new Date().toISOString()} Neo4j ${version} on 127.0.0.1:${port}, Java ${java.version} (${java.path}) ====\n`,
      { mode: 0o600 },
    );
    const logOffset = (await stat(p.logFile)).size;
    const args = launcherArgs({ java, heap, p, port, pagecacheBytes });
    log(`Starting Neo4j ${version} on 127.0.0.1:${port} with Java ${java.version} (log: ${display(p.logFile)})...`);
    const child = await launch(java.path, args, p);
    const pid = child.pid as number;
    await writeRunFiles(p, {
      pid,
      port,
      java: java.path,
      javaVersion: java.version,
      version,
      startedAt: new Date().toISOString(),
    });

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

function launcherArgs(params: { java: JavaInfo; heap: string; p: Paths; port: number; pagecacheBytes: number }) {
  const { java, heap, p, port, pagecacheBytes } = params;
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '--enable-native-access=ALL-UNNAMED',
    // What Neo4j's own launcher passes: the page cache and Netty reach into NIO buffers
    // directly (without these they fall back to slower copies), and G1 keeps pauses short.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
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
    const ready = password !== undefined && (await boltCheck(localConnection(running.port, password))).ok;
    const status: Neo4jStatus = { running: true, pid: running.pid, uri, home: p.home, version, ready, provisioned };
    if (running.java) status.java = `${running.java}${running.javaVersion ? ` (${running.javaVersion})` : ''}`;
    return status;
  }
  const status: Neo4jStatus = { running: false, home: p.home, version, provisioned };
  const java = await findJava().catch(() => undefined);
  if (java) status.java = `${java.path} (${java.version})`;
  return status;
}

/**
 * Makes directories 0700 and files 0600 under each root (not following links): personal
 * information may sit in the store's pages and transaction logs.
 */
async function ownerOnly(roots: readonly string[]): Promise<void> {
  for (const root of roots) {
    const stats = await stat(root).catch(() => null);
    if (stats === null) continue;
    if (!stats.isDirectory()) {
      await chmod(root, 0o600);
      continue;
    }
    await chmod(root, 0o700);
    for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
      const full = path.join(entry.parentPath, entry.name);
      if (entry.isDirectory()) await chmod(full, 0o700);
      else if (entry.isFile()) await chmod(full, 0o600);
    }
  }
}
