/**
 * The services as a deployment runs them: each subgraph in a process of its own (its own
 * event loop, its own driver), the gateway in this one. A subgraph's heavy request then uses
 * that subgraph's process only: the others keep answering. `npm start` runs this; the tests
 * run the in-process stack (scripts/stack.ts), which starts in a fraction of the time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { internalSecret } from '../infra/auth/internal.ts';
import { authConfigFromEnv, createTokenVerifier } from '../infra/auth/tokens.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '../infra/config.ts';
import type { Neo4jConnection } from '../infra/db.ts';
import { gatewayOf, type Stack, type StackOptions } from './stack.ts';
import { type RunningService } from '../infra/http.ts';

const ROOT = path.join(import.meta.dirname, '..');
/** How long a subgraph process may take to say where it listens. */
const START_TIMEOUT_MS = 60_000;
/** How long a subgraph process may take to stop once asked, before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

export type ProcessStack = Stack & { pids: () => Record<SubgraphName, number> };

export type Child = { process: ChildProcess; url: string };

/** The line runStandalone prints once its subgraph listens (subgraphs/shared/standalone.ts). */
const LISTENING = (name: SubgraphName) => new RegExp(`^${name} subgraph at (http://\\S+)$`);

/**
 * Starts one subgraph process and resolves once it listens; rejects with the process's own
 * last words (a port in use, a database it cannot reach) if it stops first.
 */
export async function spawnSubgraph(name: SubgraphName, port: number, env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(process.execPath, [path.join(ROOT, 'subgraphs', name, 'index.ts')], {
    cwd: ROOT,
    env: { ...env, [`${name.toUpperCase()}_PORT`]: String(port) },
    // stdout is read for the line that says where it listens, and passed on; the channel lets
    // the child stop when this process goes away, however it goes.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const said: string[] = [];
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const errors = createInterface({ input: child.stderr as NodeJS.ReadableStream });
  errors.on('line', (line) => {
    said.push(line);
    if (said.length > 20) said.shift();
    process.stderr.write(`${line}\n`);
  });
  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${name} subgraph did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const exited = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(said.at(-1) ?? `the ${name} subgraph stopped as it started (exit code ${code})`));
    };
    child.once('exit', exited);
    lines.on('line', (line) => {
      const listening = LISTENING(name).exec(line);
      if (listening !== null) {
        clearTimeout(timer);
        child.off('exit', exited);
        resolve({ process: child, url: listening[1] as string });
      } else {
        process.stdout.write(`${line}\n`);
      }
    });
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** What a subgraph process is started with: this one's environment, the database, the host and the shared secret. */
export function subgraphEnvironment(connection: Neo4jConnection, host: string, secret: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
    HOST: host,
    INTERNAL_SIGNING_SECRET: secret,
  };
}

/**
 * Starts the four subgraphs as processes of their own on `connection`, then the gateway here.
 * If any part fails to start, the parts already running are stopped before the error.
 */
export async function startProcessStack(connection: Neo4jConnection, options: StackOptions): Promise<ProcessStack> {
  const auth = options.auth ?? authConfigFromEnv();
  const secret = internalSecret();
  const verify = await createTokenVerifier(auth);
  const env = subgraphEnvironment(connection, options.host, secret);
  const children = new Map<SubgraphName, Child>();
  let gateway: RunningService | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all([...children.values()].map((child) => stopChild(child.process)));
  };
  try {
    const started = await Promise.allSettled(
      SUBGRAPH_NAMES.map(async (name) => children.set(name, await spawnSubgraph(name, options.port(name), env))),
    );
    const failed = started.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, children.get(name)?.url])) as Record<
      SubgraphName,
      string
    >;
    gateway = await gatewayOf(options, subgraphUrls, verify, secret, auth);
    const killSubgraph = async (name: SubgraphName) => {
      const child = children.get(name);
      if (child === undefined) return;
      const exited = once(child.process, 'exit');
      child.process.kill('SIGKILL');
      await exited;
    };
    const restartSubgraph = async (name: SubgraphName) => {
      const port = Number(new URL(subgraphUrls[name]).port);
      children.set(name, await spawnSubgraph(name, port, env));
    };
    const pids = () =>
      Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, children.get(name)?.process.pid ?? 0])) as Record<
        SubgraphName,
        number
      >;
    return { gatewayUrl: gateway.url, subgraphUrls, auth, stop, killSubgraph, restartSubgraph, pids };
  } catch (error) {
    await stop();
    throw error;
  }
}
