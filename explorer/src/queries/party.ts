/**
 * Party-level reads, open to AUDITOR and ANALYST alike: who a party is, the disclosures it
 * made and received (a page at a time), one disclosure with its agreement and findings, and
 * the search.
 */
import { graphql } from '../generated/gql.ts';

/** Who signed in: the organisation the token acts for. */
export const Organisation = graphql(/* GraphQL */ `
  query ExplorerOrganisation($id: ID!) {
    party(id: $id) {
      id
      name
    }
  }
`);

export const PartySearch = graphql(/* GraphQL */ `
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
`);

/**
 * Whether a party or a disclosure has the id typed. (The gateway refuses a document that
 * names a field the role may not read even under `@include(if: false)`, so what an AUDITOR
 * alone may ask is in documents of its own.)
 */
export const IdLookup = graphql(/* GraphQL */ `
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
`);

/** For an AUDITOR: whether a record has the id typed. */
export const RecordLookup = graphql(/* GraphQL */ `
  query ExplorerRecordLookup($id: ID!) {
    record(id: $id) {
      id
      origin {
        name
      }
    }
  }
`);

export const PartyOverview = graphql(/* GraphQL */ `
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
`);

export const PartySentPage = graphql(/* GraphQL */ `
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
`);

export const PartyReceivedPage = graphql(/* GraphQL */ `
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
`);

/** A party's papers: its immigration-enforcement basis, affiliations and agreements. */
export const PartyDetail = graphql(/* GraphQL */ `
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
`);

export const AgreementFields = graphql(/* GraphQL */ `
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
`);

export const FindingFields = graphql(/* GraphQL */ `
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
`);

/** One disclosure, its agreement and findings. */
export const DisclosureDetail = graphql(/* GraphQL */ `
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
`);

/** For an AUDITOR: the categories the first records of a disclosure carried (a subject-level read, logged). */
export const DisclosureCarried = graphql(/* GraphQL */ `
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
`);
