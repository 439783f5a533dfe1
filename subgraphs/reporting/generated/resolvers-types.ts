import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnnualReportRow, ReachRowData, FlowRowData, LargeThirdPartyRow, EvidenceRow, YearFiguresRow, MonthlyRecipientsRow, RecipientSeenListed, PublicAgreementRow, PublishedReportRow } from '../../../core/reporting/index.ts';
import type { RecipientListRow } from '../../../core/compliance/index.ts';
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
  /**
   * A count as published: a whole number, or in a public edition a marker where it is hidden:
   * "1-10", a count from 1 to 10; "0-10", a count from 0 to 10 (zeros hidden with the small counts
   * where only that protects them); "withheld", a count hidden so that a small one cannot be worked
   * out from everything published, or because an earlier version of the edition hid it.
   */
  Count: { input: number | string; output: number | string; }
  /** An instant in ISO 8601 with its UTC offset, e.g. 2025-03-01T09:30:00-06:00. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccessRequestFigures = {
  __typename?: 'AccessRequestFigures';
  declined: Scalars['Count']['output'];
  evidence: Evidence;
  granted: Scalars['Count']['output'];
  received: Scalars['Count']['output'];
  request: Scalars['String']['output'];
};

export type AnnualReport = {
  __typename?: 'AnnualReport';
  accessRequests: Array<AccessRequestFigures>;
  /** Null for the whole county. */
  agency: Maybe<Party>;
  /** The recorded time the figures are as of; null for a report of everything recorded when it was made. */
  asOf: Maybe<Scalars['DateTime']['output']>;
  complaints: Array<ComplaintFigures>;
  detainerRequests: DetainerFigures;
  /** Every subsection, (a) to (h), with its findings by severity. */
  findings: Array<SubsectionFindings>;
  from: Scalars['DateTime']['output'];
  generatedAt: Scalars['DateTime']['output'];
  immigration: ImmigrationExposure;
  /** Distinct individuals whose personal information reached a third party in the year. */
  individualsDisclosed: Scalars['Count']['output'];
  /** The whole report as the JSON export writes it. */
  json: Scalars['String']['output'];
  /** Third parties given more than 500 individuals in the year, and their papers. */
  over500: Array<LargeThirdParty>;
  previousYear: Maybe<YearFigures>;
  public: Scalars['Boolean']['output'];
  /** The version of the report's shape (the JSON export's `schemaVersion`). */
  schemaVersion: Scalars['Int']['output'];
  thirdParties: ThirdPartyFigures;
  until: Scalars['DateTime']['output'];
  violationNotices: NoticeOutcomes;
  year: Scalars['Int']['output'];
};

export type ComplaintFigures = {
  __typename?: 'ComplaintFigures';
  count: Scalars['Count']['output'];
  evidence: Evidence;
  status: Scalars['String']['output'];
};

export type DetainerFigures = {
  __typename?: 'DetainerFigures';
  declined: Scalars['Count']['output'];
  evidence: Evidence;
  honoured: Scalars['Count']['output'];
  pending: Scalars['Count']['output'];
  received: Scalars['Count']['output'];
};

/**
 * Where the records, chains, findings or documents behind a figure are: the query to run
 * (`findings`, `exposure`, `monthlyRecipients` or `complianceDocuments`, of which those dated
 * in [from, until) are counted) and its arguments, for the roles allowed to run it.
 */
export type Evidence = {
  __typename?: 'Evidence';
  from: Maybe<Scalars['DateTime']['output']>;
  kinds: Maybe<Array<Scalars['String']['output']>>;
  month: Maybe<Scalars['String']['output']>;
  partyId: Maybe<Scalars['ID']['output']>;
  query: Scalars['String']['output'];
  subsections: Maybe<Array<Scalars['String']['output']>>;
  thirdPartyId: Maybe<Scalars['ID']['output']>;
  until: Maybe<Scalars['DateTime']['output']>;
};

export type FiledList = {
  __typename?: 'FiledList';
  filedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  recipients: Array<Party>;
};

/** One path of the flow from agencies through the first intermediary to immigration agents. */
export type FlowRow = {
  __typename?: 'FlowRow';
  agency: Party;
  /** Null where the agent is a natural person, whom a public edition never names (its label is `individuals, N`). */
  agent: Maybe<Party>;
  /** Whether the last hop's sender was county personnel then (a county contractor's hop is direct, through it). */
  direct: Scalars['Boolean']['output'];
  events: Scalars['Count']['output'];
  individuals: Scalars['Count']['output'];
  /** Null when the origin agency itself disclosed to the agent, or where the first intermediary is a natural person in a public edition. */
  intermediary: Maybe<Party>;
  records: Scalars['Count']['output'];
};

export type ImmigrationExposure = {
  __typename?: 'ImmigrationExposure';
  byCategory: Array<ReachRow>;
  byHopCount: Array<ReachRow>;
  byIntermediary: Array<ReachRow>;
  byLegalBasis: Array<ReachRow>;
  /** Every county month of the year, in order. */
  byMonth: Array<ReachRow>;
  byOriginAgency: Array<ReachRow>;
  /** Of the figures above, what a retraction awaiting an auditor's decision contests. */
  contested: Reach;
  direct: Reach;
  /** Disclosure events that reached immigration agents, direct and indirect together. */
  events: Scalars['Count']['output'];
  evidence: Evidence;
  flows: Array<FlowRow>;
  indirect: Reach;
  /** What disclosures would have delivered whose retraction an auditor accepted: not in any other figure. */
  withdrawn: Reach;
};

export type LargeThirdParty = {
  __typename?: 'LargeThirdParty';
  agreementPublic: Scalars['Boolean']['output'];
  chiefExecutiveCertification: Scalars['Boolean']['output'];
  evidence: Evidence;
  individuals: Scalars['Count']['output'];
  /** Null where the third party is a natural person, whom a public edition never names. */
  thirdParty: Maybe<Party>;
};

export type MonthlyRecipients = {
  __typename?: 'MonthlyRecipients';
  filed: Array<FiledList>;
  /** Seen in the lineage and on no filed list. */
  missingFromList: Array<Party>;
  month: Scalars['String']['output'];
  /** On a filed list and never seen in the lineage that month. */
  neverSeen: Array<Party>;
  seen: Array<RecipientSeen>;
  thirdParty: Party;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Publishes the public edition of the annual report for a year (and agency): a new version
   * each time, kept as published; the public registry lists them. A REPORTER publishes.
   */
  publishAnnualReport: PublishedReport;
};


export type MutationPublishAnnualReportArgs = {
  agency?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type NoticeOutcomes = {
  __typename?: 'NoticeOutcomes';
  ceaseOrdered: Scalars['Count']['output'];
  /** Deletion demanded and a deletion confirmed by the third party after it. */
  deletionConfirmed: Scalars['Count']['output'];
  deletionDemanded: Scalars['Count']['output'];
  evidence: Evidence;
  /** Neither a cease order nor a deletion demand. */
  outstanding: Scalars['Count']['output'];
  received: Scalars['Count']['output'];
};

export type Party = {
  __typename?: 'Party';
  id: Scalars['ID']['output'];
};

/** An agreement the public registry lists, with its terms. */
export type PublicAgreement = {
  __typename?: 'PublicAgreement';
  agency: Party;
  certifiedByChiefExecutive: Scalars['Boolean']['output'];
  documentSha256: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Marked public by the agency. */
  markedPublic: Scalars['Boolean']['output'];
  permitsRedisclosure: Scalars['Boolean']['output'];
  prohibitsImmigrationDisclosure: Scalars['Boolean']['output'];
  prohibitsImmigrationUse: Scalars['Boolean']['output'];
  purposeText: Maybe<Scalars['String']['output']>;
  purposes: Array<Scalars['String']['output']>;
  redisclosureTo: Array<Party>;
  /** Must be public: its third party was given more than 500 individuals in a year a published report covers. */
  required: Scalars['Boolean']['output'];
  requiresRecipientCertification: Scalars['Boolean']['output'];
  signedAt: Scalars['DateTime']['output'];
  thirdParty: Party;
  until: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type PublicRegistry = {
  __typename?: 'PublicRegistry';
  agreements: Array<PublicAgreement>;
  /** Every version of every published report, the latest first. */
  reports: Array<PublishedReport>;
};

export type PublishedReport = {
  __typename?: 'PublishedReport';
  agency: Maybe<Party>;
  /** The recorded time its figures are as of: `annualReport(asOf:)` with it gives them again. */
  asOf: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The public edition, as the JSON export writes it. */
  json: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it (the principal of the REPORTER's token); null for one published before this was kept. */
  publishedBy: Maybe<Scalars['String']['output']>;
  /** SHA-256 of `json`. */
  sha256: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Sec. 46-37(g): the annual report for a county calendar year (America/Chicago), for one
   * county agency or, without one, the whole county, with the previous year's headline figures
   * beside it. `public: true` gives the public edition: counts from 1 to 10 suppressed. With
   * `asOf`, as the service knew things at that recorded time: a published report's `asOf` gives
   * its figures again, whatever was filed since.
   * Cost: 200,000.
   */
  annualReport: AnnualReport;
  /**
   * How many disclosures were made in a calendar year of the county (America/Chicago): a
   * disclosure at 2025-12-31T23:30-06:00 belongs to 2025. Counts events, not individuals.
   * Cost: 1,000.
   */
  disclosureCount: Scalars['Int']['output'];
  /**
   * (f)(iv): the recipients the lineage shows a third party passed county personal information
   * on to in a county month (YYYY-MM), beside the list it filed. A THIRD_PARTY sees its own.
   * Cost: 2,000.
   */
  monthlyRecipients: MonthlyRecipients;
  /** (g): the agreements that must be public, with their terms, and the published annual reports. Open to everyone. */
  publicRegistry: PublicRegistry;
};


export type QueryAnnualReportArgs = {
  agency?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  public?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDisclosureCountArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMonthlyRecipientsArgs = {
  month: Scalars['String']['input'];
  thirdParty: Scalars['ID']['input'];
};

/** Individuals, records and disclosure events behind one figure. */
export type Reach = {
  __typename?: 'Reach';
  /** The disclosures that delivered to the immigration agent (the last hop of each chain). */
  events: Scalars['Count']['output'];
  individuals: Scalars['Count']['output'];
  records: Scalars['Count']['output'];
};

/** One row of a breakdown. */
export type ReachRow = {
  __typename?: 'ReachRow';
  events: Scalars['Count']['output'];
  individuals: Scalars['Count']['output'];
  /** A party id, a category, a legal basis, a hop count or a county month (YYYY-MM); NONE where there is none. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The party the key names, for party breakdowns. */
  party: Maybe<Party>;
  records: Scalars['Count']['output'];
};

export type RecipientSeen = {
  __typename?: 'RecipientSeen';
  /** Disclosures of county personal information to it that month. */
  disclosures: Scalars['Int']['output'];
  /** Named on a list filed for the month. */
  listed: Scalars['Boolean']['output'];
  recipient: Party;
  records: Scalars['Int']['output'];
};

export type SubsectionFindings = {
  __typename?: 'SubsectionFindings';
  evidence: Evidence;
  high: Scalars['Count']['output'];
  low: Scalars['Count']['output'];
  medium: Scalars['Count']['output'];
  subsection: Scalars['String']['output'];
  total: Scalars['Count']['output'];
};

export type ThirdPartyFigures = {
  __typename?: 'ThirdPartyFigures';
  /** Of those given access, audited in the year. */
  audited: Scalars['Count']['output'];
  /** Third parties that received personal information from the county (the agency) in the year. */
  givenAccess: Scalars['Count']['output'];
  /** Third parties holding an access grant in force some time in the year: potential exposure. */
  granted: Scalars['Count']['output'];
  /** Of those, with no confirmed disclosure in the year: potential exposure only. */
  grantedWithoutDisclosure: Scalars['Count']['output'];
  /** Of those, with an agreement in force some time in the year. */
  withAgreement: Scalars['Count']['output'];
  /** Of those, with an agreement certified by the third party's chief executive. */
  withChiefExecutiveCertification: Scalars['Count']['output'];
};

/** The headline figures of a year, set beside the next year's. */
export type YearFigures = {
  __typename?: 'YearFigures';
  direct: Reach;
  findings: Scalars['Count']['output'];
  indirect: Reach;
  individualsDisclosed: Scalars['Count']['output'];
  publishedVersion: Maybe<Scalars['Int']['output']>;
  /**
   * PUBLISHED: the figures of the latest published report of that year, as published (the
   * official ones); COMPUTED: made from the graph now, that year's report never having been published.
   */
  source: Scalars['String']['output'];
  thirdPartiesAudited: Scalars['Count']['output'];
  thirdPartiesGivenAccess: Scalars['Count']['output'];
  thirdPartiesWithAgreement: Scalars['Count']['output'];
  thirdPartiesWithChiefExecutiveCertification: Scalars['Count']['output'];
  year: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessRequestFigures: ResolverTypeWrapper<Omit<AccessRequestFigures, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AnnualReport: ResolverTypeWrapper<AnnualReportRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ComplaintFigures: ResolverTypeWrapper<Omit<ComplaintFigures, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Count: ResolverTypeWrapper<Scalars['Count']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DetainerFigures: ResolverTypeWrapper<Omit<DetainerFigures, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FiledList: ResolverTypeWrapper<RecipientListRow>;
  FlowRow: ResolverTypeWrapper<FlowRowData>;
  ImmigrationExposure: ResolverTypeWrapper<Omit<ImmigrationExposure, 'byCategory' | 'byHopCount' | 'byIntermediary' | 'byLegalBasis' | 'byMonth' | 'byOriginAgency' | 'evidence' | 'flows'> & { byCategory: Array<ResolversTypes['ReachRow']>, byHopCount: Array<ResolversTypes['ReachRow']>, byIntermediary: Array<ResolversTypes['ReachRow']>, byLegalBasis: Array<ResolversTypes['ReachRow']>, byMonth: Array<ResolversTypes['ReachRow']>, byOriginAgency: Array<ResolversTypes['ReachRow']>, evidence: ResolversTypes['Evidence'], flows: Array<ResolversTypes['FlowRow']> }>;
  LargeThirdParty: ResolverTypeWrapper<LargeThirdPartyRow>;
  MonthlyRecipients: ResolverTypeWrapper<MonthlyRecipientsRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoticeOutcomes: ResolverTypeWrapper<Omit<NoticeOutcomes, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Party: ResolverTypeWrapper<Party>;
  PublicAgreement: ResolverTypeWrapper<PublicAgreementRow>;
  PublicRegistry: ResolverTypeWrapper<Omit<PublicRegistry, 'agreements' | 'reports'> & { agreements: Array<ResolversTypes['PublicAgreement']>, reports: Array<ResolversTypes['PublishedReport']> }>;
  PublishedReport: ResolverTypeWrapper<PublishedReportRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reach: ResolverTypeWrapper<Reach>;
  ReachRow: ResolverTypeWrapper<ReachRowData>;
  RecipientSeen: ResolverTypeWrapper<RecipientSeenListed>;
  SubsectionFindings: ResolverTypeWrapper<Omit<SubsectionFindings, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  ThirdPartyFigures: ResolverTypeWrapper<ThirdPartyFigures>;
  YearFigures: ResolverTypeWrapper<YearFiguresRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessRequestFigures: Omit<AccessRequestFigures, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  String: Scalars['String']['output'];
  AnnualReport: AnnualReportRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ComplaintFigures: Omit<ComplaintFigures, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Count: Scalars['Count']['output'];
  DateTime: Scalars['DateTime']['output'];
  DetainerFigures: Omit<DetainerFigures, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Evidence: EvidenceRow;
  ID: Scalars['ID']['output'];
  FiledList: RecipientListRow;
  FlowRow: FlowRowData;
  ImmigrationExposure: Omit<ImmigrationExposure, 'byCategory' | 'byHopCount' | 'byIntermediary' | 'byLegalBasis' | 'byMonth' | 'byOriginAgency' | 'evidence' | 'flows'> & { byCategory: Array<ResolversParentTypes['ReachRow']>, byHopCount: Array<ResolversParentTypes['ReachRow']>, byIntermediary: Array<ResolversParentTypes['ReachRow']>, byLegalBasis: Array<ResolversParentTypes['ReachRow']>, byMonth: Array<ResolversParentTypes['ReachRow']>, byOriginAgency: Array<ResolversParentTypes['ReachRow']>, evidence: ResolversParentTypes['Evidence'], flows: Array<ResolversParentTypes['FlowRow']> };
  LargeThirdParty: LargeThirdPartyRow;
  MonthlyRecipients: MonthlyRecipientsRow;
  Mutation: Record<PropertyKey, never>;
  NoticeOutcomes: Omit<NoticeOutcomes, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Party: Party;
  PublicAgreement: PublicAgreementRow;
  PublicRegistry: Omit<PublicRegistry, 'agreements' | 'reports'> & { agreements: Array<ResolversParentTypes['PublicAgreement']>, reports: Array<ResolversParentTypes['PublishedReport']> };
  PublishedReport: PublishedReportRow;
  Query: Record<PropertyKey, never>;
  Reach: Reach;
  ReachRow: ReachRowData;
  RecipientSeen: RecipientSeenListed;
  SubsectionFindings: Omit<SubsectionFindings, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  ThirdPartyFigures: ThirdPartyFigures;
  YearFigures: YearFiguresRow;
}>;

export type AccessRequestFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRequestFigures'] = ResolversParentTypes['AccessRequestFigures']> = ResolversObject<{
  declined?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnnualReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnualReport'] = ResolversParentTypes['AnnualReport']> = ResolversObject<{
  accessRequests?: Resolver<Array<ResolversTypes['AccessRequestFigures']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complaints?: Resolver<Array<ResolversTypes['ComplaintFigures']>, ParentType, ContextType>;
  detainerRequests?: Resolver<ResolversTypes['DetainerFigures'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['SubsectionFindings']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  immigration?: Resolver<ResolversTypes['ImmigrationExposure'], ParentType, ContextType>;
  individualsDisclosed?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  over500?: Resolver<Array<ResolversTypes['LargeThirdParty']>, ParentType, ContextType>;
  previousYear?: Resolver<Maybe<ResolversTypes['YearFigures']>, ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schemaVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thirdParties?: Resolver<ResolversTypes['ThirdPartyFigures'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  violationNotices?: Resolver<ResolversTypes['NoticeOutcomes'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintFigures'] = ResolversParentTypes['ComplaintFigures']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface CountScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Count'], any> {
  name: 'Count';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DetainerFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DetainerFigures'] = ResolversParentTypes['DetainerFigures']> = ResolversObject<{
  declined?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  honoured?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kinds?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subsections?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  thirdPartyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type FiledListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FiledList'] = ResolversParentTypes['FiledList']> = ResolversObject<{
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
}>;

export type FlowRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlowRow'] = ResolversParentTypes['FlowRow']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  individuals?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  intermediary?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type ImmigrationExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImmigrationExposure'] = ResolversParentTypes['ImmigrationExposure']> = ResolversObject<{
  byCategory?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  byHopCount?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  byIntermediary?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  byLegalBasis?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  byOriginAgency?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  contested?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['FlowRow']>, ParentType, ContextType>;
  indirect?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
}>;

export type LargeThirdPartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LargeThirdParty'] = ResolversParentTypes['LargeThirdParty']> = ResolversObject<{
  agreementPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chiefExecutiveCertification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  individuals?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  thirdParty?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
}>;

export type MonthlyRecipientsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthlyRecipients'] = ResolversParentTypes['MonthlyRecipients']> = ResolversObject<{
  filed?: Resolver<Array<ResolversTypes['FiledList']>, ParentType, ContextType>;
  missingFromList?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neverSeen?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  seen?: Resolver<Array<ResolversTypes['RecipientSeen']>, ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  publishAnnualReport?: Resolver<ResolversTypes['PublishedReport'], ParentType, ContextType, RequireFields<MutationPublishAnnualReportArgs, 'year'>>;
}>;

export type NoticeOutcomesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeOutcomes'] = ResolversParentTypes['NoticeOutcomes']> = ResolversObject<{
  ceaseOrdered?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  deletionConfirmed?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  deletionDemanded?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PublicAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicAgreement'] = ResolversParentTypes['PublicAgreement']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  certifiedByChiefExecutive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  markedPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  permitsRedisclosure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prohibitsImmigrationDisclosure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prohibitsImmigrationUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purposeText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  redisclosureTo?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiresRecipientCertification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  thirdParty?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicRegistryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicRegistry'] = ResolversParentTypes['PublicRegistry']> = ResolversObject<{
  agreements?: Resolver<Array<ResolversTypes['PublicAgreement']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['PublishedReport']>, ParentType, ContextType>;
}>;

export type PublishedReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishedReport'] = ResolversParentTypes['PublishedReport']> = ResolversObject<{
  agency?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  annualReport?: Resolver<ResolversTypes['AnnualReport'], ParentType, ContextType, RequireFields<QueryAnnualReportArgs, 'public' | 'year'>>;
  disclosureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryDisclosureCountArgs, 'year'>>;
  monthlyRecipients?: Resolver<ResolversTypes['MonthlyRecipients'], ParentType, ContextType, RequireFields<QueryMonthlyRecipientsArgs, 'month' | 'thirdParty'>>;
  publicRegistry?: Resolver<ResolversTypes['PublicRegistry'], ParentType, ContextType>;
}>;

export type ReachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reach'] = ResolversParentTypes['Reach']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  individuals?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type ReachRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReachRow'] = ResolversParentTypes['ReachRow']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  individuals?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type RecipientSeenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientSeen'] = ResolversParentTypes['RecipientSeen']> = ResolversObject<{
  disclosures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubsectionFindingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubsectionFindings'] = ResolversParentTypes['SubsectionFindings']> = ResolversObject<{
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  medium?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  subsection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type ThirdPartyFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThirdPartyFigures'] = ResolversParentTypes['ThirdPartyFigures']> = ResolversObject<{
  audited?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  givenAccess?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  grantedWithoutDisclosure?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  withAgreement?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  withChiefExecutiveCertification?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type YearFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearFigures'] = ResolversParentTypes['YearFigures']> = ResolversObject<{
  direct?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  indirect?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  individualsDisclosed?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdPartiesAudited?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  thirdPartiesGivenAccess?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  thirdPartiesWithAgreement?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  thirdPartiesWithChiefExecutiveCertification?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessRequestFigures?: AccessRequestFiguresResolvers<ContextType>;
  AnnualReport?: AnnualReportResolvers<ContextType>;
  ComplaintFigures?: ComplaintFiguresResolvers<ContextType>;
  Count?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DetainerFigures?: DetainerFiguresResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FiledList?: FiledListResolvers<ContextType>;
  FlowRow?: FlowRowResolvers<ContextType>;
  ImmigrationExposure?: ImmigrationExposureResolvers<ContextType>;
  LargeThirdParty?: LargeThirdPartyResolvers<ContextType>;
  MonthlyRecipients?: MonthlyRecipientsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoticeOutcomes?: NoticeOutcomesResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PublicAgreement?: PublicAgreementResolvers<ContextType>;
  PublicRegistry?: PublicRegistryResolvers<ContextType>;
  PublishedReport?: PublishedReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reach?: ReachResolvers<ContextType>;
  ReachRow?: ReachRowResolvers<ContextType>;
  RecipientSeen?: RecipientSeenResolvers<ContextType>;
  SubsectionFindings?: SubsectionFindingsResolvers<ContextType>;
  ThirdPartyFigures?: ThirdPartyFiguresResolvers<ContextType>;
  YearFigures?: YearFiguresResolvers<ContextType>;
}>;

