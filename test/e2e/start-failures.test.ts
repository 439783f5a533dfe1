import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../../scripts/stack.ts';
import { useTestDatabase } from '../support/database.ts';

describe('starting the services', () => {
  const ctx = useTestDatabase();
  let blocker: Server;
  let taken: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    taken = (blocker.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('says which port is taken and which variable moves the gateway, and leaves nothing running', async () => {
    const failure = startStack(ctx.db, {
      host: '127.0.0.1',
      port: (service) => (service === 'gateway' ? taken : 0),
      logging: false,
    });
    await expect(failure).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      message: `Port ${taken} on 127.0.0.1 is already in use, so the gateway cannot start: stop the other process or set GATEWAY_PORT.`,
    });
    // The subgraphs that did start were stopped: the same free ports can be used again at once.
    const stack = await startStack(ctx.db, { host: '127.0.0.1', port: () => 0, logging: false });
    await stack.stop();
  });

  it('says the same of a subgraph', async () => {
    await expect(
      startStack(ctx.db, { host: '127.0.0.1', port: (service) => (service === 'lineage' ? taken : 0), logging: false }),
    ).rejects.toThrow(`Port ${taken} on 127.0.0.1 is already in use, so the lineage subgraph cannot start`);
  });
});
