/**
 * `npm start` as a person runs it: a real npm, not under NODE_ENV=test (Apollo and the gateway
 * library then install signal handlers of their own), with a Neo4j of its own that it starts.
 * Ctrl-C in a terminal sends SIGINT to the whole process group; a supervisor sends SIGTERM to
 * npm alone. Either way everything npm start started stops, Neo4j included, and it says so.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOME = path.join(ROOT, '.neo4j-start');

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  server.close();
  await once(server, 'close');
  return port;
}

/** The process ids of Java processes whose command line names this test's Neo4j home. */
function neo4jProcesses(): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('java') && line.includes(HOME));
}

type Started = { child: ChildProcess; output: () => string; gateway: string; token: string };

/** `npm start` in a process group of its own, as a terminal runs it; resolves once it is ready. */
async function npmStart(): Promise<Started> {
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_HOME: HOME,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    GATEWAY_PORT: String(gatewayPort),
    REGISTRY_PORT: '0',
    LINEAGE_PORT: '0',
    COMPLIANCE_PORT: '0',
    REPORTING_PORT: '0',
    TRACKER_LOG_FILE: path.join(HOME, 'services.log'),
  };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  delete env.NEO4J_URI;
  delete env.TRACKER_LOG_LEVEL;
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 170_000;
  while (!output.includes('Ctrl-C stops everything')) {
    if (child.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start was not ready in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const token = /^\s*AUDITOR\s+\S+\s+(\S+)$/m.exec(output)?.[1] ?? '';
  return { child, output: () => output, gateway: `http://127.0.0.1:${gatewayPort}/graphql`, token };
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await once(child, 'exit');
}

afterAll(async () => {
  for (const line of neo4jProcesses()) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
  await rm(HOME, { recursive: true, force: true });
});

describe('npm start, stopped as a person or a supervisor stops it', () => {
  it('answers through the gateway, and Ctrl-C (SIGINT to the group) stops everything, Neo4j included', async () => {
    const started = await npmStart();
    const answer = await fetch(started.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${started.token}` },
      body: JSON.stringify({ query: '{ parties(first: 1) { nodes { id } } }' }),
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(neo4jProcesses()).toHaveLength(1);
    // The request log went to its file, not to the terminal.
    expect(started.output()).not.toMatch(/"level":/);

    process.kill(-(started.child.pid as number), 'SIGINT');
    await stopped(started.child);
    expect(started.output()).toMatch(/Stopped, Neo4j included\./);
    expect(neo4jProcesses()).toEqual([]);
  }, 240_000);

  it('SIGTERM to npm alone does the same', async () => {
    const started = await npmStart();
    process.kill(started.child.pid as number, 'SIGTERM');
    await stopped(started.child);
    expect(started.output()).toMatch(/Stopped, Neo4j included\./);
    expect(neo4jProcesses()).toEqual([]);
  }, 240_000);
});
