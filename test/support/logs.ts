import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../infra/logger.ts';

/** A logger whose lines are kept, as the service writes them (one JSON object a line). */
export function memoryLogger(
  service: string,
  level: 'info' | 'error' = 'info',
  lines: string[] = [],
): { logger: Logger; lines: string[] } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
      done();
    },
  });
  return { logger: pino({ level, base: { service } }, sink), lines };
}
