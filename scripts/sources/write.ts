/**
 * Writes planned rows through the import's writers, and so through the service's own write
 * functions: their checks, the disclosure ledger, idempotency by id. Records first (one per
 * subject and agency, created at the earliest time any row of the run shows it), then each
 * row's disclosures together, then grants. A batch that is refused is retried row by row, so
 * that one bad row is refused alone and the others are committed.
 */
import type { RecordDisclosureInput } from '../../core/lineage/index.ts';
import { recordsByIds, type RegisterRecordInput } from '../../core/registry/index.ts';
import type { Database } from '../../infra/db.ts';
import type { DomainError } from '../../infra/errors.ts';
import { isItemError } from '../import/importer.ts';
import { WRITERS } from '../import/writers.ts';
import type { Planned } from './plan.ts';

export type Refusal = { line: number; code: string; message: string };

const ROWS_PER_BATCH = 250;

/** One record per id, created at the earliest time a row shows it. */
export function recordsOf(rows: readonly Planned[]): RegisterRecordInput[] {
  const byId = new Map<string, RegisterRecordInput>();
  for (const row of rows) {
    if (row.record === null) continue;
    const seen = byId.get(row.record.id);
    if (seen === undefined || Date.parse(row.record.createdAt) < Date.parse(seen.createdAt)) {
      byId.set(row.record.id, row.record);
    }
  }
  return [...byId.values()];
}

/** Writes the rows; returns the refused ones, each with the code and message of its refusal. */
export async function writePlanned(db: Database, rows: readonly Planned[]): Promise<Refusal[]> {
  const refused = new Map<number, Refusal>();
  const refuse = (row: Planned, error: DomainError) =>
    refused.set(row.line, { line: row.line, code: error.code, message: error.message });

  // A record registered before keeps its creation time: a later file changes nothing of it.
  const wanted = recordsOf(rows);
  const stored = new Set(
    (
      await recordsByIds(
        db,
        wanted.map((record) => record.id),
      )
    ).map((record) => record.id),
  );
  const fresh = wanted.filter((record) => !stored.has(record.id));
  const badRecords = new Map<string, DomainError>();
  for (let start = 0; start < fresh.length; start += WRITERS.records.limit) {
    const batch = fresh.slice(start, start + WRITERS.records.limit);
    try {
      await WRITERS.records.write(db, batch);
    } catch (error) {
      if (!isItemError(error)) throw error;
      for (const record of batch) {
        try {
          await WRITERS.records.write(db, [record]);
        } catch (one) {
          if (!isItemError(one)) throw one;
          badRecords.set(record.id, one);
        }
      }
    }
  }
  for (const row of rows) {
    const bad = row.record === null ? undefined : badRecords.get(row.record.id);
    if (bad !== undefined) refuse(row, bad);
  }

  const withDisclosures = rows.filter((row) => row.disclosures.length > 0 && !refused.has(row.line));
  for (let start = 0; start < withDisclosures.length; start += ROWS_PER_BATCH) {
    const batch = withDisclosures.slice(start, start + ROWS_PER_BATCH);
    const items = (list: readonly Planned[]): RecordDisclosureInput[] => list.flatMap((row) => row.disclosures);
    try {
      await WRITERS.disclosures.write(db, items(batch));
    } catch (error) {
      if (!isItemError(error)) throw error;
      for (const row of batch) {
        try {
          await WRITERS.disclosures.write(db, items([row]));
        } catch (one) {
          if (!isItemError(one)) throw one;
          refuse(row, one);
        }
      }
    }
  }

  for (const row of rows) {
    if (row.grant === null || refused.has(row.line)) continue;
    try {
      await WRITERS.grants.write(db, [row.grant]);
    } catch (error) {
      if (!isItemError(error)) throw error;
      refuse(row, error);
    }
  }
  return [...refused.values()].sort((a, b) => a.line - b.line);
}
