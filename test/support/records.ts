import { createHash } from 'node:crypto';
import { registerRecords } from '../../core/registry/records.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { DELETION_CONFIRMED } from '../../core/lineage/corrections.ts';
import type { Database } from '../../infra/db.ts';

/** A stand-in subject key: 64 hex characters, never derived from a real identifier. */
export const subjectKeyFor = (name: string) => createHash('sha256').update(`test subject ${name}`).digest('hex');

/** Registers records of one agency, each about its own test subject, with the given categories. */
export async function seedRecords(
  db: Database,
  originPartyId: string,
  ids: readonly string[],
  categories: Array<'NAME' | 'DATE_OF_BIRTH' | 'RESIDENTIAL_ADDRESS' | 'JAIL_RELEASE_TIME' | 'LICENSE_PLATE'> = [
    'NAME',
    'DATE_OF_BIRTH',
    'RESIDENTIAL_ADDRESS',
  ],
): Promise<void> {
  await registerRecords(
    db,
    ids.map((id) => ({
      id,
      subjectKey: subjectKeyFor(id),
      originPartyId,
      sourceSystem: 'test',
      sourceRecordId: id,
      categories,
      createdAt: '2020-01-01T00:00:00Z',
    })),
  );
}

/**
 * Cypher: the records whose DeletionConfirmed label disagrees with their deletions (labelled
 * without a deletion confirmation that deleted them, or deleted and not labelled).
 */
export const DELETION_LABEL_WRONG = /* cypher */ `
  MATCH (r:Record) WHERE r:${DELETION_CONFIRMED} <> EXISTS { (r)<-[:DELETED]-(:DeletionConfirmation) }
  RETURN r.id AS id`;

/** What a disclosure carrying these records, all their categories, adds to its input. */
export const carrying = (...recordIds: string[]) => ({
  channel: 'BULK_EXPORT' as const,
  records: recordIds.map((recordId) => ({ recordId })),
});

/** Records a disclosure for criminal justice administration carrying these records: one hop of a test chain. */
export const hopsOn =
  (db: Database) => (id: string, at: string, fromPartyId: string, toPartyId: string, recordIds: string[]) =>
    recordDisclosure(db, {
      id,
      at,
      fromPartyId,
      toPartyId,
      purpose: 'CRIMINAL_JUSTICE_ADMINISTRATION',
      ...carrying(...recordIds),
    });
