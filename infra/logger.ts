import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event, each carrying the request id the gateway gave
 * the request. TRACKER_LOG_LEVEL sets the level (trace, debug, info, warn, error, silent).
 * TRACKER_LOG_FILE, when set, sends them to that file (appended, its folder made) instead of
 * standard output: `npm start` sets it, so that a person's terminal shows what a person needs
 * and the request log is kept whole. The level is then `info`, a line per request, as in
 * production; on a development terminal without a file it is `warn`. The gateway library's
 * own LOG_LEVEL is left to it. Tokens, secrets and query variables are never logged: they may
 * carry personal information.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const file = env.TRACKER_LOG_FILE;
  const level = env.TRACKER_LOG_LEVEL ?? (env.NODE_ENV === 'production' || file ? 'info' : 'warn');
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  if (!file) return pino(options);
  return pino(options, pino.destination({ dest: file, append: true, mkdir: true, sync: false }));
}

export type { Logger };
