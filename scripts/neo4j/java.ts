import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { run, type Env } from './command.ts';
import { Neo4jOpsError } from './errors.ts';
import { neo4jVersion } from './provision.ts';

export type JavaInfo = { path: string; version: string; major: number };

const JVM_DIR = '/usr/lib/jvm';
const MIN_JAVA_MAJOR = 21;

/** Parses `java -version` output into the version string and its major number. */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  const version = match?.[1];
  if (!version) return undefined;
  // Java 8 and older report themselves as 1.x.
  const majorText = (/^1\.(\d+)/.exec(version) ?? /^(\d+)/.exec(version))?.[1];
  const major = Number(majorText);
  return majorText && Number.isInteger(major) ? { version, major } : undefined;
}

async function probeJava(bin: string, env: Env): Promise<JavaInfo | undefined> {
  try {
    const out = await run(bin, ['-version'], { timeoutMs: 20_000, env });
    if (out.code !== 0) return undefined;
    const parsed = parseJavaVersion(out.output);
    return parsed ? { path: bin, ...parsed } : undefined;
  } catch {
    return undefined;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/\D+/).filter(Boolean).map(Number);
  const pb = b.split(/\D+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The Java to run Neo4j with: NEO4J_JAVA_HOME or JAVA_HOME when it is 21 or newer, else the newest
 * such JDK in /usr/lib/jvm, else `java` on PATH. Throws NEO4J_NO_JAVA when there is none.
 */
export async function findJava(opts: { env?: Env; jvmDir?: string } = {}): Promise<JavaInfo> {
  const env = opts.env ?? process.env;
  const jvmDir = opts.jvmDir ?? JVM_DIR;
  for (const name of ['NEO4J_JAVA_HOME', 'JAVA_HOME']) {
    const home = env[name];
    if (!home) continue;
    const java = await probeJava(path.join(home, 'bin', 'java'), env);
    if (java && java.major >= MIN_JAVA_MAJOR) return java;
  }
  const entries = await readdir(jvmDir).catch(() => [] as string[]);
  const found = await Promise.all(entries.map((entry) => probeJava(path.join(jvmDir, entry, 'bin', 'java'), env)));
  const newest = found
    .filter((java): java is JavaInfo => java !== undefined && java.major >= MIN_JAVA_MAJOR)
    .sort((a, b) => compareVersions(b.version, a.version) || a.path.localeCompare(b.path))[0];
  if (newest) return newest;
  const onPath = await probeJava('java', env);
  if (onPath && onPath.major >= MIN_JAVA_MAJOR) return onPath;
  throw new Neo4jOpsError(
    'NEO4J_NO_JAVA',
    `Neo4j ${neo4jVersion()} needs Java ${MIN_JAVA_MAJOR} or newer; none found in JAVA_HOME or ${jvmDir}. Install one, e.g. \`apt-get install openjdk-21-jdk-headless\`, or set NEO4J_JAVA_HOME.`,
  );
}
