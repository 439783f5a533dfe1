import { GraphQLScalarType, Kind } from 'graphql';
import { ForbiddenError } from '../../infra/auth/errors.ts';
import { signedIn } from '../../infra/auth/organisation.ts';
import { hasRole } from '../../infra/auth/principal.ts';
import { InputError } from '../../infra/errors.ts';
import { checkAsOf } from '../../infra/recorded.ts';
import { DateTimeScalar } from '../../infra/scalars.ts';
import {
  annualReport,
  INDIVIDUALS,
  monthlyRecipients,
  publicEdition,
  publicRegistry,
  publishAnnualReport,
  MARKERS,
  disclosureCountInYear,
  publishedRelease,
} from '../../core/reporting/index.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

const ref = (id: string) => ({ id });
const refOrNull = (id: string | null | undefined) => (id == null ? null : { id });
/** A party a report names; null for natural persons, whom a public edition groups and never names. */
const partyRef = (id: string | null) => (id === INDIVIDUALS ? null : refOrNull(id));

const MARKER_LIST = [...MARKERS].map((marker) => `"${String(marker)}"`).join(', ');

/** A count: a whole number, or a marker ("1-10", "0-10", "withheld") where a public edition hides it. */
const CountScalar = new GraphQLScalarType<number | string, number | string>({
  name: 'Count',
  serialize: (value) => value as number | string,
  parseValue: (value) => {
    if (MARKERS.has(value) || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) {
      return value as number | string;
    }
    throw new InputError(
      `a Count is a whole number or one of ${MARKER_LIST}, got ${JSON.stringify(value)}`,
      'Count',
      value,
    );
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return Number(ast.value);
    if (ast.kind === Kind.STRING && MARKERS.has(ast.value)) return ast.value;
    throw new InputError(`a Count is a whole number or one of ${MARKER_LIST}`, 'Count', null);
  },
});

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Count: CountScalar,
  Query: {
    disclosureCount: (_root, { year }, { db }) => disclosureCountInYear(db, year),
    annualReport: async (_root, { year, agency, public: isPublic, asOf }, { db }) => {
      const recordedAsOf = checkAsOf(asOf);
      const report = await annualReport(db, {
        year,
        agencyId: agency ?? null,
        asOf: recordedAsOf,
        groupIndividuals: isPublic === true,
      });
      return isPublic === true ? publicEdition(report, await publishedRelease(db, recordedAsOf)) : report;
    },
    monthlyRecipients: (_root, { thirdParty, month }, { db, principal }) => {
      const caller = signedIn(principal);
      if (!hasRole(caller, 'AUDITOR', 'ANALYST', 'REPORTER') && caller.organisation !== thirdParty) {
        throw new ForbiddenError(
          `${caller.id} acts for ${caller.organisation} and may read only its own recipients; thirdParty is "${thirdParty}"`,
          { field: 'thirdParty', value: thirdParty },
        );
      }
      return monthlyRecipients(db, thirdParty, month);
    },
    publicRegistry: (_root, _args, { db }) => publicRegistry(db),
  },
  Mutation: {
    publishAnnualReport: (_root, { year, agency }, { db, principal }) =>
      publishAnnualReport(db, year, agency ?? null, new Date(), signedIn(principal).id),
  },
  AnnualReport: {
    agency: (report) => refOrNull(report.agencyId),
    from: (report) => report.window.from,
    until: (report) => report.window.until,
    json: (report) => JSON.stringify(report),
  },
  ReachRow: { party: (row) => refOrNull(row.partyId) },
  FlowRow: {
    agency: (flow) => ref(flow.agencyId),
    intermediary: (flow) => partyRef(flow.intermediaryId),
    agent: (flow) => partyRef(flow.agentId),
  },
  LargeThirdParty: { thirdParty: (row) => partyRef(row.thirdPartyId) },
  Evidence: {
    kinds: (evidence) => ('kinds' in evidence ? evidence.kinds : null),
    from: (evidence) => ('from' in evidence ? evidence.from : null),
    until: (evidence) => ('until' in evidence ? evidence.until : null),
    subsections: (evidence) => ('subsections' in evidence ? evidence.subsections : null),
    partyId: (evidence) => ('partyId' in evidence ? (evidence.partyId ?? null) : null),
    thirdPartyId: (evidence) => ('thirdPartyId' in evidence ? evidence.thirdPartyId : null),
    month: (evidence) => ('month' in evidence ? evidence.month : null),
  },
  MonthlyRecipients: {
    thirdParty: (monthly) => ref(monthly.thirdPartyId),
    missingFromList: (monthly) => monthly.missingFromList.map(ref),
    neverSeen: (monthly) => monthly.neverSeen.map(ref),
  },
  RecipientSeen: { recipient: (row) => ref(row.recipientId) },
  FiledList: { recipients: (list) => list.recipientIds.map(ref) },
  PublicAgreement: {
    agency: (agreement) => ref(agreement.agencyId),
    thirdParty: (agreement) => ref(agreement.thirdPartyId),
    redisclosureTo: (agreement) => agreement.redisclosureTo.map(ref),
  },
  PublishedReport: { agency: (report) => refOrNull(report.agencyId) },
};
