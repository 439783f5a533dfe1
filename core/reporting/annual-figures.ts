/**
 * The figures of an annual report, made from one year's data read once (YearData): who was
 * given access and with which papers, the reach of immigration agents by every breakdown, the
 * flows, the notices and how they ended, the headline figures. Pure: no database here, so the
 * same data always makes the same figures.
 */
import {
  agreementsInForceDuring,
  CEO_CERTIFICATION_THRESHOLD,
  latestStatuses,
  type AgreementRow,
  type DocumentRow,
  type FindingRow,
  type Flow,
} from '../compliance/index.ts';
import type { ArrivalRow, ExposureRow } from '../lineage/index.ts';
import { instantOrder } from '../../infra/scalars.ts';
import { countyMonth } from '../../infra/calendar.ts';
import {
  REPORT_SCHEMA_VERSION,
  type AnnualReport,
  type FlowRow,
  type Reach,
  type ReachRow,
  type YearFigures,
} from './report.ts';

/** The one party natural persons are grouped as in an edition to be published. */
export const INDIVIDUALS = 'INDIVIDUALS';

/** What one year's report is made of, read once. */
export type YearData = {
  year: number;
  window: { from: string; until: string };
  agencyId: string | null;
  given: Array<{ thirdPartyId: string; agencyIds: string[] }>;
  individualsDisclosed: number;
  granted: string[];
  agreements: AgreementRow[];
  documents: DocumentRow[];
  deletions: Array<{ holderId: string; at: string }>;
  perThirdParty: Array<{ thirdPartyId: string; individuals: number }>;
  exposure: ExposureRow;
  findings: FindingRow[];
};

/** Third parties an agency (or any) gave personal information to, from the window's disclosures. */
export function givenAccess(flows: readonly Flow[], agencyId: string | null) {
  const agencies = new Map<string, Set<string>>();
  for (const flow of flows) {
    if (flow.fromKind !== 'COUNTY_AGENCY' || flow.toKind === 'COUNTY_AGENCY') continue;
    if (agencyId !== null && flow.fromId !== agencyId) continue;
    agencies.set(flow.toId, (agencies.get(flow.toId) ?? new Set()).add(flow.fromId));
  }
  return [...agencies.entries()].map(([thirdPartyId, ids]) => ({ thirdPartyId, agencyIds: [...ids] }));
}

const inWindow = (at: unknown, window: { from: string; until: string }) =>
  typeof at === 'string' &&
  instantOrder(at) >= instantOrder(window.from) &&
  instantOrder(at) < instantOrder(window.until);

/** Adds an item to its key's list, in place: a county year has tens of thousands of arrivals. */
function appendTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}

/** Individuals, records and disclosure events (the hops that reached an agent) of some arrivals. */
function reachOf(arrivals: readonly ArrivalRow[]): Reach {
  return {
    individuals: new Set(arrivals.map((arrival) => arrival.subjectKey)).size,
    records: new Set(arrivals.map((arrival) => arrival.recordId)).size,
    events: new Set(arrivals.map((arrival) => arrival.chain.at(-1)?.disclosureId)).size,
  };
}

/** Arrivals grouped by every key each has, as rows in descending order of individuals. */
function rowsBy(
  arrivals: readonly ArrivalRow[],
  keysOf: (arrival: ArrivalRow) => readonly string[],
  label: (key: string) => string = (key) => key,
  parties = false,
): ReachRow[] {
  const groups = new Map<string, ArrivalRow[]>();
  for (const arrival of arrivals) {
    for (const key of new Set(keysOf(arrival))) appendTo(groups, key, arrival);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({
      key,
      label: label(key),
      ...(parties && key !== 'NONE' && key !== INDIVIDUALS ? { partyId: key } : {}),
      ...reachOf(list),
    }))
    .sort((a, b) => (b.individuals as number) - (a.individuals as number) || (a.key < b.key ? -1 : 1));
}

function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

function byMonth(year: number, arrivals: readonly ArrivalRow[]): ReachRow[] {
  const rows = new Map(rowsBy(arrivals, (arrival) => [countyMonth(arrival.at)]).map((row) => [row.key, row]));
  return monthsOf(year).map(
    (month) => rows.get(month) ?? { key: month, label: month, individuals: 0, records: 0, events: 0 },
  );
}

/**
 * The flow chart's paths: origin agency, first intermediary (none when the origin itself sent
 * it), agent, and whether the last hop was direct (a county contractor's is, through it).
 */
function flowsOf(arrivals: readonly ArrivalRow[]): FlowRow[] {
  const groups = new Map<string, ArrivalRow[]>();
  for (const arrival of arrivals) {
    const key = JSON.stringify([arrival.originId, arrival.intermediaries[0] ?? null, arrival.partyId, arrival.direct]);
    appendTo(groups, key, arrival);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const [agencyId, intermediaryId, agentId, direct] = JSON.parse(key) as [string, string | null, string, boolean];
      return { agencyId, intermediaryId, agentId, direct, ...reachOf(list) };
    })
    .sort((a, b) => (b.individuals as number) - (a.individuals as number));
}

const HOPS_LABEL = (key: string) => (key === '1' ? '1 hop' : `${key} hops`);

/** Third parties given access with an agreement, a chief executive's certification, an audit in the year. */
function papersOf(data: YearData) {
  const thirdParties = new Set(data.given.map((row) => row.thirdPartyId));
  const agreementsOf = (thirdPartyId: string) =>
    agreementsInForceDuring(data.agreements, thirdPartyId, data.window).filter(
      (agreement) => data.agencyId === null || agreement.agencyId === data.agencyId,
    );
  const withAgreement = [...thirdParties].filter((id) => agreementsOf(id).length > 0);
  const certified = withAgreement.filter((id) => agreementsOf(id).some((a) => a.certifiedByChiefExecutive));
  const audited = new Set(
    data.documents
      .filter((d) => d.kind === 'AUDIT' && inWindow(d.content.at, data.window))
      .map((d) => String(d.content.thirdPartyId)),
  );
  const granted = new Set(data.granted);
  return {
    givenAccess: thirdParties.size,
    withAgreement: withAgreement.length,
    withChiefExecutiveCertification: certified.length,
    audited: [...thirdParties].filter((id) => audited.has(id)).length,
    granted: granted.size,
    grantedWithoutDisclosure: [...granted].filter((id) => !thirdParties.has(id)).length,
    agreementsOf,
  };
}

/** The documents of the year that concern the agency (all of them county-wide). */
function documentsOf(data: YearData, kind: string, atField: string): DocumentRow[] {
  return data.documents.filter(
    (d) =>
      d.kind === kind &&
      inWindow(d.content[atField], data.window) &&
      (data.agencyId === null ||
        d.content.agencyPartyId === data.agencyId ||
        d.content.receivedByPartyId === data.agencyId ||
        // A complaint concerns the parties it names, as (d)'s findings do.
        (Array.isArray(d.content.partyIds) && d.content.partyIds.includes(data.agencyId))),
  );
}

/** How the year's violation notices ended: a cease order, a deletion demand, a deletion confirmed after it, nothing. */
function noticesOf(data: YearData) {
  const notices = documentsOf(data, 'VIOLATION_NOTICE', 'at');
  const after = (kind: string, notice: DocumentRow) =>
    data.documents.filter(
      (d) =>
        d.kind === kind &&
        d.content.thirdPartyId === notice.content.thirdPartyId &&
        d.content.agencyPartyId === notice.content.agencyPartyId &&
        (d.content.noticeId === notice.id ||
          instantOrder(String(d.content.at)) >= instantOrder(String(notice.content.at))),
    );
  let ceaseOrdered = 0;
  let deletionDemanded = 0;
  let deletionConfirmed = 0;
  let outstanding = 0;
  for (const notice of notices) {
    const cease = after('CEASE_ORDER', notice);
    const demands = after('DELETION_DEMAND', notice);
    if (cease.length > 0) ceaseOrdered++;
    if (demands.length > 0) deletionDemanded++;
    const confirmed = demands.some((demand) =>
      data.deletions.some(
        (x) =>
          x.holderId === demand.content.thirdPartyId && instantOrder(x.at) >= instantOrder(String(demand.content.at)),
      ),
    );
    if (confirmed) deletionConfirmed++;
    if (cease.length === 0 && demands.length === 0) outstanding++;
  }
  return {
    received: notices.length,
    ceaseOrdered,
    deletionDemanded,
    deletionConfirmed,
    outstanding,
    evidence: documentEvidence(data, ['VIOLATION_NOTICE', 'CEASE_ORDER', 'DELETION_DEMAND']),
  };
}

/** The documents behind a figure: those of these kinds (of the agency) dated in the year. */
const documentEvidence = (data: YearData, kinds: string[]) => ({
  query: 'complianceDocuments' as const,
  kinds,
  ...data.window,
  ...(data.agencyId === null ? {} : { partyId: data.agencyId }),
});

const SUBSECTION_ORDER = ['A', 'B', 'C', 'D', 'E', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V', 'G', 'H'];

export function assemble(data: YearData, agencyId: string | null, now: Date): AnnualReport {
  const { window, year } = data;
  const arrivals = data.exposure.arrivals;
  const papers = papersOf(data);
  const exposureEvidence = {
    query: 'exposure' as const,
    ...window,
    ...(agencyId === null ? {} : { partyId: agencyId }),
  };
  const findingEvidence = (subsections: string[], partyId?: string) => ({
    query: 'findings' as const,
    ...window,
    subsections,
    ...(partyId === undefined ? {} : { partyId }),
  });
  const detainers = documentsOf(data, 'DETAINER_REQUEST', 'receivedAt');
  const requests = documentsOf(data, 'IMMIGRATION_ACCESS_REQUEST', 'receivedAt');
  const complaints = documentsOf(data, 'COMPLAINT', 'receivedAt');
  const statusOf = latestStatuses(data.documents);
  const countBy = <T>(items: readonly T[], keyOf: (item: T) => string) => {
    const counts = new Map<string, T[]>();
    for (const item of items) appendTo(counts, keyOf(item), item);
    return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year,
    agencyId,
    window,
    generatedAt: now.toISOString(),
    asOf: null,
    public: false,
    parties: {},
    thirdParties: {
      givenAccess: papers.givenAccess,
      withAgreement: papers.withAgreement,
      withChiefExecutiveCertification: papers.withChiefExecutiveCertification,
      audited: papers.audited,
      granted: papers.granted,
      grantedWithoutDisclosure: papers.grantedWithoutDisclosure,
    },
    individualsDisclosed: data.individualsDisclosed,
    immigration: {
      events: reachOf(arrivals).events,
      direct: reachOf(arrivals.filter((arrival) => arrival.direct)),
      indirect: reachOf(arrivals.filter((arrival) => !arrival.direct)),
      withdrawn: reachOf(data.exposure.withdrawnArrivals),
      all: (({ individuals, records }) => ({ individuals, records }))(reachOf(arrivals)),
      contested: reachOf(
        data.exposure.arrivals.filter((arrival) => arrival.chain.some((hop) => hop.contested === true)),
      ),
      byHopCount: rowsBy(arrivals, (arrival) => [String(arrival.hopCount)], HOPS_LABEL).sort(
        (a, b) => Number(a.key) - Number(b.key),
      ),
      byCategory: rowsBy(arrivals, (arrival) => (arrival.categories.length === 0 ? ['NONE'] : arrival.categories)),
      byOriginAgency: rowsBy(arrivals, (arrival) => [arrival.originId], undefined, true),
      byIntermediary: rowsBy(
        arrivals,
        (arrival) => (arrival.intermediaries.length === 0 ? ['NONE'] : arrival.intermediaries),
        undefined,
        true,
      ),
      byLegalBasis: rowsBy(arrivals, (arrival) => [arrival.chain.at(-1)?.facts?.legalBasis ?? 'NONE']),
      byMonth: byMonth(year, arrivals),
      flows: flowsOf(arrivals),
      evidence: exposureEvidence,
    },
    over500: data.perThirdParty
      .filter((row) => row.individuals > CEO_CERTIFICATION_THRESHOLD)
      .sort((a, b) => b.individuals - a.individuals || (a.thirdPartyId < b.thirdPartyId ? -1 : 1))
      .map((row) => {
        const inForce = papers.agreementsOf(row.thirdPartyId);
        return {
          thirdPartyId: row.thirdPartyId,
          individuals: row.individuals,
          chiefExecutiveCertification: inForce.some((agreement) => agreement.certifiedByChiefExecutive),
          agreementPublic: inForce.length > 0 && inForce.every((agreement) => agreement.public),
          evidence: findingEvidence(['F_V', 'G'], row.thirdPartyId),
        };
      }),
    violationNotices: noticesOf(data),
    findings: SUBSECTION_ORDER.map((subsection) => {
      const of = data.findings.filter((finding) => finding.subsection === subsection);
      const severity = (level: string) => of.filter((finding) => finding.severity === level).length;
      return {
        subsection,
        total: of.length,
        high: severity('HIGH'),
        medium: severity('MEDIUM'),
        low: severity('LOW'),
        evidence: findingEvidence([subsection], agencyId ?? undefined),
      };
    }),
    detainerRequests: {
      received: detainers.length,
      declined: detainers.filter((d) => d.content.disposition === 'DECLINED').length,
      honoured: detainers.filter((d) => d.content.disposition === 'HONOURED').length,
      pending: detainers.filter((d) => d.content.disposition === 'PENDING').length,
      evidence: documentEvidence(data, ['DETAINER_REQUEST']),
    },
    accessRequests: countBy(requests, (r) => String(r.content.request)).map(([request, list]) => ({
      request,
      received: list.length,
      granted: list.filter((r) => r.content.answer === 'GRANTED').length,
      declined: list.filter((r) => r.content.answer === 'DECLINED').length,
      evidence: documentEvidence(data, ['IMMIGRATION_ACCESS_REQUEST']),
    })),
    complaints: countBy(complaints, (c) => statusOf(c.id)).map(([status, list]) => ({
      status,
      count: list.length,
      evidence: documentEvidence(data, ['COMPLAINT', 'COMPLAINT_STATUS']),
    })),
    previousYear: null,
  };
}

/** A year's headline figures, for setting beside the next year's. */
export function headline(data: YearData): YearFigures {
  const papers = papersOf(data);
  const arrivals = data.exposure.arrivals;
  return {
    year: data.year,
    source: 'COMPUTED',
    publishedVersion: null,
    thirdPartiesGivenAccess: papers.givenAccess,
    thirdPartiesWithAgreement: papers.withAgreement,
    thirdPartiesWithChiefExecutiveCertification: papers.withChiefExecutiveCertification,
    thirdPartiesAudited: papers.audited,
    individualsDisclosed: data.individualsDisclosed,
    direct: reachOf(arrivals.filter((arrival) => arrival.direct)),
    indirect: reachOf(arrivals.filter((arrival) => !arrival.direct)),
    findings: data.findings.length,
  };
}
