import { checkPageSize, decodeCursor } from '../shared/pagination.ts';
import { DateTimeScalar } from '../shared/scalars.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { accessLogPage, accessLogVerification, parseSeq } from './repository.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    accessLog: (_root, { first, after, principal, from, to }, { db }) =>
      accessLogPage(db, {
        first: checkPageSize(first),
        after: parseSeq(decodeCursor(after)),
        principal: principal ?? null,
        from: from ?? null,
        to: to ?? null,
      }),
    verifyAccessLog: (_root, _args, { db }) => accessLogVerification(db),
  },
  Party: {
    __resolveReference: (reference) => ({ id: reference.id }),
    disclosureCountReceived: (party, _args, { loaders }) => loaders.disclosureCountReceived.load(party.id),
  },
};
