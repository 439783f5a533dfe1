import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { parse, type DocumentNode } from 'graphql';
import type { SubgraphName } from '../subgraphs/shared/config.ts';
import { listen } from '../subgraphs/shared/http.ts';
import type { RunningService } from '../subgraphs/shared/server.ts';

export const SUPERGRAPH_PATH = join(import.meta.dirname, '..', 'schema', 'supergraph.graphql');

export type GatewayOptions = {
  /** The supergraph composed at build time by `npm run compose`; never composed at run time. */
  supergraph?: DocumentNode;
  /** Where each subgraph runs now, overriding the URLs written into the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  host: string;
  port: number;
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
};

export function readSupergraph(path = SUPERGRAPH_PATH): DocumentNode {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${path} does not exist: run "npm run compose" first`, { cause: error });
    }
    throw error;
  }
}

/** The gateway only composes, routes and serves GraphiQL; it holds no domain logic. */
export function createGateway(options: Pick<GatewayOptions, 'supergraph' | 'subgraphUrls' | 'logging'>) {
  const transportEntries = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }]),
  );
  return createGatewayRuntime({
    supergraph: options.supergraph ?? readSupergraph(),
    transportEntries,
    landingPage: false,
    graphiql: { title: 'Disclosure tracker' },
    // GraphiQL's assets come from the npm package, never from a CDN: county networks are often closed.
    renderGraphiQL,
    logging: options.logging ?? 'warn',
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const gateway = createGateway(options);
  const server = createServer(gateway);
  const url = await listen(server, options.host, options.port, 'the gateway', 'GATEWAY_PORT');
  return {
    name: 'gateway',
    url,
    stop: async () => {
      await gateway.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
