import { Neo4jOpsError } from './errors.ts';

export const DEFAULT_HEAP = '2g';
export const DEFAULT_PAGECACHE = '2g';
const DEFAULT_PORT = 7687;

/** Converts a size such as `2g`, `512m`, `1024k` or `4096` (bytes) into bytes. */
export function parseByteSize(text: string, name = 'size'): number {
  const match = /^\s*(\d+)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!match?.[1]) {
    throw new Neo4jOpsError('NEO4J_BAD_CONFIG', `${name} must be a size such as 2g or 512m, not "${text}".`);
  }
  const unit = (match[2] ?? '').toLowerCase();
  const factor =
    unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : unit === 't' ? 1024 ** 4 : 1;
  return Number(match[1]) * factor;
}

/** A heap size in the form -Xms and -Xmx accept, which is stricter than parseByteSize. */
export function parseHeap(text: string): string {
  const match = /^\s*(\d+)\s*([kmg]?)\s*$/i.exec(text);
  if (!match?.[1] || Number(match[1]) === 0) {
    throw new Neo4jOpsError('NEO4J_BAD_CONFIG', `NEO4J_HEAP must be a JVM size such as 2g or 512m, not "${text}".`);
  }
  return `${match[1]}${(match[2] ?? '').toLowerCase()}`;
}

export function resolvePort(port: number | undefined): number {
  const raw = port ?? (process.env.NEO4J_BOLT_PORT ? Number(process.env.NEO4J_BOLT_PORT) : DEFAULT_PORT);
  if (!Number.isInteger(raw) || raw < 1 || raw > 65535) {
    throw new Neo4jOpsError(
      'NEO4J_BAD_CONFIG',
      `NEO4J_BOLT_PORT must be a port number between 1 and 65535, not "${port ?? process.env.NEO4J_BOLT_PORT}".`,
    );
  }
  return raw;
}
