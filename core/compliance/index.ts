/**
 * Compliance, on top of lineage: the agreements, certifications, recipient lists and documents
 * of (a) to (h), the access log, and the findings, one rule table by subsection. This file is
 * its front door.
 */
export { accessLogPage, type AccessLogRow, accessLogVerification, parseSeq } from './access-log.ts';
export { disclosureFacts, type DisclosureFacts, disclosuresReceivedCounts, type PartyRef } from './disclosure-facts.ts';
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
  type DocumentView,
  latestStatuses,
  partiesOf,
  validateDocument,
  viewOf,
} from './document-kinds.ts';
export {
  classifyPurpose,
  matchedWords,
  type PurposeMatch,
  purposeClassifier,
  type PurposeWordMatch,
} from './immigration-purpose.ts';
export {
  compilePurposeVocabulary,
  parsePurposeVocabulary,
  PURPOSE_CATEGORIES,
  PURPOSE_VOCABULARY_FILE,
  PURPOSE_VOCABULARY_VARIABLE,
  type PurposeCategory,
  type PurposeVocabulary,
  type PurposeVocabularyFile,
  purposeVocabulary,
  readPurposeVocabulary,
} from './purpose-vocabulary.ts';
export { documentsConcerning, documentsOfKinds, recordDocument, verifyComplianceLedger } from './documents.ts';
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
