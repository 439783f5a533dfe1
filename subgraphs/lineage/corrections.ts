import type { Database } from '../shared/db.ts';
import { ConflictError, InputError, NotFoundError } from '../shared/errors.ts';
import { boundedText, checkEventId, checkNotFuture } from '../shared/validation.ts';
import { appendEvents, type DeletionRow, type RetractionRow } from './ledger.ts';

/**
 * The two events that correct what the lineage says without editing it: a holder's
 * confirmation that it deleted records (it stops holding them from then on; subsection (h)),
 * and a retraction of a disclosure reported in error. Both are append-only and idempotent
 * by id, and both are stamped in the ledger.
 */
export const MAX_RECORDS_PER_CONFIRMATION = 10_000;

export const DELETION_BY_ID = /* cypher */ `
  MATCH (holder:Party)-[:CONFIRMED]->(x:DeletionConfirmation {id: $id})
  RETURN x {.id, .at, .reportedBy, holderId: holder.id, recordIds: [(x)-[:DELETED]->(r:Record) | r.id]} AS row,
         x.at = datetime($at) AND toString(x.at) = toString(datetime($at)) AS sameAt`;
export const MISSING_RECORDS = /* cypher */ `
  UNWIND $ids AS id OPTIONAL MATCH (r:Record {id: id}) WITH id, r WHERE r IS NULL RETURN id`;
export const CREATE_DELETION = /* cypher */ `
  MATCH (holder:Party {id: $holderPartyId})
  CREATE (holder)-[:CONFIRMED]->(x:DeletionConfirmation {id: $id, at: datetime($at), reportedBy: $reportedBy,
    recordedAt: datetime()})
  WITH holder, x
  CALL (x, holder) {
    UNWIND $recordIds AS recordId
    MATCH (r:Record {id: recordId})
    CREATE (x)-[:DELETED {at: x.at, holder: holder.id}]->(r)
  }
  RETURN x {.id, .at, .reportedBy, holderId: holder.id, recordIds: $recordIds} AS row`;

export const RETRACTION_BY_ID = /* cypher */ `
  MATCH (filer:Party)-[:FILED]->(t:Retraction {id: $id})-[:RETRACTS]->(d:Disclosure)
  RETURN t {.id, .at, .reason, filedById: filer.id, disclosureId: d.id} AS row,
         t.at = datetime($at) AND toString(t.at) = toString(datetime($at)) AS sameAt`;
export const RETRACTION_OF = /* cypher */ `
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: $disclosureId})
  OPTIONAL MATCH (d)<-[:RETRACTS]-(earlier:Retraction)
  RETURN sender.id AS senderId, earlier.id AS earlierId`;
export const CREATE_RETRACTION = /* cypher */ `
  MATCH (filer:Party {id: $filedByPartyId}), (d:Disclosure {id: $disclosureId})
  CREATE (filer)-[:FILED]->(t:Retraction {id: $id, at: datetime($at), reason: $reason, recordedAt: datetime()})-[:RETRACTS]->(d)
  RETURN t {.id, .at, .reason, filedById: filer.id, disclosureId: d.id} AS row`;

function checkEvent(what: string, id: string, at: string, now: number): void {
  checkEventId(what, id);
  checkNotFuture(`${what} ${id}`, 'at', at, now);
}

export type ConfirmDeletionInput = {
  id: string;
  holderPartyId: string;
  at: string;
  recordIds: readonly string[];
  reportedBy?: string | null;
};

/** Checks what can be checked without the graph: id, time, 1 to 10,000 records (sorted, once each). */
export function validateDeletion(input: ConfirmDeletionInput, now = Date.now()) {
  checkEvent('deletion confirmation', input.id, input.at, now);
  const recordIds = [...new Set(input.recordIds)].sort();
  if (recordIds.length === 0 || recordIds.length > MAX_RECORDS_PER_CONFIRMATION) {
    throw new InputError(
      `deletion confirmation ${input.id}: recordIds must name 1 to ${MAX_RECORDS_PER_CONFIRMATION} records, got ${recordIds.length}`,
      'recordIds',
      recordIds.length,
    );
  }
  return { ...input, recordIds, reportedBy: input.reportedBy ?? 'SENDER' };
}

/** Records that a holder deleted records at `at`. */
export async function confirmDeletion(
  db: Database,
  input: ConfirmDeletionInput,
): Promise<{ confirmation: DeletionRow; created: boolean }> {
  const params = validateDeletion(input);
  const recordIds = params.recordIds;
  return db.write(async (tx) => {
    const [existing] = await tx.run<{ row: DeletionRow; sameAt: boolean }>(DELETION_BY_ID, params);
    if (existing !== undefined) {
      const row = existing.row;
      const same =
        existing.sameAt &&
        row.holderId === params.holderPartyId &&
        row.reportedBy === params.reportedBy &&
        [...row.recordIds].sort().join('\n') === recordIds.join('\n');
      if (!same)
        throw new ConflictError(`deletion confirmation ${input.id} was already recorded with other content`, input.id);
      return { confirmation: row, created: false };
    }
    const missing = (await tx.run<{ id: string }>(MISSING_RECORDS, { ids: recordIds })).map((row) => row.id);
    if (missing.length > 0) {
      throw new NotFoundError(
        `deletion confirmation ${input.id}: no record is registered with id ${missing.slice(0, 5).join(', ')}`,
        missing.slice(0, 5),
      );
    }
    const [created] = await tx.run<{ row: DeletionRow }>(CREATE_DELETION, params);
    if (created === undefined) {
      throw new NotFoundError(
        `deletion confirmation ${input.id}: no party is registered with id ${input.holderPartyId}`,
        input.holderPartyId,
      );
    }
    await appendEvents(tx, [{ type: 'DELETION_CONFIRMATION', row: created.row }]);
    return { confirmation: created.row, created: true };
  });
}

export type RetractInput = { id: string; disclosureId: string; filedByPartyId: string; at: string; reason: string };

/** Checks what can be checked without the graph: id, time, a reason of sane length. */
export function validateRetraction<T extends { id: string; at: string; reason: string }>(
  input: T,
  now = Date.now(),
): T {
  checkEvent('retraction', input.id, input.at, now);
  return { ...input, reason: boundedText(`retraction ${input.id}`, 'reason', input.reason, 2000) };
}

/** Records that a disclosure was reported in error; a disclosure is retracted at most once. */
export async function retractDisclosure(
  db: Database,
  input: RetractInput,
): Promise<{ retraction: RetractionRow; created: boolean }> {
  const params = validateRetraction(input);
  const reason = params.reason;
  return db.write(async (tx) => {
    const [existing] = await tx.run<{ row: RetractionRow; sameAt: boolean }>(RETRACTION_BY_ID, params);
    if (existing !== undefined) {
      const row = existing.row;
      const same =
        existing.sameAt &&
        row.disclosureId === input.disclosureId &&
        row.filedById === input.filedByPartyId &&
        row.reason === reason;
      if (!same) throw new ConflictError(`retraction ${input.id} was already recorded with other content`, input.id);
      return { retraction: row, created: false };
    }
    const [target] = await tx.run<{ senderId: string; earlierId: string | null }>(RETRACTION_OF, params);
    if (target === undefined)
      throw new NotFoundError(`retraction ${input.id}: no disclosure ${input.disclosureId}`, input.disclosureId);
    if (target.earlierId !== null) {
      throw new ConflictError(
        `disclosure ${input.disclosureId} was already retracted by ${target.earlierId}`,
        input.disclosureId,
      );
    }
    const [created] = await tx.run<{ row: RetractionRow }>(CREATE_RETRACTION, params);
    if (created === undefined) {
      throw new NotFoundError(
        `retraction ${input.id}: no party is registered with id ${input.filedByPartyId}`,
        input.filedByPartyId,
      );
    }
    await appendEvents(tx, [{ type: 'RETRACTION', row: created.row }]);
    return { retraction: created.row, created: true };
  });
}

/** Who sent a disclosure: a retraction may be filed by its sender (or an auditor). */
export async function senderOf(db: Database, disclosureId: string): Promise<string | null> {
  const [row] = await db.read((tx) => tx.run<{ senderId: string }>(RETRACTION_OF, { disclosureId }));
  return row?.senderId ?? null;
}

export const RETRACTIONS_OF = /* cypher */ `
  UNWIND $ids AS id
  MATCH (filer:Party)-[:FILED]->(t:Retraction)-[:RETRACTS]->(d:Disclosure {id: id})
  RETURN id, t {.id, .at, .reason, filedById: filer.id, disclosureId: d.id} AS row`;

export async function retractionsOf(db: Database, ids: readonly string[]): Promise<Array<[string, RetractionRow]>> {
  const rows = await db.read((tx) => tx.run<{ id: string; row: RetractionRow }>(RETRACTIONS_OF, { ids }));
  return rows.map((row) => [row.id, row.row]);
}
