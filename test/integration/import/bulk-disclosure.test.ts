/**
 * "a bulk disclosure can carry millions of records". A mutation carries at most
 * 10,000 per disclosure (one HTTP request); the bulk import takes one of 25,000 here, writes
 * it whole, and the lineage follows every record of it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../scripts/import/importer.ts';
import { CALL_LIMITS } from '../../../core/lineage/disclosure-input.ts';
import { deletionScope } from '../../../core/lineage/deletion-scope.ts';
import { verifyLedger } from '../../../core/lineage/ledger.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { registerRecords } from '../../../core/registry/records.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { subjectKeyFor } from '../../support/records.ts';

const RECORDS = 25_000;
const ids = Array.from({ length: RECORDS }, (_, index) => `bulk-${String(index).padStart(5, '0')}`);
const disclosure = (id: string, at: string, fromPartyId: string, toPartyId: string, recordIds: readonly string[]) => ({
  id,
  at,
  fromPartyId,
  toPartyId,
  purpose: 'nightly extract',
  channel: 'BULK_EXPORT' as const,
  records: recordIds.map((recordId) => ({ recordId })),
});

describe('a bulk disclosure larger than a mutation may carry', () => {
  const ctx = useTestDatabase();
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'bulk-'));
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
    ]);
    for (let start = 0; start < RECORDS; start += 1_000) {
      await registerRecords(
        ctx.db,
        ids.slice(start, start + 1_000).map((id) => ({
          id,
          subjectKey: subjectKeyFor(id),
          originPartyId: 'sheriff',
          sourceSystem: 'jail',
          sourceRecordId: id,
          categories: ['NAME', 'DATE_OF_BIRTH'],
          createdAt: '2024-01-01T00:00:00Z',
        })),
      );
    }
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('is refused by the mutation with a pointer to the import', async () => {
    const tooMany = disclosure('too-many', '2024-03-01T00:00:00Z', 'sheriff', 'exchange', ids.slice(0, 10_001));
    await expect(recordDisclosure(ctx.db, tooMany)).rejects.toMatchObject({
      message: `disclosure too-many: at most ${CALL_LIMITS.recordsPerDisclosure} records per disclosure here, got 10001; use the bulk import for more`,
      extensions: { code: 'BAD_USER_INPUT', field: 'records', value: 10_001 },
    });
  });

  it('is imported whole, with the hop after it, and its deletion scope names every record', async () => {
    const file = path.join(scratch, 'disclosures.ndjson');
    const lines = [
      disclosure('bulk-1', '2024-03-01T00:00:00Z', 'sheriff', 'exchange', ids),
      disclosure('bulk-2', '2024-03-02T00:00:00Z', 'exchange', 'broker', ids.slice(0, 20_000)),
    ];
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const summary = await importFile(ctx.db, { file, kind: 'disclosures', format: 'ndjson', batch: 1_000 });
    expect(summary).toMatchObject({ lines: 2, created: 2, refused: 0 });

    const [row] = await ctx.db.read((tx) =>
      tx.run<{ pairs: number }>(`MATCH (:Disclosure {id: 'bulk-1'})-[c:CARRIED]->() RETURN count(c) AS pairs`),
    );
    expect(row?.pairs).toBe(RECORDS);
    const scope = await deletionScope(ctx.db, { violatingDisclosureIds: ['bulk-1'] });
    expect(scope.holders.map((holder) => [holder.holderId, holder.pairs.length])).toEqual([
      ['broker', 20_000],
      ['exchange', RECORDS],
    ]);
    expect(scope.subjectCount).toBe(RECORDS);
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true });

    const again = await importFile(ctx.db, { file, kind: 'disclosures', format: 'ndjson', batch: 1_000 });
    expect(again).toMatchObject({ lines: 2, created: 0, unchanged: 2, refused: 0 });
    // 50,000 pairs written twice and a 45,000-pair scope: 7 to 12 s here, once 30 s on a busy machine.
  }, 120_000);
});
