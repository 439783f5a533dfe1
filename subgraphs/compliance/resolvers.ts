import { assertActsForOwnOrganisation, assertMayRead, signedIn } from '../shared/auth/organisation.ts';
import { ForbiddenError } from '../shared/auth/errors.ts';
import { checkPageSize, decodeCursor, offsetPage } from '../shared/pagination.ts';
import { DateTimeScalar, instantOrder } from '../shared/scalars.ts';
import { agreementsInForce, recordAgreement, type AgreementRow } from './agreements.ts';
import type { Context } from './context.ts';
import { findings, type FindingFilter, type FindingRow } from './findings.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { recordCertification, recordRecipientList } from './recipients.ts';
import { accessLogPage, accessLogVerification, parseSeq } from './repository.ts';

const ref = (id: string) => ({ id });

/** The agreement a disclosure was made under: the one it names, else the only one in force between its parties. */
async function agreementOf(id: string, { loaders, principal }: Context): Promise<AgreementRow | null> {
  const facts = await loaders.disclosureFacts.load(id);
  if (facts === null) return null;
  assertMayRead(principal, facts.fromId, `the agreement of disclosure ${id}`);
  const order = instantOrder(facts.at);
  const all = [...(await loaders.agreementsByKey()).values()];
  const inForce = agreementsInForce(all, facts.fromId, facts.toId, order);
  if (facts.agreementReference !== null) {
    return inForce.find((agreement) => agreement.id === facts.agreementReference) ?? null;
  }
  return inForce.length === 1 ? (inForce[0] as AgreementRow) : null;
}

/** The findings of the single-disclosure rules at a disclosure's own instant that name it. */
async function findingsOf(id: string, context: Context): Promise<FindingRow[]> {
  const facts = await context.loaders.disclosureFacts.load(id);
  if (facts === null) return [];
  const until = new Date(Number(instantOrder(facts.at) / 1_000_000n) + 1).toISOString();
  const found = await findings(context.db, {
    window: { from: facts.at, until },
    subsections: ['E', 'F_II', 'F_III'],
  });
  return found.filter((finding) => finding.disclosureIds.includes(id));
}

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
    findings: async (_root, { from, until, subsections, partyId, severity, first, after }, { db }) => {
      const filter: FindingFilter = { window: { from, until }, subsections, partyId, severity };
      checkPageSize(first);
      return offsetPage(await findings(db, filter), first, after);
    },
  },
  Mutation: {
    recordAgreement: (_root, { input }, { db, principal }) => {
      assertActsForOwnOrganisation(principal, input.agencyPartyId, 'agencyPartyId');
      return recordAgreement(db, input);
    },
    recordRecipientCertification: (_root, { input }, { db, principal }) => {
      const caller = signedIn(principal);
      if (caller.organisation !== input.recipientPartyId && caller.organisation !== input.thirdPartyId) {
        throw new ForbiddenError(
          `${caller.id} acts for ${caller.organisation} and may file only its own certifications; recipientPartyId is "${input.recipientPartyId}"`,
          { field: 'recipientPartyId', value: input.recipientPartyId },
        );
      }
      return recordCertification(db, input);
    },
    recordRecipientList: (_root, { input }, { db, principal }) => {
      assertActsForOwnOrganisation(principal, input.thirdPartyId, 'thirdPartyId');
      return recordRecipientList(db, input);
    },
  },
  Party: {
    __resolveReference: (reference) => ({ id: reference.id }),
    disclosureCountReceived: (party, _args, { loaders }) => loaders.disclosureCountReceived.load(party.id),
    agreements: (party, _args, { loaders, principal }) => {
      assertMayRead(principal, party.id, `the agreements of ${party.id}`);
      return loaders.agreementsOfParty.load(party.id);
    },
    findings: (party, { from, until, subsections, severity }, { db }) =>
      findings(db, { window: { from, until }, subsections, partyId: party.id, severity }),
  },
  Disclosure: {
    __resolveReference: (reference) => ({ id: reference.id }),
    agreement: (disclosure, _args, context) => agreementOf(disclosure.id, context),
    findings: (disclosure, _args, context) => findingsOf(disclosure.id, context),
  },
  Agreement: {
    agency: (agreement) => ref(agreement.agencyId),
    thirdParty: (agreement) => ref(agreement.thirdPartyId),
    redisclosureTo: (agreement) => agreement.redisclosureTo.map(ref),
  },
  RecipientCertification: {
    recipient: (certification) => ref(certification.recipientId),
    thirdParty: (certification) => ref(certification.thirdPartyId),
  },
  RecipientList: {
    thirdParty: (list) => ref(list.thirdPartyId),
    recipients: (list) => list.recipientIds.map(ref),
  },
  Finding: {
    parties: (finding) => finding.partyIds.map(ref),
    disclosures: (finding) => finding.disclosureIds.map(ref),
    agreements: async (finding, _args, { loaders }) => {
      const byKey = await loaders.agreementsByKey();
      return finding.agreementKeys.flatMap((key) => byKey.get(key) ?? []);
    },
  },
};
