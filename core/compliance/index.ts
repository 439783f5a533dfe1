/**
 * Compliance, on top of lineage: the agreements, certifications, recipient lists and documents
 * of (a) to (h), the access log, and the findings, one rule table by subsection. This file is
 * its front door.
 */
export {
  accessLogPage,
  type AccessLogRow,
  accessLogVerification,
  disclosureFacts,
  type DisclosureFacts,
  disclosuresReceivedCounts,
  parseSeq,
  type PartyRef,
} from './access-log.ts';
export {
  type AgreementInput,
  type AgreementRow,
  agreementsInForce,
  agreementsInForceDuring,
  agreementsOfParties,
  allAgreements,
  recordAgreement,
  validateAgreement,
} from './agreements.ts';
export {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentRow,
  documentsConcerning,
  documentsOfKinds,
  type DocumentView,
  latestStatuses,
  partiesOf,
  recordDocument,
  validateDocument,
  verifyComplianceLedger,
  viewOf,
} from './documents.ts';
export {
  CEO_CERTIFICATION_THRESHOLD,
  type FindingFilter,
  type FindingRow,
  findings,
  type Flow,
  flowsInWindow,
  individualsByYear,
  SUBSECTIONS,
} from './findings/index.ts';
export {
  allRecipientLists,
  type CertificationInput,
  type CertificationRow,
  MONTH,
  type RecipientListInput,
  type RecipientListRow,
  recordCertification,
  recordRecipientList,
  validateCertification,
  validateRecipientList,
} from './recipients.ts';
