import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../infra/db.ts';
import type { Logger } from '../../../infra/logger.ts';
import { keepIndexed, LONGEST_WAIT_MS } from '../../../subgraphs/lineage/indexer.ts';

/**
 * The lineage subgraph's indexer between requests: a round every interval while rounds
 * succeed; while they fail (Neo4j away), twice as long each time up to a minute, one warning
 * at the first failure and then at most one a minute, and the interval again once one succeeds.
 */
describe('the indexer between requests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function logger() {
    const lines: Array<Record<string, unknown>> = [];
    const log = (line: Record<string, unknown>) => void lines.push(line);
    return { lines, logger: { warn: log, info: log } as unknown as Logger };
  }

  it('backs off while rounds fail, says so once a minute at most, and comes back', async () => {
    let failing = true;
    const rounds: number[] = [];
    const { lines, logger: log } = logger();
    const work = async () => {
      rounds.push(Date.now());
      if (failing) throw new Error('DATABASE_UNAVAILABLE');
      return 3;
    };
    const started = Date.now();
    const indexer = keepIndexed({} as Database, log, 1_000, work);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const waits = rounds.slice(1).map((at, index) => at - (rounds[index] as number));
    expect(waits.slice(0, 6)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, LONGEST_WAIT_MS]);
    expect(waits.every((wait) => wait <= LONGEST_WAIT_MS)).toBe(true);
    expect(rounds[0]).toBe(started + 1_000);
    const warnings = lines.filter((line) => line.arrivalIndex === 'round failed');
    // The first, then one a minute: far fewer than the rounds.
    expect(warnings.length).toBeLessThan(rounds.length);
    expect(warnings.length).toBeGreaterThanOrEqual(8);
    const failed = rounds.length;
    failing = false;
    await vi.advanceTimersByTimeAsync(LONGEST_WAIT_MS);
    const back = lines.findIndex((line) => line.arrivalIndex === 'rounds succeed again');
    expect(lines[back]?.after).toBe(failed);
    expect(lines[back + 1]).toMatchObject({ arrivalIndex: 'indexed', records: 3 });
    expect(lines.slice(back + 1).every((line) => line.arrivalIndex === 'indexed')).toBe(true);
    const count = rounds.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(rounds.length).toBe(count + 5);
    await indexer.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds.length).toBe(count + 5);
  });

  it('does nothing with an interval of 0', async () => {
    let rounds = 0;
    const indexer = keepIndexed({} as Database, logger().logger, 0, async () => ++rounds);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rounds).toBe(0);
    await indexer.stop();
  });
});
