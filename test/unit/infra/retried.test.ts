import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { retried, type RetryClock } from '../../../infra/db.ts';
import { DeadlineError, RequestScope } from '../../../infra/scope.ts';

/** A clock whose waits pass at once, recording how long each would have been. */
function virtualClock(): RetryClock & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    wait: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

/** An attempt that fails with these errors in turn, then answers. */
function failing(...errors: unknown[]) {
  const state = { calls: 0 };
  const attempt = async () => {
    state.calls += 1;
    const error = errors[state.calls - 1];
    if (error !== undefined) throw error;
    return 'answer';
  };
  return { attempt, state };
}

/** A driver error with this code, as the driver makes them (the GQL status is not what decides). */
const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');
const lost = () => neo4jError('connection lost', 'ServiceUnavailable');
const deadlock = () => neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected');

describe('a read retried as the driver retries a managed transaction', () => {
  it('answers after transient errors and lost connections, waiting about 1, 2 and 4 s', async () => {
    const clock = virtualClock();
    const { attempt, state } = failing(lost(), deadlock(), lost());
    expect(await retried(attempt, undefined, clock)).toBe('answer');
    expect(state.calls).toBe(4);
    expect(clock.waits).toHaveLength(3);
    clock.waits.forEach((ms, index) => {
      expect(ms).toBeGreaterThanOrEqual(1_000 * 2 ** index * 0.8);
      expect(ms).toBeLessThanOrEqual(1_000 * 2 ** index * 1.2);
    });
  });

  it('gives up once 5 s have passed since the first attempt, with the last error', async () => {
    const clock = virtualClock();
    const errors = Array.from({ length: 10 }, lost);
    const { attempt, state } = failing(...errors);
    const thrown = await retried(attempt, undefined, clock).catch((error: unknown) => error);
    // Waits of about 1, 2 and 4 s: the fourth failure comes past 5 s, and is the one thrown.
    expect(state.calls).toBe(4);
    expect(thrown).toBe(errors[3]);
  });

  it('never retries what is not transient: a syntax error, a refusal, a client error', async () => {
    for (const error of [
      neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError'),
      neo4jError('terminated', 'Neo.ClientError.Transaction.Terminated'),
      new TypeError('not a database error'),
    ]) {
      const clock = virtualClock();
      const { attempt, state } = failing(error);
      await expect(retried(attempt, undefined, clock)).rejects.toBe(error);
      expect(state.calls).toBe(1);
      expect(clock.waits).toEqual([]);
    }
  });

  it('never retries for a caller that has gone, nor starts one past the deadline', async () => {
    const gone = new RequestScope('gone');
    const first = lost();
    const { attempt, state } = failing(first, lost());
    const running = retried(
      async () => {
        const answer = attempt();
        gone.abort();
        return answer;
      },
      gone,
      virtualClock(),
    );
    await expect(running).rejects.toBe(first);
    expect(state.calls).toBe(1);

    const late = new RequestScope('late', Date.now() + 60_000);
    const clock: RetryClock = {
      now: () => Date.now(),
      wait: async () => late.narrow({ deadline: Date.now() - 1 }),
    };
    const again = failing(lost(), lost());
    await expect(retried(again.attempt, late, clock)).rejects.toBeInstanceOf(DeadlineError);
    expect(again.state.calls).toBe(1);
    late.finish();
  });
});
