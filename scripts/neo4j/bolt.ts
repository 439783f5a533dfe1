/** Telling when the local server accepts our password over Bolt, and why it does not when it never does. */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { auth, driver as createDriver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../infra/db.ts';
import { lastLines } from './command.ts';
import { errnoCode, Neo4jOpsError } from './errors.ts';
import { display, type Paths } from './paths.ts';
import { isAlive } from './processes.ts';

const LOCAL_USER = 'neo4j';
const LOCAL_DATABASE = 'neo4j';
const POLL_MS = 500;

type BoltCheck = { ok: true } | { ok: false; unauthorized: boolean; message: string };

export function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export function localConnection(port: number, password: string): Neo4jConnection {
  return { uri: localUri(port), user: LOCAL_USER, password, database: LOCAL_DATABASE };
}

export async function boltCheck(conn: Neo4jConnection): Promise<BoltCheck> {
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

/** The last few lines of this launch's log that explain a failure, without stack frames and JVM noise. */
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

export async function waitForBolt(params: {
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
