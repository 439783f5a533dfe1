import type { Database } from '../../infra/db.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { retractDisclosure } from '../../core/lineage/corrections.ts';
import { recordDocument } from '../../core/compliance/documents.ts';
import { registerRecords } from '../../core/registry/records.ts';
import { affiliate, enforcesImmigrationLaw } from './immigration.ts';
import { registerTestParties } from './parties.ts';

/**
 * A county small enough to read whole and rich enough that every query finds rows: four
 * parties (an agency sending to a broker that is ICE's contractor, and the inspector
 * general), one record, three disclosures and a complaint. Hostile-input tests act for
 * SENDER: a RECORDER may record for it and read its own disclosures.
 */
export const SENDER = 'cook-sheriff';
export const RECIPIENT = 'acme-data';
export const SEEDED_DISCLOSURE = 'sheriff-0001';
export const SEEDED_RECORD = 'sheriff-record-0001';
export const SEEDED_SUBJECT = 'e'.repeat(64);
export const SEEDED_COMPLAINT = 'seeded-complaint';
export const SEEDED_RETRACTION = 'seeded-retraction';
/** The immigration agent: a caller from it is refused everything, and the refusal is logged. */
export const AGENT = 'ice';
export const ORGANISATIONS = ['cook-oiig', SENDER, RECIPIENT, AGENT] as const;

/**
 * Values that are valid where they go, by coordinate (`Type.field(argument)` or
 * `Input.field`). Registry links that would make SENDER an immigration agent would get
 * every later call refused, as they should: these point the links elsewhere.
 */
export const VALID_BY_COORDINATE: Record<string, string> = {
  'RecordImmigrationEnforcementInput.partyId': AGENT,
  'RecordAffiliationInput.fromPartyId': 'cook-oiig',
  'RecordAffiliationInput.toPartyId': AGENT,
  'Mutation.deriveSubjectKey(identifier)': '123-45-6789',
  // Records are written about the seeded subject, so that no Subject node is added; reads ask
  // about a subject the tracker does not hold, so that they add no access-log entry.
  'RegisterRecordInput.subjectKey': SEEDED_SUBJECT,
  'RegisterRecordInput.originPartyId': SENDER,
  'Query.subject(subjectKey)': 'f'.repeat(64),
  'Query.trace(subjectKey)': 'f'.repeat(64),
  'Query.accounting(subjectKey)': 'f'.repeat(64),
  'Query.deletionScope(violatingDisclosureIds)': SEEDED_DISCLOSURE,
  'Query.downstreamOfDisclosure(disclosureId)': SEEDED_DISCLOSURE,
  'Query.chains(recordId)': SEEDED_RECORD,
  'CarriedRecordInput.recordId': SEEDED_RECORD,
  'ConfirmDeletionInput.recordIds': SEEDED_RECORD,
  'RetractDisclosureInput.disclosureId': SEEDED_DISCLOSURE,
  'DecideRetractionInput.retractionId': SEEDED_RETRACTION,
  'RecordAccessGrantInput.granteePartyId': RECIPIENT,
  'Query.findings(until)': '2025-07-01T10:00:00-05:00',
  'Party.findings(until)': '2025-07-01T10:00:00-05:00',
  'RecordAgreementInput.thirdPartyId': RECIPIENT,
  'RecordAgreementInput.documentSha256': 'a'.repeat(64),
  'RecordRecipientCertificationInput.recipientPartyId': RECIPIENT,
  'RecordRecipientCertificationInput.documentSha256': 'a'.repeat(64),
  'RecordRecipientListInput.month': '2025-05',
  'RecordRecipientListInput.recipientPartyIds': RECIPIENT,
  'RecordDeletionDemandInput.violatingDisclosureIds': SEEDED_DISCLOSURE,
  'RecordDetainerRequestInput.subjectKey': SEEDED_SUBJECT,
  'RecordImmigrationAccessRequestInput.subjectKey': SEEDED_SUBJECT,
  'RecordComplaintStatusInput.complaintId': SEEDED_COMPLAINT,
  'Query.monthlyRecipients(month)': '2025-05',
};

/** Writes the small county into an empty graph, through the services' own functions. */
export async function seedSmallCounty(db: Database): Promise<void> {
  await registerTestParties(
    db,
    [
      ['cook-oiig', 'COUNTY_AGENCY'],
      [SENDER, 'COUNTY_AGENCY'],
      [RECIPIENT, 'DATA_BROKER'],
      [AGENT, 'GOVERNMENT_AGENCY'],
    ],
    (id) => `${id} (seeded)`,
  );
  await enforcesImmigrationLaw(db, AGENT, '1900-01-01T00:00:00Z');
  await affiliate(db, RECIPIENT, 'CONTRACTOR_OF', AGENT, '2024-01-01T00:00:00Z');
  await registerRecords(db, [
    {
      id: SEEDED_RECORD,
      subjectKey: SEEDED_SUBJECT,
      originPartyId: SENDER,
      sourceSystem: 'seeded',
      sourceRecordId: 'seeded-0001',
      categories: ['NAME'],
      createdAt: '2025-05-01T09:00:00-05:00',
    },
  ]);
  // Every party a query names sends and receives, so that every page reads rows.
  for (const [id, fromPartyId, toPartyId] of [
    [SEEDED_DISCLOSURE, SENDER, RECIPIENT],
    ['acme-0001', RECIPIENT, AGENT],
    ['oiig-0001', 'cook-oiig', SENDER],
  ] as const) {
    await recordDisclosure(db, {
      id,
      at: '2025-05-01T10:00:00-05:00',
      fromPartyId,
      toPartyId,
      purpose: 'seeded',
      channel: 'BULK_EXPORT',
      records: [{ recordId: SEEDED_RECORD }],
    });
  }
  // A disclosure reported in error, whose retraction awaits an auditor: a decision has one to name.
  await recordDisclosure(db, {
    id: 'oiig-0002',
    at: '2025-05-01T10:00:00-05:00',
    fromPartyId: 'cook-oiig',
    toPartyId: SENDER,
    purpose: 'seeded',
    channel: 'BULK_EXPORT',
    records: [{ recordId: SEEDED_RECORD }],
  });
  await retractDisclosure(db, {
    id: SEEDED_RETRACTION,
    disclosureId: 'oiig-0002',
    filedByPartyId: 'cook-oiig',
    at: '2025-05-02T10:00:00-05:00',
    reason: 'seeded: reported twice',
  });
  // A complaint, so that a status change has one to name.
  await recordDocument(db, 'COMPLAINT', {
    id: SEEDED_COMPLAINT,
    receivedByPartyId: SENDER,
    receivedAt: '2025-05-01T10:00:00-05:00',
    allegation: 'seeded',
  });
}
