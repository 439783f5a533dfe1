/**
 * Talks to the gateway's GraphQL endpoint, and nothing else (the page's content security
 * policy allows no other origin). One typed document per request; a GraphQL error becomes
 * one ApiError with the service's message and code.
 */
import type { TypedDocumentString } from './generated/graphql.ts';

export const ENDPOINT = '/graphql';

export class ApiError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

type Answer<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** What was asked, kept for the evidence: the operation and its variables. */
export type Asked = { operationName: string; variables: unknown };

export type Client = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

export function createClient(token: () => string, onUnauthenticated: (message: string) => void): Client {
  return async (document, variables) => {
    let response: Response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${token()}`,
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (error) {
      throw new ApiError(`the gateway did not answer: ${(error as Error).message}`, 'NETWORK');
    }
    let answer: Answer<never>;
    try {
      answer = (await response.json()) as Answer<never>;
    } catch {
      throw new ApiError(`the gateway answered ${response.status} without a GraphQL answer`, 'HTTP');
    }
    const error = answer.errors?.[0];
    if (error !== undefined) {
      const code = error.extensions?.code ?? 'UNKNOWN';
      if (code === 'UNAUTHENTICATED') onUnauthenticated(error.message);
      throw new ApiError(error.message, code);
    }
    if (answer.data === undefined || answer.data === null) {
      throw new ApiError(`the gateway answered ${response.status} with no data`, 'HTTP');
    }
    return answer.data;
  };
}
