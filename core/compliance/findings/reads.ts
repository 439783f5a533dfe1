/**
 * The reads of a window that more than one rule rests on (the disclosures, the individuals
 * counted per county year, the standing access grants) and the county calendar they are cut
 * by: each Cypher string beside the function that runs it, read once per call to `findings`.
 */
import { chicagoMidnight, countyMonth } from '../../../infra/calendar.ts';
import type { Database } from '../../../infra/db.ts';
import { instantOrder, utc, utcOrNull } from '../../../infra/scalars.ts';
import { checkDeadline } from '../../../infra/scope.ts';
import { standsAsOf } from '../../lineage/index.ts';
import type { Flow, GrantAccess, YearCount } from './model.ts';

// A disclosure counts unless an auditor accepted its retraction (by $asOf, when given).
export const FLOWS_IN_WINDOW = /* cypher */ `
  MATCH (s:Party)-[:SENT]->(d:Disclosure)-[:TO]->(r:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until)
    AND ${standsAsOf('d')}
  RETURN d.id AS id, coalesce(d.atStated, d.at) AS at, s.id AS fromId, s.kind AS fromKind, r.id AS toId, r.kind AS toKind,
    d.purpose AS purpose,
    CASE WHEN s.kind = 'COUNTY_AGENCY' THEN [s.id]
      ELSE COLLECT { MATCH (d)-[:CARRIED]->(rec:Record) RETURN DISTINCT rec.originId } END AS origins
  ORDER BY d.at, d.id`;

/** The window's disclosures, less those whose retraction was accepted, as the rules read them, in time order. */
export async function flowsInWindow(
  db: Database,
  window: { from: string; until: string },
  asOf: string | null = null,
): Promise<Flow[]> {
  const rows = await db.read((tx) =>
    tx.run<Omit<Flow, 'order'>>(FLOWS_IN_WINDOW, {
      from: utc(window.from),
      until: utc(window.until),
      asOf: utcOrNull(asOf),
    }),
  );
  return rows.map((flow) => ({ ...flow, order: instantOrder(flow.at) }));
}

/**
 * Distinct individuals each third party received from county agencies in a window ((f)(v)'s
 * count), by agency, and distinct individuals given to any third party (the annual report's),
 * in one pass over the window's disclosures.
 */
export const INDIVIDUALS_RECEIVED = /* cypher */ `
  MATCH (a:Party {kind: 'COUNTY_AGENCY'})-[:SENT]->(d:Disclosure)-[:TO]->(t:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until) AND t.kind <> 'COUNTY_AGENCY'
    AND ${standsAsOf('d')}
  MATCH (d)-[:CARRIED]->(:Record)-[:ABOUT]->(s:Subject)
  WITH t.id AS thirdPartyId, a.id AS agencyId, collect(DISTINCT s) AS subjects
  WITH thirdPartyId, collect([agencyId, size(subjects)]) AS byAgency, collect(subjects) AS lists
  CALL (lists) {
    UNWIND lists AS list
    UNWIND list AS s
    RETURN collect(DISTINCT s) AS received
  }
  WITH collect({thirdPartyId: thirdPartyId, byAgency: byAgency, received: received}) AS rows
  CALL (rows) {
    UNWIND rows AS row
    UNWIND row.received AS s
    RETURN count(DISTINCT s) AS overall
  }
  UNWIND rows AS row
  RETURN row.thirdPartyId AS thirdPartyId, row.byAgency AS byAgency, size(row.received) AS individuals, overall`;

/** Distinct individuals each third party received from county agencies, per county year the window touches. */
export async function individualsByYear(
  db: Database,
  window: { from: string; until: string },
  asOf: string | null = null,
): Promise<YearCount[]> {
  const counts: YearCount[] = [];
  for (const year of countyPeriods(window.from, window.until, 'year')) {
    const rows = await db.read((tx) =>
      tx.run<{ thirdPartyId: string; byAgency: Array<[string, number]>; individuals: number; overall: number }>(
        INDIVIDUALS_RECEIVED,
        { from: utc(year.from), until: utc(year.until), asOf: utcOrNull(asOf) },
      ),
    );
    const byThirdParty = new Map(
      rows.map((row) => [row.thirdPartyId, { individuals: row.individuals, agencies: new Map(row.byAgency) }]),
    );
    counts.push({ year, byThirdParty, overall: rows[0]?.overall ?? 0 });
  }
  return counts;
}

// Grants of county agencies to third parties in force at some instant of the window (as known at $asOf).
export const GRANTS_IN_WINDOW = /* cypher */ `
  MATCH (agency:Party {kind: 'COUNTY_AGENCY'})-[:GRANTED]->(g:AccessGrant)-[:TO]->(grantee:Party)
  WHERE grantee.kind <> 'COUNTY_AGENCY' AND g.from < datetime($until)
    AND (g.until IS NULL OR g.until > datetime($from))
    AND ($asOf IS NULL OR g.recordedAt <= datetime($asOf))
  RETURN g.id AS id, agency.id AS agencyId, grantee.id AS granteeId, g.dataset AS dataset, g.purpose AS purpose,
    toString(coalesce(g.fromStated, g.from)) AS from, toString(coalesce(g.untilStated, g.until)) AS until
  ORDER BY g.from, g.id`;

export async function grantsInWindow(
  db: Database,
  window: { from: string; until: string },
  asOf: string | null,
): Promise<GrantAccess[]> {
  return db.read((tx) =>
    tx.run<GrantAccess>(GRANTS_IN_WINDOW, { from: utc(window.from), until: utc(window.until), asOf: utcOrNull(asOf) }),
  );
}

/** County calendar months and years, America/Chicago, as [start, end) instants with offsets. */
export function countyPeriods(from: string, until: string, unit: 'month' | 'year') {
  const periods: Array<{ label: string; from: string; until: string }> = [];
  const start = countyMonth(from);
  let [year, month] = start.split('-').map(Number) as [number, number];
  if (unit === 'year') month = 1;
  const boundary = (y: number, m: number) => chicagoMidnight(y, m);
  for (;;) {
    // A window of centuries is thousands of months: the request's deadline stops it.
    checkDeadline();
    const begin = boundary(year, month);
    if (instantOrder(begin) >= instantOrder(until)) break;
    const [nextYear, nextMonth] = unit === 'year' ? [year + 1, 1] : month === 12 ? [year + 1, 1] : [year, month + 1];
    periods.push({
      label: unit === 'year' ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
      from: begin,
      until: boundary(nextYear, nextMonth),
    });
    [year, month] = [nextYear, nextMonth];
  }
  return periods;
}
