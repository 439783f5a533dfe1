/**
 * The pieces of an answer every view draws: a party as a node (with the intervals in which it
 * was an immigration agent), a disclosure as an edge, a hop of a chain. Subject-level fields
 * (record ids, subject keys) are in the documents that only an AUDITOR sends.
 *
 * The gateway counts a fragment spread as two levels of its depth limit of 12, so the deep
 * documents (a person's records, their arrivals, each hop's parties) spread one fragment at
 * most and spell the hops out inside it.
 */
import { graphql } from '../generated/gql.ts';

export const PartyBrief = graphql(/* GraphQL */ `
  fragment PartyBrief on Party {
    id
    name
    kind
    immigrationAgentIntervals {
      from
      until
    }
  }
`);

export const HopFields = graphql(/* GraphQL */ `
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
`);

export const ArrivalFields = graphql(/* GraphQL */ `
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
`);

export const DisclosureEdge = graphql(/* GraphQL */ `
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
`);

export const CountFields = graphql(/* GraphQL */ `
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
`);
