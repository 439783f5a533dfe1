import { readFile, rm, writeFile, rename } from 'node:fs/promises';

/**
 * `<FILE>.checkpoint`: the last input line of the last fully committed batch (its rejects
 * written too), and the input's size, so that a checkpoint of another file is ignored. Every
 * write is idempotent by id, so a stale or missing checkpoint only costs time, never data.
 */
export type Checkpoint = { line: number; size: number };

export async function readCheckpoint(path: string, size: number): Promise<Checkpoint | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<Checkpoint>;
    if (typeof value.line === 'number' && value.size === size) return { line: value.line, size };
  } catch {
    // A checkpoint cut short by a kill: start over, which idempotency makes safe.
  }
  return null;
}

/** Written aside and renamed, so a kill leaves the old checkpoint or the new one, never half of one. */
export async function writeCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(checkpoint));
  await rename(`${path}.tmp`, path);
}

export async function removeCheckpoint(path: string): Promise<void> {
  await rm(path, { force: true });
}
