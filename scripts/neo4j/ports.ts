import net from 'node:net';
import { errnoCode, Neo4jOpsError } from './errors.ts';

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function portBindError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(errnoCode(error) ?? 'EUNKNOWN'));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** Fails with a sentence naming the fix, rather than leaving Neo4j to fail on a taken port. */
export async function assertPortFree(port: number): Promise<void> {
  const bindError = (await portAnswers(port)) ? 'EADDRINUSE' : await portBindError(port);
  if (bindError === undefined) return;
  if (bindError === 'EADDRINUSE') {
    throw new Neo4jOpsError(
      'NEO4J_PORT_IN_USE',
      `Port ${port} is already in use by another process; stop it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  throw new Neo4jOpsError(
    'NEO4J_PORT_UNUSABLE',
    `Port ${port} cannot be opened on 127.0.0.1 (${bindError}); set NEO4J_BOLT_PORT to a free port above 1024.`,
  );
}
