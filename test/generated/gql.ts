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
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n": typeof types.RegisterPartyDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n": typeof types.RecordDisclosureDocument,
    "\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.PartyWithDisclosuresDocument,
    "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": typeof types.DisclosureCountDocument,
};
const documents: Documents = {
    "\n  query PartyName($id: ID!) {\n    party(id: $id) {\n      name\n    }\n  }\n": types.PartyNameDocument,
    "\n  mutation RecordFor($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n    }\n  }\n": types.RecordForDocument,
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) {\n      created\n      party {\n        id\n        name\n        kind\n        isThirdParty\n      }\n    }\n  }\n": types.RegisterPartyDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      created\n      disclosure {\n        id\n        at\n      }\n    }\n  }\n": types.RecordDisclosureDocument,
    "\n  query PartyWithDisclosures($id: ID!, $first: Int!, $after: String) {\n    party(id: $id) {\n      name\n      kind\n      disclosureCountReceived\n      disclosuresSent(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          purpose\n          from {\n            id\n          }\n          to {\n            id\n            name\n            kind\n            disclosureCountReceived\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.PartyWithDisclosuresDocument,
    "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n": types.DisclosureCountDocument,
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
export function graphql(source: "\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"): (typeof documents)["\n  query DisclosureCount($year: Int!) {\n    disclosureCount(year: $year)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;