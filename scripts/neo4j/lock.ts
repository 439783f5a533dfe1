/** One start, stop or reset per home at a time: parallel test workers all call ensureNeo4j. */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { errnoCode, Neo4jOpsError } from './errors.ts';
import { display, type Paths } from './paths.ts';
import { isAlive } from './processes.ts';

const LOCK_TIMEOUT_MS = 15 * 60_000;

export async function withLock<T>(p: Paths, fn: () => Promise<T>): Promise<T> {
  await mkdir(p.home, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      await writeFile(p.lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(p.lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isNaN(holder)) {
      // Either being written right now or left empty by a crash; only the latter grows old.
      const age = await stat(p.lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => Infinity,
      );
      if (age > 5000) await rm(p.lockFile, { force: true });
    } else if (!isAlive(holder)) {
      await rm(p.lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jOpsError(
        'NEO4J_LOCKED',
        `Another start, stop or reset has held ${display(p.lockFile)} for ${LOCK_TIMEOUT_MS / 60_000} minutes; if none is running, delete that file.`,
      );
    }
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await rm(p.lockFile, { force: true });
  }
}
