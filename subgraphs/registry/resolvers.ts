import { checkPageSize, decodeCursor } from '../shared/pagination.ts';
import { DateTimeScalar } from '../shared/scalars.ts';
import { recordAffiliation, recordEnforcement } from './affiliations.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { partiesPage, registerParty } from './repository.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    party: (_root, { id }, { loaders }) => loaders.party.load(id),
    parties: (_root, { kind, first, after }, { db }) =>
      partiesPage(db, { kind: kind ?? null, first: checkPageSize(first), after: decodeCursor(after) }),
  },
  Mutation: {
    registerParty: (_root, { input }, { db, loaders }) =>
      registerParty(db, input).then((result) => {
        loaders.party.prime(result.party.id, result.party);
        return result;
      }),
    recordImmigrationEnforcement: (_root, { input }, { db }) => recordEnforcement(db, input),
    recordAffiliation: (_root, { input }, { db }) => recordAffiliation(db, input),
  },
  Party: {
    __resolveReference: (reference, { loaders }) => loaders.party.load(reference.id),
    isThirdParty: (party) => party.kind !== 'COUNTY_AGENCY',
    enforcesImmigrationLaw: (party, _args, { loaders }) => loaders.enforcement.load(party.id),
    affiliations: (party, _args, { loaders }) => loaders.affiliations.load(party.id),
    isImmigrationAgent: (party, { at }, { loaders }) => loaders.immigrationAgent.load({ partyId: party.id, at }),
    immigrationAgentIntervals: (party, _args, { loaders }) => loaders.immigrationAgentIntervals.load(party.id),
  },
  Affiliation: {
    fromParty: (affiliation, _args, { loaders }) => loaders.party.load(affiliation.fromId).then(existing),
    toParty: (affiliation, _args, { loaders }) => loaders.party.load(affiliation.toId).then(existing),
  },
};

/** An affiliation's parties exist: the graph holds the relationship between them. */
function existing<T>(value: T | null): T {
  if (value === null) throw new Error('affiliation points at a party that is not in the registry');
  return value;
}
