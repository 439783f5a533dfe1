import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { Neo4jOpsError } from './errors.ts';
import { display, type Paths } from './paths.ts';

export async function readPassword(p: Paths): Promise<string | undefined> {
  const password = (await readFile(p.passwordFile, 'utf8').catch(() => '')).trim();
  return password === '' ? undefined : password;
}

/** The password of user neo4j, generated on first start; kept readable by its owner only. */
export async function ensurePassword(p: Paths): Promise<string> {
  const existing = await readPassword(p);
  if (existing !== undefined) {
    await chmod(p.passwordFile, 0o600);
    return existing;
  }
  if (existsSync(p.dataDir)) {
    // The launcher sets the password only when the database is created.
    throw new Neo4jOpsError(
      'NEO4J_PASSWORD_MISSING',
      `${display(p.dataDir)} exists but ${display(p.passwordFile)} is missing; run \`npm run neo4j -- reset\` to start over with an empty database.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(p.passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(p.passwordFile, 0o600);
  return password;
}
