import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll } from 'vitest';
import { LIMITS } from '../../gateway/limits.ts';
import { startNeo4j, stopNeo4j, type Neo4jOptions } from '../../scripts/neo4j/server.ts';
import { isAlive } from '../../scripts/neo4j/processes.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import { wipe } from './database.ts';
import { memoryLogger } from './logs.ts';
import type { GraphQLResponse } from './stack.ts';

const ROOT = path.join(import.meta.dirname, '../..');

/** The gateway answers every request by its deadline: one that has not answered by then hangs. */
export const HANG_MS = LIMITS.requestDeadlineMs;

/** The first port from NEO4J_BOLT_PORT + 10 on that nothing holds. */
async function freeBoltPort(): Promise<number> {
  const base = Number(process.env.NEO4J_BOLT_PORT || 7687) + 10;
  for (let port = base; port < base + 50; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${base} to ${base + 49} for the fault tests' Neo4j`);
}

export type FaultServer = {
  db: Database;
  stack: Stack;
  /** Stops the Neo4j process as an operator would (SIGTERM: Neo4j shuts down cleanly). */
  stop: () => Promise<void>;
  /** Kills the Neo4j process at once (SIGKILL): open transactions die with it. */
  kill: () => void;
  /** Starts it again, same home and port, unless it runs; resolves once Bolt answers. */
  start: () => Promise<void>;
  /**
   * The subgraphs' error lines (an unforeseen error's kind, code and frames, never its
   * message): what a test shows beside an answer it did not expect.
   */
  errorLog: string[];
};

/**
 * A Neo4j of the fault tests' own (`.neo4j-faults`, on a port of its own, with the project's
 * jars), migrated and empty, and the four subgraphs and the gateway on it. The fault tests
 * stop and kill this server; the one every other test file shares is never touched.
 */
export function useFaultServer(): FaultServer {
  const options: Neo4jOptions = {
    home: path.join(ROOT, '.neo4j-faults'),
    lib: path.join(ROOT, '.neo4j', 'lib'),
    heap: '1g',
    pagecache: '256m',
  };
  let pid = 0;
  let killed = false;
  const errorLog: string[] = [];
  const holder = {
    errorLog,
    stop: async () => {
      await stopNeo4j(options);
    },
    kill: () => {
      process.kill(pid, 'SIGKILL');
      killed = true;
    },
    start: async () => {
      // After a SIGKILL, wait until the process is gone, or the start would find it running.
      while (killed && isAlive(pid)) await sleep(50);
      killed = false;
      pid = (await startNeo4j(options)).pid;
    },
  } as FaultServer;
  beforeAll(async () => {
    options.port = await freeBoltPort();
    const started = await startNeo4j(options);
    // A server left running by an interrupted run is reused, on the port it has.
    options.port = Number(new URL(started.uri).port);
    pid = started.pid;
    holder.db = new Database({
      uri: started.uri,
      user: started.user,
      password: started.password,
      database: started.database,
    });
    await migrate(holder.db);
    await wipe(holder.db);
    holder.stack = await startStack(holder.db, {
      host: '127.0.0.1',
      port: () => 0,
      logging: false,
      subgraphLogger: (name) => memoryLogger(name, 'error', errorLog).logger,
    });
  });
  afterAll(async () => {
    await holder.stack?.stop();
    await holder.db?.close();
    await stopNeo4j(options);
  });
  return holder;
}

/** How one request ended: right (`ok`), or with the error codes it carried (`HANG` when it never answered). */
export type Outcome = {
  client: string;
  sentAt: number;
  answeredAt: number;
  ok: boolean;
  codes: string[];
  errors: NonNullable<GraphQLResponse<unknown>['errors']>;
  data?: unknown;
};

/** One kind of request: how to send it, and whether an answer is the right one. */
export type Client = {
  send: () => Promise<GraphQLResponse<unknown>>;
  correct: (response: GraphQLResponse<unknown>) => boolean;
};

/** Posts an operation, giving up after HANG_MS; a body that is not JSON becomes an `HTTP <status>` error. */
export async function post<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string>,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<TResult>;
  } catch {
    return { errors: [{ message: text, extensions: { code: `HTTP ${response.status}` } }] };
  }
}

async function attempt(name: string, client: Client): Promise<Outcome> {
  const sentAt = Date.now();
  try {
    const response = await client.send();
    const errors = response.errors ?? [];
    return {
      client: name,
      sentAt,
      answeredAt: Date.now(),
      ok: errors.length === 0 && client.correct(response),
      codes: errors.map((error) => String(error.extensions?.code ?? 'NO_CODE')),
      errors,
      data: response.data,
    };
  } catch (error) {
    const code = (error as Error).name === 'TimeoutError' ? 'HANG' : 'NO_ANSWER';
    const errors = [{ message: String(error), extensions: { code } }];
    return { client: name, sentAt, answeredAt: Date.now(), ok: false, codes: [code], errors };
  }
}

/** Clients that each send one request after another, 50 ms apart, until stopped. */
export function startLoad(clients: Record<string, Client>) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Object.entries(clients).map(async ([name, client]) => {
    while (running) {
      outcomes.push(await attempt(name, client));
      await sleep(50);
    }
  });
  /** Resolves once every client has an answer that `found` accepts, with the time of each first one. */
  const waitFor = async (found: (outcome: Outcome) => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const first = Object.fromEntries(
        Object.keys(clients).map((name) => [
          name,
          outcomes.find((outcome) => outcome.client === name && found(outcome))?.answeredAt,
        ]),
      );
      if (Object.values(first).every((at) => at !== undefined)) return first as Record<string, number>;
      if (Date.now() > deadline) throw new Error(`no ${what} after ${timeoutMs} ms: ${JSON.stringify(first)}`);
      await sleep(100);
    }
  };
  return {
    outcomes,
    /** Every client has had an answer, whatever it said, to a request sent at or after `since`. */
    answered: (since: number, timeoutMs: number) => waitFor((outcome) => outcome.sentAt >= since, timeoutMs, 'answer'),
    /** Every client has had a right answer to a request sent at or after `since`. */
    recovered: (since: number, timeoutMs: number) =>
      waitFor((outcome) => outcome.ok && outcome.sentAt >= since, timeoutMs, 'right answer'),
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** The requests sent at or after `from` and answered by `until`. */
export const within = (outcomes: readonly Outcome[], from: number, until: number) =>
  outcomes.filter((outcome) => outcome.sentAt >= from && outcome.answeredAt <= until);

/** Milliseconds from sending to answering: median and longest. */
export function waits(outcomes: readonly Outcome[]): { n: number; medianMs: number; maxMs: number } {
  const sorted = outcomes.map((outcome) => outcome.answeredAt - outcome.sentAt).sort((a, b) => a - b);
  return { n: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, maxMs: sorted.at(-1) ?? 0 };
}
