import type { Resolvers } from './generated/resolvers-types.ts';

export const resolvers: Resolvers = {
  Party: {
    __resolveReference: (reference) => ({ id: reference.id }),
    disclosureCountReceived: (party, _args, { loaders }) => loaders.disclosureCountReceived.load(party.id),
  },
};
