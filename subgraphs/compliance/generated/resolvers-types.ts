import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartyRef, AccessLogRow, AgreementRow, CertificationRow, RecipientListRow, FindingRow, DocumentView } from '../../../core/compliance/index.ts';
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

export type AccessAnswer =
  | 'DECLINED'
  | 'GRANTED';

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  nodes: Array<AccessLogEntry>;
  pageInfo: PageInfo;
};

/**
 * One request that touched personal information or was refused, as the access log holds it.
 * Entries are never changed or deleted. Each one's `hash` is the lower-case hex SHA-256 of
 * the UTF-8 text `prevHash + "\n" + canonicalJson(content)`, where content is an object of
 * this entry's fields principal, organisation, roles, operation, outcome, reason (left out
 * when null), subjects, records, queryHash, requestId, seq and at, and canonicalJson is JSON
 * with keys sorted and no whitespace (Python: `json.dumps(content, sort_keys=True,
 * separators=(",", ":"), ensure_ascii=False)`). Anyone can recompute it from this output.
 */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** When the entry was written, by the database's clock, in UTC with milliseconds. */
  at: Scalars['DateTime']['output'];
  /** The id the client sent with the request (`x-request-id`), kept beside the service's, never in its place; null when none. */
  clientRequestId: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of this entry's content chained to `prevHash`; see the type's description. */
  hash: Scalars['String']['output'];
  /** The GraphQL operation name of the request. */
  operation: Scalars['String']['output'];
  /** Party id of the organisation the principal acted for. */
  organisation: Scalars['ID']['output'];
  outcome: AccessOutcome;
  /** The `hash` of the entry before this one; 64 zeros for the first entry. */
  prevHash: Scalars['String']['output'];
  /** Id of the person or system account that asked. */
  principal: Scalars['ID']['output'];
  /** SHA-256 (hex) of the GraphQL document the principal sent. */
  queryHash: Scalars['String']['output'];
  /** Why the request was refused; null when it was allowed. */
  reason: Maybe<Scalars['String']['output']>;
  /** Ids of the records the answer carried. */
  records: Array<Scalars['ID']['output']>;
  /** The service's own id of the request, which also marks the gateway's and subgraphs' log lines for it. */
  requestId: Scalars['String']['output'];
  /** The principal's roles at the time of the request. */
  roles: Array<Scalars['String']['output']>;
  /** Position in the log: 1, 2, 3… with no gap. */
  seq: Scalars['Int']['output'];
  /** subjectKeys of the people the answer was about: keyed hashes, never names or identifiers. */
  subjects: Array<Scalars['String']['output']>;
};

/** Whether the tracker answered a request or refused it. */
export type AccessOutcome =
  | 'ALLOWED'
  | 'REFUSED';

export type AccessRequestKind =
  | 'ACCESS_TO_INDIVIDUAL'
  | 'INCARCERATION_STATUS'
  | 'RELEASE_DATE'
  | 'USE_OF_FACILITIES';

/**
 * One version of a written agreement between a county agency and a third party (Sec.
 * 46-37(f)). An amendment is a new version of the same id, never an edit. For an instant, the
 * governing version is the highest whose `from` is not after it; the agreement is in force
 * when that version's `until` is after it.
 */
export type Agreement = {
  __typename?: 'Agreement';
  agency: Party;
  certifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** (f)(v): who certified compliance for the third party, with what title, when; null when nobody did. */
  certifiedBy: Maybe<Scalars['String']['output']>;
  /** (f)(v): the certification was executed by the chief executive officer or equivalent. */
  certifiedByChiefExecutive: Scalars['Boolean']['output'];
  certifierTitle: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of the signed document. */
  documentSha256: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** (f)(iii): whether the third party may pass the information on, and to whom (empty: anyone). */
  permitsRedisclosure: Scalars['Boolean']['output'];
  /** (f)(i): prohibits disclosure to immigration agents. */
  prohibitsImmigrationDisclosure: Scalars['Boolean']['output'];
  /** (f)(i): prohibits use for the enforcement of immigration laws. */
  prohibitsImmigrationUse: Scalars['Boolean']['output'];
  /** (g): published. */
  public: Scalars['Boolean']['output'];
  /** Permitted purposes in the agreement's own words, beside the codes. */
  purposeText: Maybe<Scalars['String']['output']>;
  purposes: Array<PurposeCode>;
  /** (f)(iv) */
  recipientListCadence: RecipientListCadence;
  redisclosureTo: Array<Party>;
  /** (f)(iii): recipients must certify compliance in writing. */
  requiresRecipientCertification: Scalars['Boolean']['output'];
  signedAt: Scalars['DateTime']['output'];
  thirdParty: Party;
  until: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type AgreementCertificationInput = {
  /** True when the signer is the third party's chief executive officer or equivalent. */
  chiefExecutive: Scalars['Boolean']['input'];
  signedAt: Scalars['DateTime']['input'];
  signer: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** (g): an audit of a third party. */
export type Audit = ComplianceDocument & {
  __typename?: 'Audit';
  at: Scalars['DateTime']['output'];
  auditor: Party;
  findingsNoted: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  result: AuditResult;
  scope: Scalars['String']['output'];
  thirdParty: Party;
};

export type AuditResult =
  | 'COMPLIANT'
  | 'INCONCLUSIVE'
  | 'NOT_COMPLIANT';

/** (h): the agency's order to cease any access, use or disclosure. */
export type CeaseOrder = ComplianceDocument & {
  __typename?: 'CeaseOrder';
  agency: Party;
  at: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  /** Why deletion was not possible, when the agency recorded so: (h) asks to delete only where possible. */
  deletionNotPossibleReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  notice: Maybe<ViolationNotice>;
  thirdParty: Party;
};

/** The result of recomputing every hash of the access log. */
export type ChainVerification = {
  __typename?: 'ChainVerification';
  /** How many entries were found intact: all of them when ok, those before the first broken one otherwise. */
  entries: Scalars['Int']['output'];
  /** The seq of the first entry that is altered, missing or duplicated; null when ok. */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /**
   * The hash of the last entry when ok. Write it down: a later verification that passes
   * through the same seq with another hash means the log was rewritten as a whole.
   */
  lastHash: Maybe<Scalars['String']['output']>;
  /** True when every entry matches its hash, seqs run without gap or duplicate, and the head names the last entry. */
  ok: Scalars['Boolean']['output'];
  /** What is wrong at firstBrokenSeq, in words; null when ok. */
  reason: Maybe<Scalars['String']['output']>;
};

/** (d): a written complaint to the Office of Professional Review. */
export type Complaint = ComplianceDocument & {
  __typename?: 'Complaint';
  allegation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  linkedDisclosures: Array<Disclosure>;
  parties: Array<Party>;
  receivedAt: Scalars['DateTime']['output'];
  receivedBy: Party;
  /** The latest status recorded; RECEIVED until one is. */
  status: ComplaintStatus;
};

export type ComplaintStatus =
  | 'CLOSED'
  | 'INVESTIGATING'
  | 'NOT_SUSTAINED'
  /** Before any change is recorded; a change cannot set it. */
  | 'RECEIVED'
  | 'SUSTAINED';

/** A change of a complaint's status, as a new event. */
export type ComplaintStatusChange = ComplianceDocument & {
  __typename?: 'ComplaintStatusChange';
  at: Scalars['DateTime']['output'];
  complaintId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  note: Maybe<Scalars['String']['output']>;
  status: ComplaintStatus;
};

/** A compliance document, recorded once by (kind, id) and stamped in the compliance ledger. */
export type ComplianceDocument = {
  id: Scalars['ID']['output'];
  kind: DocumentKind;
};

/**
 * (h): the agency's demand to delete, by a deadline, what a deletion scope names: the scope of
 * `violatingDisclosures`, or of `thirdParty` since `since` (Query.deletionScope answers it).
 */
export type DeletionDemand = ComplianceDocument & {
  __typename?: 'DeletionDemand';
  agency: Party;
  at: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  notice: Maybe<ViolationNotice>;
  since: Maybe<Scalars['DateTime']['output']>;
  thirdParty: Party;
  violatingDisclosures: Array<Disclosure>;
};

export type DetainerDisposition =
  | 'DECLINED'
  | 'HONOURED'
  | 'PENDING';

/** (a), (c): an ICE detainer request and what became of it. */
export type DetainerRequest = ComplianceDocument & {
  __typename?: 'DetainerRequest';
  agency: Party;
  /** County staff time spent on it. */
  countyStaffMinutes: Scalars['Int']['output'];
  disposition: DetainerDisposition;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  receivedAt: Scalars['DateTime']['output'];
  /** The written agreement with the federal government that reimburses all costs, if any. */
  reimbursementAgreementReference: Maybe<Scalars['String']['output']>;
  requester: Party;
  subjectKey: Scalars['String']['output'];
};

export type Disclosure = {
  __typename?: 'Disclosure';
  /**
   * The agreement it was made under: the version in force at its time of the agreement its
   * `agreementReference` names, or else of the one agreement in force between its sender and
   * recipient; null when there is none.
   */
  agreement: Maybe<Agreement>;
  /**
   * The findings of the rules that judge single disclosures ((e), (f)(i) use for immigration
   * enforcement, (f)(ii), (f)(iii)) that name this one.
   */
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
};

/** The kinds of compliance document beside agreements, certifications and recipient lists. */
export type DocumentKind =
  | 'AUDIT'
  | 'CEASE_ORDER'
  | 'COMPLAINT'
  | 'COMPLAINT_STATUS'
  | 'DELETION_DEMAND'
  | 'DETAINER_REQUEST'
  | 'IMMIGRATION_ACCESS_REQUEST'
  | 'VIOLATION_NOTICE';

/** One finding: what the law requires and what the record shows instead. */
export type Finding = {
  __typename?: 'Finding';
  agreements: Array<Agreement>;
  /** Deletion confirmations that are evidence ((h): one dated before its holder's own disclosure on record). */
  deletionIds: Array<Scalars['ID']['output']>;
  /** The disclosures that are the evidence, chains included for (e). */
  disclosures: Array<Disclosure>;
  /** In plain words, for a letter. */
  explanation: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  /** Stable for the same facts. */
  id: Scalars['ID']['output'];
  /** Distinct individuals (subjects), where the rule counts them. */
  individualCount: Maybe<Scalars['Int']['output']>;
  parties: Array<Party>;
  /**
   * The stated purpose that reads as immigration enforcement, the words that say so and the
   * vocabulary that read them: on (f)(i)'s use findings, and on an (e) finding when the disclosure
   * to the immigration agent stated such a purpose. Null otherwise.
   */
  purposeMatch: Maybe<PurposeMatch>;
  recordCount: Maybe<Scalars['Int']['output']>;
  /** Retractions that are evidence ((e): evidence of a flow to an immigration agent withdrawn, or awaiting a decision). */
  retractionIds: Array<Scalars['ID']['output']>;
  severity: Severity;
  subsection: Subsection;
  until: Scalars['DateTime']['output'];
};

/**
 * A page of findings, by subsection and id. Complete when `truncated` is false; otherwise pass
 * `pageInfo.endCursor` as `after` for the rest.
 */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  nodes: Array<Finding>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};

/** (b): an immigration agent's request for access to an individual or to facilities, or about incarceration status or a release date. */
export type ImmigrationAccessRequest = ComplianceDocument & {
  __typename?: 'ImmigrationAccessRequest';
  agency: Party;
  answer: AccessAnswer;
  countyStaffMinutes: Scalars['Int']['output'];
  criminalWarrantShown: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  nonImmigrationPurposeShown: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTime']['output'];
  request: AccessRequestKind;
  requester: Party;
  subjectKey: Maybe<Scalars['String']['output']>;
};

/** What a stated purpose names of immigration enforcement (Sec. 46-37(f)(i)). */
export type ImmigrationPurposeCategory =
  /** U.S. Customs and Border Protection, the Border Patrol included. */
  | 'CBP'
  /** The U.S. Department of Homeland Security. */
  | 'DHS'
  /** Enforcement and Removal Operations of ICE, deportation officers included. */
  | 'ERO'
  /** Homeland Security Investigations, ICE's investigative directorate, whatever the task force. */
  | 'HSI'
  /** U.S. Immigration and Customs Enforcement, or one of its programs (287(g), Secure Communities). */
  | 'ICE'
  /** An ICE detainer or immigration hold (forms I-247A, I-247D, I-247N, I-203). */
  | 'ICE_DETAINER'
  /** Immigration in general: immigration status, undocumented, unlawful presence. */
  | 'IMMIGRATION'
  /** Deportation or removal: removal proceedings, orders of removal, expedited removal. */
  | 'REMOVAL'
  /** U.S. Citizenship and Immigration Services. */
  | 'USCIS';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records one version of a written agreement; a RECORDER for its own agency only. Idempotent
   * by (id, version): the same content again writes nothing, other content is refused.
   */
  recordAgreement: RecordAgreementResult;
  /** (g) An AUDITOR records an audit it made. Idempotent by id. */
  recordAudit: RecordDocumentResult;
  /** (h) A RECORDER records its agency's cease order. Idempotent by id. */
  recordCeaseOrder: RecordDocumentResult;
  /** (d) A RECORDER of the receiving office records a complaint. Idempotent by id. */
  recordComplaint: RecordDocumentResult;
  /** (d) A RECORDER of the office that received the complaint records a change of its status. Idempotent by id. */
  recordComplaintStatus: RecordDocumentResult;
  /** (h) A RECORDER records its agency's deletion demand. Idempotent by id. */
  recordDeletionDemand: RecordDocumentResult;
  /** (a), (c) A RECORDER records a detainer request its agency received. Idempotent by id. */
  recordDetainerRequest: RecordDocumentResult;
  /** (b) A RECORDER records an immigration agent's request its agency received. Idempotent by id. */
  recordImmigrationAccessRequest: RecordDocumentResult;
  /**
   * Records a recipient's written certification of compliance; a THIRD_PARTY of the recipient
   * or of the third party it certifies to. Idempotent by id.
   */
  recordRecipientCertification: RecordRecipientCertificationResult;
  /** Files a third party's recipient list for a month; a THIRD_PARTY for its own organisation only. Idempotent by id. */
  recordRecipientList: RecordRecipientListResult;
  /** (h) A THIRD_PARTY files its own violation notice. Idempotent by id. */
  recordViolationNotice: RecordDocumentResult;
};


export type MutationRecordAgreementArgs = {
  input: RecordAgreementInput;
};


export type MutationRecordAuditArgs = {
  input: RecordAuditInput;
};


export type MutationRecordCeaseOrderArgs = {
  input: RecordCeaseOrderInput;
};


export type MutationRecordComplaintArgs = {
  input: RecordComplaintInput;
};


export type MutationRecordComplaintStatusArgs = {
  input: RecordComplaintStatusInput;
};


export type MutationRecordDeletionDemandArgs = {
  input: RecordDeletionDemandInput;
};


export type MutationRecordDetainerRequestArgs = {
  input: RecordDetainerRequestInput;
};


export type MutationRecordImmigrationAccessRequestArgs = {
  input: RecordImmigrationAccessRequestInput;
};


export type MutationRecordRecipientCertificationArgs = {
  input: RecordRecipientCertificationInput;
};


export type MutationRecordRecipientListArgs = {
  input: RecordRecipientListInput;
};


export type MutationRecordViolationNoticeArgs = {
  input: RecordViolationNoticeInput;
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
   * Every version of every written agreement this party is a side of (as the agency or as the
   * third party), by agreement id and version. RECORDER and THIRD_PARTY read only their own
   * organisation's.
   */
  agreements: Array<Agreement>;
  /** Compliance documents that name this party, by kind and id. */
  complianceDocuments: Array<ComplianceDocument>;
  /**
   * How many disclosures this party has received, from anyone, over all time: the first
   * measure of how much personal information a third party holds.
   */
  disclosureCountReceived: Scalars['Int']['output'];
  /**
   * The findings in the window that name this party, as `findings`.
   * Cost: 2,000 per county month of the window (an open start counts from 2000, an open end to now).
   */
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
};


export type PartyFindingsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from: Scalars['DateTime']['input'];
  severity?: InputMaybe<Severity>;
  subsections?: InputMaybe<Array<Subsection>>;
  until: Scalars['DateTime']['input'];
};

/** Purposes an agreement may permit (Sec. 46-37(f)(ii)): a controlled vocabulary beside the agreement's own words. */
export type PurposeCode =
  | 'BILLING_AND_PAYMENT'
  | 'COURT_PROCEEDINGS'
  | 'CRIMINAL_JUSTICE_ADMINISTRATION'
  | 'ELECTIONS_ADMINISTRATION'
  | 'MEDICAL_TREATMENT'
  | 'NON_IMMIGRATION_LAW_ENFORCEMENT'
  | 'PROPERTY_TAX_ADMINISTRATION'
  | 'PUBLIC_HEALTH'
  | 'RESEARCH_DEIDENTIFIED'
  | 'VENDOR_SERVICE_TO_THE_COUNTY';

/** Why a stated purpose reads as immigration enforcement. */
export type PurposeMatch = {
  __typename?: 'PurposeMatch';
  categories: Array<ImmigrationPurposeCategory>;
  /** Each phrase found, in the order it stands in the purpose. */
  matches: Array<PurposeWordMatch>;
  /** The purpose as stated. */
  purpose: Scalars['String']['output'];
  /**
   * The vocabulary that found them: the name and version of each file merged (the repository's,
   * and the operator's extension) and a hash of the phrases, so that a finding made with another
   * vocabulary can be told apart.
   */
  vocabularyVersion: Scalars['String']['output'];
};

/** One phrase of the immigration-purpose vocabulary found in a stated purpose. */
export type PurposeWordMatch = {
  __typename?: 'PurposeWordMatch';
  category: ImmigrationPurposeCategory;
  /** Where they end, exclusive. */
  end: Scalars['Int']['output'];
  /** The vocabulary's phrase they matched ("ice"); a final * matches every word it begins. */
  phrase: Scalars['String']['output'];
  /** Where the words start in the purpose, counted in UTF-16 code units from 0. */
  start: Scalars['Int']['output'];
  /** The words as the purpose wrote them ("I.C.E."). */
  text: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The access log: every request that touched a subject's records, and every refusal,
   * oldest first (by seq). Filter by the principal who asked and by a time window: `from`
   * inclusive, `to` exclusive. `first` is at most 500; a larger value is refused rather than
   * cut short. The log has no mutation: nothing can change or delete its entries.
   */
  accessLog: AccessLogConnection;
  /** Compliance documents of the kinds asked for (all by default), by kind and id; for one party if asked. */
  complianceDocuments: Array<ComplianceDocument>;
  /**
   * The findings of every rule asked for (all by default) over [from, until), for one party
   * and one severity if asked. Month and year rules ((f)(iv), (f)(v)) judge every county month
   * and year the window touches.
   * Cost: 2,000 per county month of the window (an open start counts from 2000, an open end to now).
   */
  findings: FindingConnection;
  /**
   * Recomputes every hash of the access log from its content and checks that no entry is
   * missing, duplicated or altered. Reports the first broken seq and why.
   * Cost: 200,000.
   */
  verifyAccessLog: ChainVerification;
  /**
   * Recomputes the compliance ledger's hash chain and every document's hash from its content
   * as stored now; reports the first entry that no longer matches, and why.
   * Cost: 200,000.
   */
  verifyComplianceLedger: ChainVerification;
};


export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  principal?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryComplianceDocumentsArgs = {
  kinds?: InputMaybe<Array<DocumentKind>>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: Scalars['Int']['input'];
  from: Scalars['DateTime']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  severity?: InputMaybe<Severity>;
  subsections?: InputMaybe<Array<Subsection>>;
  until: Scalars['DateTime']['input'];
};

/** (f)(iii): a recipient's written certification of compliance, given to the third party it receives from. */
export type RecipientCertification = {
  __typename?: 'RecipientCertification';
  documentSha256: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  recipient: Party;
  signedAt: Scalars['DateTime']['output'];
  signer: Scalars['String']['output'];
  thirdParty: Party;
  title: Scalars['String']['output'];
  until: Maybe<Scalars['DateTime']['output']>;
};

/** (f)(iv): a third party's list of its recipients for one county month (America/Chicago), as filed. */
export type RecipientList = {
  __typename?: 'RecipientList';
  filedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  recipients: Array<Party>;
  thirdParty: Party;
};

export type RecipientListCadence =
  | 'MONTHLY'
  | 'NONE';

export type RecordAgreementInput = {
  agencyPartyId: Scalars['ID']['input'];
  certification?: InputMaybe<AgreementCertificationInput>;
  documentSha256: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  permitsRedisclosure: Scalars['Boolean']['input'];
  prohibitsImmigrationDisclosure: Scalars['Boolean']['input'];
  prohibitsImmigrationUse: Scalars['Boolean']['input'];
  public: Scalars['Boolean']['input'];
  purposeText?: InputMaybe<Scalars['String']['input']>;
  purposes: Array<PurposeCode>;
  recipientListCadence: RecipientListCadence;
  redisclosureTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  requiresRecipientCertification: Scalars['Boolean']['input'];
  signedAt: Scalars['DateTime']['input'];
  thirdPartyId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1 for a new agreement; n + 1 for an amendment of version n, between the same parties. */
  version: Scalars['Int']['input'];
};

export type RecordAgreementResult = {
  __typename?: 'RecordAgreementResult';
  agreement: Agreement;
  /** False when the same version with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
};

export type RecordAuditInput = {
  at: Scalars['DateTime']['input'];
  auditorPartyId: Scalars['ID']['input'];
  findingsNoted?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  result: AuditResult;
  scope: Scalars['String']['input'];
  thirdPartyId: Scalars['ID']['input'];
};

export type RecordCeaseOrderInput = {
  agencyPartyId: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
  deadline: Scalars['DateTime']['input'];
  /**
   * Why the agency could not also require deletion (for example, the information is no longer in
   * the third party's possession in any form that can be deleted). With it, a cease order alone
   * answers a violation notice; without it, (h) also wants a deletion demand.
   */
  deletionNotPossibleReason?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  noticeId?: InputMaybe<Scalars['ID']['input']>;
  thirdPartyId: Scalars['ID']['input'];
};

export type RecordComplaintInput = {
  allegation: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  linkedDisclosureIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  receivedAt: Scalars['DateTime']['input'];
  receivedByPartyId: Scalars['ID']['input'];
};

export type RecordComplaintStatusInput = {
  at: Scalars['DateTime']['input'];
  complaintId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ComplaintStatus;
};

export type RecordDeletionDemandInput = {
  agencyPartyId: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
  deadline: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  noticeId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  thirdPartyId: Scalars['ID']['input'];
  /** The disclosures found in violation; empty when `since` names when the third party's violation began. */
  violatingDisclosureIds: Array<Scalars['ID']['input']>;
};

export type RecordDetainerRequestInput = {
  agencyPartyId: Scalars['ID']['input'];
  countyStaffMinutes: Scalars['Int']['input'];
  disposition: DetainerDisposition;
  id: Scalars['ID']['input'];
  receivedAt: Scalars['DateTime']['input'];
  reimbursementAgreementReference?: InputMaybe<Scalars['String']['input']>;
  requesterPartyId: Scalars['ID']['input'];
  subjectKey: Scalars['String']['input'];
};

export type RecordDocumentResult = {
  __typename?: 'RecordDocumentResult';
  /** False when the same content was already recorded under this id: nothing was written. */
  created: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
};

export type RecordImmigrationAccessRequestInput = {
  agencyPartyId: Scalars['ID']['input'];
  answer: AccessAnswer;
  countyStaffMinutes: Scalars['Int']['input'];
  criminalWarrantShown: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  nonImmigrationPurposeShown: Scalars['Boolean']['input'];
  receivedAt: Scalars['DateTime']['input'];
  request: AccessRequestKind;
  requesterPartyId: Scalars['ID']['input'];
  subjectKey?: InputMaybe<Scalars['String']['input']>;
};

export type RecordRecipientCertificationInput = {
  documentSha256: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  recipientPartyId: Scalars['ID']['input'];
  signedAt: Scalars['DateTime']['input'];
  signer: Scalars['String']['input'];
  thirdPartyId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordRecipientCertificationResult = {
  __typename?: 'RecordRecipientCertificationResult';
  certification: RecipientCertification;
  created: Scalars['Boolean']['output'];
};

export type RecordRecipientListInput = {
  filedAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  /** YYYY-MM, a county month. */
  month: Scalars['String']['input'];
  /** Every recipient that month; empty when there was none. */
  recipientPartyIds: Array<Scalars['ID']['input']>;
  thirdPartyId: Scalars['ID']['input'];
};

export type RecordRecipientListResult = {
  __typename?: 'RecordRecipientListResult';
  created: Scalars['Boolean']['output'];
  list: RecipientList;
};

export type RecordViolationNoticeInput = {
  agencyPartyId: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  description: Scalars['String']['input'];
  disclosureIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  recordIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  thirdPartyId: Scalars['ID']['input'];
};

export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** The subsections of Sec. 46-37 that findings are evaluated for. */
export type Subsection =
  /** (a) a detainer request honoured with no written reimbursement agreement. */
  | 'A'
  /** (b) immigration agents given access or answers without a criminal warrant or a non-immigration law-enforcement purpose. */
  | 'B'
  /** (c) county staff time spent on detainer compliance the section does not allow. */
  | 'C'
  /** (d) complaints to the Office of Professional Review, their status and linked events. */
  | 'D'
  /** (e) a direct or indirect disclosure to an immigration agent. */
  | 'E'
  /**
   * (f)(i) access with no agreement prohibiting disclosure to immigration agents and use for
   * immigration enforcement; or a disclosure or grant whose stated purpose is immigration enforcement.
   */
  | 'F_I'
  /** (f)(ii) a disclosure with no agreement, or for a purpose the agreement does not permit. */
  | 'F_II'
  /** (f)(iii) an unpermitted redisclosure, any redisclosure by a recipient, a recipient without certification. */
  | 'F_III'
  /** (f)(iv) a month with redisclosures and no recipient list, or a list that leaves recipients out. */
  | 'F_IV'
  /** (f)(v) more than 500 individuals in a county year and no chief executive's certification. */
  | 'F_V'
  /** (g) a third party given access and not audited within the audit cycle; an agreement covering more than 500 individuals that is not public. */
  | 'G'
  /** (h) a violation notice with no cease order or deletion demand in time; a disclosure after a cease order or after a confirmed deletion. */
  | 'H';

/** (h): a third party's notice that it obtained, used or held personal information in violation. */
export type ViolationNotice = ComplianceDocument & {
  __typename?: 'ViolationNotice';
  agency: Party;
  at: Scalars['DateTime']['output'];
  categories: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  disclosures: Array<Disclosure>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** How many records it names (the records themselves are subject-level). */
  recordCount: Scalars['Int']['output'];
  thirdParty: Party;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Disclosure:
    ( { __typename: 'Disclosure' }
    & GraphQLRecursivePick<FederationTypes['Disclosure'], {"id":true}> );
  Party:
    ( { __typename: 'Party' }
    & GraphQLRecursivePick<FederationTypes['Party'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessAnswer: AccessAnswer;
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'nodes'> & { nodes: Array<ResolversTypes['AccessLogEntry']> }>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessOutcome: AccessOutcome;
  AccessRequestKind: AccessRequestKind;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgreementCertificationInput: AgreementCertificationInput;
  Audit: ResolverTypeWrapper<DocumentView>;
  AuditResult: AuditResult;
  CeaseOrder: ResolverTypeWrapper<DocumentView>;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  Complaint: ResolverTypeWrapper<DocumentView>;
  ComplaintStatus: ComplaintStatus;
  ComplaintStatusChange: ResolverTypeWrapper<DocumentView>;
  ComplianceDocument: ResolverTypeWrapper<DocumentView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletionDemand: ResolverTypeWrapper<DocumentView>;
  DetainerDisposition: DetainerDisposition;
  DetainerRequest: ResolverTypeWrapper<DocumentView>;
  Disclosure: ResolverTypeWrapper<PartyRef>;
  DocumentKind: DocumentKind;
  Finding: ResolverTypeWrapper<FindingRow>;
  FindingConnection: ResolverTypeWrapper<Omit<FindingConnection, 'nodes'> & { nodes: Array<ResolversTypes['Finding']> }>;
  ImmigrationAccessRequest: ResolverTypeWrapper<DocumentView>;
  ImmigrationPurposeCategory: ImmigrationPurposeCategory;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRef>;
  PurposeCode: PurposeCode;
  PurposeMatch: ResolverTypeWrapper<PurposeMatch>;
  PurposeWordMatch: ResolverTypeWrapper<PurposeWordMatch>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientCertification: ResolverTypeWrapper<CertificationRow>;
  RecipientList: ResolverTypeWrapper<RecipientListRow>;
  RecipientListCadence: RecipientListCadence;
  RecordAgreementInput: RecordAgreementInput;
  RecordAgreementResult: ResolverTypeWrapper<Omit<RecordAgreementResult, 'agreement'> & { agreement: ResolversTypes['Agreement'] }>;
  RecordAuditInput: RecordAuditInput;
  RecordCeaseOrderInput: RecordCeaseOrderInput;
  RecordComplaintInput: RecordComplaintInput;
  RecordComplaintStatusInput: RecordComplaintStatusInput;
  RecordDeletionDemandInput: RecordDeletionDemandInput;
  RecordDetainerRequestInput: RecordDetainerRequestInput;
  RecordDocumentResult: ResolverTypeWrapper<RecordDocumentResult>;
  RecordImmigrationAccessRequestInput: RecordImmigrationAccessRequestInput;
  RecordRecipientCertificationInput: RecordRecipientCertificationInput;
  RecordRecipientCertificationResult: ResolverTypeWrapper<Omit<RecordRecipientCertificationResult, 'certification'> & { certification: ResolversTypes['RecipientCertification'] }>;
  RecordRecipientListInput: RecordRecipientListInput;
  RecordRecipientListResult: ResolverTypeWrapper<Omit<RecordRecipientListResult, 'list'> & { list: ResolversTypes['RecipientList'] }>;
  RecordViolationNoticeInput: RecordViolationNoticeInput;
  Severity: Severity;
  Subsection: Subsection;
  ViolationNotice: ResolverTypeWrapper<DocumentView>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: Omit<AccessLogConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AccessLogEntry']> };
  AccessLogEntry: AccessLogRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Agreement: AgreementRow;
  Boolean: Scalars['Boolean']['output'];
  AgreementCertificationInput: AgreementCertificationInput;
  Audit: DocumentView;
  CeaseOrder: DocumentView;
  ChainVerification: ChainVerification;
  Complaint: DocumentView;
  ComplaintStatusChange: DocumentView;
  ComplianceDocument: DocumentView;
  DateTime: Scalars['DateTime']['output'];
  DeletionDemand: DocumentView;
  DetainerRequest: DocumentView;
  Disclosure: PartyRef;
  Finding: FindingRow;
  FindingConnection: Omit<FindingConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Finding']> };
  ImmigrationAccessRequest: DocumentView;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Party: PartyRef;
  PurposeMatch: PurposeMatch;
  PurposeWordMatch: PurposeWordMatch;
  Query: Record<PropertyKey, never>;
  RecipientCertification: CertificationRow;
  RecipientList: RecipientListRow;
  RecordAgreementInput: RecordAgreementInput;
  RecordAgreementResult: Omit<RecordAgreementResult, 'agreement'> & { agreement: ResolversParentTypes['Agreement'] };
  RecordAuditInput: RecordAuditInput;
  RecordCeaseOrderInput: RecordCeaseOrderInput;
  RecordComplaintInput: RecordComplaintInput;
  RecordComplaintStatusInput: RecordComplaintStatusInput;
  RecordDeletionDemandInput: RecordDeletionDemandInput;
  RecordDetainerRequestInput: RecordDetainerRequestInput;
  RecordDocumentResult: RecordDocumentResult;
  RecordImmigrationAccessRequestInput: RecordImmigrationAccessRequestInput;
  RecordRecipientCertificationInput: RecordRecipientCertificationInput;
  RecordRecipientCertificationResult: Omit<RecordRecipientCertificationResult, 'certification'> & { certification: ResolversParentTypes['RecipientCertification'] };
  RecordRecipientListInput: RecordRecipientListInput;
  RecordRecipientListResult: Omit<RecordRecipientListResult, 'list'> & { list: ResolversParentTypes['RecipientList'] };
  RecordViolationNoticeInput: RecordViolationNoticeInput;
  ViolationNotice: DocumentView;
}>;

export type AccessLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientRequestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queryHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  certifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  certifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certifiedByChiefExecutive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  certifierTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permitsRedisclosure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prohibitsImmigrationDisclosure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prohibitsImmigrationUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purposeText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeCode']>, ParentType, ContextType>;
  recipientListCadence?: Resolver<ResolversTypes['RecipientListCadence'], ParentType, ContextType>;
  redisclosureTo?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  requiresRecipientCertification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Audit'] = ResolversParentTypes['Audit']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  auditor?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  findingsNoted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['AuditResult'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CeaseOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CeaseOrder'] = ResolversParentTypes['CeaseOrder']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletionNotPossibleReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['ViolationNotice']>, ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChainVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainVerification'] = ResolversParentTypes['ChainVerification']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = ResolversObject<{
  allegation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  linkedDisclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedBy?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ComplaintStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintStatusChange'] = ResolversParentTypes['ComplaintStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  complaintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ComplianceDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceDocument'] = ResolversParentTypes['ComplianceDocument']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Audit' | 'CeaseOrder' | 'Complaint' | 'ComplaintStatusChange' | 'DeletionDemand' | 'DetainerRequest' | 'ImmigrationAccessRequest' | 'ViolationNotice', ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletionDemandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletionDemand'] = ResolversParentTypes['DeletionDemand']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['ViolationNotice']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  violatingDisclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DetainerRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DetainerRequest'] = ResolversParentTypes['DetainerRequest']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  countyStaffMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['DetainerDisposition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reimbursementAgreementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisclosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure'], FederationReferenceType extends FederationReferenceTypes['Disclosure'] = FederationReferenceTypes['Disclosure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Disclosure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  deletionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  individualCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  purposeMatch?: Resolver<Maybe<ResolversTypes['PurposeMatch']>, ParentType, ContextType>;
  recordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retractionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  subsection?: Resolver<ResolversTypes['Subsection'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImmigrationAccessRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImmigrationAccessRequest'] = ResolversParentTypes['ImmigrationAccessRequest']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  answer?: Resolver<ResolversTypes['AccessAnswer'], ParentType, ContextType>;
  countyStaffMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  criminalWarrantShown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  nonImmigrationPurposeShown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['AccessRequestKind'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  subjectKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordAgreement?: Resolver<ResolversTypes['RecordAgreementResult'], ParentType, ContextType, RequireFields<MutationRecordAgreementArgs, 'input'>>;
  recordAudit?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordAuditArgs, 'input'>>;
  recordCeaseOrder?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordCeaseOrderArgs, 'input'>>;
  recordComplaint?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordComplaintArgs, 'input'>>;
  recordComplaintStatus?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordComplaintStatusArgs, 'input'>>;
  recordDeletionDemand?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordDeletionDemandArgs, 'input'>>;
  recordDetainerRequest?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordDetainerRequestArgs, 'input'>>;
  recordImmigrationAccessRequest?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordImmigrationAccessRequestArgs, 'input'>>;
  recordRecipientCertification?: Resolver<ResolversTypes['RecordRecipientCertificationResult'], ParentType, ContextType, RequireFields<MutationRecordRecipientCertificationArgs, 'input'>>;
  recordRecipientList?: Resolver<ResolversTypes['RecordRecipientListResult'], ParentType, ContextType, RequireFields<MutationRecordRecipientListArgs, 'input'>>;
  recordViolationNotice?: Resolver<ResolversTypes['RecordDocumentResult'], ParentType, ContextType, RequireFields<MutationRecordViolationNoticeArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party'], FederationReferenceType extends FederationReferenceTypes['Party'] = FederationReferenceTypes['Party']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Party']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  complianceDocuments?: Resolver<Array<ResolversTypes['ComplianceDocument']>, ParentType, ContextType>;
  disclosureCountReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<PartyFindingsArgs, 'from' | 'until'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PurposeMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurposeMatch'] = ResolversParentTypes['PurposeMatch']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['ImmigrationPurposeCategory']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['PurposeWordMatch']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PurposeWordMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurposeWordMatch'] = ResolversParentTypes['PurposeWordMatch']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ImmigrationPurposeCategory'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  complianceDocuments?: Resolver<Array<ResolversTypes['ComplianceDocument']>, ParentType, ContextType, Partial<QueryComplianceDocumentsArgs>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'first' | 'from' | 'until'>>;
  verifyAccessLog?: Resolver<ResolversTypes['ChainVerification'], ParentType, ContextType>;
  verifyComplianceLedger?: Resolver<ResolversTypes['ChainVerification'], ParentType, ContextType>;
}>;

export type RecipientCertificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientCertification'] = ResolversParentTypes['RecipientCertification']> = ResolversObject<{
  documentSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type RecipientListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientList'] = ResolversParentTypes['RecipientList']> = ResolversObject<{
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type RecordAgreementResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordAgreementResult'] = ResolversParentTypes['RecordAgreementResult']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecordDocumentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordDocumentResult'] = ResolversParentTypes['RecordDocumentResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
}>;

export type RecordRecipientCertificationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordRecipientCertificationResult'] = ResolversParentTypes['RecordRecipientCertificationResult']> = ResolversObject<{
  certification?: Resolver<ResolversTypes['RecipientCertification'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecordRecipientListResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordRecipientListResult'] = ResolversParentTypes['RecordRecipientListResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['RecipientList'], ParentType, ContextType>;
}>;

export type ViolationNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationNotice'] = ResolversParentTypes['ViolationNotice']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Audit?: AuditResolvers<ContextType>;
  CeaseOrder?: CeaseOrderResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintStatusChange?: ComplaintStatusChangeResolvers<ContextType>;
  ComplianceDocument?: ComplianceDocumentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletionDemand?: DeletionDemandResolvers<ContextType>;
  DetainerRequest?: DetainerRequestResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  ImmigrationAccessRequest?: ImmigrationAccessRequestResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PurposeMatch?: PurposeMatchResolvers<ContextType>;
  PurposeWordMatch?: PurposeWordMatchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecipientCertification?: RecipientCertificationResolvers<ContextType>;
  RecipientList?: RecipientListResolvers<ContextType>;
  RecordAgreementResult?: RecordAgreementResultResolvers<ContextType>;
  RecordDocumentResult?: RecordDocumentResultResolvers<ContextType>;
  RecordRecipientCertificationResult?: RecordRecipientCertificationResultResolvers<ContextType>;
  RecordRecipientListResult?: RecordRecipientListResultResolvers<ContextType>;
  ViolationNotice?: ViolationNoticeResolvers<ContextType>;
}>;

