import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DisclosureRow, PartyRef } from '../repository.ts';
import type { LedgerStampRow } from '../ledger.ts';
import type { ChainVerification } from '../../shared/chain-verify.ts';
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
 * One act of passing personal information from one party to another. Disclosures are
 * immutable: a correction is a new event, never an edit.
 */
export type Disclosure = {
  __typename?: 'Disclosure';
  /** When the information left the sender, with the sender's offset. */
  at: Scalars['DateTime']['output'];
  from: Party;
  /** The sender's idempotency key for this event. */
  id: Scalars['ID']['output'];
  /** Where this event stands in the tamper-evident ledger. */
  ledger: LedgerStamp;
  /** Why the sender says it disclosed, in its own words. */
  purpose: Scalars['String']['output'];
  to: Party;
};

export type DisclosureConnection = {
  __typename?: 'DisclosureConnection';
  nodes: Array<Disclosure>;
  pageInfo: PageInfo;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records that one party disclosed personal information to another. Both parties must be
   * registered. The same id with the same content is a no-op that says so; the same id with
   * other content is refused with CONFLICTING_RESUBMISSION and nothing is written.
   */
  recordDisclosure: RecordDisclosureResult;
};


export type MutationRecordDisclosureArgs = {
  input: RecordDisclosureInput;
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
  id: Scalars['ID']['output'];
};


export type PartyDisclosuresReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type PartyDisclosuresSentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One disclosure by its id, or null when none has that id. */
  disclosure: Maybe<Disclosure>;
  /**
   * Recomputes the disclosure ledger: every entry's hash from its content and the entry
   * before it, and every event's content from the graph as it is now. Answers ok, or the first
   * sequence number where the chain breaks or an event was edited or removed behind the service.
   */
  verifyLedger: LedgerVerification;
};


export type QueryDisclosureArgs = {
  id: Scalars['ID']['input'];
};

export type RecordDisclosureInput = {
  at: Scalars['DateTime']['input'];
  fromPartyId: Scalars['ID']['input'];
  /** The sender's idempotency key: 1 to 128 characters. */
  id: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  toPartyId: Scalars['ID']['input'];
};

export type RecordDisclosureResult = {
  __typename?: 'RecordDisclosureResult';
  /** False when the same id with the same content was already recorded: nothing was written. */
  created: Scalars['Boolean']['output'];
  disclosure: Disclosure;
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Disclosure: ResolverTypeWrapper<DisclosureRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DisclosureConnection: ResolverTypeWrapper<Omit<DisclosureConnection, 'nodes'> & { nodes: Array<ResolversTypes['Disclosure']> }>;
  LedgerStamp: ResolverTypeWrapper<LedgerStampRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LedgerVerification: ResolverTypeWrapper<ChainVerification>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordDisclosureInput: RecordDisclosureInput;
  RecordDisclosureResult: ResolverTypeWrapper<Omit<RecordDisclosureResult, 'disclosure'> & { disclosure: ResolversTypes['Disclosure'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Disclosure: DisclosureRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  DisclosureConnection: Omit<DisclosureConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Disclosure']> };
  LedgerStamp: LedgerStampRow;
  Int: Scalars['Int']['output'];
  LedgerVerification: ChainVerification;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Party: PartyRef;
  Query: Record<PropertyKey, never>;
  RecordDisclosureInput: RecordDisclosureInput;
  RecordDisclosureResult: Omit<RecordDisclosureResult, 'disclosure'> & { disclosure: ResolversParentTypes['Disclosure'] };
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure'], FederationReferenceType extends FederationReferenceTypes['Disclosure'] = FederationReferenceTypes['Disclosure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Disclosure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['LedgerStamp'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type DisclosureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisclosureConnection'] = ResolversParentTypes['DisclosureConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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
  recordDisclosure?: Resolver<ResolversTypes['RecordDisclosureResult'], ParentType, ContextType, RequireFields<MutationRecordDisclosureArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party'], FederationReferenceType extends FederationReferenceTypes['Party'] = FederationReferenceTypes['Party']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Party']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disclosuresReceived?: Resolver<ResolversTypes['DisclosureConnection'], ParentType, ContextType, RequireFields<PartyDisclosuresReceivedArgs, 'first'>>;
  disclosuresSent?: Resolver<ResolversTypes['DisclosureConnection'], ParentType, ContextType, RequireFields<PartyDisclosuresSentArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  disclosure?: Resolver<Maybe<ResolversTypes['Disclosure']>, ParentType, ContextType, RequireFields<QueryDisclosureArgs, 'id'>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
}>;

export type RecordDisclosureResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordDisclosureResult'] = ResolversParentTypes['RecordDisclosureResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureConnection?: DisclosureConnectionResolvers<ContextType>;
  LedgerStamp?: LedgerStampResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordDisclosureResult?: RecordDisclosureResultResolvers<ContextType>;
}>;

