import { assertActsForOwnOrganisation, assertMayRead, signedIn } from '../../infra/auth/organisation.ts';
import { checkPageSize, decodeCursor, offsetPage } from '../../infra/pagination.ts';
import { DateTimeScalar } from '../../infra/scalars.ts';
import type { LegalBasis, Resolvers } from './generated/resolvers-types.ts';
import {
  verifyLedger,
  recordDisclosure,
  recordDisclosures,
  confirmDeletion,
  decideRetraction,
  retractDisclosure,
  senderOf,
  statusOf,
  recordAccessGrant,
  accounting,
  deletionScope,
  partiesReachedBy,
  exposure,
  groupsOf,
  downstreamOfDisclosure,
  downstreamOfParty,
  upstream,
  historiesOf,
  chainsPage,
  tracedSubjectHistories,
  annotateArrivals,
  selectArrivals,
  tracedRecords,
  traceTarget,
  type SubjectHistory,
  type TargetArgs,
  type Window,
  parsePosition,
  type Direction,
} from '../../core/lineage/index.ts';
import { hasRole, type Principal } from '../../infra/auth/principal.ts';
import { HiddenRefusal } from '../../infra/errors.ts';
import { checkAsOf } from '../../infra/recorded.ts';
import type { Context } from './context.ts';

function page(
  partyId: string,
  direction: Direction,
  first: number,
  after: string | null | undefined,
  context: Context,
) {
  // A page of received disclosures shows other senders' events: never the caller's to read.
  const made = direction === 'SENT';
  assertMayRead(context.principal, made ? partyId : '', `the disclosures made ${made ? 'by' : 'to'} ${partyId}`);
  return context.loaders.disclosurePage.load({
    partyId,
    direction,
    first: checkPageSize(first),
    after: parsePosition(decodeCursor(after), after ?? null),
  });
}

type TraceArgs = {
  to?: TargetArgs;
  window?: Window | null;
  maxHops?: number | null;
  first: number;
  after?: string | null;
  asOf?: string | null;
};

/**
 * One page of a trace, with the arrivals retracted disclosures would have made beside it;
 * every page that shows someone's records is written to the access log.
 */
async function tracePage(
  { db, loaders }: Context,
  read: (options: { facts: true; agents: true; asOf: string | null }) => Promise<SubjectHistory[]>,
  args: TraceArgs,
  asOf: string | null,
) {
  const target = args.to === undefined ? { everyone: true as const } : traceTarget(args.to);
  const options = { target, window: args.window ?? null, maxHops: args.maxHops ?? null, asOf };
  const histories = await read({ facts: true, agents: true, asOf });
  const page = offsetPage(await selectArrivals(db, histories, options), args.first, args.after);
  const withdrawnSelected = await selectArrivals(db, histories, { ...options, withdrawn: true });
  const shown = [...page.nodes, ...withdrawnSelected];
  // What the page shows is known before its chains are told with their ends' standings: the
  // access-log entry is written while they are read, and the answer waits for both.
  const [nodes, withdrawn] = await Promise.all([
    annotateArrivals(db, page.nodes, asOf),
    annotateArrivals(db, withdrawnSelected, asOf),
    logShown(
      loaders,
      shown.map((node) => node.subjectKey),
      shown.map((node) => node.recordId),
    ),
  ]);
  return { ...page, nodes, withdrawn };
}

const window = (from?: string | null, until?: string | null): Window => ({ from: from ?? null, until: until ?? null });

/**
 * Who may file a retraction besides an auditor: the disclosure's sender, or a party its
 * records reached through it. A disclosure the caller may not retract answers exactly as one
 * that does not exist: the refusal tells nothing of who sent it or where it went.
 */
async function assertMayRetract(
  db: Context['db'],
  filer: Principal,
  input: { id: string; disclosureId: string },
): Promise<void> {
  const sender = await senderOf(db, input.disclosureId);
  if (sender === filer.organisation) return;
  if (sender !== null && (await partiesReachedBy(db, input.disclosureId)).has(filer.organisation)) return;
  throw new HiddenRefusal(
    `retraction ${input.id}: no disclosure ${input.disclosureId}`,
    input.disclosureId,
    `${filer.organisation} is neither the sender of disclosure ${input.disclosureId} nor a party it reached`,
  );
}

/**
 * As for every subject-level read: what the answer showed goes to the access log, one entry
 * for all the fields of the request (the shared loader); an answer that shows nobody's records
 * shows nothing to log.
 */
async function logShown(loaders: Context['loaders'], subjects: readonly string[], records: readonly string[]) {
  if (subjects.length === 0 && records.length === 0) return;
  await loaders.accessLog.load({ subjects: [...new Set(subjects)], records: [...new Set(records)] });
}

/** A disclosure an answer names, carrying the answer's recorded time for its retraction. */
async function disclosureOf(loaders: Context['loaders'], id: string, asOf: string | null = null) {
  const disclosure = await loaders.disclosure.load(id);
  // A hop is read from the disclosure's own CARRIED relationship: the disclosure exists.
  if (disclosure === null) throw new Error(`disclosure ${id} of a chain is missing`);
  return asOf === null ? disclosure : { ...disclosure, asOf };
}

/**
 * DIRECT when county personnel disclosed (Sec. 46-37: "directly or indirectly"), as each type
 * says of its own `direct`.
 */
const directness = ({ direct }: { direct: boolean }): 'DIRECT' | 'INDIRECT' => (direct ? 'DIRECT' : 'INDIRECT');

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    verifyLedger: (_root, _args, { db }) => verifyLedger(db),
    trace: async (_root, args, context) => {
      const asOf = checkAsOf(args.asOf);
      return tracePage(context, (options) => tracedSubjectHistories(context.db, args.subjectKey, options), args, asOf);
    },
    traceRecords: (_root, args, context) => {
      const recordIds = tracedRecords(args.recordIds);
      return tracePage(context, (options) => historiesOf(context.db, recordIds, options), args, checkAsOf(args.asOf));
    },
    accounting: async (_root, { subjectKey, from, until, asOf }, { db, loaders }) => {
      const answer = await accounting(db, subjectKey, window(from, until), checkAsOf(asOf));
      if (answer.entries.length > 0 || answer.withdrawn.length > 0) {
        await logShown(
          loaders,
          [subjectKey],
          [...answer.entries.flatMap((entry) => entry.recordIds), ...answer.withdrawn.map((row) => row.recordId)],
        );
      }
      return answer;
    },
    upstream: (_root, { partyId, from, until }, { db }) => upstream(db, partyId, window(from, until)),
    downstream: (_root, { partyId, from, until }, { db }) => downstreamOfParty(db, partyId, window(from, until)),
    downstreamOfDisclosure: (_root, { disclosureId, from, until }, { db }) =>
      downstreamOfDisclosure(db, disclosureId, window(from, until)),
    exposure: (_root, { from, until, asOf }, { db }) => exposure(db, window(from, until), null, checkAsOf(asOf)),
    chains: async (_root, args, { db, loaders }) => {
      const page = await chainsPage(db, { ...args, asOf: checkAsOf(args.asOf) });
      if (page.nodes.length > 0) await logShown(loaders, [page.subjectKey], [args.recordId]);
      return page;
    },
    deletionScope: (_root, { violatingDisclosureIds, asOf }, { db }) =>
      deletionScope(db, { violatingDisclosureIds, asOf: checkAsOf(asOf) }),
    deletionScopeOfThirdParty: (_root, { thirdPartyId, since, asOf }, { db }) =>
      deletionScope(db, { thirdPartyId, since, asOf: checkAsOf(asOf) }),
    disclosure: async (_root, { id }, { loaders, principal }) => {
      const disclosure = await loaders.disclosure.load(id);
      if (disclosure !== null) assertMayRead(principal, disclosure.fromId, `disclosure ${id}`);
      return disclosure;
    },
  },
  Mutation: {
    recordAccessGrant: (_root, { input }, { db, principal }) => {
      assertActsForOwnOrganisation(principal, input.agencyPartyId, 'agencyPartyId');
      return recordAccessGrant(db, input);
    },
    confirmDeletion: (_root, { input }, { db, principal }) => {
      assertActsForOwnOrganisation(principal, input.holderPartyId, 'holderPartyId');
      return confirmDeletion(db, input);
    },
    retractDisclosure: async (_root, { input }, { db, principal }) => {
      const filer = signedIn(principal);
      const auditor = hasRole(filer, 'AUDITOR');
      if (!auditor) await assertMayRetract(db, filer, input);
      return retractDisclosure(db, {
        ...input,
        filedByPartyId: filer.organisation,
        filedByPrincipal: filer.id,
        acceptedBy: auditor ? { principal: filer.id, organisation: filer.organisation } : null,
      });
    },
    decideRetraction: (_root, { input }, { db, principal }) => {
      const auditor = signedIn(principal);
      return decideRetraction(db, input, { principal: auditor.id, organisation: auditor.organisation });
    },
    recordDisclosures: async (_root, { input }, { db, loaders, principal }) => {
      input.forEach((item, index) =>
        assertActsForOwnOrganisation(principal, item.fromPartyId, `input[${index}].fromPartyId`),
      );
      const results = await recordDisclosures(db, input, undefined, { senderMustKnow: true });
      for (const result of results) loaders.disclosure.prime(result.disclosure.id, result.disclosure);
      return results;
    },
    recordDisclosure: async (_root, { input }, { db, loaders, principal }) => {
      assertActsForOwnOrganisation(principal, input.fromPartyId, 'fromPartyId');
      const result = await recordDisclosure(db, input, { senderMustKnow: true });
      loaders.disclosure.prime(result.disclosure.id, result.disclosure);
      return result;
    },
  },
  Disclosure: {
    __resolveReference: async (reference, { loaders, principal }) => {
      const disclosure = await loaders.disclosure.load(reference.id);
      if (disclosure !== null) assertMayRead(principal, disclosure.fromId, `disclosure ${reference.id}`);
      return disclosure;
    },
    from: (disclosure) => ({ id: disclosure.fromId }),
    // Subject-level: the records and whom they are about. Every page read is logged.
    records: async (disclosure, { first, after }, { loaders, principal }) => {
      assertMayRead(principal, disclosure.fromId, `the records disclosure ${disclosure.id} carried`);
      const page = await loaders.carriedPage.load({
        disclosureId: disclosure.id,
        first: checkPageSize(first),
        after: decodeCursor(after),
      });
      // Logged even when the page is empty: the read itself was of subject-level data.
      if (principal !== null) {
        await loaders.accessLog.load({
          subjects: [...new Set(page.nodes.flatMap((row) => (row.subjectKey === null ? [] : [row.subjectKey])))],
          records: page.nodes.map((row) => row.recordId),
        });
      }
      return page;
    },
    retraction: async (disclosure, _args, { loaders }) =>
      (await loaders.retractions.load({ disclosureId: disclosure.id, asOf: disclosure.asOf ?? null }))[0] ?? null,
    retractions: (disclosure, _args, { loaders }) =>
      loaders.retractions.load({ disclosureId: disclosure.id, asOf: disclosure.asOf ?? null }),
    ledger: async (disclosure, _args, { loaders }) => {
      const stamp = await loaders.ledgerStamp.load(disclosure.id);
      // Every accepted event is stamped in the transaction that records it.
      if (stamp === null) throw new Error(`disclosure ${disclosure.id} has no ledger entry`);
      return stamp;
    },
    to: (disclosure) => ({ id: disclosure.toId }),
    downstream: (disclosure, { from, until }, { db }) => downstreamOfDisclosure(db, disclosure.id, window(from, until)),
  },
  Record: {
    __resolveReference: (reference) => ({ id: reference.id }),
    lineage: (record, args, context) =>
      tracePage(context, (options) => historiesOf(context.db, [record.id], options), args, checkAsOf(args.asOf)),
  },
  StandingReason: {
    through: (reason) => ({ id: reason.throughId }),
  },
  AffiliationLink: {
    from: (link) => ({ id: link.fromId }),
    to: (link) => ({ id: link.toId }),
  },
  TracedArrival: {
    record: (arrival) => ({ id: arrival.recordId }),
    party: (arrival) => ({ id: arrival.partyId }),
    kind: directness,
    intermediaries: (arrival) => arrival.intermediaries.map((id) => ({ id })),
  },
  DeletionScope: {
    holders: (scope, { first, after }) => offsetPage(scope.holders, first, after),
    holderCount: (scope) => scope.holders.length,
    withdrawnViolations: (scope, _args, { loaders }) =>
      Promise.all(scope.withdrawnViolationIds.map((id) => disclosureOf(loaders, id, scope.asOf))),
  },
  ScopeHolder: {
    party: (holder) => ({ id: holder.holderId }),
    recordCount: (holder) => holder.pairs.length,
    accessGrantsToCut: (holder) => holder.grantsToCut,
    records: async (holder, { first, after }, { loaders }) => {
      const page = offsetPage(holder.pairs, first, after);
      await logShown(
        loaders,
        page.nodes.map((pair) => pair.subjectKey),
        page.nodes.map((pair) => pair.recordId),
      );
      return page;
    },
  },
  AccountingEntry: {
    recipient: (entry) => ({ id: entry.recipientId }),
    kind: directness,
    count: (entry) => entry.disclosureIds.length,
    disclosures: async (entry, _args, { loaders }) =>
      Promise.all(entry.disclosureIds.map((id) => disclosureOf(loaders, id, entry.asOf))),
    records: (entry) => entry.recordIds.map((id) => ({ id })),
  },
  AccountingArrival: {
    kind: directness,
  },
  ExposureCount: {
    party: (line) => (line.partyId === null ? null : { id: line.partyId }),
  },
  Exposure: {
    groups: (row, { by }) => groupsOf(row.arrivals, by),
    retractedDisclosures: (row, _args, { loaders }) =>
      Promise.all(row.retractedDisclosureIds.map((id) => disclosureOf(loaders, id, row.asOf))),
  },
  ExposureKey: {
    party: (key) => (key.partyId === null ? null : { id: key.partyId }),
  },
  ScopeRecord: {
    record: (pair) => ({ id: pair.recordId }),
  },
  TraceHop: {
    disclosure: (hop, _args, { loaders }) => disclosureOf(loaders, hop.disclosureId, hop.asOf ?? null),
    from: (hop) => ({ id: hop.fromId }),
    to: (hop) => ({ id: hop.toId }),
    // Read with the history when it was; else from the disclosure itself.
    purpose: async (hop, _args, { loaders }) => (hop.facts ?? (await disclosureOf(loaders, hop.disclosureId))).purpose,
    legalBasis: async (hop, _args, { loaders }) =>
      (hop.facts ?? (await disclosureOf(loaders, hop.disclosureId))).legalBasis as LegalBasis,
    agreementReference: async (hop, _args, { loaders }) =>
      (hop.facts ?? (await disclosureOf(loaders, hop.disclosureId))).agreementReference,
    recordedAt: async (hop, _args, { loaders }) => (await disclosureOf(loaders, hop.disclosureId)).recordedAt,
    contested: (hop) => hop.contested === true,
    withdrawn: (hop) => hop.withdrawn === true,
    retraction: async (hop, _args, { loaders }) =>
      (await loaders.retractions.load({ disclosureId: hop.disclosureId, asOf: hop.asOf ?? null }))[0] ?? null,
  },
  AccessGrant: {
    agency: (grant) => ({ id: grant.agencyId }),
    grantee: (grant) => ({ id: grant.granteeId }),
  },
  DeletionConfirmation: {
    holder: (confirmation) => ({ id: confirmation.holderId }),
    recordCount: (confirmation) => confirmation.recordIds.length,
  },
  Retraction: {
    filedBy: (retraction) => ({ id: retraction.filedById }),
    disclosure: (retraction, _args, { loaders }) => disclosureOf(loaders, retraction.disclosureId),
    status: (retraction) => statusOf(retraction),
    decision: (retraction) => retraction.decision ?? null,
  },
  RetractionDecision: {
    organisation: (decision) => (decision.organisation == null ? null : { id: decision.organisation }),
    legacy: (decision) => decision.legacy === true,
  },
  CarriedRecord: {
    record: (carried) => ({ id: carried.recordId }),
  },
  Party: {
    __resolveReference: (reference) => ({ id: reference.id }),
    // Asked of this subgraph only where a field provides it (`@provides(fields: "name")`: an
    // accounting's recipients, a trace's parties), read in one read for the whole answer.
    name: async (party, _args, { loaders }) => {
      const row = await loaders.party.load(party.id);
      // Every hop names a registered party: the disclosure was refused otherwise.
      if (row === null) throw new Error(`party ${party.id} of an answer is missing`);
      return row.name;
    },
    disclosuresSent: (party, { first, after }, context) => page(party.id, 'SENT', first, after, context),
    upstream: (party, { from, until }, { db }) => upstream(db, party.id, window(from, until)),
    downstream: (party, { from, until }, { db }) => downstreamOfParty(db, party.id, window(from, until)),
    exposure: (party, { from, until, asOf }, { db }) => exposure(db, window(from, until), party.id, checkAsOf(asOf)),
    accessGrants: (party, _args, { loaders, principal }) => {
      assertMayRead(principal, party.id, `the access grants of ${party.id}`);
      return loaders.grants.load(party.id);
    },
    disclosuresReceived: (party, { first, after }, context) => page(party.id, 'RECEIVED', first, after, context),
  },
};
