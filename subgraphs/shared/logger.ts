import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event, each carrying the request id the gateway gave
 * the request. TRACKER_LOG_LEVEL sets the level (trace, debug, info, warn, error, silent);
 * the gateway library's own LOG_LEVEL is left to it. Tokens, secrets and query variables
 * are never logged: they may carry personal information.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ level: env.TRACKER_LOG_LEVEL ?? 'info', base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
