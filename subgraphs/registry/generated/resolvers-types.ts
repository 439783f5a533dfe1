import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartyRow } from '../repository.ts';
import type { EnforcementRow, AffiliationRow, IntervalRow } from '../affiliations.ts';
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
   * affiliations, each valid at that instant, to a party that does (DOMAIN.md). Ask at the
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

export type Query = {
  __typename?: 'Query';
  /**
   * Parties in id order, optionally of one kind. `first` is at most 500; a larger value
   * is refused rather than cut short.
   */
  parties: PartyConnection;
  /** One party by its id, or null when no party has that id. */
  party: Maybe<Party>;
};


export type QueryPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<PartyKind>;
};


export type QueryPartyArgs = {
  id: Scalars['ID']['input'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Party:
    ( { __typename: 'Party' }
    & GraphQLRecursivePick<FederationTypes['Party'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AffiliationKind: AffiliationKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnforcementInterval: ResolverTypeWrapper<EnforcementRow>;
  Interval: ResolverTypeWrapper<IntervalRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Party: ResolverTypeWrapper<PartyRow>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Party']> }>;
  PartyKind: PartyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RecordAffiliationInput: RecordAffiliationInput;
  RecordAffiliationResult: ResolverTypeWrapper<Omit<RecordAffiliationResult, 'affiliation'> & { affiliation: ResolversTypes['Affiliation'] }>;
  RecordImmigrationEnforcementInput: RecordImmigrationEnforcementInput;
  RecordImmigrationEnforcementResult: ResolverTypeWrapper<Omit<RecordImmigrationEnforcementResult, 'interval'> & { interval: ResolversTypes['EnforcementInterval'] }>;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: ResolverTypeWrapper<Omit<RegisterPartyResult, 'party'> & { party: ResolversTypes['Party'] }>;
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
  RecordAffiliationInput: RecordAffiliationInput;
  RecordAffiliationResult: Omit<RecordAffiliationResult, 'affiliation'> & { affiliation: ResolversParentTypes['Affiliation'] };
  RecordImmigrationEnforcementInput: RecordImmigrationEnforcementInput;
  RecordImmigrationEnforcementResult: Omit<RecordImmigrationEnforcementResult, 'interval'> & { interval: ResolversParentTypes['EnforcementInterval'] };
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: Omit<RegisterPartyResult, 'party'> & { party: ResolversParentTypes['Party'] };
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
  recordAffiliation?: Resolver<ResolversTypes['RecordAffiliationResult'], ParentType, ContextType, RequireFields<MutationRecordAffiliationArgs, 'input'>>;
  recordImmigrationEnforcement?: Resolver<ResolversTypes['RecordImmigrationEnforcementResult'], ParentType, ContextType, RequireFields<MutationRecordImmigrationEnforcementArgs, 'input'>>;
  registerParty?: Resolver<ResolversTypes['RegisterPartyResult'], ParentType, ContextType, RequireFields<MutationRegisterPartyArgs, 'input'>>;
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
}>;

export type RecordAffiliationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordAffiliationResult'] = ResolversParentTypes['RecordAffiliationResult']> = ResolversObject<{
  affiliation?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecordImmigrationEnforcementResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordImmigrationEnforcementResult'] = ResolversParentTypes['RecordImmigrationEnforcementResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['EnforcementInterval'], ParentType, ContextType>;
}>;

export type RegisterPartyResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterPartyResult'] = ResolversParentTypes['RegisterPartyResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
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
  RecordAffiliationResult?: RecordAffiliationResultResolvers<ContextType>;
  RecordImmigrationEnforcementResult?: RecordImmigrationEnforcementResultResolvers<ContextType>;
  RegisterPartyResult?: RegisterPartyResultResolvers<ContextType>;
}>;

