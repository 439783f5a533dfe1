/**
 * The official server tarball is not on Maven Central, so the engine jars are fetched with
 * Maven into a lib folder; pom.xml next to this file pins the version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lastLines, run } from './command.ts';
import { Neo4jOpsError } from './errors.ts';
import { display, PROJECT_ROOT } from './paths.ts';

const POM_FILE = path.join(import.meta.dirname, 'pom.xml');
/** Written last, so a lib folder holding it has every jar of the version it names. */
const MARKER_FILE = '.provisioned';

let pomVersion: string | undefined;

/** The Neo4j version pinned in scripts/neo4j/pom.xml. */
export function neo4jVersion(): string {
  if (pomVersion === undefined) {
    const pom = readFileSync(POM_FILE, 'utf8');
    const match = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
    if (!match?.[1]) {
      throw new Neo4jOpsError('NEO4J_BAD_POM', `${display(POM_FILE)} does not define the neo4j.version property.`);
    }
    pomVersion = match[1];
  }
  return pomVersion;
}

export async function isProvisioned(lib: string, version: string): Promise<boolean> {
  const marker = await readFile(path.join(lib, MARKER_FILE), 'utf8').catch(() => '');
  return marker.trim() === `org.neo4j:neo4j:${version}`;
}

export async function ensureProvisioned(lib: string, version: string, log: (line: string) => void): Promise<void> {
  if (await isProvisioned(lib, version)) return;
  log(`Provisioning Neo4j ${version} into ${display(lib)} with Maven (first run only, about a minute)...`);
  await mkdir(lib, { recursive: true });
  // Drop jars of an interrupted or older copy; they would end up on the class path next to the new ones.
  for (const entry of await readdir(lib)) {
    if (entry.endsWith('.jar') || entry === MARKER_FILE) await rm(path.join(lib, entry), { force: true });
  }
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    POM_FILE,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`,
  ];
  let result: { code: number; output: string };
  try {
    result = await run('mvn', args, { cwd: PROJECT_ROOT });
  } catch {
    throw new Neo4jOpsError(
      'NEO4J_NO_MAVEN',
      `Maven (mvn) is needed once to download Neo4j ${version} but was not found on PATH; install it, e.g. \`apt-get install maven\`, or set NEO4J_URI to use an existing server.`,
    );
  }
  const engineJar = `neo4j-${version}.jar`;
  if (result.code !== 0 || !existsSync(path.join(lib, engineJar))) {
    const tail = lastLines(result.output, 5)
      .join(' | ')
      .replace(/[.\s]+$/, '');
    throw new Neo4jOpsError(
      'NEO4J_PROVISION_FAILED',
      `Maven could not copy Neo4j ${version} into ${display(lib)} (exit status ${result.code})${tail ? `: ${tail}` : ''}.`,
    );
  }
  await writeFile(path.join(lib, MARKER_FILE), `org.neo4j:neo4j:${version}\n`);
  log(`Provisioned Neo4j ${version} (${(await readdir(lib)).filter((f) => f.endsWith('.jar')).length} jars).`);
}
