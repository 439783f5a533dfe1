import { MAX_DISCLOSURES_PER_CALL, recordDisclosures } from '../../subgraphs/lineage/record-disclosure.ts';
import { recordAffiliation } from '../../subgraphs/registry/affiliations.ts';
import { MAX_RECORDS_PER_CALL } from '../../subgraphs/registry/record-input.ts';
import { registerRecords } from '../../subgraphs/registry/records.ts';
import { registerParty } from '../../subgraphs/registry/repository.ts';
import type { Database } from '../../subgraphs/shared/db.ts';
import type { AffiliationInput, Item, ItemOf, Kind } from './layouts.ts';

export type Outcome = { created: number; unchanged: number };

/**
 * How each kind is written: through the service's own functions, so the import has the
 * service's validation and idempotency. `atomic` writers take a batch all or nothing;
 * the others write one item per transaction, so a batch of them is only a checkpoint unit.
 */
export type Writer = {
  limit: number;
  atomic: boolean;
  write: (db: Database, items: readonly Item[]) => Promise<Outcome>;
};

const one = <K extends Kind>(write: (db: Database, item: ItemOf[K]) => Promise<{ created: boolean }>): Writer => ({
  limit: 1,
  atomic: false,
  write: async (db, items) => {
    let created = 0;
    for (const item of items) if ((await write(db, item as ItemOf[K])).created) created += 1;
    return { created, unchanged: items.length - created };
  },
});

export const WRITERS: Record<Kind, Writer> = {
  parties: one<'parties'>(registerParty),
  affiliations: one<'affiliations'>((db, item: AffiliationInput) => recordAffiliation(db, item)),
  records: {
    limit: MAX_RECORDS_PER_CALL,
    atomic: true,
    write: (db, items) => registerRecords(db, items as ItemOf['records'][]),
  },
  disclosures: {
    limit: MAX_DISCLOSURES_PER_CALL,
    atomic: true,
    write: async (db, items) => {
      const results = await recordDisclosures(db, items as ItemOf['disclosures'][]);
      const created = results.filter((result) => result.created).length;
      return { created, unchanged: results.length - created };
    },
  },
};

/** The default number of lines per batch (and per checkpoint) of each kind. */
export function defaultBatch(kind: Kind): number {
  const writer = WRITERS[kind];
  return writer.atomic ? writer.limit : 100;
}
