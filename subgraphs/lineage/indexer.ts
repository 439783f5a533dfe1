import { catchUp } from '../../core/lineage/index.ts';
import { lineageIndexInterval } from '../../infra/config.ts';
import type { Database } from '../../infra/db.ts';
import type { Logger } from '../../infra/logger.ts';
import type { BackgroundWork } from '../runtime/server.ts';

/** Batches of records indexed at most per round, so that one round never runs long. */
const BATCHES_PER_ROUND = 20;

/**
 * Keeps the arrival index up with what is written: every `intervalMs` (LINEAGE_INDEX_INTERVAL_MS),
 * indexes the records written since (core/lineage/arrival-index.ts). A round that fails (Neo4j
 * away, a deadlock with a writer) is logged and the next round tries again; until then the
 * answers replay what the index does not hold, so nothing is ever answered from a stale index.
 * Several processes may run it at once: each record is indexed under its own lock.
 */
export function keepIndexed(db: Database, logger: Logger, intervalMs = lineageIndexInterval()): BackgroundWork {
  let stopped = intervalMs === 0;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const run = async () => {
    try {
      const indexed = await catchUp(db, { maxBatches: BATCHES_PER_ROUND });
      if (indexed > 0) logger.info({ arrivalIndex: 'indexed', records: indexed });
    } catch (error) {
      logger.warn({ arrivalIndex: 'round failed, tried again at the next', reason: (error as Error).message });
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = run().finally(schedule);
    }, intervalMs);
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
