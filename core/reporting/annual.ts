/**
 * The annual report of Sec. 46-37(g), county-wide or for one agency: who was given access
 * and with which papers, how far personal information reached immigration agents (directly
 * or indirectly through third parties, from the lineage engine), the notices and how they
 * ended, the findings of every subsection, detainer and access requests, complaints, and the
 * same headline figures a year before. Counts only: no subject key or record id is in it.
 */
import {
  allAgreements,
  DOCUMENT_KINDS,
  documentsOfKinds,
  findings,
  flowsInWindow,
  individualsByYear,
} from '../compliance/index.ts';
import { standsAsOf, exposure } from '../lineage/index.ts';
import type { Database } from '../../infra/db.ts';
import { InputError, NotFoundError } from '../../infra/errors.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';
import { partiesByIds } from '../registry/index.ts';
import { type AnnualReport, type ReachRow, type YearFigures } from './report.ts';
import { checkYear, latestPublishedExact } from './published.ts';
import { assemble, givenAccess, headline, INDIVIDUALS, type YearData } from './annual-figures.ts';
import { countyYear } from '../../infra/calendar.ts';

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
