import { afterAll, beforeAll } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { useTestDatabase } from './database.ts';

export type GraphQLResponse<T> = {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
};

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
