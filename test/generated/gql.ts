/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartyName($id: ID!) {\n    party(id: $id) {\n      name\n    }\n  }\n": typeof types.PartyNameDocument,
    "\n  mutation RecordFor($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n": typeof types.RecordForDocument,
    "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      created\n      agreement {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          name\n        }\n        purposes\n        certifiedByChiefExecutive\n      }\n    }\n  }\n": typeof types.RecordAgreementDocument,
    "\n  mutation RecordList($input: RecordRecipientListInput!) {\n    recordRecipientList(input: $input) {\n      created\n      list {\n        month\n        recipients {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RecordListDocument,
    "\n  query Findings($from: DateTime!, $until: DateTime!, $first: Int!, $after: String, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, first: $first, after: $after, subsections: $subsections) {\n      totalCount\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        id\n        subsection\n        severity\n        parties {\n          id\n        }\n        disclosures {\n          id\n          at\n        }\n        agreements {\n          id\n          version\n        }\n        explanation\n      }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  query ComplianceNavigation($party: ID!, $disclosure: ID!) {\n    party(id: $party) {\n      agreements {\n        id\n        version\n        until\n      }\n      findings(from: \"2024-01-01T00:00:00-06:00\", until: \"2025-01-01T00:00:00-06:00\") {\n        id\n      }\n    }\n    disclosure(id: $disclosure) {\n      agreement {\n        id\n        version\n      }\n      findings {\n        id\n        subsection\n      }\n    }\n  }\n": typeof types.ComplianceNavigationDocument,
    "\n  mutation RecordDetainer($input: RecordDetainerRequestInput!) {\n    recordDetainerRequest(input: $input) {\n      id\n      kind\n      created\n    }\n  }\n": typeof types.RecordDetainerDocument,
    "\n  query Documents($kinds: [DocumentKind!]) {\n    complianceDocuments(kinds: $kinds) {\n      id\n      kind\n      ... on DetainerRequest {\n        agency {\n          name\n        }\n        disposition\n        countyStaffMinutes\n      }\n    }\n    verifyComplianceLedger {\n      ok\n      entries\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      id\n      created\n    }\n  }\n": typeof types.RecordComplaintDocument,
    "\n  mutation RecordComplaintStatus($input: RecordComplaintStatusInput!) {\n    recordComplaintStatus(input: $input) {\n      id\n      created\n    }\n  }\n": typeof types.RecordComplaintStatusDocument,
    "\n  query DetainerSubject {\n    complianceDocuments(kinds: [DETAINER_REQUEST]) {\n      ... on DetainerRequest {\n        subjectKey\n      }\n    }\n  }\n": typeof types.DetainerSubjectDocument,
    "\n  mutation ConfirmDeletion($input: ConfirmDeletionInput!) {\n    confirmDeletion(input: $input) {\n      created\n      confirmation {\n        holder {\n          name\n        }\n        recordCount\n      }\n    }\n  }\n": typeof types.ConfirmDeletionDocument,
    "\n  mutation Retract($input: RetractDisclosureInput!) {\n    retractDisclosure(input: $input) {\n      created\n      retraction {\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RetractDocument,
    "\n  query RetractionOf($id: ID!) {\n    disclosure(id: $id) {\n      retraction {\n        reason\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RetractionOfDocument,
    "\n  query FaultPartyName($id: ID!) {\n    party(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.FaultPartyNameDocument,
    "\n  query FaultPartyDisclosures($id: ID!) {\n    party(id: $id) {\n      name\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FaultPartyDisclosuresDocument,
    "\n  query FaultDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n    }\n  }\n": typeof types.FaultDisclosureDocument,
    "\n  query FaultYearCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": typeof types.FaultYearCountDocument,
    "\n  query FaultCountReceived($id: ID!) {\n    party(id: $id) {\n      disclosureCountReceived\n    }\n  }\n": typeof types.FaultCountReceivedDocument,
    "\n  mutation FaultRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n": typeof types.FaultRecordDisclosureDocument,
    "\n  query HostileTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {\n      totalCount\n      nodes {\n        party {\n          id\n        }\n        hopCount\n      }\n    }\n  }\n": typeof types.HostileTraceDocument,
    "\n  mutation HostileRegister($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n    }\n  }\n": typeof types.HostileRegisterDocument,
    "\n        mutation HostileLargestDisclosure($input: RecordDisclosureInput!) {\n          recordDisclosure(input: $input) {\n            created\n          }\n        }\n      ": typeof types.HostileLargestDisclosureDocument,
    "\n        mutation HostileConfirmDeletion($input: ConfirmDeletionInput!) {\n          confirmDeletion(input: $input) {\n            created\n          }\n        }\n      ": typeof types.HostileConfirmDeletionDocument,
    "\n  mutation RecordEnforcement($input: RecordImmigrationEnforcementInput!) {\n    recordImmigrationEnforcement(input: $input) {\n      created\n      interval {\n        id\n        from\n        until\n      }\n    }\n  }\n": typeof types.RecordEnforcementDocument,
    "\n  mutation RecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n      affiliation {\n        id\n        kind\n        fromParty {\n          id\n        }\n        toParty {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RecordAffiliationDocument,
    "\n  query AgentStatus($id: ID!, $at: DateTime!) {\n    party(id: $id) {\n      isImmigrationAgent(at: $at)\n      immigrationAgentIntervals {\n        from\n        until\n      }\n      affiliations {\n        kind\n        toParty {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgentStatusDocument,
    "\n  mutation DeriveSubjectKey($kind: IdentifierKind!, $identifier: String!) {\n    deriveSubjectKey(kind: $kind, identifier: $identifier)\n  }\n": typeof types.DeriveSubjectKeyDocument,
    "\n  mutation RegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n      unchanged\n    }\n  }\n": typeof types.RegisterRecordsDocument,
    "\n  query SubjectRecords($subjectKey: String!, $first: Int! = 100) {\n    subject(subjectKey: $subjectKey) {\n      subjectKey\n      records(first: $first) {\n        nodes {\n          id\n          categories\n          origin {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.SubjectRecordsDocument,
    "\n  query SubjectRecordPage($subjectKey: String!, $after: String) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.SubjectRecordPageDocument,
    "\n  query RecordById($id: ID!) {\n    record(id: $id) {\n      id\n      sourceSystem\n      sourceRecordId\n      createdAt\n      categories\n      origin {\n        id\n      }\n      subject {\n        subjectKey\n      }\n    }\n  }\n": typeof types.RecordByIdDocument,
    "\n  query RecordsAccessLog {\n    accessLog(first: 500) {\n      nodes {\n        principal\n        organisation\n        operation\n        outcome\n        subjects\n        records\n      }\n    }\n  }\n": typeof types.RecordsAccessLogDocument,
    "\n  query AnnualReport($year: Int!, $public: Boolean) {\n    annualReport(year: $year, public: $public) {\n      schemaVersion\n      year\n      from\n      until\n      public\n      thirdParties {\n        givenAccess\n        withAgreement\n        withChiefExecutiveCertification\n        audited\n      }\n      individualsDisclosed\n      immigration {\n        direct {\n          individuals\n          records\n          events\n        }\n        indirect {\n          individuals\n          records\n          events\n        }\n        byHopCount {\n          key\n          individuals\n        }\n        byIntermediary {\n          key\n          label\n          party {\n            id\n            name\n          }\n          individuals\n        }\n        flows {\n          agency {\n            name\n          }\n          intermediary {\n            id\n          }\n          agent {\n            id\n          }\n          individuals\n        }\n        evidence {\n          query\n          from\n          until\n        }\n      }\n      findings {\n        subsection\n        total\n        evidence {\n          query\n          from\n          until\n          subsections\n        }\n      }\n      violationNotices {\n        received\n        outstanding\n      }\n      previousYear {\n        year\n        source\n        publishedVersion\n        individualsDisclosed\n      }\n      json\n    }\n  }\n": typeof types.AnnualReportDocument,
    "\n  query ReportEvidence($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, subsections: $subsections, first: 100) {\n      totalCount\n    }\n  }\n": typeof types.ReportEvidenceDocument,
    "\n  query MonthlyRecipients($thirdParty: ID!, $month: String!) {\n    monthlyRecipients(thirdParty: $thirdParty, month: $month) {\n      month\n      seen {\n        recipient {\n          id\n        }\n        disclosures\n        records\n        listed\n      }\n      filed {\n        id\n        recipients {\n          id\n        }\n      }\n      missingFromList {\n        id\n      }\n      neverSeen {\n        id\n      }\n    }\n  }\n": typeof types.MonthlyRecipientsDocument,
    "\n  mutation PublishReport($year: Int!) {\n    publishAnnualReport(year: $year) {\n      id\n      version\n      year\n      sha256\n      json\n    }\n  }\n": typeof types.PublishReportDocument,
    "\n  query PublicRegistry {\n    publicRegistry {\n      agreements {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          id\n        }\n        purposes\n        markedPublic\n        required\n      }\n      reports {\n        id\n        version\n        year\n      }\n    }\n  }\n": typeof types.PublicRegistryDocument,
    "\n  query MatrixParty($id: ID!) {\n    party(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MatrixPartyDocument,
    "\n  mutation MatrixRegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n      }\n    }\n  }\n": typeof types.MatrixRegisterPartyDocument,
    "\n  mutation MatrixRecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n    }\n  }\n": typeof types.MatrixRecordAffiliationDocument,
    "\n  query MatrixAgentStatus($id: ID!) {\n    party(id: $id) {\n      isImmigrationAgent(at: \"2025-06-01T12:00:00-05:00\")\n      immigrationAgentIntervals {\n        from\n      }\n    }\n  }\n": typeof types.MatrixAgentStatusDocument,
    "\n  mutation MatrixRecordGrant($input: RecordAccessGrantInput!) {\n    recordAccessGrant(input: $input) {\n      created\n    }\n  }\n": typeof types.MatrixRecordGrantDocument,
    "\n  query MatrixTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: \"regional-justice-exchange\" }) {\n      totalCount\n      nodes {\n        subjectKey\n      }\n    }\n  }\n": typeof types.MatrixTraceDocument,
    "\n  query MatrixDeletionScope($ids: [ID!]!) {\n    deletionScope(violatingDisclosureIds: $ids) {\n      pairCount\n      holders {\n        nodes {\n          records {\n            nodes {\n              subjectKey\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatrixDeletionScopeDocument,
    "\n  query MatrixAccounting($subjectKey: String!) {\n    accounting(subjectKey: $subjectKey) {\n      entries {\n        count\n      }\n    }\n  }\n": typeof types.MatrixAccountingDocument,
    "\n  query MatrixExposure {\n    exposure {\n      individualCount\n    }\n  }\n": typeof types.MatrixExposureDocument,
    "\n  query MatrixPartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n    }\n    downstream(partyId: $party) {\n      arrivalCount\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n    }\n  }\n": typeof types.MatrixPartyLineageDocument,
    "\n  query MatrixChains($recordId: ID!) {\n    chains(recordId: $recordId, partyId: \"regional-justice-exchange\", maxHops: 3) {\n      truncated\n    }\n  }\n": typeof types.MatrixChainsDocument,
    "\n  query MatrixCarriedRecords($id: ID!) {\n    disclosure(id: $id) {\n      records(first: 5) {\n        nodes {\n          categories\n          record {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatrixCarriedRecordsDocument,
    "\n  query MatrixDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n      purpose\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n": typeof types.MatrixDisclosureDocument,
    "\n  mutation MatrixRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n      }\n    }\n  }\n": typeof types.MatrixRecordDisclosureDocument,
    "\n  query MatrixDisclosuresSent($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatrixDisclosuresSentDocument,
    "\n  query MatrixDisclosuresReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresReceived(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatrixDisclosuresReceivedDocument,
    "\n  query MatrixDisclosureCountReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosureCountReceived\n    }\n  }\n": typeof types.MatrixDisclosureCountReceivedDocument,
    "\n  query MatrixAccessLog {\n    accessLog(first: 5) {\n      nodes {\n        seq\n        operation\n        outcome\n      }\n    }\n  }\n": typeof types.MatrixAccessLogDocument,
    "\n  query MatrixVerifyAccessLog {\n    verifyAccessLog {\n      ok\n      entries\n    }\n  }\n": typeof types.MatrixVerifyAccessLogDocument,
    "\n  query MatrixDisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": typeof types.MatrixDisclosureCountDocument,
    "\n  mutation MatrixDeriveSubjectKey($identifier: String!) {\n    deriveSubjectKey(kind: SSN, identifier: $identifier)\n  }\n": typeof types.MatrixDeriveSubjectKeyDocument,
    "\n  mutation MatrixRegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n    }\n  }\n": typeof types.MatrixRegisterRecordsDocument,
    "\n  query MatrixRecord($id: ID!) {\n    record(id: $id) {\n      id\n      categories\n      subject {\n        subjectKey\n      }\n    }\n  }\n": typeof types.MatrixRecordDocument,
    "\n  query MatrixSubjectRecords($subjectKey: String!) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 5) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatrixSubjectRecordsDocument,
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n": typeof types.RegisterPartyDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n": typeof types.RecordDisclosureDocument,
    "\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.PartyWithDisclosuresDocument,
    "\n  query Ledger($id: ID!) {\n    disclosure(id: $id) {\n      ledger {\n        sequence\n        hash\n      }\n    }\n    verifyLedger {\n      ok\n      entries\n      lastHash\n    }\n  }\n": typeof types.LedgerDocument,
    "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": typeof types.DisclosureCountDocument,
    "\n  query Trace(\n    $subjectKey: String!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    trace(subjectKey: $subjectKey, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n": typeof types.TraceDocument,
    "\n  query TraceRecords(\n    $recordIds: [ID!]!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    traceRecords(recordIds: $recordIds, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n": typeof types.TraceRecordsDocument,
    "\n  query Accounting($subjectKey: String!, $from: DateTime) {\n    accounting(subjectKey: $subjectKey, from: $from) {\n      subjectKey\n      entries {\n        recipient {\n          id\n        }\n        kind\n        firstAt\n        lastAt\n        count\n        disclosures {\n          id\n        }\n        records {\n          id\n        }\n        categories\n        purposes\n        legalBases\n        immigrationAgent\n        chain {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountingDocument,
    "\n  query Exposure($from: DateTime, $until: DateTime, $by: [ExposureDimension!]! = [DIRECTNESS]) {\n    exposure(from: $from, until: $until) {\n      groups(by: $by) {\n        keys {\n          dimension\n          value\n          party {\n            name\n          }\n        }\n        individualCount\n        arrivalCount\n      }\n      recordCount\n      individualCount\n      arrivalCount\n      direct {\n        arrivalCount\n      }\n      indirect {\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n      byIntermediary {\n        key\n        party {\n          name\n        }\n        arrivalCount\n      }\n      byAgent {\n        key\n        recordCount\n      }\n      byOriginAgency {\n        key\n        individualCount\n      }\n      byCategory {\n        key\n        recordCount\n      }\n    }\n  }\n": typeof types.ExposureDocument,
    "\n  query PartyExposure($party: ID!, $from: DateTime) {\n    party(id: $party) {\n      name\n      exposure(from: $from) {\n        arrivalCount\n        individualCount\n        byAgent {\n          key\n        }\n      }\n    }\n  }\n": typeof types.PartyExposureDocument,
    "\n  query PartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n      byOriginAgency {\n        key\n      }\n      bySender {\n        key\n      }\n      byIntermediary {\n        key\n        arrivalCount\n      }\n    }\n    exchange: downstream(partyId: \"exchange\") {\n      arrivalCount\n      immigrationAgent {\n        arrivalCount\n      }\n      byRecipient {\n        key\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n      byAgent {\n        key\n      }\n    }\n  }\n": typeof types.PartyLineageDocument,
    "\n  query Navigable($record: ID!, $disclosure: ID!) {\n    record(id: $record) {\n      lineage {\n        totalCount\n        nodes {\n          party {\n            id\n          }\n          hopCount\n        }\n      }\n    }\n    disclosure(id: $disclosure) {\n      downstream {\n        arrivalCount\n      }\n    }\n  }\n": typeof types.NavigableDocument,
    "\n  query Chains($recordId: ID!, $partyId: ID!, $maxHops: Int!, $first: Int!, $after: String) {\n    chains(recordId: $recordId, partyId: $partyId, maxHops: $maxHops, first: $first, after: $after) {\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        categories\n        hops {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
    "\n  fragment Arrivals on TraceConnection {\n    totalCount\n    truncated\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      record {\n        id\n      }\n      subjectKey\n      party {\n        id\n        name\n      }\n      at\n      hopCount\n      kind\n      immigrationAgent\n      intermediaries {\n        id\n      }\n      categories\n      chain {\n        disclosure {\n          id\n        }\n        from {\n          id\n        }\n        to {\n          id\n        }\n        at\n        purpose\n        legalBasis\n        agreementReference\n        categories\n        recipientWasImmigrationAgent\n      }\n    }\n  }\n": typeof types.ArrivalsFragmentDoc,
};
const documents: Documents = {
    "\n  query PartyName($id: ID!) {\n    party(id: $id) {\n      name\n    }\n  }\n": types.PartyNameDocument,
    "\n  mutation RecordFor($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n": types.RecordForDocument,
    "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      created\n      agreement {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          name\n        }\n        purposes\n        certifiedByChiefExecutive\n      }\n    }\n  }\n": types.RecordAgreementDocument,
    "\n  mutation RecordList($input: RecordRecipientListInput!) {\n    recordRecipientList(input: $input) {\n      created\n      list {\n        month\n        recipients {\n          id\n        }\n      }\n    }\n  }\n": types.RecordListDocument,
    "\n  query Findings($from: DateTime!, $until: DateTime!, $first: Int!, $after: String, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, first: $first, after: $after, subsections: $subsections) {\n      totalCount\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        id\n        subsection\n        severity\n        parties {\n          id\n        }\n        disclosures {\n          id\n          at\n        }\n        agreements {\n          id\n          version\n        }\n        explanation\n      }\n    }\n  }\n": types.FindingsDocument,
    "\n  query ComplianceNavigation($party: ID!, $disclosure: ID!) {\n    party(id: $party) {\n      agreements {\n        id\n        version\n        until\n      }\n      findings(from: \"2024-01-01T00:00:00-06:00\", until: \"2025-01-01T00:00:00-06:00\") {\n        id\n      }\n    }\n    disclosure(id: $disclosure) {\n      agreement {\n        id\n        version\n      }\n      findings {\n        id\n        subsection\n      }\n    }\n  }\n": types.ComplianceNavigationDocument,
    "\n  mutation RecordDetainer($input: RecordDetainerRequestInput!) {\n    recordDetainerRequest(input: $input) {\n      id\n      kind\n      created\n    }\n  }\n": types.RecordDetainerDocument,
    "\n  query Documents($kinds: [DocumentKind!]) {\n    complianceDocuments(kinds: $kinds) {\n      id\n      kind\n      ... on DetainerRequest {\n        agency {\n          name\n        }\n        disposition\n        countyStaffMinutes\n      }\n    }\n    verifyComplianceLedger {\n      ok\n      entries\n    }\n  }\n": types.DocumentsDocument,
    "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      id\n      created\n    }\n  }\n": types.RecordComplaintDocument,
    "\n  mutation RecordComplaintStatus($input: RecordComplaintStatusInput!) {\n    recordComplaintStatus(input: $input) {\n      id\n      created\n    }\n  }\n": types.RecordComplaintStatusDocument,
    "\n  query DetainerSubject {\n    complianceDocuments(kinds: [DETAINER_REQUEST]) {\n      ... on DetainerRequest {\n        subjectKey\n      }\n    }\n  }\n": types.DetainerSubjectDocument,
    "\n  mutation ConfirmDeletion($input: ConfirmDeletionInput!) {\n    confirmDeletion(input: $input) {\n      created\n      confirmation {\n        holder {\n          name\n        }\n        recordCount\n      }\n    }\n  }\n": types.ConfirmDeletionDocument,
    "\n  mutation Retract($input: RetractDisclosureInput!) {\n    retractDisclosure(input: $input) {\n      created\n      retraction {\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n": types.RetractDocument,
    "\n  query RetractionOf($id: ID!) {\n    disclosure(id: $id) {\n      retraction {\n        reason\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n": types.RetractionOfDocument,
    "\n  query FaultPartyName($id: ID!) {\n    party(id: $id) {\n      id\n      name\n    }\n  }\n": types.FaultPartyNameDocument,
    "\n  query FaultPartyDisclosures($id: ID!) {\n    party(id: $id) {\n      name\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.FaultPartyDisclosuresDocument,
    "\n  query FaultDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n    }\n  }\n": types.FaultDisclosureDocument,
    "\n  query FaultYearCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": types.FaultYearCountDocument,
    "\n  query FaultCountReceived($id: ID!) {\n    party(id: $id) {\n      disclosureCountReceived\n    }\n  }\n": types.FaultCountReceivedDocument,
    "\n  mutation FaultRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n": types.FaultRecordDisclosureDocument,
    "\n  query HostileTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {\n      totalCount\n      nodes {\n        party {\n          id\n        }\n        hopCount\n      }\n    }\n  }\n": types.HostileTraceDocument,
    "\n  mutation HostileRegister($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n    }\n  }\n": types.HostileRegisterDocument,
    "\n        mutation HostileLargestDisclosure($input: RecordDisclosureInput!) {\n          recordDisclosure(input: $input) {\n            created\n          }\n        }\n      ": types.HostileLargestDisclosureDocument,
    "\n        mutation HostileConfirmDeletion($input: ConfirmDeletionInput!) {\n          confirmDeletion(input: $input) {\n            created\n          }\n        }\n      ": types.HostileConfirmDeletionDocument,
    "\n  mutation RecordEnforcement($input: RecordImmigrationEnforcementInput!) {\n    recordImmigrationEnforcement(input: $input) {\n      created\n      interval {\n        id\n        from\n        until\n      }\n    }\n  }\n": types.RecordEnforcementDocument,
    "\n  mutation RecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n      affiliation {\n        id\n        kind\n        fromParty {\n          id\n        }\n        toParty {\n          id\n        }\n      }\n    }\n  }\n": types.RecordAffiliationDocument,
    "\n  query AgentStatus($id: ID!, $at: DateTime!) {\n    party(id: $id) {\n      isImmigrationAgent(at: $at)\n      immigrationAgentIntervals {\n        from\n        until\n      }\n      affiliations {\n        kind\n        toParty {\n          name\n        }\n      }\n    }\n  }\n": types.AgentStatusDocument,
    "\n  mutation DeriveSubjectKey($kind: IdentifierKind!, $identifier: String!) {\n    deriveSubjectKey(kind: $kind, identifier: $identifier)\n  }\n": types.DeriveSubjectKeyDocument,
    "\n  mutation RegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n      unchanged\n    }\n  }\n": types.RegisterRecordsDocument,
    "\n  query SubjectRecords($subjectKey: String!, $first: Int! = 100) {\n    subject(subjectKey: $subjectKey) {\n      subjectKey\n      records(first: $first) {\n        nodes {\n          id\n          categories\n          origin {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.SubjectRecordsDocument,
    "\n  query SubjectRecordPage($subjectKey: String!, $after: String) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.SubjectRecordPageDocument,
    "\n  query RecordById($id: ID!) {\n    record(id: $id) {\n      id\n      sourceSystem\n      sourceRecordId\n      createdAt\n      categories\n      origin {\n        id\n      }\n      subject {\n        subjectKey\n      }\n    }\n  }\n": types.RecordByIdDocument,
    "\n  query RecordsAccessLog {\n    accessLog(first: 500) {\n      nodes {\n        principal\n        organisation\n        operation\n        outcome\n        subjects\n        records\n      }\n    }\n  }\n": types.RecordsAccessLogDocument,
    "\n  query AnnualReport($year: Int!, $public: Boolean) {\n    annualReport(year: $year, public: $public) {\n      schemaVersion\n      year\n      from\n      until\n      public\n      thirdParties {\n        givenAccess\n        withAgreement\n        withChiefExecutiveCertification\n        audited\n      }\n      individualsDisclosed\n      immigration {\n        direct {\n          individuals\n          records\n          events\n        }\n        indirect {\n          individuals\n          records\n          events\n        }\n        byHopCount {\n          key\n          individuals\n        }\n        byIntermediary {\n          key\n          label\n          party {\n            id\n            name\n          }\n          individuals\n        }\n        flows {\n          agency {\n            name\n          }\n          intermediary {\n            id\n          }\n          agent {\n            id\n          }\n          individuals\n        }\n        evidence {\n          query\n          from\n          until\n        }\n      }\n      findings {\n        subsection\n        total\n        evidence {\n          query\n          from\n          until\n          subsections\n        }\n      }\n      violationNotices {\n        received\n        outstanding\n      }\n      previousYear {\n        year\n        source\n        publishedVersion\n        individualsDisclosed\n      }\n      json\n    }\n  }\n": types.AnnualReportDocument,
    "\n  query ReportEvidence($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, subsections: $subsections, first: 100) {\n      totalCount\n    }\n  }\n": types.ReportEvidenceDocument,
    "\n  query MonthlyRecipients($thirdParty: ID!, $month: String!) {\n    monthlyRecipients(thirdParty: $thirdParty, month: $month) {\n      month\n      seen {\n        recipient {\n          id\n        }\n        disclosures\n        records\n        listed\n      }\n      filed {\n        id\n        recipients {\n          id\n        }\n      }\n      missingFromList {\n        id\n      }\n      neverSeen {\n        id\n      }\n    }\n  }\n": types.MonthlyRecipientsDocument,
    "\n  mutation PublishReport($year: Int!) {\n    publishAnnualReport(year: $year) {\n      id\n      version\n      year\n      sha256\n      json\n    }\n  }\n": types.PublishReportDocument,
    "\n  query PublicRegistry {\n    publicRegistry {\n      agreements {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          id\n        }\n        purposes\n        markedPublic\n        required\n      }\n      reports {\n        id\n        version\n        year\n      }\n    }\n  }\n": types.PublicRegistryDocument,
    "\n  query MatrixParty($id: ID!) {\n    party(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": types.MatrixPartyDocument,
    "\n  mutation MatrixRegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n      }\n    }\n  }\n": types.MatrixRegisterPartyDocument,
    "\n  mutation MatrixRecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n    }\n  }\n": types.MatrixRecordAffiliationDocument,
    "\n  query MatrixAgentStatus($id: ID!) {\n    party(id: $id) {\n      isImmigrationAgent(at: \"2025-06-01T12:00:00-05:00\")\n      immigrationAgentIntervals {\n        from\n      }\n    }\n  }\n": types.MatrixAgentStatusDocument,
    "\n  mutation MatrixRecordGrant($input: RecordAccessGrantInput!) {\n    recordAccessGrant(input: $input) {\n      created\n    }\n  }\n": types.MatrixRecordGrantDocument,
    "\n  query MatrixTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: \"regional-justice-exchange\" }) {\n      totalCount\n      nodes {\n        subjectKey\n      }\n    }\n  }\n": types.MatrixTraceDocument,
    "\n  query MatrixDeletionScope($ids: [ID!]!) {\n    deletionScope(violatingDisclosureIds: $ids) {\n      pairCount\n      holders {\n        nodes {\n          records {\n            nodes {\n              subjectKey\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MatrixDeletionScopeDocument,
    "\n  query MatrixAccounting($subjectKey: String!) {\n    accounting(subjectKey: $subjectKey) {\n      entries {\n        count\n      }\n    }\n  }\n": types.MatrixAccountingDocument,
    "\n  query MatrixExposure {\n    exposure {\n      individualCount\n    }\n  }\n": types.MatrixExposureDocument,
    "\n  query MatrixPartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n    }\n    downstream(partyId: $party) {\n      arrivalCount\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n    }\n  }\n": types.MatrixPartyLineageDocument,
    "\n  query MatrixChains($recordId: ID!) {\n    chains(recordId: $recordId, partyId: \"regional-justice-exchange\", maxHops: 3) {\n      truncated\n    }\n  }\n": types.MatrixChainsDocument,
    "\n  query MatrixCarriedRecords($id: ID!) {\n    disclosure(id: $id) {\n      records(first: 5) {\n        nodes {\n          categories\n          record {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MatrixCarriedRecordsDocument,
    "\n  query MatrixDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n      purpose\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n": types.MatrixDisclosureDocument,
    "\n  mutation MatrixRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n      }\n    }\n  }\n": types.MatrixRecordDisclosureDocument,
    "\n  query MatrixDisclosuresSent($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.MatrixDisclosuresSentDocument,
    "\n  query MatrixDisclosuresReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresReceived(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.MatrixDisclosuresReceivedDocument,
    "\n  query MatrixDisclosureCountReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosureCountReceived\n    }\n  }\n": types.MatrixDisclosureCountReceivedDocument,
    "\n  query MatrixAccessLog {\n    accessLog(first: 5) {\n      nodes {\n        seq\n        operation\n        outcome\n      }\n    }\n  }\n": types.MatrixAccessLogDocument,
    "\n  query MatrixVerifyAccessLog {\n    verifyAccessLog {\n      ok\n      entries\n    }\n  }\n": types.MatrixVerifyAccessLogDocument,
    "\n  query MatrixDisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": types.MatrixDisclosureCountDocument,
    "\n  mutation MatrixDeriveSubjectKey($identifier: String!) {\n    deriveSubjectKey(kind: SSN, identifier: $identifier)\n  }\n": types.MatrixDeriveSubjectKeyDocument,
    "\n  mutation MatrixRegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n    }\n  }\n": types.MatrixRegisterRecordsDocument,
    "\n  query MatrixRecord($id: ID!) {\n    record(id: $id) {\n      id\n      categories\n      subject {\n        subjectKey\n      }\n    }\n  }\n": types.MatrixRecordDocument,
    "\n  query MatrixSubjectRecords($subjectKey: String!) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 5) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.MatrixSubjectRecordsDocument,
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n": types.RegisterPartyDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n": types.RecordDisclosureDocument,
    "\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.PartyWithDisclosuresDocument,
    "\n  query Ledger($id: ID!) {\n    disclosure(id: $id) {\n      ledger {\n        sequence\n        hash\n      }\n    }\n    verifyLedger {\n      ok\n      entries\n      lastHash\n    }\n  }\n": types.LedgerDocument,
    "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": types.DisclosureCountDocument,
    "\n  query Trace(\n    $subjectKey: String!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    trace(subjectKey: $subjectKey, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n": types.TraceDocument,
    "\n  query TraceRecords(\n    $recordIds: [ID!]!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    traceRecords(recordIds: $recordIds, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n": types.TraceRecordsDocument,
    "\n  query Accounting($subjectKey: String!, $from: DateTime) {\n    accounting(subjectKey: $subjectKey, from: $from) {\n      subjectKey\n      entries {\n        recipient {\n          id\n        }\n        kind\n        firstAt\n        lastAt\n        count\n        disclosures {\n          id\n        }\n        records {\n          id\n        }\n        categories\n        purposes\n        legalBases\n        immigrationAgent\n        chain {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AccountingDocument,
    "\n  query Exposure($from: DateTime, $until: DateTime, $by: [ExposureDimension!]! = [DIRECTNESS]) {\n    exposure(from: $from, until: $until) {\n      groups(by: $by) {\n        keys {\n          dimension\n          value\n          party {\n            name\n          }\n        }\n        individualCount\n        arrivalCount\n      }\n      recordCount\n      individualCount\n      arrivalCount\n      direct {\n        arrivalCount\n      }\n      indirect {\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n      byIntermediary {\n        key\n        party {\n          name\n        }\n        arrivalCount\n      }\n      byAgent {\n        key\n        recordCount\n      }\n      byOriginAgency {\n        key\n        individualCount\n      }\n      byCategory {\n        key\n        recordCount\n      }\n    }\n  }\n": types.ExposureDocument,
    "\n  query PartyExposure($party: ID!, $from: DateTime) {\n    party(id: $party) {\n      name\n      exposure(from: $from) {\n        arrivalCount\n        individualCount\n        byAgent {\n          key\n        }\n      }\n    }\n  }\n": types.PartyExposureDocument,
    "\n  query PartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n      byOriginAgency {\n        key\n      }\n      bySender {\n        key\n      }\n      byIntermediary {\n        key\n        arrivalCount\n      }\n    }\n    exchange: downstream(partyId: \"exchange\") {\n      arrivalCount\n      immigrationAgent {\n        arrivalCount\n      }\n      byRecipient {\n        key\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n      byAgent {\n        key\n      }\n    }\n  }\n": types.PartyLineageDocument,
    "\n  query Navigable($record: ID!, $disclosure: ID!) {\n    record(id: $record) {\n      lineage {\n        totalCount\n        nodes {\n          party {\n            id\n          }\n          hopCount\n        }\n      }\n    }\n    disclosure(id: $disclosure) {\n      downstream {\n        arrivalCount\n      }\n    }\n  }\n": types.NavigableDocument,
    "\n  query Chains($recordId: ID!, $partyId: ID!, $maxHops: Int!, $first: Int!, $after: String) {\n    chains(recordId: $recordId, partyId: $partyId, maxHops: $maxHops, first: $first, after: $after) {\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        categories\n        hops {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ChainsDocument,
    "\n  fragment Arrivals on TraceConnection {\n    totalCount\n    truncated\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      record {\n        id\n      }\n      subjectKey\n      party {\n        id\n        name\n      }\n      at\n      hopCount\n      kind\n      immigrationAgent\n      intermediaries {\n        id\n      }\n      categories\n      chain {\n        disclosure {\n          id\n        }\n        from {\n          id\n        }\n        to {\n          id\n        }\n        at\n        purpose\n        legalBasis\n        agreementReference\n        categories\n        recipientWasImmigrationAgent\n      }\n    }\n  }\n": types.ArrivalsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyName($id: ID!) {\n    party(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartyName($id: ID!) {\n    party(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFor($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFor($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      created\n      agreement {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          name\n        }\n        purposes\n        certifiedByChiefExecutive\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      created\n      agreement {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          name\n        }\n        purposes\n        certifiedByChiefExecutive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordList($input: RecordRecipientListInput!) {\n    recordRecipientList(input: $input) {\n      created\n      list {\n        month\n        recipients {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordList($input: RecordRecipientListInput!) {\n    recordRecipientList(input: $input) {\n      created\n      list {\n        month\n        recipients {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($from: DateTime!, $until: DateTime!, $first: Int!, $after: String, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, first: $first, after: $after, subsections: $subsections) {\n      totalCount\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        id\n        subsection\n        severity\n        parties {\n          id\n        }\n        disclosures {\n          id\n          at\n        }\n        agreements {\n          id\n          version\n        }\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query Findings($from: DateTime!, $until: DateTime!, $first: Int!, $after: String, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, first: $first, after: $after, subsections: $subsections) {\n      totalCount\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        id\n        subsection\n        severity\n        parties {\n          id\n        }\n        disclosures {\n          id\n          at\n        }\n        agreements {\n          id\n          version\n        }\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceNavigation($party: ID!, $disclosure: ID!) {\n    party(id: $party) {\n      agreements {\n        id\n        version\n        until\n      }\n      findings(from: \"2024-01-01T00:00:00-06:00\", until: \"2025-01-01T00:00:00-06:00\") {\n        id\n      }\n    }\n    disclosure(id: $disclosure) {\n      agreement {\n        id\n        version\n      }\n      findings {\n        id\n        subsection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceNavigation($party: ID!, $disclosure: ID!) {\n    party(id: $party) {\n      agreements {\n        id\n        version\n        until\n      }\n      findings(from: \"2024-01-01T00:00:00-06:00\", until: \"2025-01-01T00:00:00-06:00\") {\n        id\n      }\n    }\n    disclosure(id: $disclosure) {\n      agreement {\n        id\n        version\n      }\n      findings {\n        id\n        subsection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDetainer($input: RecordDetainerRequestInput!) {\n    recordDetainerRequest(input: $input) {\n      id\n      kind\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDetainer($input: RecordDetainerRequestInput!) {\n    recordDetainerRequest(input: $input) {\n      id\n      kind\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($kinds: [DocumentKind!]) {\n    complianceDocuments(kinds: $kinds) {\n      id\n      kind\n      ... on DetainerRequest {\n        agency {\n          name\n        }\n        disposition\n        countyStaffMinutes\n      }\n    }\n    verifyComplianceLedger {\n      ok\n      entries\n    }\n  }\n"): (typeof documents)["\n  query Documents($kinds: [DocumentKind!]) {\n    complianceDocuments(kinds: $kinds) {\n      id\n      kind\n      ... on DetainerRequest {\n        agency {\n          name\n        }\n        disposition\n        countyStaffMinutes\n      }\n    }\n    verifyComplianceLedger {\n      ok\n      entries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      id\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      id\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComplaintStatus($input: RecordComplaintStatusInput!) {\n    recordComplaintStatus(input: $input) {\n      id\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RecordComplaintStatus($input: RecordComplaintStatusInput!) {\n    recordComplaintStatus(input: $input) {\n      id\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetainerSubject {\n    complianceDocuments(kinds: [DETAINER_REQUEST]) {\n      ... on DetainerRequest {\n        subjectKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query DetainerSubject {\n    complianceDocuments(kinds: [DETAINER_REQUEST]) {\n      ... on DetainerRequest {\n        subjectKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDeletion($input: ConfirmDeletionInput!) {\n    confirmDeletion(input: $input) {\n      created\n      confirmation {\n        holder {\n          name\n        }\n        recordCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDeletion($input: ConfirmDeletionInput!) {\n    confirmDeletion(input: $input) {\n      created\n      confirmation {\n        holder {\n          name\n        }\n        recordCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Retract($input: RetractDisclosureInput!) {\n    retractDisclosure(input: $input) {\n      created\n      retraction {\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Retract($input: RetractDisclosureInput!) {\n    retractDisclosure(input: $input) {\n      created\n      retraction {\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetractionOf($id: ID!) {\n    disclosure(id: $id) {\n      retraction {\n        reason\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetractionOf($id: ID!) {\n    disclosure(id: $id) {\n      retraction {\n        reason\n        filedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultPartyName($id: ID!) {\n    party(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FaultPartyName($id: ID!) {\n    party(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultPartyDisclosures($id: ID!) {\n    party(id: $id) {\n      name\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaultPartyDisclosures($id: ID!) {\n    party(id: $id) {\n      name\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n    }\n  }\n"): (typeof documents)["\n  query FaultDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultYearCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"): (typeof documents)["\n  query FaultYearCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultCountReceived($id: ID!) {\n    party(id: $id) {\n      disclosureCountReceived\n    }\n  }\n"): (typeof documents)["\n  query FaultCountReceived($id: ID!) {\n    party(id: $id) {\n      disclosureCountReceived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation FaultRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {\n      totalCount\n      nodes {\n        party {\n          id\n        }\n        hopCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query HostileTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {\n      totalCount\n      nodes {\n        party {\n          id\n        }\n        hopCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileRegister($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation HostileRegister($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HostileLargestDisclosure($input: RecordDisclosureInput!) {\n          recordDisclosure(input: $input) {\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation HostileLargestDisclosure($input: RecordDisclosureInput!) {\n          recordDisclosure(input: $input) {\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HostileConfirmDeletion($input: ConfirmDeletionInput!) {\n          confirmDeletion(input: $input) {\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation HostileConfirmDeletion($input: ConfirmDeletionInput!) {\n          confirmDeletion(input: $input) {\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEnforcement($input: RecordImmigrationEnforcementInput!) {\n    recordImmigrationEnforcement(input: $input) {\n      created\n      interval {\n        id\n        from\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEnforcement($input: RecordImmigrationEnforcementInput!) {\n    recordImmigrationEnforcement(input: $input) {\n      created\n      interval {\n        id\n        from\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n      affiliation {\n        id\n        kind\n        fromParty {\n          id\n        }\n        toParty {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n      affiliation {\n        id\n        kind\n        fromParty {\n          id\n        }\n        toParty {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentStatus($id: ID!, $at: DateTime!) {\n    party(id: $id) {\n      isImmigrationAgent(at: $at)\n      immigrationAgentIntervals {\n        from\n        until\n      }\n      affiliations {\n        kind\n        toParty {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentStatus($id: ID!, $at: DateTime!) {\n    party(id: $id) {\n      isImmigrationAgent(at: $at)\n      immigrationAgentIntervals {\n        from\n        until\n      }\n      affiliations {\n        kind\n        toParty {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeriveSubjectKey($kind: IdentifierKind!, $identifier: String!) {\n    deriveSubjectKey(kind: $kind, identifier: $identifier)\n  }\n"): (typeof documents)["\n  mutation DeriveSubjectKey($kind: IdentifierKind!, $identifier: String!) {\n    deriveSubjectKey(kind: $kind, identifier: $identifier)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectRecords($subjectKey: String!, $first: Int! = 100) {\n    subject(subjectKey: $subjectKey) {\n      subjectKey\n      records(first: $first) {\n        nodes {\n          id\n          categories\n          origin {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubjectRecords($subjectKey: String!, $first: Int! = 100) {\n    subject(subjectKey: $subjectKey) {\n      subjectKey\n      records(first: $first) {\n        nodes {\n          id\n          categories\n          origin {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectRecordPage($subjectKey: String!, $after: String) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubjectRecordPage($subjectKey: String!, $after: String) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordById($id: ID!) {\n    record(id: $id) {\n      id\n      sourceSystem\n      sourceRecordId\n      createdAt\n      categories\n      origin {\n        id\n      }\n      subject {\n        subjectKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordById($id: ID!) {\n    record(id: $id) {\n      id\n      sourceSystem\n      sourceRecordId\n      createdAt\n      categories\n      origin {\n        id\n      }\n      subject {\n        subjectKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsAccessLog {\n    accessLog(first: 500) {\n      nodes {\n        principal\n        organisation\n        operation\n        outcome\n        subjects\n        records\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsAccessLog {\n    accessLog(first: 500) {\n      nodes {\n        principal\n        organisation\n        operation\n        outcome\n        subjects\n        records\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReport($year: Int!, $public: Boolean) {\n    annualReport(year: $year, public: $public) {\n      schemaVersion\n      year\n      from\n      until\n      public\n      thirdParties {\n        givenAccess\n        withAgreement\n        withChiefExecutiveCertification\n        audited\n      }\n      individualsDisclosed\n      immigration {\n        direct {\n          individuals\n          records\n          events\n        }\n        indirect {\n          individuals\n          records\n          events\n        }\n        byHopCount {\n          key\n          individuals\n        }\n        byIntermediary {\n          key\n          label\n          party {\n            id\n            name\n          }\n          individuals\n        }\n        flows {\n          agency {\n            name\n          }\n          intermediary {\n            id\n          }\n          agent {\n            id\n          }\n          individuals\n        }\n        evidence {\n          query\n          from\n          until\n        }\n      }\n      findings {\n        subsection\n        total\n        evidence {\n          query\n          from\n          until\n          subsections\n        }\n      }\n      violationNotices {\n        received\n        outstanding\n      }\n      previousYear {\n        year\n        source\n        publishedVersion\n        individualsDisclosed\n      }\n      json\n    }\n  }\n"): (typeof documents)["\n  query AnnualReport($year: Int!, $public: Boolean) {\n    annualReport(year: $year, public: $public) {\n      schemaVersion\n      year\n      from\n      until\n      public\n      thirdParties {\n        givenAccess\n        withAgreement\n        withChiefExecutiveCertification\n        audited\n      }\n      individualsDisclosed\n      immigration {\n        direct {\n          individuals\n          records\n          events\n        }\n        indirect {\n          individuals\n          records\n          events\n        }\n        byHopCount {\n          key\n          individuals\n        }\n        byIntermediary {\n          key\n          label\n          party {\n            id\n            name\n          }\n          individuals\n        }\n        flows {\n          agency {\n            name\n          }\n          intermediary {\n            id\n          }\n          agent {\n            id\n          }\n          individuals\n        }\n        evidence {\n          query\n          from\n          until\n        }\n      }\n      findings {\n        subsection\n        total\n        evidence {\n          query\n          from\n          until\n          subsections\n        }\n      }\n      violationNotices {\n        received\n        outstanding\n      }\n      previousYear {\n        year\n        source\n        publishedVersion\n        individualsDisclosed\n      }\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEvidence($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, subsections: $subsections, first: 100) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReportEvidence($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {\n    findings(from: $from, until: $until, subsections: $subsections, first: 100) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyRecipients($thirdParty: ID!, $month: String!) {\n    monthlyRecipients(thirdParty: $thirdParty, month: $month) {\n      month\n      seen {\n        recipient {\n          id\n        }\n        disclosures\n        records\n        listed\n      }\n      filed {\n        id\n        recipients {\n          id\n        }\n      }\n      missingFromList {\n        id\n      }\n      neverSeen {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthlyRecipients($thirdParty: ID!, $month: String!) {\n    monthlyRecipients(thirdParty: $thirdParty, month: $month) {\n      month\n      seen {\n        recipient {\n          id\n        }\n        disclosures\n        records\n        listed\n      }\n      filed {\n        id\n        recipients {\n          id\n        }\n      }\n      missingFromList {\n        id\n      }\n      neverSeen {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReport($year: Int!) {\n    publishAnnualReport(year: $year) {\n      id\n      version\n      year\n      sha256\n      json\n    }\n  }\n"): (typeof documents)["\n  mutation PublishReport($year: Int!) {\n    publishAnnualReport(year: $year) {\n      id\n      version\n      year\n      sha256\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRegistry {\n    publicRegistry {\n      agreements {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          id\n        }\n        purposes\n        markedPublic\n        required\n      }\n      reports {\n        id\n        version\n        year\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRegistry {\n    publicRegistry {\n      agreements {\n        id\n        version\n        agency {\n          id\n        }\n        thirdParty {\n          id\n        }\n        purposes\n        markedPublic\n        required\n      }\n      reports {\n        id\n        version\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixParty($id: ID!) {\n    party(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MatrixParty($id: ID!) {\n    party(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRecordAffiliation($input: RecordAffiliationInput!) {\n    recordAffiliation(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAgentStatus($id: ID!) {\n    party(id: $id) {\n      isImmigrationAgent(at: \"2025-06-01T12:00:00-05:00\")\n      immigrationAgentIntervals {\n        from\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixAgentStatus($id: ID!) {\n    party(id: $id) {\n      isImmigrationAgent(at: \"2025-06-01T12:00:00-05:00\")\n      immigrationAgentIntervals {\n        from\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecordGrant($input: RecordAccessGrantInput!) {\n    recordAccessGrant(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRecordGrant($input: RecordAccessGrantInput!) {\n    recordAccessGrant(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: \"regional-justice-exchange\" }) {\n      totalCount\n      nodes {\n        subjectKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixTrace($subjectKey: String!) {\n    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: \"regional-justice-exchange\" }) {\n      totalCount\n      nodes {\n        subjectKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDeletionScope($ids: [ID!]!) {\n    deletionScope(violatingDisclosureIds: $ids) {\n      pairCount\n      holders {\n        nodes {\n          records {\n            nodes {\n              subjectKey\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixDeletionScope($ids: [ID!]!) {\n    deletionScope(violatingDisclosureIds: $ids) {\n      pairCount\n      holders {\n        nodes {\n          records {\n            nodes {\n              subjectKey\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAccounting($subjectKey: String!) {\n    accounting(subjectKey: $subjectKey) {\n      entries {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixAccounting($subjectKey: String!) {\n    accounting(subjectKey: $subjectKey) {\n      entries {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixExposure {\n    exposure {\n      individualCount\n    }\n  }\n"): (typeof documents)["\n  query MatrixExposure {\n    exposure {\n      individualCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixPartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n    }\n    downstream(partyId: $party) {\n      arrivalCount\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n    }\n  }\n"): (typeof documents)["\n  query MatrixPartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n    }\n    downstream(partyId: $party) {\n      arrivalCount\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixChains($recordId: ID!) {\n    chains(recordId: $recordId, partyId: \"regional-justice-exchange\", maxHops: 3) {\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query MatrixChains($recordId: ID!) {\n    chains(recordId: $recordId, partyId: \"regional-justice-exchange\", maxHops: 3) {\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixCarriedRecords($id: ID!) {\n    disclosure(id: $id) {\n      records(first: 5) {\n        nodes {\n          categories\n          record {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixCarriedRecords($id: ID!) {\n    disclosure(id: $id) {\n      records(first: 5) {\n        nodes {\n          categories\n          record {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n      purpose\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixDisclosure($id: ID!) {\n    disclosure(id: $id) {\n      id\n      at\n      purpose\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDisclosuresSent($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixDisclosuresSent($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresSent(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDisclosuresReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresReceived(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixDisclosuresReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosuresReceived(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDisclosureCountReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosureCountReceived\n    }\n  }\n"): (typeof documents)["\n  query MatrixDisclosureCountReceived($id: ID!) {\n    party(id: $id) {\n      id\n      disclosureCountReceived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAccessLog {\n    accessLog(first: 5) {\n      nodes {\n        seq\n        operation\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixAccessLog {\n    accessLog(first: 5) {\n      nodes {\n        seq\n        operation\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixVerifyAccessLog {\n    verifyAccessLog {\n      ok\n      entries\n    }\n  }\n"): (typeof documents)["\n  query MatrixVerifyAccessLog {\n    verifyAccessLog {\n      ok\n      entries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"): (typeof documents)["\n  query MatrixDisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixDeriveSubjectKey($identifier: String!) {\n    deriveSubjectKey(kind: SSN, identifier: $identifier)\n  }\n"): (typeof documents)["\n  mutation MatrixDeriveSubjectKey($identifier: String!) {\n    deriveSubjectKey(kind: SSN, identifier: $identifier)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRegisterRecords($input: [RegisterRecordInput!]!) {\n    registerRecords(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixRecord($id: ID!) {\n    record(id: $id) {\n      id\n      categories\n      subject {\n        subjectKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixRecord($id: ID!) {\n    record(id: $id) {\n      id\n      categories\n      subject {\n        subjectKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixSubjectRecords($subjectKey: String!) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 5) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixSubjectRecords($subjectKey: String!) {\n    subject(subjectKey: $subjectKey) {\n      records(first: 5) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($id: ID!) {\n    disclosure(id: $id) {\n      ledger {\n        sequence\n        hash\n      }\n    }\n    verifyLedger {\n      ok\n      entries\n      lastHash\n    }\n  }\n"): (typeof documents)["\n  query Ledger($id: ID!) {\n    disclosure(id: $id) {\n      ledger {\n        sequence\n        hash\n      }\n    }\n    verifyLedger {\n      ok\n      entries\n      lastHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"): (typeof documents)["\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trace(\n    $subjectKey: String!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    trace(subjectKey: $subjectKey, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n"): (typeof documents)["\n  query Trace(\n    $subjectKey: String!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    trace(subjectKey: $subjectKey, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraceRecords(\n    $recordIds: [ID!]!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    traceRecords(recordIds: $recordIds, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n"): (typeof documents)["\n  query TraceRecords(\n    $recordIds: [ID!]!\n    $to: TraceTarget!\n    $window: TimeWindow\n    $maxHops: Int\n    $first: Int! = 100\n    $after: String\n  ) {\n    traceRecords(recordIds: $recordIds, to: $to, window: $window, maxHops: $maxHops, first: $first, after: $after) {\n      ...Arrivals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounting($subjectKey: String!, $from: DateTime) {\n    accounting(subjectKey: $subjectKey, from: $from) {\n      subjectKey\n      entries {\n        recipient {\n          id\n        }\n        kind\n        firstAt\n        lastAt\n        count\n        disclosures {\n          id\n        }\n        records {\n          id\n        }\n        categories\n        purposes\n        legalBases\n        immigrationAgent\n        chain {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounting($subjectKey: String!, $from: DateTime) {\n    accounting(subjectKey: $subjectKey, from: $from) {\n      subjectKey\n      entries {\n        recipient {\n          id\n        }\n        kind\n        firstAt\n        lastAt\n        count\n        disclosures {\n          id\n        }\n        records {\n          id\n        }\n        categories\n        purposes\n        legalBases\n        immigrationAgent\n        chain {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exposure($from: DateTime, $until: DateTime, $by: [ExposureDimension!]! = [DIRECTNESS]) {\n    exposure(from: $from, until: $until) {\n      groups(by: $by) {\n        keys {\n          dimension\n          value\n          party {\n            name\n          }\n        }\n        individualCount\n        arrivalCount\n      }\n      recordCount\n      individualCount\n      arrivalCount\n      direct {\n        arrivalCount\n      }\n      indirect {\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n      byIntermediary {\n        key\n        party {\n          name\n        }\n        arrivalCount\n      }\n      byAgent {\n        key\n        recordCount\n      }\n      byOriginAgency {\n        key\n        individualCount\n      }\n      byCategory {\n        key\n        recordCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Exposure($from: DateTime, $until: DateTime, $by: [ExposureDimension!]! = [DIRECTNESS]) {\n    exposure(from: $from, until: $until) {\n      groups(by: $by) {\n        keys {\n          dimension\n          value\n          party {\n            name\n          }\n        }\n        individualCount\n        arrivalCount\n      }\n      recordCount\n      individualCount\n      arrivalCount\n      direct {\n        arrivalCount\n      }\n      indirect {\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n      byIntermediary {\n        key\n        party {\n          name\n        }\n        arrivalCount\n      }\n      byAgent {\n        key\n        recordCount\n      }\n      byOriginAgency {\n        key\n        individualCount\n      }\n      byCategory {\n        key\n        recordCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyExposure($party: ID!, $from: DateTime) {\n    party(id: $party) {\n      name\n      exposure(from: $from) {\n        arrivalCount\n        individualCount\n        byAgent {\n          key\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyExposure($party: ID!, $from: DateTime) {\n    party(id: $party) {\n      name\n      exposure(from: $from) {\n        arrivalCount\n        individualCount\n        byAgent {\n          key\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n      byOriginAgency {\n        key\n      }\n      bySender {\n        key\n      }\n      byIntermediary {\n        key\n        arrivalCount\n      }\n    }\n    exchange: downstream(partyId: \"exchange\") {\n      arrivalCount\n      immigrationAgent {\n        arrivalCount\n      }\n      byRecipient {\n        key\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n      byAgent {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyLineage($party: ID!, $disclosure: ID!) {\n    upstream(partyId: $party) {\n      recordCount\n      byOriginAgency {\n        key\n      }\n      bySender {\n        key\n      }\n      byIntermediary {\n        key\n        arrivalCount\n      }\n    }\n    exchange: downstream(partyId: \"exchange\") {\n      arrivalCount\n      immigrationAgent {\n        arrivalCount\n      }\n      byRecipient {\n        key\n        arrivalCount\n      }\n      byHopCount {\n        key\n        arrivalCount\n      }\n    }\n    downstreamOfDisclosure(disclosureId: $disclosure) {\n      arrivalCount\n      byAgent {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Navigable($record: ID!, $disclosure: ID!) {\n    record(id: $record) {\n      lineage {\n        totalCount\n        nodes {\n          party {\n            id\n          }\n          hopCount\n        }\n      }\n    }\n    disclosure(id: $disclosure) {\n      downstream {\n        arrivalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Navigable($record: ID!, $disclosure: ID!) {\n    record(id: $record) {\n      lineage {\n        totalCount\n        nodes {\n          party {\n            id\n          }\n          hopCount\n        }\n      }\n    }\n    disclosure(id: $disclosure) {\n      downstream {\n        arrivalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains($recordId: ID!, $partyId: ID!, $maxHops: Int!, $first: Int!, $after: String) {\n    chains(recordId: $recordId, partyId: $partyId, maxHops: $maxHops, first: $first, after: $after) {\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        categories\n        hops {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Chains($recordId: ID!, $partyId: ID!, $maxHops: Int!, $first: Int!, $after: String) {\n    chains(recordId: $recordId, partyId: $partyId, maxHops: $maxHops, first: $first, after: $after) {\n      truncated\n      pageInfo {\n        endCursor\n      }\n      nodes {\n        categories\n        hops {\n          disclosure {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Arrivals on TraceConnection {\n    totalCount\n    truncated\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      record {\n        id\n      }\n      subjectKey\n      party {\n        id\n        name\n      }\n      at\n      hopCount\n      kind\n      immigrationAgent\n      intermediaries {\n        id\n      }\n      categories\n      chain {\n        disclosure {\n          id\n        }\n        from {\n          id\n        }\n        to {\n          id\n        }\n        at\n        purpose\n        legalBasis\n        agreementReference\n        categories\n        recipientWasImmigrationAgent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Arrivals on TraceConnection {\n    totalCount\n    truncated\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      record {\n        id\n      }\n      subjectKey\n      party {\n        id\n        name\n      }\n      at\n      hopCount\n      kind\n      immigrationAgent\n      intermediaries {\n        id\n      }\n      categories\n      chain {\n        disclosure {\n          id\n        }\n        from {\n          id\n        }\n        to {\n          id\n        }\n        at\n        purpose\n        legalBasis\n        agreementReference\n        categories\n        recipientWasImmigrationAgent\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;