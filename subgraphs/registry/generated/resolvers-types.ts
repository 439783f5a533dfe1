import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartyRow, EnforcementRow, AffiliationRow, IntervalRow, RecordRow, SubjectRow } from '../../../core/registry/index.ts';
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
 * `from` is EMPLOYEE_OF, AGENT_OF or CONTRACTOR_OF `to` over [from, until). An employee or
 * contractor of an immigration agent is one too, while the link holds.
 */
export type Affiliation = {
  __typename?: 'Affiliation';
  from: Scalars['DateTime']['output'];
  fromParty: Party;
  id: Scalars['ID']['output'];
  kind: AffiliationKind;
  /** The contract, appointment or other document that creates the link. */
  reference: Maybe<Scalars['String']['output']>;
  toParty: Party;
  until: Maybe<Scalars['DateTime']['output']>;
};

/** How one party is bound to another; each link counts only while it is valid. */
export type AffiliationKind =
  | 'AGENT_OF'
  | 'CONTRACTOR_OF'
  | 'EMPLOYEE_OF';

/**
 * A kind of personal information a record contains: those Sec. 46-37 names, plus NAME, PHOTO
 * and OTHER ("including but not limited to").
 */
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

/** An interval in which a party enforces immigration law, and on what basis. */
export type EnforcementInterval = {
  __typename?: 'EnforcementInterval';
  /** e.g. "federal statute" or "287(g) agreement of 2019-01-01". */
  basis: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  until: Maybe<Scalars['DateTime']['output']>;
};

/**
 * The kind of identifier a subject key is derived from. Each kind has its own normalisation
 * (e.g. an SSN is 9 digits; a driver's licence is scoped by its issuing state, "WI:S1234567",
 * and no prefix means Illinois); the kind is part of the hash, so one number under two kinds
 * gives two keys, except STATE_ID, which Illinois issues from its driver's-licence series.
 * A licence plate is scoped by its issuing state like a driver's licence ("IN:ABC123").
 */
export type IdentifierKind =
  | 'CB_NUMBER'
  | 'DRIVERS_LICENSE'
  | 'ITIN'
  | 'LICENSE_PLATE'
  | 'MRN'
  | 'OTHER'
  | 'PASSPORT'
  | 'SSN'
  | 'STATE_ID';

/**
 * A stretch of time, [from, until): `until` is the first instant at which it no longer
 * holds, null while it still runs.
 */
export type Interval = {
  __typename?: 'Interval';
  from: Scalars['DateTime']['output'];
  until: Maybe<Scalars['DateTime']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The subject key of one identifier: the same HMAC-SHA-256 derivation as the agencies'
   * `npm run subject-key` tool, so that keys from either match. The identifier is neither
   * stored nor logged, and no error repeats it; only the key comes back.
   */
  deriveSubjectKey: Scalars['String']['output'];
  /**
   * Records an EMPLOYEE_OF, AGENT_OF or CONTRACTOR_OF link between two parties over an
   * interval, e.g. a data broker's contract with ICE. Idempotent by id.
   */
  recordAffiliation: RecordAffiliationResult;
  /**
   * Records that a party enforces immigration law over an interval (Sec. 46-37's definition
   * of an immigration agent starts here). Idempotent by id; other content under the same id
   * is refused with CONFLICTING_RESUBMISSION.
   */
  recordImmigrationEnforcement: RecordImmigrationEnforcementResult;
  /**
   * Registers a party. Registering the same id with the same content again changes nothing;
   * the same id with another name or kind is refused with CONFLICTING_RESUBMISSION.
   */
  registerParty: RegisterPartyResult;
  /**
   * Registers up to 1,000 records of the caller's own agency in one transaction: if any item is
   * refused, nothing is written, and the error names the item (`input[3].categories`). The same
   * id with the same content again is counted as unchanged; the same id with other content, or
   * another id for a (origin, source system, source record id) already registered, is refused
   * with CONFLICTING_RESUBMISSION.
   */
  registerRecords: RegisterRecordsResult;
};


export type MutationDeriveSubjectKeyArgs = {
  identifier: Scalars['String']['input'];
  kind: IdentifierKind;
};


export type MutationRecordAffiliationArgs = {
  input: RecordAffiliationInput;
};


export type MutationRecordImmigrationEnforcementArgs = {
  input: RecordImmigrationEnforcementInput;
};


export type MutationRegisterPartyArgs = {
  input: RegisterPartyInput;
};


export type MutationRegisterRecordsArgs = {
  input: Array<RegisterRecordInput>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page; null when this page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Any organisation or person that can hold personal information: a county agency or a
 * third party.
 */
export type Party = {
  __typename?: 'Party';
  /** Its affiliations, both ways: whom it works for or contracts with, and who works for or contracts with it. */
  affiliations: Array<Affiliation>;
  /** The intervals in which this party itself enforces immigration law (ICE always; a 287(g) department while its agreement runs). */
  enforcesImmigrationLaw: Array<EnforcementInterval>;
  /** The county's stable identifier for this party, e.g. `cook-sheriff`. */
  id: Scalars['ID']['output'];
  /** Every interval in which this party is an immigration agent, derived from the registry as of now. */
  immigrationAgentIntervals: Array<Interval>;
  /**
   * Whether this party is an immigration agent at the given instant: it enforces immigration
   * law then, or is linked then by a chain of EMPLOYEE_OF, AGENT_OF or CONTRACTOR_OF
   * affiliations, each valid at that instant, to a party that does. Ask at the
   * time of the disclosure, never "now".
   */
  isImmigrationAgent: Scalars['Boolean']['output'];
  /** True for every party that is not a county agency. */
  isThirdParty: Scalars['Boolean']['output'];
  kind: PartyKind;
  name: Scalars['String']['output'];
};


/**
 * Any organisation or person that can hold personal information: a county agency or a
 * third party.
 */
export type PartyIsImmigrationAgentArgs = {
  at: Scalars['DateTime']['input'];
};

export type PartyConnection = {
  __typename?: 'PartyConnection';
  nodes: Array<Party>;
  pageInfo: PageInfo;
};

/**
 * What kind of holder a party is. COUNTY_AGENCY is an agency, board, bureau, commission,
 * department, division or office of Cook County; every other kind is a third party in the
 * sense of Sec. 46-37.
 */
export type PartyKind =
  | 'ASSOCIATION'
  | 'BULK_DATA_REQUESTER'
  | 'CONTRACTOR'
  | 'CORPORATION'
  | 'COUNTY_AGENCY'
  | 'DATABASE'
  | 'DATA_BROKER'
  | 'DATA_EXCHANGE'
  | 'GOVERNMENT_AGENCY'
  | 'INDIVIDUAL'
  | 'ORGANIZATION'
  | 'PARTNERSHIP';

/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Parties in id order, optionally of one kind. `first` is at most 500; a larger value
   * is refused rather than cut short.
   */
  parties: PartyConnection;
  /** One party by its id, or null when no party has that id. */
  party: Maybe<Party>;
  /**
   * Parties whose name or id contains the text given, ignoring case (2 to 100 characters, e.g.
   * "sheriff" or "data exchange"): those whose name starts with it first, then by name and id.
   * For finding a party when its id is not known, as the explorer's search does. `first` is at
   * most 500; a larger value is refused rather than cut short.
   */
  partySearch: PartyConnection;
  /**
   * One record by its id, or null when no record has that id. An AUDITOR reads any record; a
   * RECORDER only those its own agency originated (FORBIDDEN otherwise). Every answer that
   * carries a record is written to the access log, with the record's id and subject key.
   */
  record: Maybe<RecordType>;
  /**
   * One person by subject key (derive it with deriveSubjectKey), or null when the tracker holds
   * no record about them. A RECORDER may ask only about people its own agency holds records
   * about (FORBIDDEN otherwise, whether or not others do). Every answer is written to the
   * access log.
   */
  subject: Maybe<Subject>;
};


/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type QueryPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<PartyKind>;
};


/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type QueryPartyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type QueryPartySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<PartyKind>;
  text: Scalars['String']['input'];
};


/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type QueryRecordArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What one request may ask, and what it costs. Every field costs 1 unless its description says
 * otherwise; what is selected under a paged field counts once per item of its page (`first`, or
 * its default when left out), and under any other list 5 times, so nested pages multiply. An
 * operation may cost at most 1,000,000, counted with its variables as sent; a costlier one is
 * refused before anything runs, its cost, the limit and its heaviest fields named. A request has
 * 60 s (less when it sends `x-request-timeout: <ms>`); past that, its work stops and it answers
 * DEADLINE_EXCEEDED.
 */
export type QuerySubjectArgs = {
  subjectKey: Scalars['String']['input'];
};

/**
 * One unit of personal information about one subject, created by one county agency (its
 * origin) in one source system, with the categories it contains.
 */
export type RecordType = {
  __typename?: 'Record';
  /** What kinds of personal information the record contains, in the order of the Category enum. */
  categories: Array<Category>;
  /** When the origin agency created the record, as its source system says. */
  createdAt: Scalars['DateTime']['output'];
  /** The tracker's id for this record, chosen by the agency that registered it. */
  id: Scalars['ID']['output'];
  /** The county agency that created the record. */
  origin: Party;
  /** The record's own id in that system; unique per origin and source system. */
  sourceRecordId: Scalars['String']['output'];
  /** The agency's system the record lives in, e.g. `CCOMS` or `jail-management`. */
  sourceSystem: Scalars['String']['output'];
  subject: Subject;
};

export type RecordAffiliationInput = {
  from: Scalars['DateTime']['input'];
  fromPartyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: AffiliationKind;
  reference?: InputMaybe<Scalars['String']['input']>;
  toPartyId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordAffiliationResult = {
  __typename?: 'RecordAffiliationResult';
  affiliation: Affiliation;
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
};

export type RecordConnection = {
  __typename?: 'RecordConnection';
  nodes: Array<RecordType>;
  pageInfo: PageInfo;
};

export type RecordImmigrationEnforcementInput = {
  basis: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  /** The registry's id for this interval: 1 to 128 letters, digits, ".", "_", ":", "/" or "-". */
  id: Scalars['ID']['input'];
  partyId: Scalars['ID']['input'];
  /** Null while it runs. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordImmigrationEnforcementResult = {
  __typename?: 'RecordImmigrationEnforcementResult';
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
  interval: EnforcementInterval;
};

export type RegisterPartyInput = {
  /** Lower-case letters, digits and `.`, `_`, `:` or `-`, 1 to 128 characters. */
  id: Scalars['ID']['input'];
  kind: PartyKind;
  name: Scalars['String']['input'];
};

export type RegisterPartyResult = {
  __typename?: 'RegisterPartyResult';
  /** False when a party with the same id and content already existed: nothing was written. */
  created: Scalars['Boolean']['output'];
  party: Party;
};

export type RegisterRecordInput = {
  /** What kinds of personal information the record contains: at least one, none twice. */
  categories: Array<Category>;
  /** When the agency created the record; at most 5 minutes in the future. */
  createdAt: Scalars['DateTime']['input'];
  /** The tracker's id for the record: 1 to 128 letters, digits, ".", "_", ":", "/" or "-", starting with a letter or digit. */
  id: Scalars['ID']['input'];
  /** The county agency that created the record: the caller's own. */
  originPartyId: Scalars['ID']['input'];
  /** The record's id in that system: 1 to 200 characters, unique per origin and source system. */
  sourceRecordId: Scalars['String']['input'];
  /** The agency's system the record lives in: 1 to 100 characters. */
  sourceSystem: Scalars['String']['input'];
  /** The subject key of the person the record is about, from deriveSubjectKey or the agency's own tool. */
  subjectKey: Scalars['String']['input'];
};

export type RegisterRecordsResult = {
  __typename?: 'RegisterRecordsResult';
  /** Records written by this call. */
  created: Scalars['Int']['output'];
  /** Records that were already registered with the same id and content: nothing was written for them. */
  unchanged: Scalars['Int']['output'];
};

/**
 * The living person a record is about, known to the tracker only by a keyed hash of one of
 * their identifiers: never a name or an identifier in clear.
 */
export type Subject = {
  __typename?: 'Subject';
  /**
   * The records about this person, in id order: all of them for an AUDITOR, those of the
   * caller's own agency for a RECORDER. `first` is at most 500; a larger value is refused
   * rather than cut short. Every page read is written to the access log.
   */
  records: RecordConnection;
  /** 64 lower-case hex digits: HMAC-SHA-256, with the county's secret, of a normalised identifier. */
  subjectKey: Scalars['String']['output'];
};


/**
 * The living person a record is about, known to the tracker only by a keyed hash of one of
 * their identifiers: never a name or an identifier in clear.
 */
export type SubjectRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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
  Party: Party;
  Record: RecordType;
  Subject: Subject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Party:
    ( { __typename: 'Party' }
    & GraphQLRecursivePick<FederationTypes['Party'], {"id":true}> );
  Record:
    ( { __typename: 'Record' }
    & GraphQLRecursivePick<FederationTypes['Record'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"subjectKey":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AffiliationKind: AffiliationKind;
  Category: Category;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnforcementInterval: ResolverTypeWrapper<EnforcementRow>;
  IdentifierKind: IdentifierKind;
  Interval: ResolverTypeWrapper<IntervalRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Party: ResolverTypeWrapper<PartyRow>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Party']> }>;
  PartyKind: PartyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Record: ResolverTypeWrapper<RecordRow>;
  RecordAffiliationInput: RecordAffiliationInput;
  RecordAffiliationResult: ResolverTypeWrapper<Omit<RecordAffiliationResult, 'affiliation'> & { affiliation: ResolversTypes['Affiliation'] }>;
  RecordConnection: ResolverTypeWrapper<Omit<RecordConnection, 'nodes'> & { nodes: Array<ResolversTypes['Record']> }>;
  RecordImmigrationEnforcementInput: RecordImmigrationEnforcementInput;
  RecordImmigrationEnforcementResult: ResolverTypeWrapper<Omit<RecordImmigrationEnforcementResult, 'interval'> & { interval: ResolversTypes['EnforcementInterval'] }>;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: ResolverTypeWrapper<Omit<RegisterPartyResult, 'party'> & { party: ResolversTypes['Party'] }>;
  RegisterRecordInput: RegisterRecordInput;
  RegisterRecordsResult: ResolverTypeWrapper<RegisterRecordsResult>;
  Subject: ResolverTypeWrapper<SubjectRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Affiliation: AffiliationRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  EnforcementInterval: EnforcementRow;
  Interval: IntervalRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Party: PartyRow;
  PartyConnection: Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Party']> };
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Record: RecordRow;
  RecordAffiliationInput: RecordAffiliationInput;
  RecordAffiliationResult: Omit<RecordAffiliationResult, 'affiliation'> & { affiliation: ResolversParentTypes['Affiliation'] };
  RecordConnection: Omit<RecordConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Record']> };
  RecordImmigrationEnforcementInput: RecordImmigrationEnforcementInput;
  RecordImmigrationEnforcementResult: Omit<RecordImmigrationEnforcementResult, 'interval'> & { interval: ResolversParentTypes['EnforcementInterval'] };
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: Omit<RegisterPartyResult, 'party'> & { party: ResolversParentTypes['Party'] };
  RegisterRecordInput: RegisterRecordInput;
  RegisterRecordsResult: RegisterRecordsResult;
  Subject: SubjectRow;
}>;

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AffiliationKind'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnforcementIntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnforcementInterval'] = ResolversParentTypes['EnforcementInterval']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type IntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interval'] = ResolversParentTypes['Interval']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deriveSubjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationDeriveSubjectKeyArgs, 'identifier' | 'kind'>>;
  recordAffiliation?: Resolver<ResolversTypes['RecordAffiliationResult'], ParentType, ContextType, RequireFields<MutationRecordAffiliationArgs, 'input'>>;
  recordImmigrationEnforcement?: Resolver<ResolversTypes['RecordImmigrationEnforcementResult'], ParentType, ContextType, RequireFields<MutationRecordImmigrationEnforcementArgs, 'input'>>;
  registerParty?: Resolver<ResolversTypes['RegisterPartyResult'], ParentType, ContextType, RequireFields<MutationRegisterPartyArgs, 'input'>>;
  registerRecords?: Resolver<ResolversTypes['RegisterRecordsResult'], ParentType, ContextType, RequireFields<MutationRegisterRecordsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party'], FederationReferenceType extends FederationReferenceTypes['Party'] = FederationReferenceTypes['Party']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Party']> | FederationReferenceType, FederationReferenceType, ContextType>;
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  enforcesImmigrationLaw?: Resolver<Array<ResolversTypes['EnforcementInterval']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  immigrationAgentIntervals?: Resolver<Array<ResolversTypes['Interval']>, ParentType, ContextType>;
  isImmigrationAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<PartyIsImmigrationAgentArgs, 'at'>>;
  isThirdParty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyConnection'] = ResolversParentTypes['PartyConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  parties?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, RequireFields<QueryPartiesArgs, 'first'>>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType, RequireFields<QueryPartyArgs, 'id'>>;
  partySearch?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, RequireFields<QueryPartySearchArgs, 'first' | 'text'>>;
  record?: Resolver<Maybe<ResolversTypes['Record']>, ParentType, ContextType, RequireFields<QueryRecordArgs, 'id'>>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectArgs, 'subjectKey'>>;
}>;

export type RecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Record'] = ResolversParentTypes['Record'], FederationReferenceType extends FederationReferenceTypes['Record'] = FederationReferenceTypes['Record']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Record']> | FederationReferenceType, FederationReferenceType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  sourceRecordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type RecordAffiliationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordAffiliationResult'] = ResolversParentTypes['RecordAffiliationResult']> = ResolversObject<{
  affiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordConnection'] = ResolversParentTypes['RecordConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Record']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RecordImmigrationEnforcementResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordImmigrationEnforcementResult'] = ResolversParentTypes['RecordImmigrationEnforcementResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['EnforcementInterval'], ParentType, ContextType>;
}>;

export type RegisterPartyResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterPartyResult'] = ResolversParentTypes['RegisterPartyResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type RegisterRecordsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterRecordsResult'] = ResolversParentTypes['RegisterRecordsResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  records?: Resolver<ResolversTypes['RecordConnection'], ParentType, ContextType, RequireFields<SubjectRecordsArgs, 'first'>>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Affiliation?: AffiliationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EnforcementInterval?: EnforcementIntervalResolvers<ContextType>;
  Interval?: IntervalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Record?: RecordResolvers<ContextType>;
  RecordAffiliationResult?: RecordAffiliationResultResolvers<ContextType>;
  RecordConnection?: RecordConnectionResolvers<ContextType>;
  RecordImmigrationEnforcementResult?: RecordImmigrationEnforcementResultResolvers<ContextType>;
  RegisterPartyResult?: RegisterPartyResultResolvers<ContextType>;
  RegisterRecordsResult?: RegisterRecordsResultResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
}>;

