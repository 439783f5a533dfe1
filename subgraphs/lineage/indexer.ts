import { catchUp } from '../../core/lineage/index.ts';
import { lineageIndexInterval } from '../../infra/config.ts';
import type { Database } from '../../infra/db.ts';
import type { Logger } from '../../infra/logger.ts';
import type { BackgroundWork } from '../runtime/server.ts';

/** Batches of records indexed at most per round, so that one round never runs long. */
const BATCHES_PER_ROUND = 20;
/** The longest wait between rounds while they keep failing. */
export const LONGEST_WAIT_MS = 60_000;

/**
 * Keeps the arrival index up with what is written: every `intervalMs` (LINEAGE_INDEX_INTERVAL_MS),
 * indexes the records written since (core/lineage/arrival-index.ts). A round that fails (Neo4j
 * away, a deadlock with a writer) is logged, and the next waits twice as long as the last, up
 * to a minute, until one succeeds; until then the answers replay what the index does not hold,
 * so nothing is ever answered from a stale index. Several processes may run it at once: each
 * record is indexed under its own lock. `work` is what a round does (a test gives its own).
 */
export function keepIndexed(
  db: Database,
  logger: Logger,
  intervalMs = lineageIndexInterval(),
  work: (db: Database) => Promise<number> = (database) => catchUp(database, { maxBatches: BATCHES_PER_ROUND }),
): BackgroundWork {
  let stopped = intervalMs === 0;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let failures = 0;
  const run = async () => {
    try {
      const indexed = await work(db);
      if (failures > 0) logger.warn({ arrivalIndex: 'rounds succeed again', after: failures });
      failures = 0;
      if (indexed > 0) logger.info({ arrivalIndex: 'indexed', records: indexed });
    } catch (error) {
      failures += 1;
      // The first failure, then one line a minute at most while they go on.
      if (failures === 1 || wait() >= LONGEST_WAIT_MS) {
        logger.warn({ arrivalIndex: 'round failed', failures, reason: (error as Error).message });
      }
    }
  };
  const wait = () => Math.min(intervalMs * 2 ** failures, LONGEST_WAIT_MS);
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = run().finally(schedule);
    }, wait());
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
