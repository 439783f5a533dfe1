/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How one party is bound to another; each link counts only while it is valid. */
export type AffiliationKind =
  | 'AGENT_OF'
  | 'CONTRACTOR_OF'
  | 'EMPLOYEE_OF';

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

/**
 * Whether the last hop's sender was county personnel at that hop's time (direct) or a third party
 * that was not (indirect). County personnel: a county agency, or its employee, agent or contractor
 * by a chain of affiliations each valid then; a county contractor passing records to an immigration
 * agent is the county disclosing directly, through its contractor.
 */
export type FlowKind =
  | 'DIRECT'
  | 'INDIRECT';

/** What the sender says allowed it, in the terms of Sec. 46-37(b). */
export type LegalBasis =
  | 'COURT_ORDER'
  | 'CRIMINAL_WARRANT'
  | 'NONE'
  | 'NON_IMMIGRATION_LAW_ENFORCEMENT';

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

export type ReportedBy =
  | 'AUDIT'
  | 'RECEIVER'
  | 'SENDER';

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

export type ExplorerSubjectChainsQueryVariables = Exact<{
  subjectKey: string;
  first: number;
  after?: string | null | undefined;
  arrivals: number;
}>;


export type ExplorerSubjectChainsQuery = { subject: { subjectKey: string, records: { nodes: Array<{ id: string, sourceSystem: string, categories: Array<Category>, createdAt: string, origin: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, lineage: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ subjectKey: string, at: string, hopCount: number, kind: FlowKind, immigrationAgent: boolean, categories: Array<Category>, unknownSourceCategories: Array<Category>, record: { id: string }, party: { id: string }, intermediaries: Array<{ id: string }>, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type ExplorerRecordChainsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerRecordChainsQuery = { record: { id: string, sourceSystem: string, categories: Array<Category>, createdAt: string, origin: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, subject: { subjectKey: string }, lineage: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ subjectKey: string, at: string, hopCount: number, kind: FlowKind, immigrationAgent: boolean, categories: Array<Category>, unknownSourceCategories: Array<Category>, record: { id: string }, party: { id: string }, intermediaries: Array<{ id: string }>, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } } | null };

export type ExplorerDisclosureChainsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  arrivals: number;
}>;


export type ExplorerDisclosureChainsQuery = { disclosure: { id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, records: { nodes: Array<{ record: { id: string, lineage: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ subjectKey: string, at: string, hopCount: number, kind: FlowKind, immigrationAgent: boolean, categories: Array<Category>, unknownSourceCategories: Array<Category>, record: { id: string }, party: { id: string }, intermediaries: Array<{ id: string }>, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null } | null };

export type PartyBriefFragment = { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> };

export type HopFieldsFragment = { at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null };

export type ArrivalFieldsFragment = { subjectKey: string, at: string, hopCount: number, kind: FlowKind, immigrationAgent: boolean, categories: Array<Category>, unknownSourceCategories: Array<Category>, record: { id: string }, party: { id: string }, intermediaries: Array<{ id: string }>, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> };

export type DisclosureEdgeFragment = { id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null };

export type CountFieldsFragment = { key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null };

export type ExplorerOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerOrganisationQuery = { party: { id: string, name: string } | null };

export type ExplorerPartySearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type ExplorerPartySearchQuery = { partySearch: { nodes: Array<{ id: string, name: string, kind: PartyKind }>, pageInfo: { hasNextPage: boolean } } };

export type ExplorerIdLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerIdLookupQuery = { party: { id: string, name: string, kind: PartyKind } | null, disclosure: { id: string, at: string, from: { name: string }, to: { name: string } } | null };

export type ExplorerRecordLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerRecordLookupQuery = { record: { id: string, origin: { name: string } } | null };

export type ExplorerPartyOverviewQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ExplorerPartyOverviewQuery = { party: { isThirdParty: boolean, disclosureCountReceived: number, id: string, name: string, kind: PartyKind, disclosuresSent: { nodes: Array<{ id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, disclosuresReceived: { nodes: Array<{ id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, immigrationAgentIntervals: Array<{ from: string, until: string | null }> } | null };

export type ExplorerPartySentPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerPartySentPageQuery = { party: { id: string, disclosuresSent: { nodes: Array<{ id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type ExplorerPartyReceivedPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerPartyReceivedPageQuery = { party: { id: string, disclosuresReceived: { nodes: Array<{ id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type ExplorerPartyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerPartyDetailQuery = { party: { isThirdParty: boolean, id: string, name: string, kind: PartyKind, enforcesImmigrationLaw: Array<{ id: string, from: string, until: string | null, basis: string }>, affiliations: Array<{ id: string, kind: AffiliationKind, from: string, until: string | null, reference: string | null, fromParty: { id: string, name: string }, toParty: { id: string, name: string } }>, agreements: Array<{ id: string, version: number, signedAt: string, from: string, until: string | null, purposes: Array<PurposeCode>, purposeText: string | null, prohibitsImmigrationDisclosure: boolean, prohibitsImmigrationUse: boolean, permitsRedisclosure: boolean, requiresRecipientCertification: boolean, certifiedBy: string | null, certifierTitle: string | null, certifiedByChiefExecutive: boolean, public: boolean, documentSha256: string, agency: { id: string, name: string }, thirdParty: { id: string, name: string }, redisclosureTo: Array<{ id: string, name: string }> }>, immigrationAgentIntervals: Array<{ from: string, until: string | null }> } | null };

export type AgreementFieldsFragment = { id: string, version: number, signedAt: string, from: string, until: string | null, purposes: Array<PurposeCode>, purposeText: string | null, prohibitsImmigrationDisclosure: boolean, prohibitsImmigrationUse: boolean, permitsRedisclosure: boolean, requiresRecipientCertification: boolean, certifiedBy: string | null, certifierTitle: string | null, certifiedByChiefExecutive: boolean, public: boolean, documentSha256: string, agency: { id: string, name: string }, thirdParty: { id: string, name: string }, redisclosureTo: Array<{ id: string, name: string }> };

export type FindingFieldsFragment = { id: string, subsection: Subsection, severity: Severity, from: string, until: string, explanation: string, parties: Array<{ id: string, name: string }>, disclosures: Array<{ id: string }> };

export type ExplorerDisclosureDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDisclosureDetailQuery = { disclosure: { id: string, at: string, purpose: string, channel: Channel, legalBasis: LegalBasis, agreementReference: string | null, reportedBy: ReportedBy, holderUnknown: boolean, recordCount: number, agreement: { id: string, version: number, signedAt: string, from: string, until: string | null, purposes: Array<PurposeCode>, purposeText: string | null, prohibitsImmigrationDisclosure: boolean, prohibitsImmigrationUse: boolean, permitsRedisclosure: boolean, requiresRecipientCertification: boolean, certifiedBy: string | null, certifierTitle: string | null, certifiedByChiefExecutive: boolean, public: boolean, documentSha256: string, agency: { id: string, name: string }, thirdParty: { id: string, name: string }, redisclosureTo: Array<{ id: string, name: string }> } | null, findings: Array<{ id: string, subsection: Subsection, severity: Severity, from: string, until: string, explanation: string, parties: Array<{ id: string, name: string }>, disclosures: Array<{ id: string }> }>, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, retraction: { id: string, at: string, reason: string } | null } | null };

export type ExplorerDisclosureCarriedQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDisclosureCarriedQuery = { disclosure: { id: string, records: { nodes: Array<{ categories: Array<Category> }>, pageInfo: { hasNextPage: boolean } } } | null };

export type ExplorerPartyUpstreamQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerPartyUpstreamQuery = { upstream: { recordCount: number, individualCount: number, arrivalCount: number, byOriginAgency: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, bySender: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byIntermediary: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }> } };

export type DownstreamFieldsFragment = { recordCount: number, individualCount: number, arrivalCount: number, immigrationAgent: { key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }, byRecipient: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byHopCount: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byAgent: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }> };

export type ExplorerPartyDownstreamQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerPartyDownstreamQuery = { downstream: { recordCount: number, individualCount: number, arrivalCount: number, immigrationAgent: { key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }, byRecipient: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byHopCount: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byAgent: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }> } };

export type ExplorerDisclosureDownstreamQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerDisclosureDownstreamQuery = { downstreamOfDisclosure: { recordCount: number, individualCount: number, arrivalCount: number, immigrationAgent: { key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }, byRecipient: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byHopCount: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }>, byAgent: Array<{ key: string, recordCount: number, individualCount: number, arrivalCount: number, party: { id: string, name: string, kind: PartyKind } | null }> } };

export type ExplorerAccountingQueryVariables = Exact<{
  subjectKey: string;
  from?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerAccountingQuery = { accounting: { subjectKey: string, entries: Array<{ kind: FlowKind, firstAt: string, lastAt: string, count: number, categories: Array<Category>, purposes: Array<string>, legalBases: Array<LegalBasis>, immigrationAgent: boolean, recipient: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, disclosures: Array<{ id: string }>, firstArrival: { at: string, kind: FlowKind, hopCount: number, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> } }> } };

export type ScopeFieldsFragment = { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }>, records: { totalCount: number, nodes: Array<{ subjectKey: string, categories: Array<Category>, record: { id: string }, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } }> } };

export type ExplorerDisclosureDeletionScopeQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first: number;
  after?: string | null | undefined;
  records: number;
}>;


export type ExplorerDisclosureDeletionScopeQuery = { deletionScope: { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }>, records: { totalCount: number, nodes: Array<{ subjectKey: string, categories: Array<Category>, record: { id: string }, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } }> } } };

export type ExplorerPartyDeletionScopeQueryVariables = Exact<{
  id: string | number;
  since: string;
  first: number;
  after?: string | null | undefined;
  records: number;
}>;


export type ExplorerPartyDeletionScopeQuery = { deletionScopeOfThirdParty: { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }>, records: { totalCount: number, nodes: Array<{ subjectKey: string, categories: Array<Category>, record: { id: string }, chain: Array<{ at: string, purpose: string, legalBasis: LegalBasis, agreementReference: string | null, categories: Array<Category>, recipientWasImmigrationAgent: boolean, disclosure: { id: string, channel: Channel }, from: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, to: { id: string, name: string, kind: PartyKind, immigrationAgentIntervals: Array<{ from: string, until: string | null }> }, senderCountyPersonnel: { through: { id: string } } | null }> }> } }> } } };

export type ExplorerPartyFindingsQueryVariables = Exact<{
  id: string | number;
  from: string;
  until: string;
}>;


export type ExplorerPartyFindingsQuery = { party: { id: string, findings: Array<{ id: string, subsection: Subsection, severity: Severity, from: string, until: string, explanation: string, parties: Array<{ id: string, name: string }>, disclosures: Array<{ id: string }> }> } | null };

export type ScopeSummaryFragment = { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }> }> } };

export type ExplorerDisclosureScopeSummaryQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first: number;
}>;


export type ExplorerDisclosureScopeSummaryQuery = { deletionScope: { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }> }> } } };

export type ExplorerPartyScopeSummaryQueryVariables = Exact<{
  id: string | number;
  since: string;
  first: number;
}>;


export type ExplorerPartyScopeSummaryQuery = { deletionScopeOfThirdParty: { holderCount: number, pairCount: number, subjectCount: number, holders: { totalCount: number, truncated: boolean, nodes: Array<{ recordCount: number, subjectCount: number, categories: Array<Category>, party: { id: string, name: string }, accessGrantsToCut: Array<{ id: string, dataset: string, from: string, until: string | null }> }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HopFieldsFragmentDoc = new TypedDocumentString(`
    fragment HopFields on TraceHop {
  disclosure {
    id
    channel
  }
  from {
    id
    name
    kind
    immigrationAgentIntervals {
      from
      until
    }
  }
  to {
    id
    name
    kind
    immigrationAgentIntervals {
      from
      until
    }
  }
  at
  purpose
  legalBasis
  agreementReference
  categories
  recipientWasImmigrationAgent
  senderCountyPersonnel {
    through {
      id
    }
  }
}
    `, {"fragmentName":"HopFields"}) as unknown as TypedDocumentString<HopFieldsFragment, unknown>;
export const ArrivalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArrivalFields on TracedArrival {
  record {
    id
  }
  subjectKey
  party {
    id
  }
  at
  hopCount
  kind
  immigrationAgent
  intermediaries {
    id
  }
  categories
  unknownSourceCategories
  chain {
    disclosure {
      id
      channel
    }
    from {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    to {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    at
    purpose
    legalBasis
    agreementReference
    categories
    recipientWasImmigrationAgent
    senderCountyPersonnel {
      through {
        id
      }
    }
  }
}
    `, {"fragmentName":"ArrivalFields"}) as unknown as TypedDocumentString<ArrivalFieldsFragment, unknown>;
export const PartyBriefFragmentDoc = new TypedDocumentString(`
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
    `, {"fragmentName":"PartyBrief"}) as unknown as TypedDocumentString<PartyBriefFragment, unknown>;
export const DisclosureEdgeFragmentDoc = new TypedDocumentString(`
    fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}`, {"fragmentName":"DisclosureEdge"}) as unknown as TypedDocumentString<DisclosureEdgeFragment, unknown>;
export const AgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementFields on Agreement {
  id
  version
  agency {
    id
    name
  }
  thirdParty {
    id
    name
  }
  signedAt
  from
  until
  purposes
  purposeText
  prohibitsImmigrationDisclosure
  prohibitsImmigrationUse
  permitsRedisclosure
  redisclosureTo {
    id
    name
  }
  requiresRecipientCertification
  certifiedBy
  certifierTitle
  certifiedByChiefExecutive
  public
  documentSha256
}
    `, {"fragmentName":"AgreementFields"}) as unknown as TypedDocumentString<AgreementFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingFields on Finding {
  id
  subsection
  severity
  from
  until
  explanation
  parties {
    id
    name
  }
  disclosures {
    id
  }
}
    `, {"fragmentName":"FindingFields"}) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const CountFieldsFragmentDoc = new TypedDocumentString(`
    fragment CountFields on ExposureCount {
  key
  party {
    id
    name
    kind
  }
  recordCount
  individualCount
  arrivalCount
}
    `, {"fragmentName":"CountFields"}) as unknown as TypedDocumentString<CountFieldsFragment, unknown>;
export const DownstreamFieldsFragmentDoc = new TypedDocumentString(`
    fragment DownstreamFields on Downstream {
  recordCount
  individualCount
  arrivalCount
  immigrationAgent {
    ...CountFields
  }
  byRecipient {
    ...CountFields
  }
  byHopCount {
    ...CountFields
  }
  byAgent {
    ...CountFields
  }
}
    fragment CountFields on ExposureCount {
  key
  party {
    id
    name
    kind
  }
  recordCount
  individualCount
  arrivalCount
}`, {"fragmentName":"DownstreamFields"}) as unknown as TypedDocumentString<DownstreamFieldsFragment, unknown>;
export const ScopeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScopeFields on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first, after: $after) {
    totalCount
    truncated
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      party {
        ...PartyBrief
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
      records(first: $records) {
        totalCount
        nodes {
          record {
            id
          }
          subjectKey
          categories
          chain {
            disclosure {
              id
              channel
            }
            from {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            to {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            at
            purpose
            legalBasis
            agreementReference
            categories
            recipientWasImmigrationAgent
            senderCountyPersonnel {
              through {
                id
              }
            }
          }
        }
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}`, {"fragmentName":"ScopeFields"}) as unknown as TypedDocumentString<ScopeFieldsFragment, unknown>;
export const ScopeSummaryFragmentDoc = new TypedDocumentString(`
    fragment ScopeSummary on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first) {
    totalCount
    truncated
    nodes {
      party {
        id
        name
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
    }
  }
}
    `, {"fragmentName":"ScopeSummary"}) as unknown as TypedDocumentString<ScopeSummaryFragment, unknown>;
export const ExplorerSubjectChainsDocument = new TypedDocumentString(`
    query ExplorerSubjectChains($subjectKey: String!, $first: Int!, $after: String, $arrivals: Int!) {
  subject(subjectKey: $subjectKey) {
    subjectKey
    records(first: $first, after: $after) {
      nodes {
        id
        sourceSystem
        categories
        createdAt
        origin {
          ...PartyBrief
        }
        lineage(first: $arrivals) {
          totalCount
          truncated
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            ...ArrivalFields
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment ArrivalFields on TracedArrival {
  record {
    id
  }
  subjectKey
  party {
    id
  }
  at
  hopCount
  kind
  immigrationAgent
  intermediaries {
    id
  }
  categories
  unknownSourceCategories
  chain {
    disclosure {
      id
      channel
    }
    from {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    to {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    at
    purpose
    legalBasis
    agreementReference
    categories
    recipientWasImmigrationAgent
    senderCountyPersonnel {
      through {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerSubjectChainsQuery, ExplorerSubjectChainsQueryVariables>;
export const ExplorerRecordChainsDocument = new TypedDocumentString(`
    query ExplorerRecordChains($id: ID!, $first: Int!, $after: String) {
  record(id: $id) {
    id
    sourceSystem
    categories
    createdAt
    origin {
      ...PartyBrief
    }
    subject {
      subjectKey
    }
    lineage(first: $first, after: $after) {
      totalCount
      truncated
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ArrivalFields
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment ArrivalFields on TracedArrival {
  record {
    id
  }
  subjectKey
  party {
    id
  }
  at
  hopCount
  kind
  immigrationAgent
  intermediaries {
    id
  }
  categories
  unknownSourceCategories
  chain {
    disclosure {
      id
      channel
    }
    from {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    to {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    at
    purpose
    legalBasis
    agreementReference
    categories
    recipientWasImmigrationAgent
    senderCountyPersonnel {
      through {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerRecordChainsQuery, ExplorerRecordChainsQueryVariables>;
export const ExplorerDisclosureChainsDocument = new TypedDocumentString(`
    query ExplorerDisclosureChains($id: ID!, $first: Int!, $after: String, $arrivals: Int!) {
  disclosure(id: $id) {
    ...DisclosureEdge
    records(first: $first, after: $after) {
      nodes {
        record {
          id
          lineage(first: $arrivals) {
            totalCount
            truncated
            pageInfo {
              endCursor
              hasNextPage
            }
            nodes {
              ...ArrivalFields
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment ArrivalFields on TracedArrival {
  record {
    id
  }
  subjectKey
  party {
    id
  }
  at
  hopCount
  kind
  immigrationAgent
  intermediaries {
    id
  }
  categories
  unknownSourceCategories
  chain {
    disclosure {
      id
      channel
    }
    from {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    to {
      id
      name
      kind
      immigrationAgentIntervals {
        from
        until
      }
    }
    at
    purpose
    legalBasis
    agreementReference
    categories
    recipientWasImmigrationAgent
    senderCountyPersonnel {
      through {
        id
      }
    }
  }
}
fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}`) as unknown as TypedDocumentString<ExplorerDisclosureChainsQuery, ExplorerDisclosureChainsQueryVariables>;
export const ExplorerOrganisationDocument = new TypedDocumentString(`
    query ExplorerOrganisation($id: ID!) {
  party(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ExplorerOrganisationQuery, ExplorerOrganisationQueryVariables>;
export const ExplorerPartySearchDocument = new TypedDocumentString(`
    query ExplorerPartySearch($text: String!, $first: Int!) {
  partySearch(text: $text, first: $first) {
    nodes {
      id
      name
      kind
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPartySearchQuery, ExplorerPartySearchQueryVariables>;
export const ExplorerIdLookupDocument = new TypedDocumentString(`
    query ExplorerIdLookup($id: ID!) {
  party(id: $id) {
    id
    name
    kind
  }
  disclosure(id: $id) {
    id
    at
    from {
      name
    }
    to {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerIdLookupQuery, ExplorerIdLookupQueryVariables>;
export const ExplorerRecordLookupDocument = new TypedDocumentString(`
    query ExplorerRecordLookup($id: ID!) {
  record(id: $id) {
    id
    origin {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRecordLookupQuery, ExplorerRecordLookupQueryVariables>;
export const ExplorerPartyOverviewDocument = new TypedDocumentString(`
    query ExplorerPartyOverview($id: ID!, $first: Int!) {
  party(id: $id) {
    ...PartyBrief
    isThirdParty
    disclosureCountReceived
    disclosuresSent(first: $first) {
      nodes {
        ...DisclosureEdge
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    disclosuresReceived(first: $first) {
      nodes {
        ...DisclosureEdge
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}`) as unknown as TypedDocumentString<ExplorerPartyOverviewQuery, ExplorerPartyOverviewQueryVariables>;
export const ExplorerPartySentPageDocument = new TypedDocumentString(`
    query ExplorerPartySentPage($id: ID!, $first: Int!, $after: String) {
  party(id: $id) {
    id
    disclosuresSent(first: $first, after: $after) {
      nodes {
        ...DisclosureEdge
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}`) as unknown as TypedDocumentString<ExplorerPartySentPageQuery, ExplorerPartySentPageQueryVariables>;
export const ExplorerPartyReceivedPageDocument = new TypedDocumentString(`
    query ExplorerPartyReceivedPage($id: ID!, $first: Int!, $after: String) {
  party(id: $id) {
    id
    disclosuresReceived(first: $first, after: $after) {
      nodes {
        ...DisclosureEdge
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}`) as unknown as TypedDocumentString<ExplorerPartyReceivedPageQuery, ExplorerPartyReceivedPageQueryVariables>;
export const ExplorerPartyDetailDocument = new TypedDocumentString(`
    query ExplorerPartyDetail($id: ID!) {
  party(id: $id) {
    ...PartyBrief
    isThirdParty
    enforcesImmigrationLaw {
      id
      from
      until
      basis
    }
    affiliations {
      id
      kind
      fromParty {
        id
        name
      }
      toParty {
        id
        name
      }
      from
      until
      reference
    }
    agreements {
      ...AgreementFields
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment AgreementFields on Agreement {
  id
  version
  agency {
    id
    name
  }
  thirdParty {
    id
    name
  }
  signedAt
  from
  until
  purposes
  purposeText
  prohibitsImmigrationDisclosure
  prohibitsImmigrationUse
  permitsRedisclosure
  redisclosureTo {
    id
    name
  }
  requiresRecipientCertification
  certifiedBy
  certifierTitle
  certifiedByChiefExecutive
  public
  documentSha256
}`) as unknown as TypedDocumentString<ExplorerPartyDetailQuery, ExplorerPartyDetailQueryVariables>;
export const ExplorerDisclosureDetailDocument = new TypedDocumentString(`
    query ExplorerDisclosureDetail($id: ID!) {
  disclosure(id: $id) {
    ...DisclosureEdge
    agreement {
      ...AgreementFields
    }
    findings {
      ...FindingFields
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment DisclosureEdge on Disclosure {
  id
  at
  from {
    ...PartyBrief
  }
  to {
    ...PartyBrief
  }
  purpose
  channel
  legalBasis
  agreementReference
  reportedBy
  holderUnknown
  recordCount
  retraction {
    id
    at
    reason
  }
}
fragment AgreementFields on Agreement {
  id
  version
  agency {
    id
    name
  }
  thirdParty {
    id
    name
  }
  signedAt
  from
  until
  purposes
  purposeText
  prohibitsImmigrationDisclosure
  prohibitsImmigrationUse
  permitsRedisclosure
  redisclosureTo {
    id
    name
  }
  requiresRecipientCertification
  certifiedBy
  certifierTitle
  certifiedByChiefExecutive
  public
  documentSha256
}
fragment FindingFields on Finding {
  id
  subsection
  severity
  from
  until
  explanation
  parties {
    id
    name
  }
  disclosures {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerDisclosureDetailQuery, ExplorerDisclosureDetailQueryVariables>;
export const ExplorerDisclosureCarriedDocument = new TypedDocumentString(`
    query ExplorerDisclosureCarried($id: ID!) {
  disclosure(id: $id) {
    id
    records(first: 100) {
      nodes {
        categories
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerDisclosureCarriedQuery, ExplorerDisclosureCarriedQueryVariables>;
export const ExplorerPartyUpstreamDocument = new TypedDocumentString(`
    query ExplorerPartyUpstream($id: ID!, $from: DateTime, $until: DateTime) {
  upstream(partyId: $id, from: $from, until: $until) {
    recordCount
    individualCount
    arrivalCount
    byOriginAgency {
      ...CountFields
    }
    bySender {
      ...CountFields
    }
    byIntermediary {
      ...CountFields
    }
  }
}
    fragment CountFields on ExposureCount {
  key
  party {
    id
    name
    kind
  }
  recordCount
  individualCount
  arrivalCount
}`) as unknown as TypedDocumentString<ExplorerPartyUpstreamQuery, ExplorerPartyUpstreamQueryVariables>;
export const ExplorerPartyDownstreamDocument = new TypedDocumentString(`
    query ExplorerPartyDownstream($id: ID!, $from: DateTime, $until: DateTime) {
  downstream(partyId: $id, from: $from, until: $until) {
    ...DownstreamFields
  }
}
    fragment CountFields on ExposureCount {
  key
  party {
    id
    name
    kind
  }
  recordCount
  individualCount
  arrivalCount
}
fragment DownstreamFields on Downstream {
  recordCount
  individualCount
  arrivalCount
  immigrationAgent {
    ...CountFields
  }
  byRecipient {
    ...CountFields
  }
  byHopCount {
    ...CountFields
  }
  byAgent {
    ...CountFields
  }
}`) as unknown as TypedDocumentString<ExplorerPartyDownstreamQuery, ExplorerPartyDownstreamQueryVariables>;
export const ExplorerDisclosureDownstreamDocument = new TypedDocumentString(`
    query ExplorerDisclosureDownstream($id: ID!, $from: DateTime, $until: DateTime) {
  downstreamOfDisclosure(disclosureId: $id, from: $from, until: $until) {
    ...DownstreamFields
  }
}
    fragment CountFields on ExposureCount {
  key
  party {
    id
    name
    kind
  }
  recordCount
  individualCount
  arrivalCount
}
fragment DownstreamFields on Downstream {
  recordCount
  individualCount
  arrivalCount
  immigrationAgent {
    ...CountFields
  }
  byRecipient {
    ...CountFields
  }
  byHopCount {
    ...CountFields
  }
  byAgent {
    ...CountFields
  }
}`) as unknown as TypedDocumentString<ExplorerDisclosureDownstreamQuery, ExplorerDisclosureDownstreamQueryVariables>;
export const ExplorerAccountingDocument = new TypedDocumentString(`
    query ExplorerAccounting($subjectKey: String!, $from: DateTime, $until: DateTime) {
  accounting(subjectKey: $subjectKey, from: $from, until: $until) {
    subjectKey
    entries {
      recipient {
        ...PartyBrief
      }
      kind
      firstAt
      lastAt
      count
      disclosures {
        id
      }
      categories
      purposes
      legalBases
      immigrationAgent
      firstArrival {
        at
        kind
        hopCount
        chain {
          ...HopFields
        }
      }
    }
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment HopFields on TraceHop {
  disclosure {
    id
    channel
  }
  from {
    id
    name
    kind
    immigrationAgentIntervals {
      from
      until
    }
  }
  to {
    id
    name
    kind
    immigrationAgentIntervals {
      from
      until
    }
  }
  at
  purpose
  legalBasis
  agreementReference
  categories
  recipientWasImmigrationAgent
  senderCountyPersonnel {
    through {
      id
    }
  }
}`) as unknown as TypedDocumentString<ExplorerAccountingQuery, ExplorerAccountingQueryVariables>;
export const ExplorerDisclosureDeletionScopeDocument = new TypedDocumentString(`
    query ExplorerDisclosureDeletionScope($ids: [ID!]!, $first: Int!, $after: String, $records: Int!) {
  deletionScope(violatingDisclosureIds: $ids) {
    ...ScopeFields
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment ScopeFields on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first, after: $after) {
    totalCount
    truncated
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      party {
        ...PartyBrief
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
      records(first: $records) {
        totalCount
        nodes {
          record {
            id
          }
          subjectKey
          categories
          chain {
            disclosure {
              id
              channel
            }
            from {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            to {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            at
            purpose
            legalBasis
            agreementReference
            categories
            recipientWasImmigrationAgent
            senderCountyPersonnel {
              through {
                id
              }
            }
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerDisclosureDeletionScopeQuery, ExplorerDisclosureDeletionScopeQueryVariables>;
export const ExplorerPartyDeletionScopeDocument = new TypedDocumentString(`
    query ExplorerPartyDeletionScope($id: ID!, $since: DateTime!, $first: Int!, $after: String, $records: Int!) {
  deletionScopeOfThirdParty(thirdPartyId: $id, since: $since) {
    ...ScopeFields
  }
}
    fragment PartyBrief on Party {
  id
  name
  kind
  immigrationAgentIntervals {
    from
    until
  }
}
fragment ScopeFields on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first, after: $after) {
    totalCount
    truncated
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      party {
        ...PartyBrief
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
      records(first: $records) {
        totalCount
        nodes {
          record {
            id
          }
          subjectKey
          categories
          chain {
            disclosure {
              id
              channel
            }
            from {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            to {
              id
              name
              kind
              immigrationAgentIntervals {
                from
                until
              }
            }
            at
            purpose
            legalBasis
            agreementReference
            categories
            recipientWasImmigrationAgent
            senderCountyPersonnel {
              through {
                id
              }
            }
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPartyDeletionScopeQuery, ExplorerPartyDeletionScopeQueryVariables>;
export const ExplorerPartyFindingsDocument = new TypedDocumentString(`
    query ExplorerPartyFindings($id: ID!, $from: DateTime!, $until: DateTime!) {
  party(id: $id) {
    id
    findings(from: $from, until: $until) {
      ...FindingFields
    }
  }
}
    fragment FindingFields on Finding {
  id
  subsection
  severity
  from
  until
  explanation
  parties {
    id
    name
  }
  disclosures {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerPartyFindingsQuery, ExplorerPartyFindingsQueryVariables>;
export const ExplorerDisclosureScopeSummaryDocument = new TypedDocumentString(`
    query ExplorerDisclosureScopeSummary($ids: [ID!]!, $first: Int!) {
  deletionScope(violatingDisclosureIds: $ids) {
    ...ScopeSummary
  }
}
    fragment ScopeSummary on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first) {
    totalCount
    truncated
    nodes {
      party {
        id
        name
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerDisclosureScopeSummaryQuery, ExplorerDisclosureScopeSummaryQueryVariables>;
export const ExplorerPartyScopeSummaryDocument = new TypedDocumentString(`
    query ExplorerPartyScopeSummary($id: ID!, $since: DateTime!, $first: Int!) {
  deletionScopeOfThirdParty(thirdPartyId: $id, since: $since) {
    ...ScopeSummary
  }
}
    fragment ScopeSummary on DeletionScope {
  holderCount
  pairCount
  subjectCount
  holders(first: $first) {
    totalCount
    truncated
    nodes {
      party {
        id
        name
      }
      recordCount
      subjectCount
      categories
      accessGrantsToCut {
        id
        dataset
        from
        until
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPartyScopeSummaryQuery, ExplorerPartyScopeSummaryQueryVariables>;