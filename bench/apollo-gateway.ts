/**
 * The peer the gateway benchmark measures ours against: Apollo's JavaScript gateway
 * (`@apollo/gateway` in `@apollo/server`, a dev dependency only) over the same supergraph
 * and the same running subgraphs. It verifies the bearer token and signs every subgraph
 * request exactly as ours does, since the subgraphs answer nothing unsigned; it does not
 * check @requiresScopes itself (Apollo's open-source gateway has no such check), so the
 * roles are checked by the subgraphs alone and it does a little less work per request.
 */
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { print } from 'graphql';
import { readSupergraph } from '../gateway/index.ts';
import { signInternalRequest } from '../infra/auth/internal.ts';
import type { Claims } from '../infra/auth/tokens.ts';
import { type RunningService } from '../infra/http.ts';

type Context = { user: Claims | null; requestId: string };

/** Hands the caller from `willSendRequest` to the fetcher, which alone sees the body it must sign. */
const PENDING_CALLER = 'x-bench-pending-caller';

class SignedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(url: string, secret: string, name: string) {
    super({ url });
    const send = this.fetcher;
    this.fetcher = (target, init) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      const caller = JSON.parse(headers[PENDING_CALLER] ?? 'null') as Parameters<typeof signInternalRequest>[1];
      delete headers[PENDING_CALLER];
      const signed = signInternalRequest(secret, caller, String(init?.body ?? ''), {
        audience: name,
        path: new URL(url).pathname,
      });
      return send(target, { ...init, headers: { ...headers, ...signed, 'x-request-id': caller.requestId } });
    };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    const user = context.user ?? null;
    const principal =
      user === null
        ? null
        : { id: user.subject, roles: user.roles, organisation: user.organisation, requestId: context.requestId };
    request.http?.headers.set(PENDING_CALLER, JSON.stringify({ principal, requestId: context.requestId }));
  }
}

export async function startApolloGateway(options: {
  subgraphUrls: Record<string, string>;
  verify: (token: string) => Promise<Claims>;
  internalSecret: string;
  host: string;
  port: number;
}): Promise<RunningService> {
  const urls = new Map(Object.entries(options.subgraphUrls));
  const gateway = new ApolloGateway({
    // It refuses a supergraph with a feature `for: SECURITY` it does not enforce; unmarked, it ignores it.
    supergraphSdl: print(readSupergraph()).replace(/(requiresScopes\/v[\d.]+"), for: SECURITY\)/, '$1)'),
    buildService: ({ name, url }) =>
      new SignedDataSource(urls.get(name) ?? (url as string), options.internalSecret, name),
  });
  const server = new ApolloServer<Context>({ gateway, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host, port: options.port },
    context: async ({ req }) => {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      return { user: match ? await options.verify(match[1] as string) : null, requestId: crypto.randomUUID() };
    },
  });
  return { name: 'apollo-gateway', url, stop: () => server.stop() };
}
