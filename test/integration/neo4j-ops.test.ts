import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { auth, driver as createDriver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  connectionFromEnv,
  findJava,
  neo4jStatus,
  Neo4jOpsError,
  parseByteSize,
  parseJavaVersion,
  startNeo4j,
  stopNeo4j,
} from '../../scripts/neo4j/server.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const PROVISIONED_LIB = path.join(PROJECT_ROOT, '.neo4j', 'lib');

function tempHome(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'neo4j-ops-test-'));
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => resolve((server.address() as net.AddressInfo).port));
  });
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, 0);
  await close(server);
  return port;
}

/** Whether a TCP connection to host:port succeeds within a second. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

// A real server is started only on top of the project's already provisioned jars.
const canStartReal =
  existsSync(path.join(PROVISIONED_LIB, '.provisioned')) &&
  (await findJava().then(
    () => true,
    () => false,
  ));

describe('startNeo4j', () => {
  it('refuses a port another process holds, naming the port, before provisioning anything', async () => {
    const home = await tempHome();
    const squatter = net.createServer();
    const port = await listen(squatter, 0);
    try {
      const error = await rejection(startNeo4j({ home, port }));
      expect(error).toBeInstanceOf(Neo4jOpsError);
      expect(error).toMatchObject({
        code: 'NEO4J_PORT_IN_USE',
        message: `Port ${port} is already in use by another process; stop it or set NEO4J_BOLT_PORT to a free port.`,
      });
      // No jars, no password, no pid file, and the lock is released.
      expect(await readdir(home)).toEqual([]);
    } finally {
      await close(squatter);
      await rm(home, { recursive: true, force: true });
    }
  });

  it.runIf(canStartReal)(
    'starts a server on its own home and port, treats a second start as a no-op, reports it and stops it',
    async () => {
      const home = await tempHome();
      const port = await freePort();
      const opts = { home, port, lib: PROVISIONED_LIB, heap: '512m', pagecache: '128m' };
      try {
        const first = await startNeo4j(opts);
        expect(first).toMatchObject({
          uri: `bolt://127.0.0.1:${port}`,
          user: 'neo4j',
          database: 'neo4j',
          alreadyRunning: false,
          home,
        });
        expect(first.password).toMatch(/^[\w-]{32}$/);
        expect((await stat(path.join(home, 'password'))).mode & 0o777).toBe(0o600);

        const d = createDriver(first.uri, auth.basic(first.user, first.password));
        try {
          const { records } = await d.executeQuery('RETURN 40 + 2 AS answer', {}, { database: first.database });
          expect(records[0]?.get('answer').toNumber()).toBe(42);
        } finally {
          await d.close();
        }

        // Bolt listens on loopback only.
        const outside = Object.values(os.networkInterfaces())
          .flat()
          .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;
        if (outside) expect(await answers(outside, port)).toBe(false);

        const second = await startNeo4j(opts);
        expect(second).toMatchObject({
          alreadyRunning: true,
          pid: first.pid,
          uri: first.uri,
          password: first.password,
        });

        expect(await neo4jStatus(opts)).toMatchObject({
          running: true,
          ready: true,
          pid: first.pid,
          uri: first.uri,
          home,
          provisioned: true,
        });

        expect(await stopNeo4j(opts)).toEqual({ wasRunning: true, pid: first.pid });
        expect(await neo4jStatus(opts)).toMatchObject({ running: false, home });
        expect(await stopNeo4j(opts)).toEqual({ wasRunning: false });
        expect(existsSync(path.join(home, 'neo4j.pid'))).toBe(false);
      } finally {
        await stopNeo4j({ home }).catch(() => {});
        await rm(home, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('connectionFromEnv', () => {
  it('is undefined unless NEO4J_URI is set', () => {
    expect(connectionFromEnv({})).toBeUndefined();
    expect(connectionFromEnv({ NEO4J_URI: '', NEO4J_PASSWORD: 'secret' })).toBeUndefined();
  });

  it('fills in user, password and database defaults', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'neo4j+s://db.example.org' })).toEqual({
      uri: 'neo4j+s://db.example.org',
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
  });

  it('takes every field from the environment when given', () => {
    expect(
      connectionFromEnv({
        NEO4J_URI: 'bolt://10.0.0.5:7688',
        NEO4J_USER: 'auditor',
        NEO4J_PASSWORD: 's3cret',
        NEO4J_DATABASE: 'disclosures',
      }),
    ).toEqual({ uri: 'bolt://10.0.0.5:7688', user: 'auditor', password: 's3cret', database: 'disclosures' });
  });
});

describe('Java and sizes', () => {
  it('reads the major version from `java -version` output', () => {
    expect(parseJavaVersion('openjdk version "25.0.3" 2026-04-21 LTS\nOpenJDK Runtime Environment')).toEqual({
      version: '25.0.3',
      major: 25,
    });
    expect(parseJavaVersion('openjdk version "21-ea" 2023-09-19')).toEqual({ version: '21-ea', major: 21 });
    expect(parseJavaVersion('java version "1.8.0_412"')).toEqual({ version: '1.8.0_412', major: 8 });
    expect(parseJavaVersion('command not found')).toBeUndefined();
  });

  it('says in one sentence what to install when no Java 21+ is found', async () => {
    const emptyJvmDir = await tempHome();
    try {
      const error = await rejection(findJava({ env: { PATH: '' }, jvmDir: emptyJvmDir }));
      expect(error).toMatchObject({ code: 'NEO4J_NO_JAVA' });
      expect((error as Error).message).toMatch(/^Neo4j [\d.]+ needs Java 21 or newer; none found in JAVA_HOME or /);
      expect((error as Error).message).toContain('set NEO4J_JAVA_HOME.');
    } finally {
      await rm(emptyJvmDir, { recursive: true, force: true });
    }
  });

  it('converts NEO4J_PAGECACHE style sizes into bytes', () => {
    expect(parseByteSize('2g')).toBe(2 * 1024 ** 3);
    expect(parseByteSize('512m')).toBe(512 * 1024 ** 2);
    expect(parseByteSize('4G')).toBe(4 * 1024 ** 3);
    expect(parseByteSize('4096')).toBe(4096);
    expect(() => parseByteSize('lots', 'NEO4J_PAGECACHE')).toThrow(/NEO4J_PAGECACHE must be a size/);
  });
});
