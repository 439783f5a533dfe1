import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** The largest request body a subgraph reads; larger ones get 413 before any parsing. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export class ListenError extends Error {
  readonly code = 'PORT_IN_USE';
}

/** Listens, or fails with one sentence naming the port and the variable that moves it. */
export async function listen(
  server: Server,
  host: string,
  port: number,
  what: string,
  variable: string,
): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError(
              `Port ${port} on ${host} is already in use, so ${what} cannot start: stop the other process or set ${variable}.`,
            )
          : error,
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}/graphql`;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves an Apollo Server over node:http. Apollo's standalone server hangs instead of
 * failing when its port is taken; this one fails, and hands each request's headers to the
 * context factory.
 */
export function createHttpServer<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (request: IncomingMessage) => Promise<Context>,
): Server {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    void handle(apollo, context, request, response);
  });
}

async function handle<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (request: IncomingMessage) => Promise<Context>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const text = await readBody(request);
    const isJson = headers.get('content-type')?.startsWith('application/json') ?? false;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (request.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body: isJson && text.length > 0 ? JSON.parse(text) : text,
      },
      context: () => context(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  } catch (error) {
    response.statusCode = error instanceof BodyTooLarge ? 413 : error instanceof SyntaxError ? 400 : 500;
    response.setHeader('content-type', 'application/json');
    const message =
      response.statusCode === 413
        ? `request body exceeds ${MAX_BODY_BYTES} bytes`
        : response.statusCode === 400
          ? 'request body is not valid JSON'
          : 'Internal server error';
    if (response.statusCode === 500) console.error('request failed', error);
    response.end(
      JSON.stringify({
        errors: [
          { message, extensions: { code: response.statusCode === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } },
        ],
      }),
    );
  }
}
