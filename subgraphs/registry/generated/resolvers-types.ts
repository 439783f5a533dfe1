import type { GraphQLResolveInfo } from 'graphql';
import type { PartyRow } from '../repository.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Registers a party. Registering the same id with the same content again changes nothing;
   * the same id with another name or kind is refused with CONFLICTING_RESUBMISSION.
   */
  registerParty: RegisterPartyResult;
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
  /** The county's stable identifier for this party, e.g. `cook-sheriff`. */
  id: Scalars['ID']['output'];
  /** True for every party that is not a county agency. */
  isThirdParty: Scalars['Boolean']['output'];
  kind: PartyKind;
  name: Scalars['String']['output'];
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
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Party: ResolverTypeWrapper<PartyRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Party']> }>;
  PartyKind: PartyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: ResolverTypeWrapper<Omit<RegisterPartyResult, 'party'> & { party: ResolversTypes['Party'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Party: PartyRow;
  ID: Scalars['ID']['output'];
  PartyConnection: Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Party']> };
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyResult: Omit<RegisterPartyResult, 'party'> & { party: ResolversParentTypes['Party'] };
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  registerParty?: Resolver<ResolversTypes['RegisterPartyResult'], ParentType, ContextType, RequireFields<MutationRegisterPartyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party'], FederationReferenceType extends FederationReferenceTypes['Party'] = FederationReferenceTypes['Party']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Party']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type RegisterPartyResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterPartyResult'] = ResolversParentTypes['RegisterPartyResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPartyResult?: RegisterPartyResultResolvers<ContextType>;
}>;

