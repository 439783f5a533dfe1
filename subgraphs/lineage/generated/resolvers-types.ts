import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DisclosureRow, PartyRef, RecordRef, LedgerStampRow, CarriedRow, DeletionRow, RetractionRow, DecisionRow, GrantRow, ArrivalRow, TraceHopRow, Scope, AccountingRow, ChainRow, ExposureRow, UpstreamRow, DownstreamRow, ExposureCountRow, ExposureGroupRow, ExposureKeyRow, AccountingEntryRow, AccountingArrivalRow, ScopeHolderRow, ScopePair } from '../../../core/lineage/index.ts';
import type { ChainVerification } from '../../../infra/chain-verify.ts';
import type { StatusReason, AffiliationStep } from '../../../core/registry/index.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO 8601 with its UTC offset, e.g. 2025-03-01T09:30:00-06:00. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Standing access of a third party to a dataset of a county agency over [from, until), e.g. a
 * data exchange with query rights. Potential exposure: only a disclosure is a confirmed flow.
 */
export type AccessGrant = {
  __typename?: 'AccessGrant';
  agency: Party;
  agreementReference: Maybe<Scalars['String']['output']>;
  dataset: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  grantee: Party;
  id: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  until: Maybe<Scalars['DateTime']['output']>;
};

/** One person's accounting of disclosures: a line per recipient, earliest first. */
export type Accounting = {
  __typename?: 'Accounting';
  entries: Array<AccountingEntry>;
  subjectKey: Scalars['String']['output'];
  /** Arrivals of the person's records that retracted disclosures (accepted by an auditor) would have made: not in `entries`. */
  withdrawn: Array<TracedArrival>;
};

/** The first arrival of a person's records at a recipient: the earliest, and at one instant the one of fewest hops. */
export type AccountingArrival = {
  __typename?: 'AccountingArrival';
  at: Scalars['DateTime']['output'];
  chain: Array<TraceHop>;
  hopCount: Scalars['Int']['output'];
  /** DIRECT when this arrival's last sender was county personnel at its time; INDIRECT when it was a third party. */
  kind: FlowKind;
};

export type AccountingEntry = {
  __typename?: 'AccountingEntry';
  categories: Array<Category>;
  /** For an indirect recipient: the chain of its first arrival; null for a direct one (see firstArrival). */
  chain: Maybe<Array<TraceHop>>;
  /** How many disclosures brought the person's records to it. */
  count: Scalars['Int']['output'];
  disclosures: Array<Disclosure>;
  /** How the person's records first reached the recipient in the window, whether directly or not: the chain shown beside the line. */
  firstArrival: AccountingArrival;
  firstAt: Scalars['DateTime']['output'];
  /** Whether the recipient was an immigration agent at the time of any of these disclosures. */
  immigrationAgent: Scalars['Boolean']['output'];
  /** DIRECT when county personnel (a county agency, its employee, agent or contractor) disclosed to it at least once; INDIRECT when only other third parties did. */
  kind: FlowKind;
  lastAt: Scalars['DateTime']['output'];
  legalBases: Array<LegalBasis>;
  purposes: Array<Scalars['String']['output']>;
  recipient: Party;
  records: Array<RecordType>;
};

/** How one party is bound to another; each link counts only while it is valid. */
export type AffiliationKind =
  | 'AGENT_OF'
  | 'CONTRACTOR_OF'
  | 'EMPLOYEE_OF';

/** One affiliation of a chain that gave a party its standing at an instant. */
export type AffiliationLink = {
  __typename?: 'AffiliationLink';
  from: Party;
  id: Scalars['ID']['output'];
  kind: AffiliationKind;
  to: Party;
};

/** One record a disclosure carried, and which of its categories. */
export type CarriedRecord = {
  __typename?: 'CarriedRecord';
  categories: Array<Category>;
  record: RecordType;
};

export type CarriedRecordConnection = {
  __typename?: 'CarriedRecordConnection';
  nodes: Array<CarriedRecord>;
  pageInfo: PageInfo;
};

export type CarriedRecordInput = {
  /** A subset of the record's categories; omitted, all of them. */
  categories?: InputMaybe<Array<Category>>;
  recordId: Scalars['ID']['input'];
};

/** The kinds of personal information a record holds (the ordinance's list, and NAME, PHOTO, OTHER). */
export type Category =
  | 'BIOMETRIC'
  | 'DATE_OF_BIRTH'
  | 'DRIVERS_LICENSE'
  | 'EMAIL'
  | 'EMPLOYMENT_ID'
  | 'INCARCERATION_STATUS'
  | 'JAIL_RELEASE_TIME'
  | 'LICENSE_PLATE'
  | 'LOCATION'
  | 'MEDICAL'
  | 'NAME'
  | 'OTHER'
  | 'PHONE'
  | 'PHOTO'
  | 'RESIDENTIAL_ADDRESS'
  | 'SSN';

/** One chain of disclosures that carried a record from its origin to a party. */
export type Chain = {
  __typename?: 'Chain';
  /** What arrived through it: what every hop carried. */
  categories: Array<Category>;
  hops: Array<TraceHop>;
};

export type ChainConnection = {
  __typename?: 'ChainConnection';
  nodes: Array<Chain>;
  pageInfo: PageInfo;
  /** True when more chains follow this page. */
  truncated: Scalars['Boolean']['output'];
};

/** How the information travelled. */
export type Channel =
  | 'API_QUERY'
  | 'BULK_EXPORT'
  | 'DATA_EXCHANGE_FEED'
  | 'EMAIL'
  | 'IN_PERSON'
  | 'OTHER'
  | 'PHONE'
  | 'PORTAL';

export type ConfirmDeletionInput = {
  /** When the records were deleted; not more than 5 minutes in the future. */
  at: Scalars['DateTime']['input'];
  holderPartyId: Scalars['ID']['input'];
  /** The holder's idempotency key for this event. */
  id: Scalars['ID']['input'];
  /** 1 to 10,000 records. */
  recordIds: Array<Scalars['ID']['input']>;
  reportedBy?: ReportedBy;
};

export type ConfirmDeletionResult = {
  __typename?: 'ConfirmDeletionResult';
  confirmation: DeletionConfirmation;
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
};

export type DecideRetractionInput = {
  /** Why, for the record: 1 to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: RetractionOutcome;
  retractionId: Scalars['ID']['input'];
};

/**
 * A holder's word that it deleted records (subsection (h)): it holds them no longer from `at` on.
 * It cannot end, in the past, a holding that one of the holder's own disclosures already on
 * record continued: dated before such a disclosure, it takes effect only from that disclosure's
 * time, and the contradiction is a finding of (h).
 */
export type DeletionConfirmation = {
  __typename?: 'DeletionConfirmation';
  /** When the holder says it deleted them, as stated. */
  at: Scalars['DateTime']['output'];
  holder: Party;
  id: Scalars['ID']['output'];
  /** How many records it names. */
  recordCount: Scalars['Int']['output'];
  /** When the service recorded the confirmation. */
  recordedAt: Maybe<Scalars['DateTime']['output']>;
  reportedBy: ReportedBy;
};

/** What must be deleted, by whom: a deletion scope. */
export type DeletionScope = {
  __typename?: 'DeletionScope';
  holderCount: Scalars['Int']['output'];
  /** The holders that must delete, in party id order. `first` is at most 500. */
  holders: ScopeHolderConnection;
  /** (holder, record) pairs in all. */
  pairCount: Scalars['Int']['output'];
  /** Distinct people whose records are in it. */
  subjectCount: Scalars['Int']['output'];
  /**
   * Violating disclosures named that delivered nothing, because an auditor accepted their
   * retraction (as `trace` says): no chain starts at them. Their `retraction` says who filed,
   * why and who accepted. A violating disclosure whose retraction is pending counts.
   */
  withdrawnViolations: Array<Disclosure>;
};


/** What must be deleted, by whom: a deletion scope. */
export type DeletionScopeHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/**
 * One act of passing personal information from one party to another. Disclosures are
 * immutable: a correction is a new event, never an edit.
 */
export type Disclosure = {
  __typename?: 'Disclosure';
  /** The written agreement the disclosure was made under, as the sender names it; null when none. */
  agreementReference: Maybe<Scalars['String']['output']>;
  /** When the information left the sender, as the sender stated it (its offset kept). */
  at: Scalars['DateTime']['output'];
  channel: Channel;
  /**
   * Where the records it carried went after it: as `Query.downstreamOfDisclosure`.
   * Cost: 200 per county month of the window (an open start counts from 2000, an open end to now).
   */
  downstream: Downstream;
  from: Party;
  /**
   * True when, at the time of this disclosure, the sender held none of some record it passed
   * on, as far as the lineage shows (not its origin, and no earlier disclosure to it carried the
   * record). The event is recorded anyway: a report of a flow is evidence even when its upstream
   * is missing.
   */
  holderUnknown: Scalars['Boolean']['output'];
  /** The sender's idempotency key for this event. */
  id: Scalars['ID']['output'];
  /** Where this event stands in the tamper-evident ledger. */
  ledger: LedgerStamp;
  /** The legal basis the sender invokes; NONE when it invokes none. */
  legalBasis: LegalBasis;
  /** Why the sender says it disclosed, in its own words. */
  purpose: Scalars['String']['output'];
  /** How many records it carried. */
  recordCount: Scalars['Int']['output'];
  /** When the service recorded it, by its own clock; no caller sets it. */
  recordedAt: Scalars['DateTime']['output'];
  /**
   * The records it carried and the categories of each, in record id order. `first` is at most
   * 500. Subject-level: AUDITOR, and the sender's own RECORDER or THIRD_PARTY.
   */
  records: CarriedRecordConnection;
  /** Who reported this event: the sender, the receiver, or an audit that found it. */
  reportedBy: ReportedBy;
  /**
   * The retraction that stands against this disclosure: one awaiting an auditor (the
   * disclosure still counts) or one an auditor accepted (it delivered nothing); else the latest
   * one rejected; null when none was filed.
   */
  retraction: Maybe<Retraction>;
  /** Every retraction filed against it, the standing one first. */
  retractions: Array<Retraction>;
  to: Party;
};


/**
 * One act of passing personal information from one party to another. Disclosures are
 * immutable: a correction is a new event, never an edit.
 */
export type DisclosureDownstreamArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * One act of passing personal information from one party to another. Disclosures are
 * immutable: a correction is a new event, never an edit.
 */
export type DisclosureRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type DisclosureConnection = {
  __typename?: 'DisclosureConnection';
  nodes: Array<Disclosure>;
  pageInfo: PageInfo;
};

/** Where records went afterwards, counted. */
export type Downstream = {
  __typename?: 'Downstream';
  /** Flows: one per hop that carried a record onward. */
  arrivalCount: Scalars['Int']['output'];
  byAgent: Array<ExposureCount>;
  /**
   * Keyed by the fewest hops from the start: from a party, its own send is hop 1 (for what it
   * originated and for what it was given alike); from a disclosure, the disclosure is hop 1 and
   * the next hop 2.
   */
  byHopCount: Array<ExposureCount>;
  byRecipient: Array<ExposureCount>;
  /** Flows to a party that was an immigration agent at the time. */
  immigrationAgent: ExposureCount;
  individualCount: Scalars['Int']['output'];
  recordCount: Scalars['Int']['output'];
};

/** Records that reached immigration agents, counted. */
export type Exposure = {
  __typename?: 'Exposure';
  arrivalCount: Scalars['Int']['output'];
  /** Keyed by the party id of the immigration agent reached. */
  byAgent: Array<ExposureCount>;
  /** Keyed by category; an arrival counts under each category it delivered. */
  byCategory: Array<ExposureCount>;
  /** Keyed by the hop count of the chain shown. */
  byHopCount: Array<ExposureCount>;
  /** Keyed by the party id of each third party a chain passed through. */
  byIntermediary: Array<ExposureCount>;
  /** Keyed by the party id of the record's origin agency. */
  byOriginAgency: Array<ExposureCount>;
  /** Arrivals in the counts whose chain holds a disclosure with a retraction awaiting an auditor. */
  contested: ExposureCount;
  direct: ExposureCount;
  /**
   * The arrivals cross-tabulated by 1 to 4 different dimensions (for example ORIGIN_AGENCY
   * and DIRECTNESS), most arrivals first. An arrival counts under every value it has: each
   * category it delivered, each intermediary (NONE for a direct one).
   */
  groups: Array<ExposureGroup>;
  indirect: ExposureCount;
  /** Distinct individuals (subjects), never records or events. */
  individualCount: Scalars['Int']['output'];
  recordCount: Scalars['Int']['output'];
  /** The disclosures with a retraction behind `withdrawn` and `contested`; each shows its retraction. */
  retractedDisclosures: Array<Disclosure>;
  /** Arrivals that disclosures since retracted (accepted by an auditor) would have made: not in the counts. */
  withdrawn: ExposureCount;
};


/** Records that reached immigration agents, counted. */
export type ExposureGroupsArgs = {
  by: Array<ExposureDimension>;
};

/** One line of an exposure count, most arrivals first. */
export type ExposureCount = {
  __typename?: 'ExposureCount';
  arrivalCount: Scalars['Int']['output'];
  individualCount: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  /** The party the key names, for keys that are party ids. */
  party: Maybe<Party>;
  recordCount: Scalars['Int']['output'];
};

/** What exposure can be grouped by. */
export type ExposureDimension =
  /** The party id of the immigration agent reached. */
  | 'AGENT'
  | 'CATEGORY'
  /** DIRECT or INDIRECT. */
  | 'DIRECTNESS'
  /** The hop count of the chain shown. */
  | 'HOP_COUNT'
  /** The party id of each third party the chain passed through, or NONE. */
  | 'INTERMEDIARY'
  /** The legal basis the last hop's disclosure gave. */
  | 'LEGAL_BASIS'
  /** The calendar month of the arrival in county time (America/Chicago), as YYYY-MM. */
  | 'MONTH'
  /** The party id of the record's origin agency. */
  | 'ORIGIN_AGENCY';

/** One cell of a cross-tabulation: its value in each dimension asked for, and its counts. */
export type ExposureGroup = {
  __typename?: 'ExposureGroup';
  arrivalCount: Scalars['Int']['output'];
  /** Distinct individuals (subjects). */
  individualCount: Scalars['Int']['output'];
  keys: Array<ExposureKey>;
  recordCount: Scalars['Int']['output'];
};

export type ExposureKey = {
  __typename?: 'ExposureKey';
  dimension: ExposureDimension;
  /** The party the value names, for party dimensions. */
  party: Maybe<Party>;
  value: Scalars['String']['output'];
};

/**
 * Whether the last hop's sender was county personnel at that hop's time (direct) or a third party
 * that was not (indirect). County personnel: a county agency, or its employee, agent or contractor
 * by a chain of affiliations each valid then; a county contractor passing records to an immigration
 * agent is the county disclosing directly, through its contractor.
 */
export type FlowKind =
  | 'DIRECT'
  | 'INDIRECT';

/** An event's place in the disclosure ledger, a SHA-256 hash chain over every accepted event. */
export type LedgerStamp = {
  __typename?: 'LedgerStamp';
  /** The chain hash of this entry: SHA-256 over the previous hash and the entry's content. */
  hash: Scalars['String']['output'];
  /** 1 for the first event the service accepted, then 2, 3… without gaps. */
  sequence: Scalars['Int']['output'];
};

/** The answer of verifyLedger. */
export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  /** How many entries were checked, when ok. */
  entries: Maybe<Scalars['Int']['output']>;
  /** The first sequence number at which the ledger or an event no longer fits, when not ok. */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** The hash of the last entry: write it down, and a later verification proves nothing before it changed. */
  lastHash: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

/** What the sender says allowed it, in the terms of Sec. 46-37(b). */
export type LegalBasis =
  | 'COURT_ORDER'
  | 'CRIMINAL_WARRANT'
  | 'NONE'
  | 'NON_IMMIGRATION_LAW_ENFORCEMENT';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records that a holder deleted records: from `at` on it holds them no longer, so a later
   * disclosure of them by it is flagged, and a deletion scope shrinks by them. A RECORDER or
   * THIRD_PARTY confirms for its own organisation only. Idempotent by id.
   */
  confirmDeletion: ConfirmDeletionResult;
  /**
   * An auditor's decision on a pending retraction: ACCEPTED, and from this recorded time on the
   * disclosure delivers nothing (every answer still shows it, with its retraction); REJECTED, and
   * it keeps counting. Final; the same decision again is a no-op that says so.
   */
  decideRetraction: RetractDisclosureResult;
  /**
   * Records that a county agency gave a third party standing access to a dataset (potential
   * exposure). A RECORDER records for its own agency only. Idempotent by id.
   */
  recordAccessGrant: RecordAccessGrantResult;
  /**
   * Records that one party disclosed personal information to another. Both parties must be
   * registered. The same id with the same content is a no-op that says so; the same id with
   * other content is refused with CONFLICTING_RESUBMISSION and nothing is written.
   */
  recordDisclosure: RecordDisclosureResult;
  /**
   * Records up to 100 disclosures in order, all or nothing: a later one may pass on what an
   * earlier one delivered. Each follows recordDisclosure's rules; one refusal writes nothing.
   */
  recordDisclosures: Array<RecordDisclosureResult>;
  /**
   * Files a retraction of a disclosure reported in error, by a new event that names it; the
   * disclosure stays in the ledger as it was. Its sender's RECORDER or THIRD_PARTY may file it,
   * or one of a party it reached; it takes effect only when an AUDITOR accepts it
   * (`decideRetraction`), and until then the disclosure counts. An AUDITOR filing one accepts it
   * in the same act. A disclosure has at most one retraction standing; after a rejection, another
   * may be filed. A disclosure the caller may not see answers as one that does not exist.
   * Idempotent by id.
   */
  retractDisclosure: RetractDisclosureResult;
};


export type MutationConfirmDeletionArgs = {
  input: ConfirmDeletionInput;
};


export type MutationDecideRetractionArgs = {
  input: DecideRetractionInput;
};


export type MutationRecordAccessGrantArgs = {
  input: RecordAccessGrantInput;
};


export type MutationRecordDisclosureArgs = {
  input: RecordDisclosureInput;
};


export type MutationRecordDisclosuresArgs = {
  input: Array<RecordDisclosureInput>;
};


export type MutationRetractDisclosureArgs = {
  input: RetractDisclosureInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page; null when this page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Party = {
  __typename?: 'Party';
  /**
   * Standing access this party gave (a county agency) or holds (a third party), oldest first:
   * potential exposure, kept apart from confirmed disclosures. RECORDER and THIRD_PARTY read
   * only their own organisation's.
   */
  accessGrants: Array<AccessGrant>;
  /**
   * Disclosures made to this party, oldest first. `first` is at most 500; a larger value is
   * refused rather than cut short. Only AUDITOR and ANALYST: a RECORDER or THIRD_PARTY reads
   * what its organisation made, not what it received.
   */
  disclosuresReceived: DisclosureConnection;
  /**
   * Disclosures this party made, oldest first. `first` is at most 500; a larger value is
   * refused rather than cut short. RECORDER and THIRD_PARTY read only their own organisation's.
   */
  disclosuresSent: DisclosureConnection;
  /**
   * Where what this party held went in [from, until); as `Query.downstream`.
   * Cost: 500 per county month of the window (an open start counts from 2000, an open end to now).
   */
  downstream: Downstream;
  /**
   * The arrivals at immigration agents in the window that concern this party: of records it
   * created (an agency), or whose chain passed through it, or that reached it as the agent.
   * Counts, as `exposure`.
   * Cost: 1,000 per county month of the window (an open start counts from 2000, an open end to now).
   */
  exposure: Exposure;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /**
   * Where the records this party received in [from, until) came from; as `Query.upstream`.
   * Cost: 500 per county month of the window (an open start counts from 2000, an open end to now).
   */
  upstream: Upstream;
};


export type PartyDisclosuresReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type PartyDisclosuresSentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type PartyDownstreamArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type PartyExposureArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type PartyUpstreamArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * One person's accounting of disclosures, as the Privacy Act and HIPAA shape one: every party
   * their records reached through a time-respecting chain in [from, until), with first and last
   * date, the number of disclosures, the records and categories, the purposes and legal bases
   * given, whether the party was an immigration agent then, and for a party reached only
   * through third parties the chain of its first arrival. Complete: one person's flows are
   * few enough to answer whole. Subject-level: AUDITOR, logged.
   * Cost: 2,000.
   */
  accounting: Accounting;
  /**
   * Every time-respecting chain (not only the earliest) by which one record reached one party,
   * at most `maxHops` long (1 to 100; always named, never a hidden default), enumerated lazily
   * in pages: `truncated` says there are more, and `pageInfo.endCursor` goes on. Subject-level:
   * AUDITOR.
   * Cost: 2,000.
   */
  chains: ChainConnection;
  /**
   * Sec. 46-37(h): what must be deleted after disclosures found in violation (1 to 1,000):
   * every (holder, record) pair that a holder obtained through a time-respecting chain starting
   * with one of them (its first recipient included) and still holds, by holder, with the
   * evidence chain of each pair, the categories, the distinct subjects, and the standing access
   * grants to cut. Confirmed deletions make it shrink. Subject-level: AUDITOR; every page that
   * shows records is written to the access log.
   * Cost: 50,000.
   */
  deletionScope: DeletionScope;
  /**
   * The same for a third party found in violation since an instant: what it held then (with the
   * chain that brought it), everything delivered to it since, and all that went onward from it.
   * Cost: 50,000.
   */
  deletionScopeOfThirdParty: DeletionScope;
  /** One disclosure by its id, or null when none has that id. */
  disclosure: Maybe<Disclosure>;
  /**
   * Impact analysis: where what a party held (what it originated, and every delivery to it)
   * went afterwards: every flow in [from, until) at the end of a time-respecting chain from it,
   * begun in the window or before, by recipient, by hop count from the party, and at
   * immigration agents (status at each hop's time). Counts only: AUDITOR, ANALYST.
   * Cost: 500 per county month of the window (an open start counts from 2000, an open end to now).
   */
  downstream: Downstream;
  /**
   * The same as `downstream`, for the records one disclosure carried, from that disclosure on.
   * Cost: 200 per county month of the window (an open start counts from 2000, an open end to now).
   */
  downstreamOfDisclosure: Downstream;
  /**
   * Sec. 46-37(e) county-wide: every arrival of a record at a party that was an immigration
   * agent at the time of the hop, in [from, until), counted as distinct records, distinct
   * individuals and arrivals, direct and indirect, by hop count, category, origin agency,
   * intermediary and agent. Counts only, never a subject key: AUDITOR, ANALYST, REPORTER.
   * Cost: 1,000 per county month of the window (an open start counts from 2000, an open end to now).
   */
  exposure: Exposure;
  /**
   * Every arrival of a person's records at one party, or at any party that was an immigration
   * agent when the hop reached it (Sec. 46-37(e): direct or indirect). A record arrives only
   * through a time-respecting chain of disclosures that each carried it, from its origin agency,
   * with no retracted hop and no holder passing it on after confirming its deletion;
   * immigration-agent status is that of the hop's own time. Each arrival carries the chain that
   * led there (the earliest one; with `maxHops`, the shortest when the earliest is longer),
   * marked direct or indirect, and the categories that arrived. Subject-level: AUDITOR, and
   * every answer that shows someone's records is written to the access log.
   * Cost: 2,000.
   */
  trace: TraceConnection;
  /**
   * The same as `trace`, for the records named (1 to 1,000) rather than a person's.
   * Cost: 10,000.
   */
  traceRecords: TraceConnection;
  /**
   * Where the records a party received in [from, until) came from, through time-respecting
   * chains: by origin agency, by the party that sent them, and by every third party they
   * passed through. Counts only (records, individuals, arrivals): AUDITOR, ANALYST.
   * Cost: 500 per county month of the window (an open start counts from 2000, an open end to now).
   */
  upstream: Upstream;
  /**
   * Recomputes the disclosure ledger: every entry's hash from its content and the entry
   * before it, and every event's content from the graph as it is now, and checks that every
   * decision on a retraction was made through the service. Answers ok, or the first sequence
   * number where the chain breaks or an event was edited, removed or added behind the service.
   * Cost: 200,000.
   */
  verifyLedger: LedgerVerification;
};


export type QueryAccountingArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectKey: Scalars['String']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryChainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: Scalars['Int']['input'];
  maxHops: Scalars['Int']['input'];
  partyId: Scalars['ID']['input'];
  recordId: Scalars['ID']['input'];
};


export type QueryDeletionScopeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  violatingDisclosureIds: Array<Scalars['ID']['input']>;
};


export type QueryDeletionScopeOfThirdPartyArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  since: Scalars['DateTime']['input'];
  thirdPartyId: Scalars['ID']['input'];
};


export type QueryDisclosureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDownstreamArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  partyId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDownstreamOfDisclosureArgs = {
  disclosureId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryExposureArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTraceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: Scalars['Int']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  subjectKey: Scalars['String']['input'];
  to: TraceTarget;
  window?: InputMaybe<TimeWindow>;
};


export type QueryTraceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: Scalars['Int']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  recordIds: Array<Scalars['ID']['input']>;
  to: TraceTarget;
  window?: InputMaybe<TimeWindow>;
};


export type QueryUpstreamArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  partyId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A record, known here by its id; the registry owns the rest. */
export type RecordType = {
  __typename?: 'Record';
  id: Scalars['ID']['output'];
  /**
   * Every arrival of this record at any party, through time-respecting chains, with the chain
   * of each (as `traceRecords`, to every party). Subject-level: AUDITOR, logged.
   * Cost: 20.
   */
  lineage: TraceConnection;
};


/** A record, known here by its id; the registry owns the rest. */
export type RecordLineageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: Scalars['Int']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};

export type RecordAccessGrantInput = {
  agencyPartyId: Scalars['ID']['input'];
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  /** A third party, never a county agency. */
  granteePartyId: Scalars['ID']['input'];
  /** The agency's idempotency key for this grant. */
  id: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  /** Null while it runs. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordAccessGrantResult = {
  __typename?: 'RecordAccessGrantResult';
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
  grant: AccessGrant;
};

export type RecordDisclosureInput = {
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** When the information left the sender; not more than 5 minutes in the future. */
  at: Scalars['DateTime']['input'];
  channel: Channel;
  fromPartyId: Scalars['ID']['input'];
  /** The sender's idempotency key: 1 to 128 characters. */
  id: Scalars['ID']['input'];
  legalBasis?: LegalBasis;
  purpose: Scalars['String']['input'];
  /** At least one record, at most 10,000 per call (a bulk disclosure of up to 1,000,000 goes through the bulk import); each once. */
  records: Array<CarriedRecordInput>;
  reportedBy?: ReportedBy;
  /** Not the sender itself. */
  toPartyId: Scalars['ID']['input'];
};

export type RecordDisclosureResult = {
  __typename?: 'RecordDisclosureResult';
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
  disclosure: Disclosure;
};

export type ReportedBy =
  | 'AUDIT'
  | 'RECEIVER'
  | 'SENDER';

export type RetractDisclosureInput = {
  at: Scalars['DateTime']['input'];
  disclosureId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RetractDisclosureResult = {
  __typename?: 'RetractDisclosureResult';
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
  retraction: Retraction;
};

/**
 * A disclosure reported in error, named by a new event; the disclosure itself is never edited.
 * A retraction takes effect only when an auditor accepts it: until then the disclosure counts,
 * and every answer it is part of shows it with its retraction.
 */
export type Retraction = {
  __typename?: 'Retraction';
  /** When the filer says the disclosure was found in error, as stated. */
  at: Scalars['DateTime']['output'];
  /** The auditor's decision; null while it is pending. */
  decision: Maybe<RetractionDecision>;
  disclosure: Disclosure;
  filedBy: Party;
  /** The principal who filed it, when it came through the API. */
  filedByPrincipal: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** When the service recorded it. */
  recordedAt: Maybe<Scalars['DateTime']['output']>;
  /** PENDING until an auditor decides; ACCEPTED, the disclosure delivered nothing; REJECTED, it counts. */
  status: RetractionStatus;
};

/** An auditor's decision on a retraction. Final: a decision is never changed. */
export type RetractionDecision = {
  __typename?: 'RetractionDecision';
  /** The principal who decided (`migration 0012` for a retraction filed before decisions existed, accepted as it was then). */
  decidedBy: Scalars['String']['output'];
  /** True for the acceptance a retraction filed before decisions existed carries from its filing. */
  legacy: Scalars['Boolean']['output'];
  note: Maybe<Scalars['String']['output']>;
  organisation: Maybe<Party>;
  outcome: RetractionOutcome;
  /** When the service recorded the decision: from then on, answers follow it. */
  recordedAt: Scalars['DateTime']['output'];
};

export type RetractionOutcome =
  | 'ACCEPTED'
  | 'REJECTED';

export type RetractionStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

/** One holder in a deletion scope. */
export type ScopeHolder = {
  __typename?: 'ScopeHolder';
  /** Standing access grants to this holder (no end, or an end still to come): to cut. */
  accessGrantsToCut: Array<AccessGrant>;
  categories: Array<Category>;
  party: Party;
  recordCount: Scalars['Int']['output'];
  /** The records it must delete, in record id order, each with its evidence chain. */
  records: ScopeRecordConnection;
  subjectCount: Scalars['Int']['output'];
};


/** One holder in a deletion scope. */
export type ScopeHolderRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type ScopeHolderConnection = {
  __typename?: 'ScopeHolderConnection';
  nodes: Array<ScopeHolder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};

/** One record a holder must delete, and how it got there from a violating disclosure. */
export type ScopeRecord = {
  __typename?: 'ScopeRecord';
  categories: Array<Category>;
  chain: Array<TraceHop>;
  record: RecordType;
  subjectKey: Scalars['String']['output'];
};

export type ScopeRecordConnection = {
  __typename?: 'ScopeRecordConnection';
  nodes: Array<ScopeRecord>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};

/**
 * Why a party held a standing at an instant: the party the standing comes from (the county agency
 * it acted for, or the party that enforced immigration law) and the affiliations, each valid then,
 * that link the two; none when the party is that party itself.
 */
export type StandingReason = {
  __typename?: 'StandingReason';
  affiliations: Array<AffiliationLink>;
  through: Party;
};

/** [from, until): either end may be left out. */
export type TimeWindow = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A page of arrivals, in record id, time and disclosure order. Complete when `truncated` is
 * false; otherwise pass `pageInfo.endCursor` as `after` for the rest.
 */
export type TraceConnection = {
  __typename?: 'TraceConnection';
  nodes: Array<TracedArrival>;
  pageInfo: PageInfo;
  /** How many arrivals the whole answer holds. */
  totalCount: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
  /**
   * Arrivals that disclosures whose retraction an auditor accepted would have made, and no
   * other chain makes: not in `nodes` nor in any count, shown so that withdrawn evidence never
   * simply disappears. Each chain marks the withdrawn hop and carries its retraction.
   */
  withdrawn: Array<TracedArrival>;
};

/** One hop of a chain: the disclosure and what it says, as it concerns this record. */
export type TraceHop = {
  __typename?: 'TraceHop';
  agreementReference: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The categories of this record the hop carried. */
  categories: Array<Category>;
  /** A retraction of this disclosure awaits an auditor: it counts until one accepts it. */
  contested: Scalars['Boolean']['output'];
  disclosure: Disclosure;
  from: Party;
  legalBasis: LegalBasis;
  purpose: Scalars['String']['output'];
  /** Why the recipient was county personnel then; null when it was not. A party can be both: each is told. */
  recipientCountyPersonnel: Maybe<StandingReason>;
  /** Why the recipient was an immigration agent then; null when it was not. */
  recipientImmigrationAgent: Maybe<StandingReason>;
  /** Whether the recipient was an immigration agent at the time of this hop. */
  recipientWasImmigrationAgent: Scalars['Boolean']['output'];
  /** When the service recorded the disclosure. */
  recordedAt: Scalars['DateTime']['output'];
  /** The retraction standing against this disclosure, as of the answer's time; null when none. */
  retraction: Maybe<Retraction>;
  /** The county agency the sender acted for as county personnel then, and why; null when the sender was not county personnel. */
  senderCountyPersonnel: Maybe<StandingReason>;
  to: Party;
  /** An auditor accepted this disclosure's retraction: the hop is shown only to say what it would have delivered. */
  withdrawn: Scalars['Boolean']['output'];
};

/** Where a trace ends. */
export type TraceTarget = {
  kind: TraceTargetKind;
  /** The party, for PARTY; left out for IMMIGRATION_AGENTS. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
};

export type TraceTargetKind =
  /** Any party that was an immigration agent at the time of the hop that reached it. */
  | 'IMMIGRATION_AGENTS'
  /** The party named by partyId. */
  | 'PARTY';

/** One arrival of one record at one party, with the chain that brought it. */
export type TracedArrival = {
  __typename?: 'TracedArrival';
  /** For a DIRECT arrival: the county agency the last hop's sender acted for, and the affiliations that made it county personnel then; null for an INDIRECT one. */
  actingFor: Maybe<StandingReason>;
  /** The time of the last hop. */
  at: Scalars['DateTime']['output'];
  /** What arrived through this chain: what every hop of it carried. */
  categories: Array<Category>;
  /** The hops from the origin agency to this arrival, in time order. */
  chain: Array<TraceHop>;
  hopCount: Scalars['Int']['output'];
  /** Whether the party was an immigration agent at `at`. */
  immigrationAgent: Scalars['Boolean']['output'];
  /** The third parties the chain passed through, in order (a county contractor among them: it is county personnel and a third party given access at once). */
  intermediaries: Array<Party>;
  kind: FlowKind;
  party: Party;
  record: RecordType;
  subjectKey: Scalars['String']['output'];
  /** Categories the last hop carried that reached its sender through no chain: of unknown source. */
  unknownSourceCategories: Array<Category>;
};

/** Where a party's records came from, counted. */
export type Upstream = {
  __typename?: 'Upstream';
  arrivalCount: Scalars['Int']['output'];
  byIntermediary: Array<ExposureCount>;
  byOriginAgency: Array<ExposureCount>;
  /** Keyed by the party that made the last hop to it. */
  bySender: Array<ExposureCount>;
  individualCount: Scalars['Int']['output'];
  recordCount: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Disclosure: Disclosure;
  Party: Party;
  Record: RecordType;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Disclosure:
    ( { __typename: 'Disclosure' }
    & GraphQLRecursivePick<FederationTypes['Disclosure'], {"id":true}> );
  Party:
    ( { __typename: 'Party' }
    & GraphQLRecursivePick<FederationTypes['Party'], {"id":true}> );
  Record:
    ( { __typename: 'Record' }
    & GraphQLRecursivePick<FederationTypes['Record'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessGrant: ResolverTypeWrapper<GrantRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Accounting: ResolverTypeWrapper<AccountingRow>;
  AccountingArrival: ResolverTypeWrapper<AccountingArrivalRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountingEntry: ResolverTypeWrapper<AccountingEntryRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AffiliationKind: AffiliationKind;
  AffiliationLink: ResolverTypeWrapper<AffiliationStep>;
  CarriedRecord: ResolverTypeWrapper<CarriedRow>;
  CarriedRecordConnection: ResolverTypeWrapper<Omit<CarriedRecordConnection, 'nodes'> & { nodes: Array<ResolversTypes['CarriedRecord']> }>;
  CarriedRecordInput: CarriedRecordInput;
  Category: Category;
  Chain: ResolverTypeWrapper<ChainRow>;
  ChainConnection: ResolverTypeWrapper<Omit<ChainConnection, 'nodes'> & { nodes: Array<ResolversTypes['Chain']> }>;
  Channel: Channel;
  ConfirmDeletionInput: ConfirmDeletionInput;
  ConfirmDeletionResult: ResolverTypeWrapper<Omit<ConfirmDeletionResult, 'confirmation'> & { confirmation: ResolversTypes['DeletionConfirmation'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideRetractionInput: DecideRetractionInput;
  DeletionConfirmation: ResolverTypeWrapper<DeletionRow>;
  DeletionScope: ResolverTypeWrapper<Scope>;
  Disclosure: ResolverTypeWrapper<DisclosureRow>;
  DisclosureConnection: ResolverTypeWrapper<Omit<DisclosureConnection, 'nodes'> & { nodes: Array<ResolversTypes['Disclosure']> }>;
  Downstream: ResolverTypeWrapper<DownstreamRow>;
  Exposure: ResolverTypeWrapper<ExposureRow>;
  ExposureCount: ResolverTypeWrapper<ExposureCountRow>;
  ExposureDimension: ExposureDimension;
  ExposureGroup: ResolverTypeWrapper<ExposureGroupRow>;
  ExposureKey: ResolverTypeWrapper<ExposureKeyRow>;
  FlowKind: FlowKind;
  LedgerStamp: ResolverTypeWrapper<LedgerStampRow>;
  LedgerVerification: ResolverTypeWrapper<ChainVerification>;
  LegalBasis: LegalBasis;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Record: ResolverTypeWrapper<RecordRef>;
  RecordAccessGrantInput: RecordAccessGrantInput;
  RecordAccessGrantResult: ResolverTypeWrapper<Omit<RecordAccessGrantResult, 'grant'> & { grant: ResolversTypes['AccessGrant'] }>;
  RecordDisclosureInput: RecordDisclosureInput;
  RecordDisclosureResult: ResolverTypeWrapper<Omit<RecordDisclosureResult, 'disclosure'> & { disclosure: ResolversTypes['Disclosure'] }>;
  ReportedBy: ReportedBy;
  RetractDisclosureInput: RetractDisclosureInput;
  RetractDisclosureResult: ResolverTypeWrapper<Omit<RetractDisclosureResult, 'retraction'> & { retraction: ResolversTypes['Retraction'] }>;
  Retraction: ResolverTypeWrapper<RetractionRow>;
  RetractionDecision: ResolverTypeWrapper<DecisionRow>;
  RetractionOutcome: RetractionOutcome;
  RetractionStatus: RetractionStatus;
  ScopeHolder: ResolverTypeWrapper<ScopeHolderRow>;
  ScopeHolderConnection: ResolverTypeWrapper<Omit<ScopeHolderConnection, 'nodes'> & { nodes: Array<ResolversTypes['ScopeHolder']> }>;
  ScopeRecord: ResolverTypeWrapper<ScopePair>;
  ScopeRecordConnection: ResolverTypeWrapper<Omit<ScopeRecordConnection, 'nodes'> & { nodes: Array<ResolversTypes['ScopeRecord']> }>;
  StandingReason: ResolverTypeWrapper<StatusReason>;
  TimeWindow: TimeWindow;
  TraceConnection: ResolverTypeWrapper<Omit<TraceConnection, 'nodes' | 'withdrawn'> & { nodes: Array<ResolversTypes['TracedArrival']>, withdrawn: Array<ResolversTypes['TracedArrival']> }>;
  TraceHop: ResolverTypeWrapper<TraceHopRow>;
  TraceTarget: TraceTarget;
  TraceTargetKind: TraceTargetKind;
  TracedArrival: ResolverTypeWrapper<ArrivalRow>;
  Upstream: ResolverTypeWrapper<UpstreamRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessGrant: GrantRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Accounting: AccountingRow;
  AccountingArrival: AccountingArrivalRow;
  Int: Scalars['Int']['output'];
  AccountingEntry: AccountingEntryRow;
  Boolean: Scalars['Boolean']['output'];
  AffiliationLink: AffiliationStep;
  CarriedRecord: CarriedRow;
  CarriedRecordConnection: Omit<CarriedRecordConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['CarriedRecord']> };
  CarriedRecordInput: CarriedRecordInput;
  Chain: ChainRow;
  ChainConnection: Omit<ChainConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Chain']> };
  ConfirmDeletionInput: ConfirmDeletionInput;
  ConfirmDeletionResult: Omit<ConfirmDeletionResult, 'confirmation'> & { confirmation: ResolversParentTypes['DeletionConfirmation'] };
  DateTime: Scalars['DateTime']['output'];
  DecideRetractionInput: DecideRetractionInput;
  DeletionConfirmation: DeletionRow;
  DeletionScope: Scope;
  Disclosure: DisclosureRow;
  DisclosureConnection: Omit<DisclosureConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Disclosure']> };
  Downstream: DownstreamRow;
  Exposure: ExposureRow;
  ExposureCount: ExposureCountRow;
  ExposureGroup: ExposureGroupRow;
  ExposureKey: ExposureKeyRow;
  LedgerStamp: LedgerStampRow;
  LedgerVerification: ChainVerification;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Party: PartyRef;
  Query: Record<PropertyKey, never>;
  Record: RecordRef;
  RecordAccessGrantInput: RecordAccessGrantInput;
  RecordAccessGrantResult: Omit<RecordAccessGrantResult, 'grant'> & { grant: ResolversParentTypes['AccessGrant'] };
  RecordDisclosureInput: RecordDisclosureInput;
  RecordDisclosureResult: Omit<RecordDisclosureResult, 'disclosure'> & { disclosure: ResolversParentTypes['Disclosure'] };
  RetractDisclosureInput: RetractDisclosureInput;
  RetractDisclosureResult: Omit<RetractDisclosureResult, 'retraction'> & { retraction: ResolversParentTypes['Retraction'] };
  Retraction: RetractionRow;
  RetractionDecision: DecisionRow;
  ScopeHolder: ScopeHolderRow;
  ScopeHolderConnection: Omit<ScopeHolderConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ScopeHolder']> };
  ScopeRecord: ScopePair;
  ScopeRecordConnection: Omit<ScopeRecordConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ScopeRecord']> };
  StandingReason: StatusReason;
  TimeWindow: TimeWindow;
  TraceConnection: Omit<TraceConnection, 'nodes' | 'withdrawn'> & { nodes: Array<ResolversParentTypes['TracedArrival']>, withdrawn: Array<ResolversParentTypes['TracedArrival']> };
  TraceHop: TraceHopRow;
  TraceTarget: TraceTarget;
  TracedArrival: ArrivalRow;
  Upstream: UpstreamRow;
}>;

export type AccessGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessGrant'] = ResolversParentTypes['AccessGrant']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  agreementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantee?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AccountingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Accounting'] = ResolversParentTypes['Accounting']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['AccountingEntry']>, ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawn?: Resolver<Array<ResolversTypes['TracedArrival']>, ParentType, ContextType>;
}>;

export type AccountingArrivalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountingArrival'] = ResolversParentTypes['AccountingArrival']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  hopCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
}>;

export type AccountingEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountingEntry'] = ResolversParentTypes['AccountingEntry']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  chain?: Resolver<Maybe<Array<ResolversTypes['TraceHop']>>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  firstArrival?: Resolver<ResolversTypes['AccountingArrival'], ParentType, ContextType>;
  firstAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  immigrationAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  legalBases?: Resolver<Array<ResolversTypes['LegalBasis']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Record']>, ParentType, ContextType>;
}>;

export type AffiliationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffiliationLink'] = ResolversParentTypes['AffiliationLink']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AffiliationKind'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type CarriedRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarriedRecord'] = ResolversParentTypes['CarriedRecord']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['Record'], ParentType, ContextType>;
}>;

export type CarriedRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarriedRecordConnection'] = ResolversParentTypes['CarriedRecordConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['CarriedRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
}>;

export type ChainConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainConnection'] = ResolversParentTypes['ChainConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ConfirmDeletionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmDeletionResult'] = ResolversParentTypes['ConfirmDeletionResult']> = ResolversObject<{
  confirmation?: Resolver<ResolversTypes['DeletionConfirmation'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletionConfirmationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletionConfirmation'] = ResolversParentTypes['DeletionConfirmation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['ReportedBy'], ParentType, ContextType>;
}>;

export type DeletionScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletionScope'] = ResolversParentTypes['DeletionScope']> = ResolversObject<{
  holderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['ScopeHolderConnection'], ParentType, ContextType, RequireFields<DeletionScopeHoldersArgs, 'first'>>;
  pairCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnViolations?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
}>;

export type DisclosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure'], FederationReferenceType extends FederationReferenceTypes['Disclosure'] = FederationReferenceTypes['Disclosure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Disclosure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  downstream?: Resolver<ResolversTypes['Downstream'], ParentType, ContextType, Partial<DisclosureDownstreamArgs>>;
  from?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  holderUnknown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['LedgerStamp'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['CarriedRecordConnection'], ParentType, ContextType, RequireFields<DisclosureRecordsArgs, 'first'>>;
  reportedBy?: Resolver<ResolversTypes['ReportedBy'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  retractions?: Resolver<Array<ResolversTypes['Retraction']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type DisclosureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisclosureConnection'] = ResolversParentTypes['DisclosureConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DownstreamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Downstream'] = ResolversParentTypes['Downstream']> = ResolversObject<{
  arrivalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byAgent?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byHopCount?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byRecipient?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  immigrationAgent?: Resolver<ResolversTypes['ExposureCount'], ParentType, ContextType>;
  individualCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exposure'] = ResolversParentTypes['Exposure']> = ResolversObject<{
  arrivalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byAgent?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byHopCount?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byIntermediary?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byOriginAgency?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  contested?: Resolver<ResolversTypes['ExposureCount'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['ExposureCount'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ExposureGroup']>, ParentType, ContextType, RequireFields<ExposureGroupsArgs, 'by'>>;
  indirect?: Resolver<ResolversTypes['ExposureCount'], ParentType, ContextType>;
  individualCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retractedDisclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['ExposureCount'], ParentType, ContextType>;
}>;

export type ExposureCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureCount'] = ResolversParentTypes['ExposureCount']> = ResolversObject<{
  arrivalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  individualCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExposureGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureGroup'] = ResolversParentTypes['ExposureGroup']> = ResolversObject<{
  arrivalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  individualCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ExposureKey']>, ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExposureKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureKey'] = ResolversParentTypes['ExposureKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['ExposureDimension'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LedgerStampResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerStamp'] = ResolversParentTypes['LedgerStamp']> = ResolversObject<{
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerVerification'] = ResolversParentTypes['LedgerVerification']> = ResolversObject<{
  entries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  confirmDeletion?: Resolver<ResolversTypes['ConfirmDeletionResult'], ParentType, ContextType, RequireFields<MutationConfirmDeletionArgs, 'input'>>;
  decideRetraction?: Resolver<ResolversTypes['RetractDisclosureResult'], ParentType, ContextType, RequireFields<MutationDecideRetractionArgs, 'input'>>;
  recordAccessGrant?: Resolver<ResolversTypes['RecordAccessGrantResult'], ParentType, ContextType, RequireFields<MutationRecordAccessGrantArgs, 'input'>>;
  recordDisclosure?: Resolver<ResolversTypes['RecordDisclosureResult'], ParentType, ContextType, RequireFields<MutationRecordDisclosureArgs, 'input'>>;
  recordDisclosures?: Resolver<Array<ResolversTypes['RecordDisclosureResult']>, ParentType, ContextType, RequireFields<MutationRecordDisclosuresArgs, 'input'>>;
  retractDisclosure?: Resolver<ResolversTypes['RetractDisclosureResult'], ParentType, ContextType, RequireFields<MutationRetractDisclosureArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party'], FederationReferenceType extends FederationReferenceTypes['Party'] = FederationReferenceTypes['Party']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Party']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessGrants?: Resolver<Array<ResolversTypes['AccessGrant']>, ParentType, ContextType>;
  disclosuresReceived?: Resolver<ResolversTypes['DisclosureConnection'], ParentType, ContextType, RequireFields<PartyDisclosuresReceivedArgs, 'first'>>;
  disclosuresSent?: Resolver<ResolversTypes['DisclosureConnection'], ParentType, ContextType, RequireFields<PartyDisclosuresSentArgs, 'first'>>;
  downstream?: Resolver<ResolversTypes['Downstream'], ParentType, ContextType, Partial<PartyDownstreamArgs>>;
  exposure?: Resolver<ResolversTypes['Exposure'], ParentType, ContextType, Partial<PartyExposureArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['Upstream'], ParentType, ContextType, Partial<PartyUpstreamArgs>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accounting?: Resolver<ResolversTypes['Accounting'], ParentType, ContextType, RequireFields<QueryAccountingArgs, 'subjectKey'>>;
  chains?: Resolver<ResolversTypes['ChainConnection'], ParentType, ContextType, RequireFields<QueryChainsArgs, 'first' | 'maxHops' | 'partyId' | 'recordId'>>;
  deletionScope?: Resolver<ResolversTypes['DeletionScope'], ParentType, ContextType, RequireFields<QueryDeletionScopeArgs, 'violatingDisclosureIds'>>;
  deletionScopeOfThirdParty?: Resolver<ResolversTypes['DeletionScope'], ParentType, ContextType, RequireFields<QueryDeletionScopeOfThirdPartyArgs, 'since' | 'thirdPartyId'>>;
  disclosure?: Resolver<Maybe<ResolversTypes['Disclosure']>, ParentType, ContextType, RequireFields<QueryDisclosureArgs, 'id'>>;
  downstream?: Resolver<ResolversTypes['Downstream'], ParentType, ContextType, RequireFields<QueryDownstreamArgs, 'partyId'>>;
  downstreamOfDisclosure?: Resolver<ResolversTypes['Downstream'], ParentType, ContextType, RequireFields<QueryDownstreamOfDisclosureArgs, 'disclosureId'>>;
  exposure?: Resolver<ResolversTypes['Exposure'], ParentType, ContextType, Partial<QueryExposureArgs>>;
  trace?: Resolver<ResolversTypes['TraceConnection'], ParentType, ContextType, RequireFields<QueryTraceArgs, 'first' | 'subjectKey' | 'to'>>;
  traceRecords?: Resolver<ResolversTypes['TraceConnection'], ParentType, ContextType, RequireFields<QueryTraceRecordsArgs, 'first' | 'recordIds' | 'to'>>;
  upstream?: Resolver<ResolversTypes['Upstream'], ParentType, ContextType, RequireFields<QueryUpstreamArgs, 'partyId'>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
}>;

export type RecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Record'] = ResolversParentTypes['Record'], FederationReferenceType extends FederationReferenceTypes['Record'] = FederationReferenceTypes['Record']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Record']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineage?: Resolver<ResolversTypes['TraceConnection'], ParentType, ContextType, RequireFields<RecordLineageArgs, 'first'>>;
}>;

export type RecordAccessGrantResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordAccessGrantResult'] = ResolversParentTypes['RecordAccessGrantResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grant?: Resolver<ResolversTypes['AccessGrant'], ParentType, ContextType>;
}>;

export type RecordDisclosureResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordDisclosureResult'] = ResolversParentTypes['RecordDisclosureResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
}>;

export type RetractDisclosureResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractDisclosureResult'] = ResolversParentTypes['RetractDisclosureResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retraction?: Resolver<ResolversTypes['Retraction'], ParentType, ContextType>;
}>;

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['RetractionDecision']>, ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  filedByPrincipal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RetractionStatus'], ParentType, ContextType>;
}>;

export type RetractionDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractionDecision'] = ResolversParentTypes['RetractionDecision']> = ResolversObject<{
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RetractionOutcome'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ScopeHolderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeHolder'] = ResolversParentTypes['ScopeHolder']> = ResolversObject<{
  accessGrantsToCut?: Resolver<Array<ResolversTypes['AccessGrant']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['ScopeRecordConnection'], ParentType, ContextType, RequireFields<ScopeHolderRecordsArgs, 'first'>>;
  subjectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScopeHolderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeHolderConnection'] = ResolversParentTypes['ScopeHolderConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ScopeHolder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ScopeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeRecord'] = ResolversParentTypes['ScopeRecord']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['Record'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScopeRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeRecordConnection'] = ResolversParentTypes['ScopeRecordConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ScopeRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StandingReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandingReason'] = ResolversParentTypes['StandingReason']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['AffiliationLink']>, ParentType, ContextType>;
  through?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type TraceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TraceConnection'] = ResolversParentTypes['TraceConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['TracedArrival']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withdrawn?: Resolver<Array<ResolversTypes['TracedArrival']>, ParentType, ContextType>;
}>;

export type TraceHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TraceHop'] = ResolversParentTypes['TraceHop']> = ResolversObject<{
  agreementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  contested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientCountyPersonnel?: Resolver<Maybe<ResolversTypes['StandingReason']>, ParentType, ContextType>;
  recipientImmigrationAgent?: Resolver<Maybe<ResolversTypes['StandingReason']>, ParentType, ContextType>;
  recipientWasImmigrationAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  senderCountyPersonnel?: Resolver<Maybe<ResolversTypes['StandingReason']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TracedArrivalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TracedArrival'] = ResolversParentTypes['TracedArrival']> = ResolversObject<{
  actingFor?: Resolver<Maybe<ResolversTypes['StandingReason']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['TraceHop']>, ParentType, ContextType>;
  hopCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  immigrationAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  intermediaries?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['Record'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unknownSourceCategories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
}>;

export type UpstreamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Upstream'] = ResolversParentTypes['Upstream']> = ResolversObject<{
  arrivalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byIntermediary?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  byOriginAgency?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  bySender?: Resolver<Array<ResolversTypes['ExposureCount']>, ParentType, ContextType>;
  individualCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessGrant?: AccessGrantResolvers<ContextType>;
  Accounting?: AccountingResolvers<ContextType>;
  AccountingArrival?: AccountingArrivalResolvers<ContextType>;
  AccountingEntry?: AccountingEntryResolvers<ContextType>;
  AffiliationLink?: AffiliationLinkResolvers<ContextType>;
  CarriedRecord?: CarriedRecordResolvers<ContextType>;
  CarriedRecordConnection?: CarriedRecordConnectionResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainConnection?: ChainConnectionResolvers<ContextType>;
  ConfirmDeletionResult?: ConfirmDeletionResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletionConfirmation?: DeletionConfirmationResolvers<ContextType>;
  DeletionScope?: DeletionScopeResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureConnection?: DisclosureConnectionResolvers<ContextType>;
  Downstream?: DownstreamResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureCount?: ExposureCountResolvers<ContextType>;
  ExposureGroup?: ExposureGroupResolvers<ContextType>;
  ExposureKey?: ExposureKeyResolvers<ContextType>;
  LedgerStamp?: LedgerStampResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Record?: RecordResolvers<ContextType>;
  RecordAccessGrantResult?: RecordAccessGrantResultResolvers<ContextType>;
  RecordDisclosureResult?: RecordDisclosureResultResolvers<ContextType>;
  RetractDisclosureResult?: RetractDisclosureResultResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  RetractionDecision?: RetractionDecisionResolvers<ContextType>;
  ScopeHolder?: ScopeHolderResolvers<ContextType>;
  ScopeHolderConnection?: ScopeHolderConnectionResolvers<ContextType>;
  ScopeRecord?: ScopeRecordResolvers<ContextType>;
  ScopeRecordConnection?: ScopeRecordConnectionResolvers<ContextType>;
  StandingReason?: StandingReasonResolvers<ContextType>;
  TraceConnection?: TraceConnectionResolvers<ContextType>;
  TraceHop?: TraceHopResolvers<ContextType>;
  TracedArrival?: TracedArrivalResolvers<ContextType>;
  Upstream?: UpstreamResolvers<ContextType>;
}>;

