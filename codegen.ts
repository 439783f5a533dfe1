import type { CodegenConfig } from '@graphql-codegen/cli';
// Codegen's own default naming function (a dependency of @graphql-codegen/cli).
import { pascalCase } from 'change-case-all';

/**
 * Resolver types for each subgraph (federation-aware, typed context, mappers to the
 * repository rows) and typed documents for the tests and the explorer, from the composed API schema.
 * `npm run codegen:check` fails when a generated file is out of date.
 */
/**
 * Codegen's default naming, except that GraphQL's `Record` becomes `RecordType`: a generated
 * `Record` would shadow TypeScript's `Record<K, V>`, which the generated resolver types use
 * (dotansimha/graphql-code-generator#8860). Codegen hands over the name split at underscores.
 */
const typeName = (part: string) => (part === 'Record' ? 'RecordType' : pascalCase(part));

const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/generated/resolvers-types.ts`]: {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      useIndexSignature: true,
      contextType: `../context.ts#Context`,
      namingConvention: typeName,
      mappers,
      scalars: { DateTime: 'string', Count: 'number | string' },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    ...subgraph('registry', {
      Party: '../repository.ts#PartyRow',
      EnforcementInterval: '../affiliations.ts#EnforcementRow',
      Affiliation: '../affiliations.ts#AffiliationRow',
      Interval: '../affiliations.ts#IntervalRow',
      Record: '../records.ts#RecordRow',
      Subject: '../records.ts#SubjectRow',
    }),
    ...subgraph('lineage', {
      Disclosure: '../repository.ts#DisclosureRow',
      Party: '../repository.ts#PartyRef',
      Record: '../repository.ts#RecordRef',
      LedgerStamp: '../ledger.ts#LedgerStampRow',
      CarriedRecord: '../repository.ts#CarriedRow',
      DeletionConfirmation: '../ledger.ts#DeletionRow',
      Retraction: '../ledger.ts#RetractionRow',
      RetractionDecision: '../ledger.ts#DecisionRow',
      AccessGrant: '../ledger.ts#GrantRow',
      LedgerVerification: '../../shared/chain-verify.ts#ChainVerification',
      TracedArrival: '../trace.ts#ArrivalRow',
      TraceHop: '../trace.ts#TraceHopRow',
      StandingReason: '../../shared/auth/immigration.ts#StatusReason',
      AffiliationLink: '../../shared/auth/immigration.ts#AffiliationStep',
      DeletionScope: '../deletion-scope.ts#Scope',
      Accounting: '../accounting.ts#AccountingRow',
      Chain: '../trace.ts#ChainRow',
      Exposure: '../exposure.ts#ExposureRow',
      Upstream: '../party-lineage.ts#UpstreamRow',
      Downstream: '../party-lineage.ts#DownstreamRow',
      ExposureCount: '../exposure.ts#ExposureCountRow',
      ExposureGroup: '../exposure.ts#ExposureGroupRow',
      ExposureKey: '../exposure.ts#ExposureKeyRow',
      AccountingEntry: '../accounting.ts#AccountingEntryRow',
      ScopeHolder: '../deletion-scope.ts#ScopeHolderRow',
      ScopeRecord: '../deletion-scope.ts#ScopePair',
    }),
    ...subgraph('compliance', {
      Party: '../repository.ts#PartyRef',
      Disclosure: '../repository.ts#PartyRef',
      AccessLogEntry: '../repository.ts#AccessLogRow',
      Agreement: '../agreements.ts#AgreementRow',
      RecipientCertification: '../recipients.ts#CertificationRow',
      RecipientList: '../recipients.ts#RecipientListRow',
      Finding: '../findings.ts#FindingRow',
      ComplianceDocument: '../documents.ts#DocumentView',
      Audit: '../documents.ts#DocumentView',
      ViolationNotice: '../documents.ts#DocumentView',
      CeaseOrder: '../documents.ts#DocumentView',
      DeletionDemand: '../documents.ts#DocumentView',
      DetainerRequest: '../documents.ts#DocumentView',
      ImmigrationAccessRequest: '../documents.ts#DocumentView',
      Complaint: '../documents.ts#DocumentView',
      ComplaintStatusChange: '../documents.ts#DocumentView',
    }),
    ...subgraph('reporting', {
      AnnualReport: '../report.ts#AnnualReportRow',
      ReachRow: '../report.ts#ReachRowData',
      FlowRow: '../report.ts#FlowRowData',
      LargeThirdParty: '../report.ts#LargeThirdPartyRow',
      Evidence: '../report.ts#EvidenceRow',
      YearFigures: '../report.ts#YearFiguresRow',
      MonthlyRecipients: '../monthly.ts#MonthlyRecipientsRow',
      RecipientSeen: '../monthly.ts#RecipientSeenListed',
      FiledList: '../../compliance/recipients.ts#RecipientListRow',
      PublicAgreement: '../public-registry.ts#PublicAgreementRow',
      PublishedReport: '../repository.ts#PublishedReportRow',
    }),
    'test/generated/': {
      schema: 'schema/api.graphql',
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Count: 'number | string' } },
    },
    // The explorer's documents as typed strings: the browser sends the text and needs no graphql-js.
    'explorer/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['explorer/src/**/*.ts', '!explorer/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Count: 'number | string' },
      },
    },
  },
};

export default config;
