import type { Database, Tx } from '../../infra/db.ts';
import { ConflictError, InputError, NotFoundError } from '../../infra/errors.ts';
import { epochOf, epochOrder, instantOrder, utc, type Epoch } from '../../infra/scalars.ts';
import { recordedAfter, recordedNow } from '../../infra/recorded.ts';
import { storedInstant } from '../../infra/stored-instant.ts';
import { MISSING_PARTIES } from '../../infra/validation.ts';
import type { RecordDisclosureInput } from './vocabulary.ts';
import {
  CALL_LIMITS,
  IMPORT_LIMITS,
  validateDisclosure,
  type DisclosureLimits,
  type NewDisclosure,
} from './disclosure-input.ts';
import { DELETION_CONFIRMED, withdrawnBy } from './corrections.ts';
import { historyChanged } from './stale-mark.ts';
import { appendDisclosures, recordsHash, type Carried } from './ledger.ts';
import { DISCLOSURE_FIELDS, type DisclosureRow } from './disclosures.ts';

// For each (record, sender, time) of a batch: does the record exist, what does it hold, and
// when did the sender last acquire it and last confirm its deletion, up to that time. A holder
// acquires a record when it creates it (its origin) or when a disclosure whose retraction no
// auditor accepted delivers it (equal times chain); it stops holding it when it confirms its
// deletion, until a later delivery. Held at `at` = its last acquisition up to `at` is later
// than its last confirmed deletion before `at` (a deletion at the very instant of a send does
// not stop it: the stricter reading, as in engine.ts; unlike the engine, this check takes every
// deletion at its stated date, even one a send already on record contradicts). Set-based: one query for a whole batch, so the
// cost grows with the (record, disclosure) pairs and the record's own relationships, which
// carry each hop's time, sender and recipient (and each deletion's time and holder).
//
// A record no holder ever confirmed deleting (no DeletionConfirmed label, corrections.ts) has no
// deletions to read: its relationships are not walked for them.
//
// The origin that created the record by then, and confirmed no deletion of it before then,
// holds it whatever was delivered to it since: its deliveries are not read (the hop scan reads
// the record's whole history, and most pairs are an agency's sends of its own records). The
// answer is the same: held, with an acquisition no later than the send.
//
// Nor does a sender that confirmed no deletion of the record before the send need its last
// delivery: any one will do, and the walk of the record's relationships stops at the first
// (an acquisition, though not the last, with nothing to weigh it against).

// The sender's deliveries of the record up to the send, whose retraction no auditor accepted.
const DELIVERED = /* cypher */ `
    MATCH (r)<-[c:CARRIED]-(p) WHERE c.to = fromPartyId AND c.at <= t AND NOT ${withdrawnBy('p', 'null')}
    RETURN c.at`;

// One entry a disclosure (its sender, time and records, and the place of its first pair), so
// that what every pair of a disclosure shares is sent, and its time read, once.
export const RECORDS_AS_SENT = /* cypher */ `
  UNWIND $sends AS send
  WITH send, datetime(send.at) AS t
  UNWIND range(0, size(send.recordIds) - 1) AS k
  WITH send.first + k AS index, send.fromPartyId AS fromPartyId, send.recordIds[k] AS recordId, t
  OPTIONAL MATCH (r:Record {id: recordId})
  WITH index, fromPartyId, r, t,
    CASE WHEN r:${DELETION_CONFIRMED}
      THEN [(r)<-[x:DELETED]-() WHERE x.holder = fromPartyId AND x.at < t | x.at] ELSE [] END AS deleted,
    coalesce(r.originId = fromPartyId AND r.createdAt <= t, false) AS created
  WITH index, fromPartyId, r, t, deleted, created,
    CASE WHEN r IS NULL OR (created AND size(deleted) = 0) THEN []
      WHEN size(deleted) = 0 THEN COLLECT { ${DELIVERED} LIMIT 1 }
      ELSE COLLECT { ${DELIVERED} } END AS delivered
  WITH index, fromPartyId, r, deleted, delivered + CASE WHEN created THEN [r.createdAt] ELSE [] END AS acquired
  WITH index, fromPartyId, r,
    reduce(last = null, a IN acquired | CASE WHEN last IS NULL OR a > last THEN a ELSE last END) AS acquiredLast,
    reduce(last = null, d IN deleted | CASE WHEN last IS NULL OR d > last THEN d ELSE last END) AS deletedLast
  RETURN index, elementId(r) AS node, r.categories AS categories,
    ${epochOf('acquiredLast')} AS lastAcquired, ${epochOf('deletedLast')} AS lastDeleted,
    CASE WHEN NOT $senderMustKnow THEN true
      ELSE r.originId = fromPartyId OR EXISTS { (r)<-[c:CARRIED]-() WHERE c.to = fromPartyId } END AS known`;

/** RECORDS_AS_SENT's parameters for a batch: its pairs, numbered in input order. */
export function asSentParams(inputs: readonly NewDisclosure[], senderMustKnow: boolean) {
  let first = 0;
  const sends = inputs.map((input) => {
    const send = {
      fromPartyId: input.fromPartyId,
      at: utc(input.at),
      recordIds: input.records.map((item) => item.recordId),
      first,
    };
    first += input.records.length;
    return send;
  });
  return { sends, senderMustKnow };
}

// The hint keeps a plan made while the graph held few disclosures from starting at the parties.
export const EXISTING_DISCLOSURES = /* cypher */ `
  UNWIND $items AS item
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: item.id})-[:TO]->(recipient:Party)
  USING INDEX d:Disclosure(id)
  RETURN ${DISCLOSURE_FIELDS} AS disclosure,
    toString(coalesce(d.atStated, d.at)) = toString(datetime(item.at)) AS sameAt`;

export const CREATE_DISCLOSURES = /* cypher */ `
  UNWIND $rows AS row
  MATCH (sender:Party {id: row.fromPartyId}), (recipient:Party {id: row.toPartyId})
  CREATE (sender)-[:SENT]->(d:Disclosure {
    id: row.id, at: datetime(row.atUtc), atStated: datetime(row.at), purpose: row.purpose, channel: row.channel,
    legalBasis: row.legalBasis, agreementReference: row.agreementReference, reportedBy: row.reportedBy,
    holderUnknown: row.holderUnknown, recordCount: size(row.carried), recordsHash: row.recordsHash,
    recordedAt: datetime($recordedAt)
  })-[:TO]->(recipient)
  WITH row, d, sender, recipient
  CALL (d, row, sender, recipient) {
    UNWIND row.carried AS item
    MATCH (r:Record) WHERE elementId(r) = item[2]
    CREATE (d)-[:CARRIED {categories: item[1], at: d.at, from: sender.id, to: recipient.id}]->(r)
    ${historyChanged('r')}
  }
  RETURN count(*) AS created`;

type AsSent = {
  index: number;
  /** The sender created the record or was ever given it, as far as the lineage shows. */
  known: boolean;
  /** The record's element id, for the create in the same transaction; null when there is none. */
  node: string | null;
  categories: string[] | null;
  /**
   * As epochOrder reads them: integers, which the driver decodes far faster than temporal
   * values. With no deletion (lastDeleted null), lastAcquired is an acquisition, not
   * necessarily the last: only whether there is one counts then.
   */
  lastAcquired: Epoch;
  lastDeleted: Epoch;
};
type Written = { disclosure: DisclosureRow; created: boolean };

/**
 * A disclosure just created, as reading it back would give it (DISCLOSURE_FIELDS through the
 * driver), made from what was written rather than read back: its instants as storedInstant
 * spells the driver's text of them. The create returns only its count, which spares the
 * driver's decoding of two instants and a map a disclosure (test/integration/lineage/
 * repository.test.ts holds the two spellings equal).
 */
function createdRow(
  row: NewDisclosure & { holderUnknown: boolean; carried: readonly unknown[]; recordsHash: string },
  /** The recorded time as storedInstant spells it: the same for the whole batch. */
  recordedAt: string,
): DisclosureRow {
  return {
    id: row.id,
    at: storedInstant(row.at),
    purpose: row.purpose,
    channel: row.channel,
    legalBasis: row.legalBasis,
    agreementReference: row.agreementReference,
    reportedBy: row.reportedBy,
    holderUnknown: row.holderUnknown,
    recordCount: row.carried.length,
    recordsHash: row.recordsHash,
    recordedAt,
    fromId: row.fromPartyId,
    toId: row.toPartyId,
  };
}

function sameContent(stored: DisclosureRow, input: NewDisclosure, hash: string, sameAt: boolean): boolean {
  return (
    sameAt &&
    stored.fromId === input.fromPartyId &&
    stored.toId === input.toPartyId &&
    stored.purpose === input.purpose &&
    stored.channel === input.channel &&
    stored.legalBasis === input.legalBasis &&
    stored.agreementReference === input.agreementReference &&
    stored.reportedBy === input.reportedBy &&
    stored.recordsHash === hash
  );
}

const conflict = (id: string) =>
  new ConflictError(
    `disclosure ${id} was already recorded with other content; a correction is a new event with its own id`,
    id,
  );

const later = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null || a > b ? a : b);

/** Refuses the batch at its first disclosure that names an unregistered party. */
function checkParties(inputs: readonly NewDisclosure[], missing: ReadonlySet<string>): void {
  if (missing.size === 0) return;
  for (const input of inputs) {
    const names = [...new Set([input.fromPartyId, input.toPartyId])].filter((id) => missing.has(id)).join(', ');
    if (names !== '') throw new NotFoundError(`disclosure ${input.id}: no party is registered with id ${names}`, names);
  }
}

/** What the graph says of a batch: the parties it lacks, the ids it holds, each pair as sent. */
type Checks = {
  missing: ReadonlySet<string>;
  existing: ReadonlyMap<string, { disclosure: DisclosureRow; sameAt: boolean }>;
  asSent: readonly AsSent[];
};

async function readChecks(tx: Tx, inputs: readonly NewDisclosure[], senderMustKnow: boolean): Promise<Checks> {
  const ids = [...new Set(inputs.flatMap((input) => [input.fromPartyId, input.toPartyId]))];
  const missing = new Set((await tx.run<{ id: string }>(MISSING_PARTIES, { ids })).map((row) => row.id));
  const existing = new Map<string, { disclosure: DisclosureRow; sameAt: boolean }>();
  for (const row of await tx.run<{ disclosure: DisclosureRow; sameAt: boolean }>(EXISTING_DISCLOSURES, {
    items: inputs.map((input) => ({ id: input.id, at: input.at })),
  })) {
    existing.set(row.disclosure.id, row);
  }
  const asSent = await tx.run<AsSent>(RECORDS_AS_SENT, asSentParams(inputs, senderMustKnow));
  return { missing, existing, asSent };
}

/** (recipient, record) → [(position in the batch, time)]; -1 is the batch before. */
type Deliveries = Map<string, Array<[number, bigint]>>;

function deliver(delivered: Deliveries, input: NewDisclosure, position: number): void {
  const at = instantOrder(input.at);
  for (const item of input.records) {
    const key = `${input.toPartyId}\u0000${item.recordId}`;
    const list = delivered.get(key);
    if (list === undefined) delivered.set(key, [[position, at]]);
    else list.push([position, at]);
  }
}

/**
 * What each disclosure carried, checked, and whether its sender held every record at its
 * time: by the graph, or by an earlier disclosure of the same batch (in input order, as if
 * the batch had been recorded one by one), or by one the batch before created (`before`: see
 * recordDisclosuresAfter).
 */
function asSent(
  inputs: readonly NewDisclosure[],
  rows: readonly AsSent[],
  fresh: readonly boolean[],
  before: readonly NewDisclosure[],
): Array<{ carried: Carried; holderUnknown: boolean; nodes: string[] }> {
  const byIndex: AsSent[] = [];
  for (const row of rows) byIndex[row.index] = row;

  const delivered: Deliveries = new Map();
  for (const input of before) deliver(delivered, input, -1);
  inputs.forEach((input, position) => {
    // One already in the graph is already in the query's answer.
    if (fresh[position]) deliver(delivered, input, position);
  });
  let next = 0;
  return inputs.map((input, position) => {
    const own = byIndex.slice(next, next + input.records.length);
    next += input.records.length;
    // A record the sender was never given (nor created, nor given earlier in this batch) is,
    // to a caller acting for that sender, one that does not exist: the answer must not tell
    // that another organisation's record exists, nor what it holds.
    const unknown = (item: { recordId: string }, at: number) =>
      (own[at] as AsSent).node === null ||
      (!(own[at] as AsSent).known &&
        !(delivered.get(`${input.fromPartyId}\u0000${item.recordId}`) ?? []).some(([from]) => from < position));
    const missing = input.records.filter((item, at) => unknown(item, at)).map((item) => item.recordId);
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
      throw new NotFoundError(`disclosure ${input.id}: no record is registered with id ${shown}`, missing.slice(0, 5));
    }
    const at = instantOrder(input.at);
    let holderUnknown = false;
    const carried: Carried = input.records.map((item, index) => {
      const row = own[index] as AsSent;
      const held = row.categories ?? [];
      const lacking = (item.categories ?? []).find((category) => !held.includes(category));
      if (lacking !== undefined) {
        throw new InputError(
          `disclosure ${input.id}: record ${item.recordId} has no category ${lacking}`,
          `records[${index}].categories`,
          lacking,
        );
      }
      let acquired = epochOrder(row.lastAcquired);
      for (const [from, when] of delivered.get(`${input.fromPartyId}\u0000${item.recordId}`) ?? []) {
        if (from < position && when <= at) acquired = later(acquired, when);
      }
      const deleted = epochOrder(row.lastDeleted);
      if (acquired === null || (deleted !== null && acquired <= deleted)) holderUnknown = true;
      return [item.recordId, item.categories ?? [...held].sort()];
    });
    return { carried, holderUnknown, nodes: own.map((row) => row.node as string) };
  });
}

/**
 * What a batch writes, from what the graph said of it (`checks`) and what the batch before
 * created (`before`), or the refusal of the whole batch: parties, existing ids, records as sent.
 */
type Decided = { rows: NewRow[]; firstOfId: ReadonlyMap<string, number> };

function decide(inputs: readonly NewDisclosure[], checks: Checks, before: readonly NewDisclosure[]): Decided {
  checkParties(inputs, checks.missing);
  const { existing } = checks;
  const firstOfId = new Map<string, number>();
  const fresh = inputs.map((input, position) => {
    if (existing.has(input.id)) return false;
    if (firstOfId.has(input.id)) return false;
    firstOfId.set(input.id, position);
    return true;
  });
  const sent = asSent(inputs, checks.asSent, fresh, before);

  const hashes = sent.map((one) => recordsHash(one.carried));
  const rows: NewRow[] = [];
  for (const [position, input] of inputs.entries()) {
    const stored = existing.get(input.id);
    if (stored !== undefined) {
      if (!sameContent(stored.disclosure, input, hashes[position] as string, stored.sameAt)) throw conflict(input.id);
      continue;
    }
    const first = firstOfId.get(input.id) as number;
    if (first !== position) {
      const earlier = inputs[first] as NewDisclosure;
      const same =
        JSON.stringify({ ...earlier, records: hashes[first] }) ===
        JSON.stringify({ ...input, records: hashes[position] });
      if (!same) throw conflict(input.id);
      continue;
    }
    const { carried, holderUnknown, nodes } = sent[position] as ReturnType<typeof asSent>[number];
    rows.push({
      ...input,
      atUtc: utc(input.at),
      index: position,
      holderUnknown,
      carried: carried.map(([recordId, categories], at) => [recordId, categories, nodes[at] as string]),
      recordsHash: hashes[position] as string,
    });
  }
  return { rows, firstOfId };
}

type NewRow = NewDisclosure & {
  atUtc: string;
  index: number;
  holderUnknown: boolean;
  carried: Array<[string, readonly string[], string]>;
  recordsHash: string;
};

/** Creates the batch's new disclosures and stamps them in the ledger; every input's result. */
async function create(
  tx: Tx,
  inputs: readonly NewDisclosure[],
  existing: Checks['existing'],
  { rows, firstOfId }: Decided,
  recordedAt: string,
): Promise<Written[]> {
  const created = new Map<number, DisclosureRow>();
  if (rows.length > 0) {
    const [written] = await tx.run<{ created: number }>(CREATE_DISCLOSURES, { rows, recordedAt });
    if (written?.created !== rows.length) throw new Error(`created ${written?.created} of ${rows.length} disclosures`);
    const stored = storedInstant(recordedAt);
    const made = rows.map((row) => createdRow(row, stored));
    rows.forEach((row, at) => created.set(row.index, made[at] as DisclosureRow));
    await appendDisclosures(tx, made);
  }
  return inputs.map((input, position) => {
    const mine = created.get(position);
    if (mine !== undefined) return { disclosure: mine, created: true };
    const stored = existing.get(input.id)?.disclosure ?? created.get(firstOfId.get(input.id) as number);
    return { disclosure: stored as DisclosureRow, created: false };
  });
}

/**
 * Writes checked disclosures in order, in the caller's transaction, with set-based queries:
 * the clock first (which every writer of facts takes: nothing changes what the checks read
 * until this commits), the checks, then one create for the new ones and one ledger append.
 * The same id and content again is a no-op that says so (also within the batch); the same id
 * with other content refuses the whole batch.
 */
async function writeDisclosures(tx: Tx, inputs: readonly NewDisclosure[], senderMustKnow: boolean): Promise<Written[]> {
  const recordedAt = await recordedNow(tx);
  const checks = await readChecks(tx, inputs, senderMustKnow);
  return create(tx, inputs, checks.existing, decide(inputs, checks, []), recordedAt);
}

/**
 * A batch of the bulk import as it committed: its recorded time, and whether its transaction
 * committed at its first attempt (the one the next batch waited to hold the clock before
 * reading, and whose plan it used; a retry took the clock again, after others may have written).
 */
export type Committed = { recordedAt: string; firstAttempt: boolean };

/** What a batch of the bulk import tells the batch after it: see recordDisclosuresAfter. */
export type BatchInFlight = {
  /** Settles once the batch's transaction holds the record clock, or has ended without it. */
  readonly locked: Promise<void>;
  /**
   * What the batch creates if it commits at its first attempt, as soon as it has decided
   * (before it writes); null, once it has ended, when its first attempt did not decide (it
   * was refused, or failed, or met an error the database retried, before it decided).
   */
  readonly planned: Promise<readonly NewDisclosure[] | null>;
  /** The batch as it committed whole, or null when it did not (its lines were written apart). */
  readonly committed: Promise<Committed | null>;
};

/**
 * recordDisclosures for the bulk import, reading a batch's checks while the batch before it
 * (`earlier`) is still being written, so that the database reads one while it writes the
 * other and the two cores share the work. The answer is the one recordDisclosures would give
 * once `earlier` has committed:
 *
 * - The checks are read once `earlier` holds the record clock. From then until it commits,
 *   no other writer of facts can commit; so what the checks miss of the graph after it is
 *   what `earlier` itself writes. Of that, only its deliveries count (a disclosure creates no
 *   party, record, deletion or retraction), and they are added from memory as an earlier
 *   event of the same batch is: read twice (committed while the checks read), a delivery
 *   only counts once more towards the last acquisition, which keeps the same maximum.
 * - What the batch writes (or why it is refused) is decided then, from those checks and what
 *   `earlier` plans to create, while `earlier` still writes.
 * - This batch then takes the clock. If the time it finds there is `earlier`'s, no one wrote
 *   in between, and the decision stands (a refusal is thrown only now). Otherwise (another
 *   writer came in, or `earlier` did not commit whole at its first attempt, or this batch
 *   resubmits an id that `earlier` created) the checks are read again under the clock, as
 *   recordDisclosures reads them, and the batch decided again.
 * - If `earlier` fails, this batch writes nothing and fails too.
 *
 * Whatever its end, it settles only after `earlier` has.
 */
export function recordDisclosuresAfter(
  db: Database,
  raw: readonly RecordDisclosureInput[],
  earlier: BatchInFlight | null,
): {
  locked: Promise<void>;
  planned: Promise<readonly NewDisclosure[] | null>;
  /**
   * The batch's results and how it committed; `checkedAgain` when it came after another batch
   * and its early checks did not stand, so that it read them again under the clock.
   */
  written: Promise<{ results: Written[]; committed: Committed; checkedAgain: boolean }>;
} {
  let signal: () => void = () => {};
  const locked = new Promise<void>((resolve) => (signal = resolve));
  let plan: (created: readonly NewDisclosure[] | null) => void = () => {};
  const planned = new Promise<readonly NewDisclosure[] | null>((resolve) => (plan = resolve));
  const written = (async () => {
    let inputs: NewDisclosure[];
    try {
      if (raw.length > IMPORT_LIMITS.disclosures) {
        throw new InputError(
          `at most ${IMPORT_LIMITS.disclosures} disclosures per call, got ${raw.length}`,
          'input',
          raw.length,
        );
      }
      const now = Date.now();
      inputs = raw.map((input) => validateDisclosure(input, now, IMPORT_LIMITS));
    } catch (refusal) {
      // Refused before it reads anything, it still ends after `earlier`: what its caller does
      // next (the import writes its good lines one part at a time) then follows `earlier`.
      await earlier?.committed;
      throw refusal;
    }
    let attempts = 0;
    return db.write(async (tx) => {
      attempts += 1;
      const firstAttempt = attempts === 1;
      let early: { checks: Checks; decided: Decided | null; refusal: unknown } | null = null;
      if (earlier !== null) {
        await earlier.locked;
        const checks = await readChecks(tx, inputs, false);
        const theirs = await earlier.planned;
        const resubmitted = new Set(theirs?.map((input) => input.id));
        if (theirs !== null && !inputs.some((input) => resubmitted.has(input.id))) {
          try {
            early = { checks, decided: decide(inputs, checks, theirs), refusal: null };
          } catch (refusal) {
            early = { checks, decided: null, refusal };
          }
        }
      }
      const previous = earlier === null ? null : await earlier.committed;
      const { recordedAt, before } = await recordedAfter(tx);
      signal();
      const stands = early !== null && previous !== null && previous.firstAttempt && before === previous.recordedAt;
      if (stands && early?.decided === null) throw early.refusal;
      const checks = stands ? (early as { checks: Checks }).checks : await readChecks(tx, inputs, false);
      const decided = stands ? (early?.decided as Decided) : decide(inputs, checks, []);
      if (firstAttempt) plan(decided.rows.map((row) => inputs[row.index] as NewDisclosure));
      const results = await create(tx, inputs, checks.existing, decided, recordedAt);
      return { results, committed: { recordedAt, firstAttempt }, checkedAgain: earlier !== null && !stands };
    });
  })();
  // However it ends, the batch after it is let go on: a batch that failed before it took the
  // clock (the next then fails on `committed`), and one refused, or retried, before its first
  // attempt decided, plan nothing. A second call of `signal` or `plan` changes nothing.
  const ended = () => {
    signal();
    plan(null);
  };
  void written.then(ended, ended);
  return { locked, planned, written };
}

/**
 * Records disclosures in order, in one transaction: all or nothing. A later one may pass on
 * what an earlier one delivered. Each new event is stamped in the ledger, with one lock of
 * its head for the whole batch. The same id and content again is a no-op that says so; the
 * same id with other content is refused and nothing of the batch is written. The limits are
 * the mutation's unless the caller is the bulk import.
 */
export async function recordDisclosures(
  db: Database,
  raw: readonly RecordDisclosureInput[],
  limits: DisclosureLimits = CALL_LIMITS,
  /** Through the API, a sender reports only records it created or was given (see asSent). */
  { senderMustKnow = false }: { senderMustKnow?: boolean } = {},
): Promise<Written[]> {
  if (raw.length > limits.disclosures) {
    const more = limits.disclosures < IMPORT_LIMITS.disclosures ? '; use the bulk import for more' : '';
    throw new InputError(
      `at most ${limits.disclosures} disclosures per call, got ${raw.length}${more}`,
      'input',
      raw.length,
    );
  }
  const now = Date.now();
  const inputs = raw.map((input) => validateDisclosure(input, now, limits));
  if (inputs.length === 0) return [];
  return db.write((tx) => writeDisclosures(tx, inputs, senderMustKnow));
}

/** Records one disclosure once; see recordDisclosures. */
export async function recordDisclosure(
  db: Database,
  raw: RecordDisclosureInput,
  options: { senderMustKnow?: boolean } = {},
): Promise<Written> {
  const [result] = await recordDisclosures(db, [raw], CALL_LIMITS, options);
  return result as Written;
}
