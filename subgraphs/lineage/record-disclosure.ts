import type { Database, Tx } from '../shared/db.ts';
import { assertPartiesExist } from '../shared/validation.ts';
import { ConflictError, InputError, NotFoundError } from '../shared/errors.ts';
import type { RecordDisclosureInput } from './generated/resolvers-types.ts';
import { validateDisclosure, type NewDisclosure } from './disclosure-input.ts';
import { appendDisclosures, recordsHash, type Carried } from './ledger.ts';
import { DISCLOSURE_FIELDS, type DisclosureRow } from './repository.ts';

// For each record: does it exist, what does it hold, and did the sender hold it at `at`.
// A holder acquires a record when it creates it (its origin) or when a disclosure that was
// not retracted delivers it (equal times chain); it stops holding it when it confirms its
// deletion, until a later delivery. Held at `at` = its last acquisition up to `at` is later
// than its last confirmed deletion up to `at`.
export const RECORDS_AS_SENT = /* cypher */ `
  UNWIND $records AS item
  OPTIONAL MATCH (r:Record {id: item.recordId})
  WITH item, r, datetime($at) AS t
  WITH item, r, t,
    [(r)<-[:CARRIED]-(p:Disclosure)-[:TO]->(:Party {id: $fromPartyId})
      WHERE p.at <= t AND NOT EXISTS { (p)<-[:RETRACTS]-(:Retraction) } | p.at]
    + CASE WHEN r.originId = $fromPartyId AND r.createdAt <= t THEN [r.createdAt] ELSE [] END AS acquired,
    [(r)<-[:DELETED]-(x:DeletionConfirmation)<-[:CONFIRMED]-(:Party {id: $fromPartyId}) WHERE x.at <= t | x.at] AS deleted
  RETURN item.recordId AS recordId, r IS NOT NULL AS found, r.categories AS categories,
    size(acquired) > 0 AND (size(deleted) = 0 OR
      reduce(last = acquired[0], a IN acquired | CASE WHEN a > last THEN a ELSE last END) >
      reduce(last = deleted[0], d IN deleted | CASE WHEN d > last THEN d ELSE last END)) AS held`;

export const EXISTING_DISCLOSURE = /* cypher */ `
  MATCH (sender:Party)-[:SENT]->(d:Disclosure {id: $id})-[:TO]->(recipient:Party)
  RETURN ${DISCLOSURE_FIELDS} AS disclosure, d.at = datetime($at) AND toString(d.at) = toString(datetime($at)) AS sameAt`;

export const CREATE_DISCLOSURE = /* cypher */ `
  MATCH (sender:Party {id: $fromPartyId}), (recipient:Party {id: $toPartyId})
  CREATE (sender)-[:SENT]->(d:Disclosure {
    id: $id, at: datetime($at), purpose: $purpose, channel: $channel, legalBasis: $legalBasis,
    agreementReference: $agreementReference, reportedBy: $reportedBy, holderUnknown: $holderUnknown,
    recordCount: size($carried), recordsHash: $recordsHash, recordedAt: datetime()
  })-[:TO]->(recipient)
  WITH d, sender, recipient
  CALL (d) {
    UNWIND $carried AS item
    MATCH (r:Record {id: item[0]})
    CREATE (d)-[:CARRIED {categories: item[1]}]->(r)
  }
  RETURN ${DISCLOSURE_FIELDS} AS disclosure`;

type AsSent = { recordId: string; found: boolean; categories: string[] | null; held: boolean };

/** Resolves what each record carried, refusing unknown records and categories they lack. */
async function carriedRecords(tx: Tx, input: NewDisclosure): Promise<{ carried: Carried; holderUnknown: boolean }> {
  const rows = await tx.run<AsSent>(RECORDS_AS_SENT, {
    records: input.records,
    fromPartyId: input.fromPartyId,
    at: input.at,
  });
  const missing = rows.filter((row) => !row.found).map((row) => row.recordId);
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    throw new NotFoundError(`disclosure ${input.id}: no record is registered with id ${shown}`, missing.slice(0, 5));
  }
  const byId = new Map(rows.map((row) => [row.recordId, row]));
  const carried: Carried = input.records.map((item, index) => {
    const held = (byId.get(item.recordId) as AsSent).categories ?? [];
    const lacking = (item.categories ?? []).find((category) => !held.includes(category));
    if (lacking !== undefined) {
      throw new InputError(
        `disclosure ${input.id}: record ${item.recordId} has no category ${lacking}`,
        `records[${index}].categories`,
        lacking,
      );
    }
    return [item.recordId, item.categories ?? [...held].sort()];
  });
  return { carried, holderUnknown: rows.some((row) => !row.held) };
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

/** The most disclosures one batch call may carry; the bulk import takes more. */
export const MAX_DISCLOSURES_PER_CALL = 100;

/** Writes one checked disclosure in the caller's transaction; the ledger stamp is left to the caller. */
async function writeOne(tx: Tx, input: NewDisclosure): Promise<{ disclosure: DisclosureRow; created: boolean }> {
  await assertPartiesExist(tx, [input.fromPartyId, input.toPartyId], `disclosure ${input.id}`);
  const { carried, holderUnknown } = await carriedRecords(tx, input);
  const hash = recordsHash(carried);
  const [existing] = await tx.run<{ disclosure: DisclosureRow; sameAt: boolean }>(EXISTING_DISCLOSURE, input);
  if (existing !== undefined) {
    if (!sameContent(existing.disclosure, input, hash, existing.sameAt)) {
      throw new ConflictError(
        `disclosure ${input.id} was already recorded with other content; a correction is a new event with its own id`,
        input.id,
      );
    }
    return { disclosure: existing.disclosure, created: false };
  }
  const [created] = await tx.run<{ disclosure: DisclosureRow }>(CREATE_DISCLOSURE, {
    ...input,
    holderUnknown,
    carried,
    recordsHash: hash,
  });
  return { disclosure: (created as { disclosure: DisclosureRow }).disclosure, created: true };
}

/**
 * Records disclosures in order, in one transaction: all or nothing. A later one may pass on
 * what an earlier one delivered. Each new event is stamped in the ledger, with one lock of
 * its head for the whole batch. The same id and content again is a no-op that says so; the
 * same id with other content is refused and nothing of the batch is written.
 */
export async function recordDisclosures(
  db: Database,
  raw: readonly RecordDisclosureInput[],
): Promise<Array<{ disclosure: DisclosureRow; created: boolean }>> {
  if (raw.length > MAX_DISCLOSURES_PER_CALL) {
    throw new InputError(
      `at most ${MAX_DISCLOSURES_PER_CALL} disclosures per call, got ${raw.length}; use the bulk import for more`,
      'input',
      raw.length,
    );
  }
  const inputs = raw.map((input) => validateDisclosure(input));
  return db.write(async (tx) => {
    const results = [];
    for (const input of inputs) results.push(await writeOne(tx, input));
    await appendDisclosures(
      tx,
      results.filter((result) => result.created).map((result) => result.disclosure),
    );
    return results;
  });
}

/** Records one disclosure once; see recordDisclosures. */
export async function recordDisclosure(
  db: Database,
  raw: RecordDisclosureInput,
): Promise<{ disclosure: DisclosureRow; created: boolean }> {
  const [result] = await recordDisclosures(db, [raw]);
  return result as { disclosure: DisclosureRow; created: boolean };
}
