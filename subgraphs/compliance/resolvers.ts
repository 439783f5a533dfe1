import { assertActsForOwnOrganisation, assertMayRead, signedIn } from '../../infra/auth/organisation.ts';
import { ForbiddenError } from '../../infra/auth/errors.ts';
import { checkPageSize, decodeCursor, offsetPage } from '../../infra/pagination.ts';
import { DateTimeScalar, instantOrder } from '../../infra/scalars.ts';
import {
  agreementsInForce,
  recordAgreement,
  type AgreementRow,
  findings,
  type FindingFilter,
  type FindingRow,
  recordCertification,
  recordRecipientList,
  documentsOfKinds,
  latestStatuses,
  DOCUMENT_KINDS,
  recordDocument,
  verifyComplianceLedger,
  viewOf,
  type DocumentKind,
  type DocumentView,
  accessLogPage,
  accessLogVerification,
  parseSeq,
} from '../../core/compliance/index.ts';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { hasRole } from '../../infra/auth/principal.ts';
import type { Principal } from '../../infra/auth/principal.ts';
import { checkAsOf } from '../../infra/recorded.ts';

const ref = (id: string) => ({ id });
const refOf = (value: unknown) => (typeof value === 'string' ? { id: value } : null);
const refsOf = (value: unknown) => (Array.isArray(value) ? value.map((id) => ({ id: String(id) })) : []);

/** Records a document; `actsFor` names the field the principal's organisation must match (null: no such field). */
async function record(
  context: Context,
  kind: DocumentKind,
  input: Record<string, unknown>,
  actsFor: string | null,
): Promise<{ id: string; kind: DocumentKind; created: boolean }> {
  if (actsFor !== null) assertActsForOwnOrganisation(context.principal, String(input[actsFor] ?? ''), actsFor);
  const { document, created } = await recordDocument(context.db, kind, input);
  return { id: document.id, kind, created };
}

const TYPE_OF_KIND: Record<DocumentKind, string> = {
  AUDIT: 'Audit',
  VIOLATION_NOTICE: 'ViolationNotice',
  CEASE_ORDER: 'CeaseOrder',
  DELETION_DEMAND: 'DeletionDemand',
  DETAINER_REQUEST: 'DetainerRequest',
  IMMIGRATION_ACCESS_REQUEST: 'ImmigrationAccessRequest',
  COMPLAINT: 'Complaint',
  COMPLAINT_STATUS: 'ComplaintStatusChange',
};

/** An audit is recorded by an AUDITOR of any organisation: it names itself as the auditor. */
function assertAuditor(principal: Principal | null, auditorPartyId: string) {
  const caller = signedIn(principal);
  if (!hasRole(caller, 'AUDITOR') || caller.organisation !== auditorPartyId) {
    throw new ForbiddenError(
      `${caller.id} acts for ${caller.organisation} and may record only its own audits; auditorPartyId is "${auditorPartyId}"`,
      { field: 'auditorPartyId', value: auditorPartyId },
    );
  }
}

/**
 * (d) A complaint's status is changed by the office that received it, and by no other. An
 * unknown complaint is left to the write, which names it as not found.
 */
async function assertReceivedComplaint(context: Context, complaintId: string): Promise<void> {
  const complaint = (await context.loaders.documentsOfKind('COMPLAINT')).find((row) => row.id === complaintId);
  if (complaint === undefined) return;
  const caller = signedIn(context.principal);
  const office = String(complaint.content.receivedByPartyId);
  if (caller.organisation !== office) {
    throw new ForbiddenError(
      `${caller.id} acts for ${caller.organisation} and may change only the status of complaints it received; complaint ${complaintId} was received by "${office}"`,
      { field: 'complaintId', value: complaintId },
    );
  }
}

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
    subsections: ['E', 'F_I', 'F_II', 'F_III'],
  });
  // Of (f)(i), only the use finding judges the one disclosure; the agreement finding is about
  // the pair of parties over the window asked for.
  return found.filter(
    (finding) =>
      finding.disclosureIds.includes(id) && (finding.subsection !== 'F_I' || finding.purposeMatch !== undefined),
  );
}

/** The violation notice an order names, read once per request for all the orders that ask. */
async function noticeOf({ loaders }: Context, id: unknown): Promise<DocumentView | null> {
  if (typeof id !== 'string') return null;
  const found = (await loaders.documentsOfKind('VIOLATION_NOTICE')).find((row) => row.id === id);
  return found === undefined ? null : viewOf(found);
}

/** A subject key an answer shows, written to the access log first (one entry for the whole request). */
async function shownSubject(loaders: Context['loaders'], subjectKey: unknown): Promise<string | null> {
  if (typeof subjectKey !== 'string') return null;
  await loaders.accessLog.load({ subjects: [subjectKey], records: [] });
  return subjectKey;
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    accessLog: (_root, { first, after, principal, from, to }, { db }) =>
      accessLogPage(db, {
        first: checkPageSize(first),
        after: parseSeq(decodeCursor(after), after ?? null),
        principal: principal ?? null,
        from: from ?? null,
        to: to ?? null,
      }),
    verifyAccessLog: (_root, _args, { db }) => accessLogVerification(db),
    complianceDocuments: async (_root, { kinds, partyId }, { db, loaders }) => {
      const rows =
        partyId == null
          ? await documentsOfKinds(db, kinds ?? DOCUMENT_KINDS)
          : (await loaders.documentsConcerning.load(partyId)).filter(
              (row) => kinds == null || kinds.includes(row.kind),
            );
      return rows.map(viewOf);
    },
    verifyComplianceLedger: async (_root, _args, { db }) => {
      const result = await verifyComplianceLedger(db);
      if (result.ok) return { ...result, firstBrokenSeq: null, reason: null };
      return {
        ok: false,
        entries: result.firstBrokenSeq - 1,
        lastHash: null,
        firstBrokenSeq: result.firstBrokenSeq,
        reason: result.reason,
      };
    },
    findings: async (_root, { from, until, subsections, partyId, severity, first, after, asOf }, { db }) => {
      const filter: FindingFilter = {
        window: { from, until },
        subsections,
        partyId,
        severity,
        asOf: checkAsOf(asOf),
      };
      checkPageSize(first); // before the evaluation, not after it

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
    recordAudit: (_root, { input }, context) => {
      assertAuditor(context.principal, input.auditorPartyId);
      return record(context, 'AUDIT', input, null);
    },
    recordViolationNotice: (_root, { input }, context) => record(context, 'VIOLATION_NOTICE', input, 'thirdPartyId'),
    recordCeaseOrder: (_root, { input }, context) => record(context, 'CEASE_ORDER', input, 'agencyPartyId'),
    recordDeletionDemand: (_root, { input }, context) => record(context, 'DELETION_DEMAND', input, 'agencyPartyId'),
    recordDetainerRequest: (_root, { input }, context) => record(context, 'DETAINER_REQUEST', input, 'agencyPartyId'),
    recordImmigrationAccessRequest: (_root, { input }, context) =>
      record(context, 'IMMIGRATION_ACCESS_REQUEST', input, 'agencyPartyId'),
    recordComplaint: (_root, { input }, context) => record(context, 'COMPLAINT', input, 'receivedByPartyId'),
    recordComplaintStatus: async (_root, { input }, context) => {
      await assertReceivedComplaint(context, input.complaintId);
      return record(context, 'COMPLAINT_STATUS', input, null);
    },
  },
  ComplianceDocument: {
    __resolveType: (document) => TYPE_OF_KIND[document.kind] as never,
  },
  Audit: { auditor: (d) => refOf(d.auditorPartyId) as never, thirdParty: (d) => refOf(d.thirdPartyId) as never },
  ViolationNotice: {
    thirdParty: (d) => refOf(d.thirdPartyId) as never,
    agency: (d) => refOf(d.agencyPartyId) as never,
    disclosures: (d) => refsOf(d.disclosureIds),
    recordCount: (d) => (Array.isArray(d.recordIds) ? d.recordIds.length : 0),
  },
  CeaseOrder: {
    agency: (d) => refOf(d.agencyPartyId) as never,
    thirdParty: (d) => refOf(d.thirdPartyId) as never,
    notice: (d, _args, context) => noticeOf(context, d.noticeId),
  },
  DeletionDemand: {
    agency: (d) => refOf(d.agencyPartyId) as never,
    thirdParty: (d) => refOf(d.thirdPartyId) as never,
    notice: (d, _args, context) => noticeOf(context, d.noticeId),
    violatingDisclosures: (d) => refsOf(d.violatingDisclosureIds),
  },
  AccessLogEntry: {
    // Reading the log shows the subjects and records of other requests: that read is logged too.
    subjects: async (entry, _args, { loaders }) => {
      if (entry.subjects.length > 0) await loaders.accessLog.load({ subjects: entry.subjects, records: [] });
      return entry.subjects;
    },
    records: async (entry, _args, { loaders }) => {
      if (entry.records.length > 0) await loaders.accessLog.load({ subjects: [], records: entry.records });
      return entry.records;
    },
  },
  DetainerRequest: {
    agency: (d) => refOf(d.agencyPartyId) as never,
    requester: (d) => refOf(d.requesterPartyId) as never,
    subjectKey: (d, _args, { loaders }) => shownSubject(loaders, d.subjectKey) as Promise<string>,
  },
  ImmigrationAccessRequest: {
    agency: (d) => refOf(d.agencyPartyId) as never,
    requester: (d) => refOf(d.requesterPartyId) as never,
    subjectKey: (d, _args, { loaders }) => shownSubject(loaders, d.subjectKey),
  },
  Complaint: {
    receivedBy: (d) => refOf(d.receivedByPartyId) as never,
    parties: (d) => refsOf(d.partyIds),
    linkedDisclosures: (d) => refsOf(d.linkedDisclosureIds),
    status: async (d, _args, { loaders }) =>
      latestStatuses(await loaders.documentsOfKind('COMPLAINT_STATUS'))(d.id) as never,
  },
  Party: {
    __resolveReference: (reference) => ({ id: reference.id }),
    disclosureCountReceived: (party, _args, { loaders }) => loaders.disclosureCountReceived.load(party.id),
    agreements: (party, _args, { loaders, principal }) => {
      assertMayRead(principal, party.id, `the agreements of ${party.id}`);
      return loaders.agreementsOfParty.load(party.id);
    },
    complianceDocuments: async (party, _args, { loaders }) =>
      (await loaders.documentsConcerning.load(party.id)).map(viewOf),
    findings: async (party, { from, until, subsections, severity, asOf }, { loaders }) =>
      (await loaders.findings({ window: { from, until }, subsections, severity, asOf: checkAsOf(asOf) })).filter(
        (finding) => finding.partyIds.includes(party.id),
      ),
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
    deletionIds: (finding) => finding.deletionIds ?? [],
    retractionIds: (finding) => finding.retractionIds ?? [],
    parties: (finding) => finding.partyIds.map(ref),
    disclosures: (finding) => finding.disclosureIds.map(ref),
    agreements: async (finding, _args, { loaders }) => {
      const byKey = await loaders.agreementsByKey();
      return finding.agreementKeys.flatMap((key) => byKey.get(key) ?? []);
    },
  },
};
