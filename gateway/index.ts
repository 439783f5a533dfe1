/**
 * The gateway's front door. Run as a program, it starts the gateway alone, in front of
 * subgraphs that run elsewhere: `<NAME>_URL` says where each is, GATEWAY_PORT where to listen.
 * It serves schema/supergraph.graphql as composed. Imported, it hands the tools that run the
 * whole stack (and the benchmarks) what starts a gateway.
 */
import { internalSecret } from '../infra/auth/internal.ts';
import { authConfigFromEnv, createTokenVerifier } from '../infra/auth/tokens.ts';
import {
  assertProductionReady,
  exposureFromEnv,
  listenHost,
  portOf,
  SUBGRAPH_NAMES,
  subgraphUrl,
} from '../infra/config.ts';
import { startGateway } from './gateway.ts';

export { readSupergraph, startGateway, type GatewayOptions } from './gateway.ts';

if (import.meta.main) {
  try {
    assertProductionReady();
    const auth = authConfigFromEnv();
    const gateway = await startGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])),
      verify: await createTokenVerifier(auth),
      signingKeys: auth,
      internalSecret: internalSecret(),
      exposure: exposureFromEnv(),
      host: listenHost(),
      port: portOf('gateway'),
      logging: 'info',
    });
    console.log(`gateway at ${gateway.url}`);
    const stop = async () => {
      await gateway.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
