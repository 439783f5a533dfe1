import { beforeEach, describe, expect, it } from 'vitest';
import { disclosuresByIds } from '../../../core/lineage/disclosures.ts';
import { confirmDeletion } from '../../../core/lineage/corrections.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import {
  recordDisclosures,
  recordDisclosuresAfter,
  type BatchInFlight,
  type Committed,
} from '../../../core/lineage/record-disclosure.ts';
import type { NewDisclosure } from '../../../core/lineage/disclosure-input.ts';
import { lastRecorded } from '../../../infra/recorded.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { seedRecords } from '../../support/records.ts';

// The bulk import reads a batch's checks while the batch before it is still being written.
// These tests hold the batch before at the moment the import's timing can only sometimes
// reach: the later batch has read the graph, and the earlier one has not committed yet.

const ctx = useTestDatabase();

const toExchange = {
  id: 'to-exchange',
  at: '2025-03-01T10:00:00-06:00',
  fromPartyId: 'sheriff',
  toPartyId: 'exchange',
  purpose: 'booking feed',
  channel: 'DATA_EXCHANGE_FEED' as const,
  records: [{ recordId: 'booking-1' }],
};
// An hour after the exchange was given the record, it passes it on.
const onward = {
  ...toExchange,
  id: 'onward',
  at: '2025-03-01T11:00:00-06:00',
  fromPartyId: 'exchange',
  toPartyId: 'broker',
};

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * A batch in flight that the test settles by hand, and a promise that settles once the later
 * batch has read its checks and waits for this one (it awaits `planned` right after).
 */
function heldBatch() {
  const planned = deferred<readonly NewDisclosure[] | null>();
  const committed = deferred<Committed | null>();
  const waiting = deferred<void>();
  const watched = {
    then: (yes: (value: readonly NewDisclosure[] | null) => unknown, no?: (error: unknown) => unknown) => {
      waiting.resolve();
      return planned.promise.then(yes, no);
    },
  } as Promise<readonly NewDisclosure[] | null>;
  const batch: BatchInFlight = { locked: Promise.resolve(), planned: watched, committed: committed.promise };
  return {
    batch,
    waiting: waiting.promise,
    /** As a batch ends with what it planned and how it committed (or nothing, when it did not commit whole). */
    settle: (as: Settled | null) => {
      planned.resolve(as?.planned ?? null);
      committed.resolve(as?.committed ?? null);
    },
    fail: (error: Error) => {
      planned.resolve(null);
      committed.reject(error);
    },
  };
}

type Settled = { planned: readonly NewDisclosure[] | null; committed: Committed };

/** A batch written with none before it: what it planned, and how it committed. */
const written = async (raw: readonly (typeof toExchange)[]): Promise<Settled> => {
  const batch = recordDisclosuresAfter(ctx.db, raw, null);
  const { committed } = await batch.written;
  return { planned: await batch.planned, committed };
};

/** The exchange confirms it deleted booking-1 half an hour after it was given it, before it sends it on. */
const deletedAtExchange = () =>
  confirmDeletion(ctx.db, {
    id: 'deleted-at-exchange',
    holderPartyId: 'exchange',
    at: '2025-03-01T10:30:00-06:00',
    recordIds: ['booking-1'],
  });

describe('a batch written while the one before it is in flight', () => {
  beforeEach(async () => {
    await wipe(ctx.db);
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
    ]);
    await seedRecords(ctx.db, 'sheriff', ['booking-1', 'booking-2']);
  });

  it('counts what the batch before delivered, though its checks read the graph before it was there', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [onward], held.batch);
    await held.waiting;
    held.settle(await written([toExchange]));
    const { results, checkedAgain } = await later.written;
    expect(results.map((one) => [one.disclosure.id, one.created, one.disclosure.holderUnknown])).toEqual([
      ['onward', true, false],
    ]);
    expect(checkedAgain).toBe(false);
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('reads its checks again when another writer came in between: a deletion after the delivery counts', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [onward], held.batch);
    await held.waiting;
    const before = await written([toExchange]);
    // Between the two batches, the exchange confirms it deleted the record.
    await deletedAtExchange();
    held.settle(before);
    const { results, checkedAgain } = await later.written;
    expect(results[0]?.disclosure.holderUnknown).toBe(true);
    expect(checkedAgain).toBe(true);
  });

  it('reads its checks again when the batch before was retried, even if the clock shows its time', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [onward], held.batch);
    await held.waiting;
    const { planned } = await written([toExchange]);
    await deletedAtExchange();
    // A retried transaction takes the clock again, after other writers may have committed.
    held.settle({ planned, committed: { recordedAt: await lastRecorded(ctx.db), firstAttempt: false } });
    const { results, checkedAgain } = await later.written;
    expect(results[0]?.disclosure.holderUnknown).toBe(true);
    expect(checkedAgain).toBe(true);
  });

  it('reads its checks again when the batch before did not commit whole', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [onward], held.batch);
    await held.waiting;
    // Its lines were written apart (one of them refused): what it delivered is in the graph only.
    await recordDisclosures(ctx.db, [toExchange]);
    held.settle(null);
    const { results, checkedAgain } = await later.written;
    expect(results[0]?.disclosure.holderUnknown).toBe(false);
    expect(checkedAgain).toBe(true);
  });

  it('writes nothing when the batch before failed', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [onward], held.batch);
    await held.waiting;
    held.fail(new Error('the database went away'));
    await expect(later.written).rejects.toThrow('the database went away');
    expect(await disclosuresByIds(ctx.db, ['onward'])).toEqual([]);
  });

  it('takes an id the batch before created as that one: the same content is no change, other content a conflict', async () => {
    const held = heldBatch();
    const same = recordDisclosuresAfter(ctx.db, [{ ...toExchange }, onward], held.batch);
    await held.waiting;
    held.settle(await written([toExchange]));
    const { results } = await same.written;
    expect(results.map((one) => [one.disclosure.id, one.created])).toEqual([
      ['to-exchange', false],
      ['onward', true],
    ]);

    const again = heldBatch();
    const other = recordDisclosuresAfter(
      ctx.db,
      [{ ...toExchange, id: 'second', records: [{ recordId: 'booking-2' }] }],
      again.batch,
    );
    await again.waiting;
    const second = await written([{ ...toExchange, id: 'second' }]);
    again.settle(second);
    await expect(other.written).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    expect((await verifyLedger(ctx.db)).ok).toBe(true);
  });

  it('refuses only once it holds the clock: a record registered between the batches is found', async () => {
    const held = heldBatch();
    const later = recordDisclosuresAfter(ctx.db, [{ ...toExchange, records: [{ recordId: 'booking-3' }] }], held.batch);
    await held.waiting;
    const before = await written([{ ...toExchange, id: 'first' }]);
    // Its checks found no booking-3; the sheriff registers it before the later batch writes.
    await seedRecords(ctx.db, 'sheriff', ['booking-3']);
    held.settle(before);
    expect((await later.written).results.map((one) => one.created)).toEqual([true]);

    // With no one in between, the refusal decided early stands.
    const again = heldBatch();
    const refused = recordDisclosuresAfter(
      ctx.db,
      [{ ...toExchange, id: 'x', records: [{ recordId: 'nowhere' }] }],
      again.batch,
    );
    await again.waiting;
    again.settle(await written([{ ...toExchange, id: 'second' }]));
    await expect(refused.written).rejects.toThrow('disclosure x: no record is registered with id nowhere');
  });

  it('ends after the batch before it, even when refused before it reads anything', async () => {
    const held = heldBatch();
    const refused = recordDisclosuresAfter(ctx.db, [{ ...onward, at: '2099-01-01T00:00:00Z' }], held.batch);
    const early = await Promise.race([
      refused.written.then(
        () => 'written',
        () => 'refused',
      ),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 200)),
    ]);
    // Refused at once, the import would write the batch's other lines before the batch before.
    expect(early).toBe('waiting');
    held.settle(await written([toExchange]));
    await expect(refused.written).rejects.toThrow(/disclosure onward: .*is in the future/);
  });

  it('refuses as recordDisclosures does, and lets the next batch go on', async () => {
    const first = recordDisclosuresAfter(ctx.db, [{ ...toExchange, records: [{ recordId: 'nowhere' }] }], null);
    await expect(first.written).rejects.toThrow('disclosure to-exchange: no record is registered with id nowhere');
    await first.locked;
    const next = recordDisclosuresAfter(ctx.db, [toExchange], {
      locked: first.locked,
      planned: first.planned,
      committed: Promise.resolve(null),
    });
    expect((await next.written).results[0]?.created).toBe(true);
  });
});
