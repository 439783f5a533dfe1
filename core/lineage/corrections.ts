import type { Database, Tx } from '../../infra/db.ts';
import { historyChanged } from './stale-mark.ts';
import { ConflictError, InputError, NotFoundError } from '../../infra/errors.ts';
import { recordedNow, recordOnce } from '../../infra/recorded.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';
import { boundedText, checkEventId, checkNotFuture } from '../../infra/validation.ts';
import {
  appendEvents,
  type DecisionOutcome,
  type DecisionRow,
  type DeletionRow,
  type LedgerEvent,
  type RetractionRow,
  type RetractionStatus,
} from './ledger.ts';

/**
 * The events that correct what the lineage says without editing it: a holder's confirmation
 * that it deleted records (it stops holding them from then on, subsection (h); it cannot end
 * in the past a holding that a disclosure already on record continued: engine.ts), a
 * retraction of a disclosure reported in error, and an auditor's decision on a retraction.
 * All are append-only and idempotent by id, and all are stamped in the ledger.
 */
export const MAX_RECORDS_PER_CONFIRMATION = 10_000;

/**
 * Cypher: an auditor had accepted a retraction of the disclosure bound to `d` by the recorded
 * time `known` (a Cypher expression; null for now). Until then the disclosure counts.
 */
export const withdrawnBy = (d: string, known: string) =>
  `EXISTS { (${d})<-[:RETRACTS]-(:Retraction)<-[:DECIDES]-(acceptance:RetractionDecision {outcome: 'ACCEPTED'})
      WHERE ${known} IS NULL OR acceptance.recordedAt <= ${known} }`;

/** Cypher, for a query given $asOf: the disclosure bound to `d` was on record then and not withdrawn. */
export const standsAsOf = (d: string) =>
  `($asOf IS NULL OR ${d}.recordedAt <= datetime($asOf)) AND NOT ${withdrawnBy(d, 'datetime($asOf)')}`;

/**
 * The label of a record some holder has confirmed deleting (subsection (h)), written with the
 * deletion in its transaction and never removed: a record without it has no deletion to read,
 * and the holder check (record-disclosure.ts) then reads none. Records are not dense nodes, so
 * reading a record's deletions walks every relationship it has, its deliveries included.
 */
export const DELETION_CONFIRMED = 'DeletionConfirmed';

const DELETION_FIELDS = /* cypher */ `x {.id, at: coalesce(x.atStated, x.at), .reportedBy, .recordedAt,
  holderId: holder.id, recordIds: [(x)-[:DELETED]->(r:Record) | r.id]}`;
export const DELETION_BY_ID = /* cypher */ `
  MATCH (holder:Party)-[:CONFIRMED]->(x:DeletionConfirmation {id: $id})
  RETURN ${DELETION_FIELDS} AS row, toString(coalesce(x.atStated, x.at)) = toString(datetime($at)) AS sameAt`;
export const MISSING_RECORDS = /* cypher */ `
  UNWIND $ids AS id OPTIONAL MATCH (r:Record {id: id}) WITH id, r WHERE r IS NULL RETURN id`;
export const CREATE_DELETION = /* cypher */ `
  MATCH (holder:Party {id: $holderPartyId})
  CREATE (holder)-[:CONFIRMED]->(x:DeletionConfirmation {id: $id, at: datetime($atUtc), atStated: datetime($at),
    reportedBy: $reportedBy, recordedAt: datetime($recordedAt)})
  WITH holder, x
  CALL (x, holder) {
    UNWIND $recordIds AS recordId
    MATCH (r:Record {id: recordId})
    CREATE (x)-[:DELETED {at: x.at, holder: holder.id}]->(r)
    SET r:${DELETION_CONFIRMED}
    ${historyChanged('r')}
  }
  RETURN ${DELETION_FIELDS} AS row`;

// A retraction, with the decision on it when one was recorded (as of $asOf, when given).
const RETRACTION_FIELDS = /* cypher */ `t {.id, at: coalesce(t.atStated, t.at), .reason, .filedByPrincipal,
  .recordedAt, filedById: filer.id, disclosureId: retracted.id,
  decision: head([(t)<-[:DECIDES]-(x:RetractionDecision) WHERE $asOf IS NULL OR x.recordedAt <= datetime($asOf) |
    x {.retractionId, .outcome, .decidedBy, .organisation, .note, .recordedAt, .legacy}])}`;
export const RETRACTION_BY_ID = /* cypher */ `
  MATCH (filer:Party)-[:FILED]->(t:Retraction {id: $id})-[:RETRACTS]->(retracted:Disclosure)
  RETURN ${RETRACTION_FIELDS} AS row, toString(coalesce(t.atStated, t.at)) = toString(datetime($at)) AS sameAt`;
// The retraction of a disclosure that still stands (pending or accepted): one at a time.
export const RETRACTION_OF = /* cypher */ `
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: $disclosureId})
  OPTIONAL MATCH (d)<-[:RETRACTS]-(earlier:Retraction)
    WHERE NOT EXISTS { (earlier)<-[:DECIDES]-(:RetractionDecision {outcome: 'REJECTED'}) }
  RETURN sender.id AS senderId, earlier.id AS earlierId`;
export const CREATE_RETRACTION = /* cypher */ `
  MATCH (filer:Party {id: $filedByPartyId}), (retracted:Disclosure {id: $disclosureId})
  CREATE (filer)-[:FILED]->(t:Retraction {id: $id, at: datetime($atUtc), atStated: datetime($at), reason: $reason,
    filedByPrincipal: $filedByPrincipal, recordedAt: datetime($recordedAt)})-[:RETRACTS]->(retracted)
  RETURN t.id AS id`;
const CREATE_DECISION = /* cypher */ `
  MATCH (t:Retraction {id: $retractionId})
  CREATE (x:RetractionDecision {id: $retractionId + ':decision', retractionId: $retractionId, outcome: $outcome,
    decidedBy: $decidedBy,
    organisation: $organisation, note: $note, recordedAt: datetime($recordedAt)})-[:DECIDES]->(t)
  WITH t, x
  // Only an acceptance changes what the disclosure delivered (a rejected or pending retraction
  // is read with each answer): the records it carried are marked for the arrival index.
  CALL (t) {
    MATCH (t)-[:RETRACTS]->(:Disclosure)-[:CARRIED]->(r:Record) WHERE $outcome = 'ACCEPTED'
    ${historyChanged('r')}
  }
  RETURN x {.retractionId, .outcome, .decidedBy, .organisation, .note, .recordedAt} AS row`;

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
  const checked = validateDeletion(input);
  const recordIds = checked.recordIds;
  const params = { ...checked, atUtc: utc(checked.at) };
  const { row, created } = await recordOnce(db, {
    what: 'deletion confirmation',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: DeletionRow; sameAt: boolean }>(DELETION_BY_ID, params))[0],
    same: ({ row, sameAt }) =>
      sameAt &&
      row.holderId === params.holderPartyId &&
      row.reportedBy === params.reportedBy &&
      [...row.recordIds].sort().join('\n') === recordIds.join('\n'),
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      const missing = (await tx.run<{ id: string }>(MISSING_RECORDS, { ids: recordIds })).map((row) => row.id);
      if (missing.length > 0) {
        throw new NotFoundError(
          `deletion confirmation ${input.id}: no record is registered with id ${missing.slice(0, 5).join(', ')}`,
          missing.slice(0, 5),
        );
      }
      const [written] = await tx.run<{ row: DeletionRow }>(CREATE_DELETION, { ...params, recordedAt });
      if (written === undefined) {
        throw new NotFoundError(
          `deletion confirmation ${input.id}: no party is registered with id ${input.holderPartyId}`,
          input.holderPartyId,
        );
      }
      await appendEvents(tx, [{ type: 'DELETION_CONFIRMATION', row: written.row }]);
      return written.row;
    },
  });
  return { confirmation: row, created };
}

export type RetractInput = {
  id: string;
  disclosureId: string;
  filedByPartyId: string;
  at: string;
  reason: string;
  /** The principal who filed it, when it came through the API. */
  filedByPrincipal?: string | null;
  /** An auditor filing it accepts it in the same act. */
  acceptedBy?: Decider | null;
};

/** Who decides on a retraction: an auditor, by principal and organisation. */
export type Decider = { principal: string; organisation: string };

/** Checks what can be checked without the graph: id, time, a reason of sane length. */
export function validateRetraction<T extends { id: string; at: string; reason: string }>(
  input: T,
  now = Date.now(),
): T {
  checkEvent('retraction', input.id, input.at, now);
  return { ...input, reason: boundedText(`retraction ${input.id}`, 'reason', input.reason, 2000) };
}

/** The retraction as read now (asOf null), within the caller's transaction. */
async function retractionById(tx: Tx, id: string, at: string) {
  const [found] = await tx.run<{ row: RetractionRow; sameAt: boolean }>(RETRACTION_BY_ID, { id, at, asOf: null });
  return found;
}

/**
 * Records that a disclosure was reported in error. It takes effect only once an auditor
 * accepts it (the parties that report are the parties audited); until then the
 * disclosure counts, and it always shows with its retraction. A disclosure has at most one
 * retraction standing (pending or accepted); a rejected one may be followed by another.
 */
export async function retractDisclosure(
  db: Database,
  input: RetractInput,
): Promise<{ retraction: RetractionRow; created: boolean }> {
  const checked = validateRetraction(input);
  const reason = checked.reason;
  const { row, created } = await recordOnce(db, {
    what: 'retraction',
    id: input.id,
    find: (tx) => retractionById(tx, input.id, input.at),
    same: ({ row, sameAt }) =>
      sameAt &&
      row.disclosureId === input.disclosureId &&
      row.filedById === input.filedByPartyId &&
      row.reason === reason,
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      const [target] = await tx.run<{ senderId: string; earlierId: string | null }>(RETRACTION_OF, checked);
      if (target === undefined)
        throw new NotFoundError(`retraction ${input.id}: no disclosure ${input.disclosureId}`, input.disclosureId);
      if (target.earlierId !== null) {
        throw new ConflictError(
          `disclosure ${input.disclosureId} was already retracted by ${target.earlierId}`,
          input.disclosureId,
        );
      }
      const [written] = await tx.run<{ id: string }>(CREATE_RETRACTION, {
        ...checked,
        atUtc: utc(checked.at),
        filedByPrincipal: input.filedByPrincipal ?? null,
        recordedAt,
      });
      if (written === undefined) {
        throw new NotFoundError(
          `retraction ${input.id}: no party is registered with id ${input.filedByPartyId}`,
          input.filedByPartyId,
        );
      }
      const events: LedgerEvent[] = [];
      if (input.acceptedBy != null) {
        const decision = await writeDecision(
          tx,
          input.id,
          'ACCEPTED',
          input.acceptedBy,
          'filed by an auditor',
          recordedAt,
        );
        events.push({ type: 'RETRACTION_DECISION', row: decision });
      }
      const row = (await retractionById(tx, input.id, input.at))?.row as RetractionRow;
      await appendEvents(tx, [{ type: 'RETRACTION', row }, ...events]);
      return row;
    },
  });
  return { retraction: row, created };
}

async function writeDecision(
  tx: Tx,
  retractionId: string,
  outcome: DecisionOutcome,
  by: Decider,
  note: string | null,
  recordedAt: string,
): Promise<DecisionRow> {
  const [written] = await tx.run<{ row: DecisionRow }>(CREATE_DECISION, {
    retractionId,
    outcome,
    decidedBy: by.principal,
    organisation: by.organisation,
    note,
    recordedAt,
  });
  if (written === undefined) throw new NotFoundError(`no retraction is recorded with id ${retractionId}`, retractionId);
  return written.row;
}

export type DecideInput = { retractionId: string; outcome: DecisionOutcome; note?: string | null };

/**
 * An auditor's decision on a retraction: ACCEPTED, and the disclosure delivered nothing from
 * then on (as of that recorded time); REJECTED, and it keeps counting. Once per retraction:
 * the same decision again is a no-op that says so, another one is refused.
 */
export async function decideRetraction(
  db: Database,
  input: DecideInput,
  by: Decider,
): Promise<{ retraction: RetractionRow; created: boolean }> {
  const note = input.note == null ? null : boundedText(`retraction ${input.retractionId}`, 'note', input.note, 2000);
  return db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    const [found] = await tx.run<{ row: RetractionRow }>(RETRACTION_BY_ID, {
      id: input.retractionId,
      at: '1970-01-01T00:00:00Z',
      asOf: null,
    });
    if (found === undefined) {
      throw new NotFoundError(`no retraction is recorded with id ${input.retractionId}`, input.retractionId);
    }
    const earlier = found.row.decision;
    if (earlier != null) {
      if (earlier.outcome === input.outcome && (earlier.note ?? null) === note) {
        return { retraction: found.row, created: false };
      }
      throw new ConflictError(
        `retraction ${input.retractionId} was already ${earlier.outcome.toLowerCase()}; a decision is final`,
        input.retractionId,
      );
    }
    const decision = await writeDecision(tx, input.retractionId, input.outcome, by, note, recordedAt);
    await appendEvents(tx, [{ type: 'RETRACTION_DECISION', row: decision }]);
    return { retraction: { ...found.row, decision }, created: true };
  });
}

/** Who sent a disclosure; null when none has that id. */
export async function senderOf(db: Database, disclosureId: string): Promise<string | null> {
  const [row] = await db.read((tx) => tx.run<{ senderId: string }>(RETRACTION_OF, { disclosureId }));
  return row?.senderId ?? null;
}

// Every retraction of each disclosure filed by $asOf (all when null), the standing one first:
// pending or accepted before rejected, then the latest.
export const RETRACTIONS_OF = /* cypher */ `
  UNWIND $ids AS id
  MATCH (filer:Party)-[:FILED]->(t:Retraction)-[:RETRACTS]->(retracted:Disclosure {id: id})
  WHERE $asOf IS NULL OR t.recordedAt <= datetime($asOf)
  WITH id, ${RETRACTION_FIELDS} AS row
  ORDER BY CASE row.decision.outcome WHEN 'REJECTED' THEN 1 ELSE 0 END, row.recordedAt DESC
  RETURN id, collect(row) AS rows`;

/** Each disclosure's retractions as of a recorded time (now when null), the standing one first. */
export async function retractionsOf(
  db: Database,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<Array<[string, RetractionRow[]]>> {
  const rows = await db.read((tx) =>
    tx.run<{ id: string; rows: RetractionRow[] }>(RETRACTIONS_OF, { ids, asOf: utcOrNull(asOf) }),
  );
  return rows.map((row) => [row.id, row.rows]);
}

/** A retraction's standing as of the time it was read: pending until an auditor decided. */
export function statusOf(row: RetractionRow): RetractionStatus {
  return row.decision == null ? 'PENDING' : row.decision.outcome;
}
