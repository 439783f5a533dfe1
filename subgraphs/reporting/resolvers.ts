import type { Resolvers } from './generated/resolvers-types.ts';
import { disclosureCountInYear } from './repository.ts';

export const resolvers: Resolvers = {
  Query: {
    disclosureCount: (_root, { year }, { db }) => disclosureCountInYear(db, year),
  },
};
