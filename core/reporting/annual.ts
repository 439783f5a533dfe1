/**
 * The annual report of Sec. 46-37(g), county-wide or for one agency: who was given access
 * and with which papers, how far personal information reached immigration agents (directly
 * or indirectly through third parties, from the lineage engine), the notices and how they
 * ended, the findings of every subsection, detainer and access requests, complaints, and the
 * same headline figures a year before. Counts only: no subject key or record id is in it.
 */
import {
  agreementsInForceDuring,
  allAgreements,
  type AgreementRow,
  DOCUMENT_KINDS,
  documentsOfKinds,
  latestStatuses,
  type DocumentRow,
  CEO_CERTIFICATION_THRESHOLD,
  findings,
  flowsInWindow,
  individualsByYear,
  type FindingRow,
  type Flow,
} from '../compliance/index.ts';
import { standsAsOf, exposure, type ExposureRow } from '../lineage/index.ts';
import type { ArrivalRow } from '../lineage/index.ts';
import type { Database } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { instantOrder, utc, utcOrNull } from '../../infra/scalars.ts';
import { partiesByIds } from '../registry/index.ts';
import {
  REPORT_SCHEMA_VERSION,
  type AnnualReport,
  type FlowRow,
  type Reach,
  type ReachRow,
  type YearFigures,
} from './report.ts';
import { checkYear, latestPublishedExact } from './published.ts';
import { countyMonth, countyYear } from '../../infra/calendar.ts';

export type ReportOptions = {
  year: number;
  /** One county agency; null or absent: the whole county. */
  agencyId?: string | null;
  /** The previous year's headline figures beside this year's (default true). */
  compare?: boolean;
  /** Make the previous year's figures from the graph even where that year's report was published. */
  recomputePrevious?: boolean;
  now?: Date;
  /**
   * As the service knew things at this recorded time: what was recorded by then, retractions
   * accepted by then. A published report keeps the time it was made as of, and made again as
   * of it gives the same figures. Now when absent.
   */
  asOf?: string | null;
  /**
   * Natural persons (parties of kind INDIVIDUAL) are not named: they are grouped as one party,
   * INDIVIDUALS, in every breakdown and flow. For an edition to be published.
   */
  groupIndividuals?: boolean;
  /** Told how long each part took, in milliseconds: for the benchmark. */
  onStep?: (step: string, ms: number) => void;
};

/** Distinct individuals whose records an agency gave to third parties in the window. */
export const INDIVIDUALS_DISCLOSED = /* cypher */ `
  MATCH (a:Party {kind: 'COUNTY_AGENCY'})-[:SENT]->(d:Disclosure)-[:TO]->(t:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until) AND t.kind <> 'COUNTY_AGENCY'
    AND ($agencyId IS NULL OR a.id = $agencyId)
    AND ${standsAsOf('d')}
  MATCH (d)-[:CARRIED]->(:Record)-[:ABOUT]->(s:Subject)
  RETURN count(DISTINCT s) AS individuals`;

/** Access grants in force some time in the window: potential exposure. */
export const GRANTS_IN_FORCE = /* cypher */ `
  MATCH (a:Party)-[:GRANTED]->(g:AccessGrant)-[:TO]->(t:Party)
  WHERE g.from < datetime($until) AND (g.until IS NULL OR g.until > datetime($from))
    AND ($agencyId IS NULL OR a.id = $agencyId) AND ($asOf IS NULL OR g.recordedAt <= datetime($asOf))
  RETURN DISTINCT t.id AS thirdPartyId`;

/** Deletion confirmations by a holder, for telling which deletion demands were met. */
export const DELETIONS_BY_HOLDER = /* cypher */ `
  MATCH (holder:Party)-[:CONFIRMED]->(x:DeletionConfirmation)
  WHERE holder.id IN $ids AND ($asOf IS NULL OR x.recordedAt <= datetime($asOf))
  RETURN holder.id AS holderId, x.at AS at`;

const AGENCY_KIND = /* cypher */ `MATCH (p:Party {id: $id}) RETURN p.kind AS kind`;
/** Which of these parties are natural persons. */
export const NATURAL_PERSONS = /* cypher */ `
  MATCH (p:Party {kind: 'INDIVIDUAL'}) WHERE p.id IN $ids RETURN p.id AS id`;

/** The one party natural persons are grouped as in an edition to be published. */
export const INDIVIDUALS = 'INDIVIDUALS';

async function naturalPersons(db: Database, data: YearData): Promise<Set<string>> {
  const ids = new Set(data.perThirdParty.map((row) => row.thirdPartyId));
  for (const arrival of data.exposure.arrivals) {
    ids.add(arrival.partyId);
    for (const id of arrival.intermediaries) ids.add(id);
  }
  const rows = await db.read((tx) => tx.run<{ id: string }>(NATURAL_PERSONS, { ids: [...ids] }));
  return new Set(rows.map((row) => row.id));
}

/** The year's arrivals with every natural person among their parties shown as INDIVIDUALS. */
function groupedAs(data: YearData, persons: ReadonlySet<string>): YearData {
  if (persons.size === 0) return data;
  const as = (id: string) => (persons.has(id) ? INDIVIDUALS : id);
  const arrivals = data.exposure.arrivals.map((arrival) => ({
    ...arrival,
    partyId: as(arrival.partyId),
    intermediaries: [...new Set(arrival.intermediaries.map(as))],
  }));
  return { ...data, exposure: { ...data.exposure, arrivals } };
}

/** The annual report for a county year. */
export async function annualReport(db: Database, options: ReportOptions): Promise<AnnualReport> {
  const year = checkYear(options.year);
  const agencyId = options.agencyId ?? null;
  if (agencyId !== null) await checkAgency(db, agencyId);
  const timed = <T>(name: string, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    return work.then((value) => {
      options.onStep?.(name, performance.now() - started);
      return value;
    });
  };
  const asOf = options.asOf ?? null;
  const [current, previous] = await Promise.all([
    timed(String(year), yearOf(db, year, agencyId, asOf)),
    options.compare === false
      ? Promise.resolve(null)
      : timed(String(year - 1), previousYear(db, year - 1, agencyId, options.recomputePrevious === true, asOf)),
  ]);
  const grouped = options.groupIndividuals === true ? await naturalPersons(db, current) : new Set<string>();
  const report = assemble(groupedAs(current, grouped), agencyId, options.now ?? new Date());
  for (const row of report.over500) if (grouped.has(row.thirdPartyId)) row.thirdPartyId = INDIVIDUALS;
  report.asOf = asOf;
  report.previousYear = previous;
  report.parties = await namesOf(db, report);
  if (grouped.size > 0) report.parties[INDIVIDUALS] = { name: `individuals, ${grouped.size}`, kind: 'INDIVIDUAL' };
  const named = (rows: ReachRow[]) =>
    rows.map((row) => ({ ...row, label: report.parties[row.key]?.name ?? row.label }));
  report.immigration.byOriginAgency = named(report.immigration.byOriginAgency);
  report.immigration.byIntermediary = named(report.immigration.byIntermediary);
  return report;
}

/**
 * The year before: as its latest published report had it, when one was published (the
 * official figures, read in a moment); else made from the graph like this year's.
 */
async function previousYear(
  db: Database,
  year: number,
  agencyId: string | null,
  recompute: boolean,
  asOf: string | null,
): Promise<YearFigures> {
  const published = recompute ? null : await latestPublishedExact(db, year, agencyId, asOf);
  if (published === null) return headline(await yearOf(db, year, agencyId, asOf));
  const report = JSON.parse(published.exactJson) as AnnualReport;
  return {
    year,
    source: 'PUBLISHED',
    publishedVersion: published.version,
    thirdPartiesGivenAccess: report.thirdParties.givenAccess,
    thirdPartiesWithAgreement: report.thirdParties.withAgreement,
    thirdPartiesWithChiefExecutiveCertification: report.thirdParties.withChiefExecutiveCertification,
    thirdPartiesAudited: report.thirdParties.audited,
    individualsDisclosed: report.individualsDisclosed,
    direct: report.immigration.direct,
    indirect: report.immigration.indirect,
    findings: report.findings.reduce((sum, entry) => sum + Number(entry.total), 0),
  };
}

async function checkAgency(db: Database, agencyId: string): Promise<void> {
  const [row] = await db.read((tx) => tx.run<{ kind: string }>(AGENCY_KIND, { id: agencyId }));
  if (row === undefined) throw new NotFoundError(`no party with id "${agencyId}" is registered`, agencyId);
  if (row.kind !== 'COUNTY_AGENCY') {
    throw new InputError(
      `agency: "${agencyId}" is a ${row.kind}, and a report is for a county agency`,
      'agency',
      agencyId,
    );
  }
}

/** What one year's report is made of, read once. */
type YearData = {
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

async function yearOf(db: Database, year: number, agencyId: string | null, asOf: string | null): Promise<YearData> {
  const window = countyYear(year);
  const params = { from: utc(window.from), until: utc(window.until), agencyId, asOf: utcOrNull(asOf) };
  // The longest reads (exposure, the window's disclosures, individuals per third party) run
  // once, shared by the findings and the report's own figures.
  const shared = {
    exposure: exposure(db, window, null, asOf),
    flows: flowsInWindow(db, window, asOf),
    individuals: individualsByYear(db, window, asOf),
  };
  const [flows, counted, granted, agreements, documents, exposed, found, agencyIndividuals] = await Promise.all([
    shared.flows,
    shared.individuals,
    db.read((tx) => tx.run<{ thirdPartyId: string }>(GRANTS_IN_FORCE, params)),
    allAgreements(db, asOf),
    documentsOfKinds(db, DOCUMENT_KINDS, asOf),
    agencyId === null ? shared.exposure : exposure(db, window, agencyId, asOf),
    findings(db, { window, partyId: agencyId, shared, asOf }),
    agencyId === null
      ? Promise.resolve(null)
      : db.read((tx) => tx.run<{ individuals: number }>(INDIVIDUALS_DISCLOSED, params)),
  ]);
  const given = givenAccess(flows, agencyId);
  const thirdParties = new Set(given.map((row) => row.thirdPartyId));
  const byThirdParty = counted[0]?.byThirdParty ?? new Map();
  const deletions = await db.read((tx) =>
    tx.run<{ holderId: string; at: string }>(DELETIONS_BY_HOLDER, {
      ids: [...new Set(documents.map((document) => String(document.content.thirdPartyId ?? '')))],
      asOf: params.asOf,
    }),
  );
  return {
    year,
    window,
    agencyId,
    given,
    individualsDisclosed:
      agencyIndividuals === null ? (counted[0]?.overall ?? 0) : (agencyIndividuals[0]?.individuals ?? 0),
    granted: granted.map((row) => row.thirdPartyId),
    agreements,
    documents,
    deletions,
    perThirdParty: [...byThirdParty.entries()]
      .filter(([thirdPartyId]) => agencyId === null || thirdParties.has(thirdPartyId))
      .map(([thirdPartyId, { individuals }]) => ({ thirdPartyId, individuals })),
    exposure: exposed,
    findings: found,
  };
}

/** Third parties an agency (or any) gave personal information to, from the window's disclosures. */
function givenAccess(flows: readonly Flow[], agencyId: string | null) {
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

function assemble(data: YearData, agencyId: string | null, now: Date): AnnualReport {
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
function headline(data: YearData): YearFigures {
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

/** The name and kind of every party the report names. */
async function namesOf(db: Database, report: AnnualReport): Promise<AnnualReport['parties']> {
  const ids = new Set<string>();
  if (report.agencyId !== null) ids.add(report.agencyId);
  const { immigration } = report;
  for (const row of [...immigration.byOriginAgency, ...immigration.byIntermediary]) ids.add(row.key);
  for (const flow of immigration.flows) {
    ids.add(flow.agencyId);
    ids.add(flow.agentId);
    if (flow.intermediaryId !== null) ids.add(flow.intermediaryId);
  }
  for (const row of report.over500) ids.add(row.thirdPartyId);
  ids.delete('NONE');
  ids.delete(INDIVIDUALS);
  const parties = await partiesByIds(db, [...ids].sort());
  return Object.fromEntries(parties.map((party) => [party.id, { name: party.name, kind: party.kind }]));
}
