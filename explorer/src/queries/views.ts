/**
 * The views of what is selected: where a party's records came from (upstream) and went
 * (downstream), one person's accounting, what must be deleted (Sec. 46-37(h)), and the
 * findings that name a party in the window.
 */
import { graphql } from '../generated/gql.ts';

export const PartyUpstream = graphql(/* GraphQL */ `
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
`);

export const DownstreamFields = graphql(/* GraphQL */ `
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
`);

export const PartyDownstream = graphql(/* GraphQL */ `
  query ExplorerPartyDownstream($id: ID!, $from: DateTime, $until: DateTime) {
    downstream(partyId: $id, from: $from, until: $until) {
      ...DownstreamFields
    }
  }
`);

export const DisclosureDownstream = graphql(/* GraphQL */ `
  query ExplorerDisclosureDownstream($id: ID!, $from: DateTime, $until: DateTime) {
    downstreamOfDisclosure(disclosureId: $id, from: $from, until: $until) {
      ...DownstreamFields
    }
  }
`);

export const SubjectAccounting = graphql(/* GraphQL */ `
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
`);

export const ScopeFields = graphql(/* GraphQL */ `
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
`);

export const DisclosureDeletionScope = graphql(/* GraphQL */ `
  query ExplorerDisclosureDeletionScope($ids: [ID!]!, $first: Int!, $after: String, $records: Int!) {
    deletionScope(violatingDisclosureIds: $ids) {
      ...ScopeFields
    }
  }
`);

export const PartyDeletionScope = graphql(/* GraphQL */ `
  query ExplorerPartyDeletionScope($id: ID!, $since: DateTime!, $first: Int!, $after: String, $records: Int!) {
    deletionScopeOfThirdParty(thirdPartyId: $id, since: $since) {
      ...ScopeFields
    }
  }
`);

export const PartyFindings = graphql(/* GraphQL */ `
  query ExplorerPartyFindings($id: ID!, $from: DateTime!, $until: DateTime!) {
    party(id: $id) {
      id
      findings(from: $from, until: $until) {
        ...FindingFields
      }
    }
  }
`);

/** A deletion scope counted, without its records: the view's table, which shows no one's records. */
export const ScopeSummary = graphql(/* GraphQL */ `
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
`);

export const DisclosureScopeSummary = graphql(/* GraphQL */ `
  query ExplorerDisclosureScopeSummary($ids: [ID!]!, $first: Int!) {
    deletionScope(violatingDisclosureIds: $ids) {
      ...ScopeSummary
    }
  }
`);

export const PartyScopeSummary = graphql(/* GraphQL */ `
  query ExplorerPartyScopeSummary($id: ID!, $since: DateTime!, $first: Int!) {
    deletionScopeOfThirdParty(thirdPartyId: $id, since: $since) {
      ...ScopeSummary
    }
  }
`);
