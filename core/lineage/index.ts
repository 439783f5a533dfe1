/**
 * Lineage, on top of the registry: disclosures and their ledger, corrections, access grants,
 * and the engine that follows a record through time (traces, exposure, a party's lineage,
 * the accounting of a record, the deletion scope of (h)). This file is its front door.
 */
export {
  accounting,
  type AccountingArrivalRow,
  type AccountingEntryRow,
  type AccountingRow,
  firstOf,
} from './accounting.ts';
export { catchUp, rebuild, verify, type Verification } from './arrival-index.ts';
export { type ChainRow, chainsPage } from './chains.ts';
export {
  confirmDeletion,
  type ConfirmDeletionInput,
  decideRetraction,
  retractDisclosure,
  retractionsOf,
  senderOf,
  standsAsOf,
  statusOf,
  validateDeletion,
  validateRetraction,
  withdrawnBy,
} from './corrections.ts';
export { deletionScope, partiesReachedBy, type Scope, type ScopeHolderRow, type ScopePair } from './deletion-scope.ts';
export { IMPORT_LIMITS, validateDisclosure } from './disclosure-input.ts';
export {
  type CarriedPageKey,
  carriedPages,
  type CarriedRow,
  type Direction,
  type DisclosurePageKey,
  disclosurePages,
  type DisclosureRow,
  disclosuresByIds,
  parsePosition,
  type PartyRef,
  type RecordRef,
} from './disclosures.ts';
export {
  exposure,
  type ExposureCountRow,
  type ExposureGroupRow,
  type ExposureKeyRow,
  type ExposureRow,
  groupsOf,
} from './exposure.ts';
export { grantsOfParties, recordAccessGrant, type RecordGrantInput, validateGrant } from './grants.ts';
export { historiesOf, type SubjectHistory } from './histories.ts';
export {
  type DecisionRow,
  type DeletionRow,
  type Carried,
  canonicalList,
  contentHash,
  type GrantRow,
  LEDGER_CHAIN,
  LEDGER_LABEL,
  type LedgerStampRow,
  recordsHash,
  type RetractionRow,
  stampsOfDisclosures,
  verifyLedger,
} from './ledger.ts';
export {
  downstreamOfDisclosure,
  downstreamOfParty,
  type DownstreamRow,
  upstream,
  type UpstreamRow,
} from './party-lineage.ts';
export {
  type BatchInFlight,
  type Committed,
  CREATE_DISCLOSURES,
  EXISTING_DISCLOSURES,
  recordDisclosure,
  recordDisclosures,
  recordDisclosuresAfter,
  RECORDS_AS_SENT,
  asSentParams,
} from './record-disclosure.ts';
export { EMPTY_NAMESPACE_MAP, type NamespaceMap, parseNamespaceMap, partyOfNamespace } from './namespaces.ts';
export {
  COUNTY_DISCLOSURE_FACET,
  type CountyDisclosureFacet,
  parseRunEvent,
  type RunDataset,
  type RunEvent,
  RUN_EVENT_LIMITS,
  RUN_EVENT_TYPES,
  type RunEventType,
} from './run-event.ts';
export {
  flowId,
  planRunEvent,
  recordRunPlan,
  type RunFlow,
  type RunPlan,
  type RunWrite,
  senderOfFlow,
  type Unmapped,
} from './run-events.ts';
export {
  annotateArrivals,
  type ArrivalRow,
  checkWindow,
  type TargetArgs,
  tracedSubjectHistories,
  trace,
  tracedRecords,
  traceHistories,
  type TraceHopRow,
  selectArrivals,
  type SelectedArrival,
  traceTarget,
  type Window,
} from './trace.ts';
export {
  CHANNELS,
  type Channel,
  type CarriedRecordInput,
  LEGAL_BASES,
  type LegalBasis,
  REPORTERS,
  type RecordDisclosureInput,
  type ReportedBy,
} from './vocabulary.ts';
