import { afterAll, beforeAll } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { useTestDatabase } from './database.ts';

export type GraphQLResponse<T> = {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
};

/**
 * Runs the services of a file without NODE_ENV, as `npm start` does: vitest sets it to
 * `test`, under which libraries leave out of their errors the stack traces they add in
 * development. Call before useStack(), so that the stack starts after it.
 */
export function useNodeEnvOfStart() {
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(() => {
    delete process.env.NODE_ENV;
  });
  afterAll(() => {
    process.env.NODE_ENV = nodeEnv;
  });
}

/** The four subgraphs and the gateway on free ports, over real HTTP, on an empty graph. */
export function useStack() {
  const database = useTestDatabase();
  const holder = {
    get db() {
      return database.db;
    },
  } as { readonly db: typeof database.db; stack: Stack };
  beforeAll(async () => {
    holder.stack = await startStack(database.db, { host: '127.0.0.1', port: () => 0, logging: false });
  });
  afterAll(async () => {
    await holder.stack?.stop();
  });
  return holder;
}

export { gatewayBeside } from '../../scripts/stack.ts';

/** Sends a typed operation to a GraphQL endpoint over HTTP and returns the whole response. */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GraphQLResponse<TResult>;
}

/** What came back for a request, whatever it was: the status, and the body parsed when it is JSON. */
export type HttpAnswer = {
  status: number;
  body: GraphQLResponse<unknown> | null;
  text: string;
  ms: number;
  headers: Headers;
};

/** Sends any request and reads the answer without assuming it is JSON. */
export async function request(url: string, init: RequestInit): Promise<HttpAnswer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  const { status, headers } = response;
  try {
    return { status, body: JSON.parse(text) as GraphQLResponse<unknown>, text, ms, headers };
  } catch {
    return { status, body: null, text, ms, headers };
  }
}

/** POSTs a JSON body (anything, a batch or garbage included) and reads the answer. */
export function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
