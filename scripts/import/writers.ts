import {
  confirmDeletion,
  retractDisclosure,
  senderOf,
  recordAccessGrant,
  IMPORT_LIMITS,
  recordDisclosures,
  recordDisclosuresAfter,
  type BatchInFlight,
  type Committed,
} from '../../core/lineage/index.ts';
import {
  recordAffiliation,
  recordEnforcement,
  MAX_RECORDS_PER_CALL,
  registerRecords,
  MAX_PARTIES_PER_CALL,
  registerParties,
} from '../../core/registry/index.ts';
import type { Database } from '../../infra/db.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { recordComplianceItem } from './compliance-input.ts';
import type { Item, ItemOf, Kind } from './layouts.ts';

export type Outcome = { created: number; unchanged: number };

/**
 * How a batch written after another ended: how it committed, and whether it read its checks
 * again under the clock (another writer came in, or the batch before it was refused, split or
 * retried) rather than keeping those it read while the batch before was written.
 */
export type BatchEnd = { committed: Committed; checkedAgain: boolean };

/**
 * How each kind is written: through the service's own functions, so the import has the
 * service's validation and idempotency. `atomic` writers take a batch all or nothing, with
 * set-based queries; the others write one item per transaction, so a batch of them is only
 * a checkpoint unit.
 */
export type Writer = {
  limit: number;
  /** Lines per batch when the command line does not say. */
  batch: number;
  atomic: boolean;
  /** What an item weighs towards `maxWeight`, which ends a batch before `batch` lines when reached. */
  weight?: (item: Item) => number;
  maxWeight?: number;
  write: (db: Database, items: readonly Item[]) => Promise<Outcome>;
  /**
   * Writes a batch while the batch before it (`earlier`) may still be writing: the same
   * outcome as `write` once `earlier` has committed, with what the next batch needs to go on
   * in the same way (recordDisclosuresAfter). Kinds without it are written one batch at a time.
   */
  after?: (
    db: Database,
    items: readonly Item[],
    earlier: BatchInFlight | null,
  ) => Omit<BatchInFlight, 'committed'> & { written: Promise<Outcome & BatchEnd> };
};

const one = <K extends Kind>(write: (db: Database, item: ItemOf[K]) => Promise<{ created: boolean }>): Writer => ({
  limit: 1,
  batch: 100,
  atomic: false,
  write: async (db, items) => {
    let created = 0;
    for (const item of items) if ((await write(db, item as ItemOf[K])).created) created += 1;
    return { created, unchanged: items.length - created };
  },
});

/** A retraction filed by the import is filed by the disclosure's sender unless the line names the filer. */
async function retract(db: Database, item: ItemOf['retractions']) {
  const filedByPartyId = item.filedByPartyId ?? (await senderOf(db, item.disclosureId));
  if (filedByPartyId === null) {
    throw new NotFoundError(`retraction ${item.id}: no disclosure ${item.disclosureId}`, item.disclosureId);
  }
  return retractDisclosure(db, { ...item, filedByPartyId });
}

export const WRITERS: Record<Kind, Writer> = {
  parties: {
    limit: MAX_PARTIES_PER_CALL,
    batch: 1_000,
    atomic: true,
    write: async (db, items) => {
      const results = await registerParties(db, items as ItemOf['parties'][]);
      const created = results.filter((result) => result.created).length;
      return { created, unchanged: results.length - created };
    },
  },
  enforcement: one<'enforcement'>(recordEnforcement),
  affiliations: one<'affiliations'>(recordAffiliation),
  records: {
    limit: MAX_RECORDS_PER_CALL,
    batch: MAX_RECORDS_PER_CALL,
    atomic: true,
    write: (db, items) => registerRecords(db, items as ItemOf['records'][]),
  },
  disclosures: {
    limit: IMPORT_LIMITS.disclosures,
    batch: 1_000,
    // A batch ends early at this many (record, disclosure) pairs, so that bulk disclosures of
    // many records go a few at a time; one larger than this goes alone.
    weight: (item) => (item as ItemOf['disclosures']).records.length,
    maxWeight: 100_000,
    atomic: true,
    write: async (db, items) => {
      const results = await recordDisclosures(db, items as ItemOf['disclosures'][], IMPORT_LIMITS);
      const created = results.filter((result) => result.created).length;
      return { created, unchanged: results.length - created };
    },
    after: (db, items, earlier) => {
      const { locked, planned, written } = recordDisclosuresAfter(db, items as ItemOf['disclosures'][], earlier);
      return {
        locked,
        planned,
        written: written.then(({ results, committed, checkedAgain }) => {
          const created = results.filter((result) => result.created).length;
          return { created, unchanged: results.length - created, committed, checkedAgain };
        }),
      };
    },
  },
  grants: one<'grants'>(recordAccessGrant),
  deletions: one<'deletions'>(confirmDeletion),
  retractions: one<'retractions'>(retract),
  compliance: one<'compliance'>(recordComplianceItem),
};

/** The default number of lines per batch (and per checkpoint) of each kind. */
export function defaultBatch(kind: Kind): number {
  return WRITERS[kind].batch;
}
