import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event, each carrying the request id the gateway gave
 * the request. TRACKER_LOG_LEVEL sets the level (trace, debug, info, warn, error, silent):
 * `info`, a line per request, in production; `warn` on a development machine, whose terminal
 * a person reads. The gateway library's own LOG_LEVEL is left to it. Tokens, secrets and query
 * variables are never logged: they may carry personal information.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.TRACKER_LOG_LEVEL ?? (env.NODE_ENV === 'production' ? 'info' : 'warn');
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
