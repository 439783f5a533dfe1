import { checkPageSize, decodeCursor } from '../shared/pagination.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { partiesPage, registerParty } from './repository.ts';

export const resolvers: Resolvers = {
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
  },
  Party: {
    __resolveReference: (reference, { loaders }) => loaders.party.load(reference.id),
    isThirdParty: (party) => party.kind !== 'COUNTY_AGENCY',
  },
};
