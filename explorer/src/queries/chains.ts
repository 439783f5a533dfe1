/**
 * Chains of one person's or one record's information: every arrival of each record at any
 * party, with the chain that brought it (Record.lineage). Subject-level: AUDITOR only, and
 * every answer is written to the access log by the service.
 */
import { graphql } from '../generated/gql.ts';

/** A page of a person's records, each with the first page of its arrivals. */
export const SubjectChains = graphql(/* GraphQL */ `
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
`);

/** One record and a page of its arrivals: a record searched by id, or the next page of one. */
export const RecordChains = graphql(/* GraphQL */ `
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
`);

/**
 * The records one disclosure carried (a page of them), each with the first page of its
 * arrivals: the chains through the disclosure are those that contain it.
 */
export const DisclosureChains = graphql(/* GraphQL */ `
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
`);
