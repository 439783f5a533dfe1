import { assertActsForOwnOrganisation } from '../../infra/auth/organisation.ts';
import { checkPageSize, decodeCursor, decodeOffset } from '../../infra/pagination.ts';
import { DateTimeScalar } from '../../infra/scalars.ts';
import {
  recordAffiliation,
  recordEnforcement,
  checkBatchSize,
  registerRecords,
  partiesPage,
  partySearch,
  registerParty,
  subjectKeyOf,
  subjectKeySecret,
} from '../../core/registry/index.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { readRecord, readRecordsOf, readSubject } from './subject-access.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    party: (_root, { id }, { loaders }) => loaders.party.load(id),
    parties: (_root, { kind, first, after }, { db }) =>
      partiesPage(db, { kind: kind ?? null, first: checkPageSize(first), after: decodeCursor(after) }),
    partySearch: (_root, { text, kind, first, after }, { db }) =>
      partySearch(db, { text, kind: kind ?? null, first: checkPageSize(first), offset: decodeOffset(after) }),
    record: (_root, { id }, context) => readRecord(context, id),
    subject: (_root, { subjectKey }, context) => readSubject(context, subjectKey),
  },
  Mutation: {
    registerParty: (_root, { input }, { db, loaders }) =>
      registerParty(db, input).then((result) => {
        loaders.party.prime(result.party.id, result.party);
        return result;
      }),
    recordImmigrationEnforcement: (_root, { input }, { db }) => recordEnforcement(db, input),
    recordAffiliation: (_root, { input }, { db }) => recordAffiliation(db, input),
    // The CLI's derivation; the identifier goes no further than this call.
    deriveSubjectKey: (_root, { kind, identifier }) => subjectKeyOf(subjectKeySecret(), kind, identifier, 'identifier'),
    registerRecords: (_root, { input }, { db, principal }) => {
      checkBatchSize(input);
      input.forEach((item, index) =>
        assertActsForOwnOrganisation(principal, item.originPartyId, `input[${index}].originPartyId`),
      );
      return registerRecords(db, input);
    },
  },
  Party: {
    __resolveReference: (reference, { loaders }) => loaders.party.load(reference.id),
    isThirdParty: (party) => party.kind !== 'COUNTY_AGENCY',
    enforcesImmigrationLaw: (party, _args, { loaders }) => loaders.enforcement.load(party.id),
    affiliations: (party, _args, { loaders }) => loaders.affiliations.load(party.id),
    isImmigrationAgent: (party, { at }, { loaders }) => loaders.immigrationAgent.load({ partyId: party.id, at }),
    immigrationAgentIntervals: (party, _args, { loaders }) => loaders.immigrationAgentIntervals.load(party.id),
  },
  Subject: {
    // The records field logs what it shows; the reference itself shows nothing new.
    __resolveReference: (reference, context) => readSubject(context, reference.subjectKey, false),
    records: (subject, args, context) => readRecordsOf(context, subject, args),
  },
  Record: {
    __resolveReference: (reference, context) => readRecord(context, reference.id),
    origin: (record, _args, { loaders }) => loaders.party.load(record.originId).then(existing),
    subject: (record) => ({ subjectKey: record.subjectKey }),
  },
  Affiliation: {
    fromParty: (affiliation, _args, { loaders }) => loaders.party.load(affiliation.fromId).then(existing),
    toParty: (affiliation, _args, { loaders }) => loaders.party.load(affiliation.toId).then(existing),
  },
};

/** An affiliation's parties and a record's origin exist: the graph holds the relationship to them. */
function existing<T>(value: T | null): T {
  if (value === null) throw new Error('a relationship points at a party that is not in the registry');
  return value;
}
