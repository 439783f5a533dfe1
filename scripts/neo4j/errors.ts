/** A failure to provision, start, stop or reach the local Neo4j, with a message meant for the user as is. */
export class Neo4jOpsError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'Neo4jOpsError';
    this.code = code;
  }
}

/** The `code` of a Node.js system error or a Neo4j driver error, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
