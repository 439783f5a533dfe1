import type { CodegenConfig } from '@graphql-codegen/cli';
// Codegen's own default naming function (a dependency of @graphql-codegen/cli).
import { pascalCase } from 'change-case-all';

/**
 * Resolver types for each subgraph (federation-aware, typed context, mappers to the
 * rows of the core's front doors) and typed documents for the tests and the explorer, from the composed API schema.
 * `npm run codegen:check` fails when a generated file is out of date.
 */
/**
 * Codegen's default naming, except that GraphQL's `Record` becomes `RecordType`: a generated
 * `Record` would shadow TypeScript's `Record<K, V>`, which the generated resolver types use
 * (dotansimha/graphql-code-generator#8860). Codegen hands over the name split at underscores.
 */
const typeName = (part: string) => (part === 'Record' ? 'RecordType' : pascalCase(part));

// Mappers name the row types at each core layer's front door, as seen from a subgraph's generated/ folder.
const REGISTRY = '../../../core/registry/index.ts';
const LINEAGE = '../../../core/lineage/index.ts';
const COMPLIANCE = '../../../core/compliance/index.ts';
const REPORTING = '../../../core/reporting/index.ts';

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
      Party: `${REGISTRY}#PartyRow`,
      EnforcementInterval: `${REGISTRY}#EnforcementRow`,
      Affiliation: `${REGISTRY}#AffiliationRow`,
      Interval: `${REGISTRY}#IntervalRow`,
      Record: `${REGISTRY}#RecordRow`,
      Subject: `${REGISTRY}#SubjectRow`,
    }),
    ...subgraph('lineage', {
      Disclosure: `${LINEAGE}#DisclosureRow`,
      Party: `${LINEAGE}#PartyRef`,
      Record: `${LINEAGE}#RecordRef`,
      LedgerStamp: `${LINEAGE}#LedgerStampRow`,
      CarriedRecord: `${LINEAGE}#CarriedRow`,
      DeletionConfirmation: `${LINEAGE}#DeletionRow`,
      Retraction: `${LINEAGE}#RetractionRow`,
      RetractionDecision: `${LINEAGE}#DecisionRow`,
      AccessGrant: `${LINEAGE}#GrantRow`,
      LedgerVerification: '../../../infra/chain-verify.ts#ChainVerification',
      TracedArrival: `${LINEAGE}#ArrivalRow`,
      TraceHop: `${LINEAGE}#TraceHopRow`,
      StandingReason: `${REGISTRY}#StatusReason`,
      AffiliationLink: `${REGISTRY}#AffiliationStep`,
      DeletionScope: `${LINEAGE}#Scope`,
      Accounting: `${LINEAGE}#AccountingRow`,
      Chain: `${LINEAGE}#ChainRow`,
      Exposure: `${LINEAGE}#ExposureRow`,
      Upstream: `${LINEAGE}#UpstreamRow`,
      Downstream: `${LINEAGE}#DownstreamRow`,
      ExposureCount: `${LINEAGE}#ExposureCountRow`,
      ExposureGroup: `${LINEAGE}#ExposureGroupRow`,
      ExposureKey: `${LINEAGE}#ExposureKeyRow`,
      AccountingEntry: `${LINEAGE}#AccountingEntryRow`,
      AccountingArrival: `${LINEAGE}#AccountingArrivalRow`,
      ScopeHolder: `${LINEAGE}#ScopeHolderRow`,
      ScopeRecord: `${LINEAGE}#ScopePair`,
    }),
    ...subgraph('compliance', {
      Party: `${COMPLIANCE}#PartyRef`,
      Disclosure: `${COMPLIANCE}#PartyRef`,
      AccessLogEntry: `${COMPLIANCE}#AccessLogRow`,
      Agreement: `${COMPLIANCE}#AgreementRow`,
      RecipientCertification: `${COMPLIANCE}#CertificationRow`,
      RecipientList: `${COMPLIANCE}#RecipientListRow`,
      Finding: `${COMPLIANCE}#FindingRow`,
      ComplianceDocument: `${COMPLIANCE}#DocumentView`,
      Audit: `${COMPLIANCE}#DocumentView`,
      ViolationNotice: `${COMPLIANCE}#DocumentView`,
      CeaseOrder: `${COMPLIANCE}#DocumentView`,
      DeletionDemand: `${COMPLIANCE}#DocumentView`,
      DetainerRequest: `${COMPLIANCE}#DocumentView`,
      ImmigrationAccessRequest: `${COMPLIANCE}#DocumentView`,
      Complaint: `${COMPLIANCE}#DocumentView`,
      ComplaintStatusChange: `${COMPLIANCE}#DocumentView`,
    }),
    ...subgraph('reporting', {
      AnnualReport: `${REPORTING}#AnnualReportRow`,
      ReachRow: `${REPORTING}#ReachRowData`,
      FlowRow: `${REPORTING}#FlowRowData`,
      LargeThirdParty: `${REPORTING}#LargeThirdPartyRow`,
      Evidence: `${REPORTING}#EvidenceRow`,
      YearFigures: `${REPORTING}#YearFiguresRow`,
      MonthlyRecipients: `${REPORTING}#MonthlyRecipientsRow`,
      RecipientSeen: `${REPORTING}#RecipientSeenListed`,
      FiledList: `${COMPLIANCE}#RecipientListRow`,
      PublicAgreement: `${REPORTING}#PublicAgreementRow`,
      PublishedReport: `${REPORTING}#PublishedReportRow`,
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
