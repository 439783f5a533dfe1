/**
 * The registry, the ground floor of the domain: who the parties are, which of them enforce
 * immigration law and when (the rule of the definitions, with the queries that must change with
 * it), how parties are affiliated, and the records and subjects the county holds. It imports
 * only the shared infrastructure. This file is its front door: the layers above, the subgraphs,
 * the command-line tools and the benchmarks take from here and nowhere else.
 */
export {
  type AffiliationRow,
  affiliationsOfParties,
  checkIdAndInterval,
  enforcementOfParties,
  type EnforcementRow,
  recordAffiliation,
  recordEnforcement,
} from './affiliations.ts';
export { type EnforcementEndRow, endEnforcement } from './enforcement-ends.ts';
export {
  apply287gSnapshot,
  G287_REFUSALS,
  type G287Agency,
  type G287Counts,
  type G287NameMapping,
  type G287Snapshot,
} from './g287-snapshots.ts';
export { normaliseAgencyName } from './agency-names.ts';
export {
  type AffiliationStep,
  everAgents,
  immigrationAgentIntervals,
  type IntervalRow,
  type AgentQuestion,
  immigrationAgentAnswers,
  immigrationAgentExpression,
  type Standing,
  standingAnswers,
  standingAt,
  type StatusReason,
} from './immigration-agents.ts';
export {
  MAX_PARTIES_PER_CALL,
  PARTIES_BY_IDS,
  partiesByIds,
  partiesPage,
  type PartyRow,
  partySearch,
  registerParties,
  registerParty,
  validatePartyInput,
} from './parties.ts';
export { checkBatchSize, MAX_RECORDS_PER_CALL, type RegisterRecordInput, validateRecords } from './record-input.ts';
export {
  readableSubjects,
  type RecordRow,
  recordsByIds,
  recordsOfSubjects,
  type RecordsPageKey,
  registerRecords,
  type SubjectQuestion,
  type SubjectRow,
} from './records.ts';
export {
  IDENTIFIER_KINDS,
  type IdentifierKind,
  isIdentifierKind,
  isSubjectKey,
  REDACTED,
  subjectKeyOf,
  subjectKeySecret,
} from './subject-key.ts';
export {
  AFFILIATION_KINDS,
  type AffiliationKind,
  CATEGORIES,
  type Category,
  PARTY_KINDS,
  type PartyKind,
} from './vocabulary.ts';
