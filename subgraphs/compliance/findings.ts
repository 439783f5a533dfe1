import { countyMonth, exposure } from '../lineage/exposure.ts';
import { checkWindow, type ArrivalRow, type Window } from '../lineage/trace.ts';
import type { Database } from '../shared/db.ts';
import { InputError } from '../shared/errors.ts';
import { instantOrder } from '../shared/scalars.ts';
import { agreementsInForce, allAgreements, PURPOSE_CODES, type AgreementRow } from './agreements.ts';
import { allCertifications, allRecipientLists, type CertificationRow, type RecipientListRow } from './recipients.ts';

/**
 * Findings (DOMAIN.md, "What the law requires, as checks"): each names its subsection, the
 * parties, the time window, the evidence (disclosures, chains, documents) and an explanation
 * an auditor can paste into a letter. Evaluated over a window [from, until) on what the
 * graph holds now. The rules here: (e), (f)(i), (f)(ii), (f)(iii), (f)(iv), (f)(v).
 */

export const SUBSECTIONS = ['E', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V'] as const;
export type Subsection = (typeof SUBSECTIONS)[number];
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingRow = {
  /** Stable for the same facts: the subsection and what the finding is about. */
  id: string;
  subsection: Subsection;
  severity: Severity;
  partyIds: string[];
  from: string;
  until: string;
  disclosureIds: string[];
  agreementKeys: string[];
  /** Records and distinct individuals concerned, where the rule counts them. */
  recordCount: number | null;
  individualCount: number | null;
  explanation: string;
};

export type FindingFilter = {
  window: Window;
  subsections?: readonly Subsection[] | null;
  partyId?: string | null;
  severity?: Severity | null;
};

/** A disclosure as the rules read it; retracted ones are left out before. */
type Flow = {
  id: string;
  at: string;
  order: bigint;
  fromId: string;
  fromKind: string;
  toId: string;
  toKind: string;
  purpose: string;
  /** The agencies whose records it carried. */
  origins: string[];
};

export const FLOWS_IN_WINDOW = /* cypher */ `
  MATCH (s:Party)-[:SENT]->(d:Disclosure)-[:TO]->(r:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until) AND NOT EXISTS { (d)<-[:RETRACTS]-(:Retraction) }
  RETURN d.id AS id, d.at AS at, s.id AS fromId, s.kind AS fromKind, r.id AS toId, r.kind AS toKind,
    d.purpose AS purpose,
    CASE WHEN s.kind = 'COUNTY_AGENCY' THEN [s.id]
      ELSE COLLECT { MATCH (d)-[:CARRIED]->(rec:Record) RETURN DISTINCT rec.originId } END AS origins
  ORDER BY d.at, d.id`;

/** Distinct individuals a third party received from county agencies in a window: (f)(v)'s count. */
export const INDIVIDUALS_RECEIVED = /* cypher */ `
  MATCH (a:Party {kind: 'COUNTY_AGENCY'})-[:SENT]->(d:Disclosure)-[:TO]->(t:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until) AND t.kind <> 'COUNTY_AGENCY'
    AND NOT EXISTS { (d)<-[:RETRACTS]-(:Retraction) }
  MATCH (d)-[:CARRIED]->(:Record)-[:ABOUT]->(s:Subject)
  WITH t.id AS thirdPartyId, a.id AS agencyId, collect(DISTINCT s.key) AS subjects
  RETURN thirdPartyId, agencyId, subjects`;

/** The most individuals a third party may be given access to in a calendar year without a chief executive's certification. */
export const CEO_CERTIFICATION_THRESHOLD = 500;

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** (f)(ii): the disclosure's stated purpose is a code the agreement permits, or its own words for a purpose. */
export function purposePermitted(purpose: string, agreement: AgreementRow): boolean {
  const said = normalise(purpose);
  return (
    agreement.purposes.some((code) => normalise(code) === said) ||
    (agreement.purposeText !== null && normalise(agreement.purposeText) === said)
  );
}

const keyOf = (agreement: AgreementRow) => `${agreement.id}#${agreement.version}`;
const MAX_LISTED = 20;
const listed = (ids: readonly string[]) =>
  ids.length <= MAX_LISTED
    ? ids.join(', ')
    : `${ids.slice(0, MAX_LISTED).join(', ')} and ${ids.length - MAX_LISTED} more`;

/** County calendar months and years, America/Chicago, as [start, end) instants with offsets. */
function countyPeriods(from: string, until: string, unit: 'month' | 'year') {
  const periods: Array<{ label: string; from: string; until: string }> = [];
  const start = countyMonth(from);
  let [year, month] = start.split('-').map(Number) as [number, number];
  if (unit === 'year') month = 1;
  const boundary = (y: number, m: number) => chicagoMidnight(y, m);
  for (;;) {
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

/** The first instant of a county month: midnight in Chicago, with the offset of that moment. */
function chicagoMidnight(year: number, month: number): string {
  const date = `${year}-${String(month).padStart(2, '0')}-01`;
  // Midnight on the first of a month is never inside a daylight-saving change in Chicago (2 a.m.).
  const probe = new Date(`${date}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', timeZoneName: 'longOffset' })
    .formatToParts(probe)
    .find((part) => part.type === 'timeZoneName')?.value;
  const hours = /GMT([+-]\d{2}):(\d{2})/.exec(offset ?? '');
  return `${date}T00:00:00${hours ? `${hours[1]}:${hours[2]}` : 'Z'}`;
}

function checkFilter(filter: FindingFilter): { from: string; until: string } {
  const { from, until } = filter.window;
  if (from == null || until == null) {
    throw new InputError('findings need a window with both from and until', from == null ? 'from' : 'until', null);
  }
  checkWindow(filter.window);
  return { from, until };
}

/** Every finding of the rules asked for, in the window, for the party and severity asked for. */
export async function findings(db: Database, filter: FindingFilter): Promise<FindingRow[]> {
  const window = checkFilter(filter);
  const wanted = new Set(filter.subsections ?? SUBSECTIONS);
  const agreements = await allAgreements(db);
  const flows = (await db.read((tx) => tx.run<Omit<Flow, 'order'>>(FLOWS_IN_WINDOW, window))).map((flow) => ({
    ...flow,
    order: instantOrder(flow.at),
  }));
  const found: FindingRow[] = [];
  if (wanted.has('E')) found.push(...(await immigrationAgentFindings(db, window)));
  if (wanted.has('F_I')) found.push(...accessWithoutProhibition(flows, agreements, window));
  if (wanted.has('F_II')) found.push(...purposeFindings(flows, agreements, window));
  if (wanted.has('F_III') || wanted.has('F_IV')) {
    const certifications = await allCertifications(db);
    if (wanted.has('F_III')) found.push(...redisclosureFindings(flows, agreements, certifications, window));
    if (wanted.has('F_IV')) found.push(...recipientListFindings(flows, await allRecipientLists(db), window));
  }
  if (wanted.has('F_V')) found.push(...(await ceoCertificationFindings(db, agreements, window)));
  return found
    .filter((finding) => filter.partyId == null || finding.partyIds.includes(filter.partyId))
    .filter((finding) => filter.severity == null || finding.severity === filter.severity)
    .sort((a, b) => (a.subsection < b.subsection ? -1 : a.subsection > b.subsection ? 1 : a.id < b.id ? -1 : 1));
}

/** (e): every arrival at an immigration agent, direct or indirect, one finding per hop that reached it, legal basis shown. */
async function immigrationAgentFindings(db: Database, window: { from: string; until: string }): Promise<FindingRow[]> {
  const { arrivals } = await exposure(db, window);
  const byHop = new Map<string, ArrivalRow[]>();
  for (const arrival of arrivals) {
    const last = arrival.chain.at(-1);
    if (last === undefined) continue;
    const list = byHop.get(last.disclosureId) ?? [];
    list.push(arrival);
    byHop.set(last.disclosureId, list);
  }
  return [...byHop.entries()].map(([disclosureId, list]) => {
    const first = list[0] as (typeof arrivals)[number];
    const last = first.chain.at(-1) as (typeof first.chain)[number];
    const intermediaries = [...new Set(list.flatMap((arrival) => arrival.intermediaries))];
    const disclosures = [...new Set(list.flatMap((arrival) => arrival.chain.map((hop) => hop.disclosureId)))];
    const basis = last.facts?.legalBasis ?? 'NONE';
    const records = new Set(list.map((arrival) => arrival.recordId)).size;
    const individuals = new Set(list.map((arrival) => arrival.subjectKey)).size;
    const origins = [...new Set(list.map((arrival) => arrival.originId))];
    return {
      id: `E:${disclosureId}`,
      subsection: 'E' as const,
      severity: 'HIGH' as const,
      partyIds: [...new Set([...origins, ...intermediaries, first.partyId])],
      from: last.at,
      until: last.at,
      disclosureIds: disclosures,
      agreementKeys: [],
      recordCount: records,
      individualCount: individuals,
      explanation:
        `${first.direct ? 'Directly' : `Indirectly, through ${listed(intermediaries)},`} personal information of ` +
        `${individuals} individual(s) (${records} record(s)) created by ${listed(origins)} reached ${first.partyId}, ` +
        `an immigration agent at the time, by disclosure ${disclosureId} on ${last.at} ` +
        `(legal basis given: ${basis}). Sec. 46-37(e) forbids disclosure to immigration agents, directly or indirectly.`,
    };
  });
}

const prohibits = (agreement: AgreementRow) =>
  agreement.prohibitsImmigrationDisclosure && agreement.prohibitsImmigrationUse;

/** (f)(i): a third party given access by an agency, with no agreement in force then that prohibits disclosure to immigration agents and use for immigration enforcement. */
function accessWithoutProhibition(
  flows: readonly Flow[],
  agreements: readonly AgreementRow[],
  window: { from: string; until: string },
): FindingRow[] {
  const unprotected = new Map<string, Flow[]>();
  for (const flow of flows) {
    if (flow.fromKind !== 'COUNTY_AGENCY' || flow.toKind === 'COUNTY_AGENCY') continue;
    if (agreementsInForce(agreements, flow.fromId, flow.toId, flow.order).some(prohibits)) continue;
    const key = `${flow.fromId}\u0000${flow.toId}`;
    unprotected.set(key, [...(unprotected.get(key) ?? []), flow]);
  }
  return [...unprotected.values()].map((list) => {
    const { fromId, toId } = list[0] as Flow;
    const inForce = agreementsInForce(agreements, fromId, toId, (list[0] as Flow).order);
    return {
      id: `F_I:${fromId}:${toId}:${window.from}`,
      subsection: 'F_I' as const,
      severity: 'HIGH' as const,
      partyIds: [fromId, toId],
      from: (list[0] as Flow).at,
      until: (list.at(-1) as Flow).at,
      disclosureIds: list.map((flow) => flow.id),
      agreementKeys: inForce.map(keyOf),
      recordCount: null,
      individualCount: null,
      explanation:
        `${fromId} gave ${toId} access to personal information (${list.length} disclosure(s), first ${(list[0] as Flow).at}) ` +
        (inForce.length === 0
          ? 'with no written agreement in force.'
          : `under agreement ${inForce.map(keyOf).join(', ')}, which does not prohibit both disclosure to immigration agents and use for immigration enforcement.`) +
        ' Sec. 46-37(f)(i) requires the agency to make the third party prohibit both.',
    };
  });
}

/** (f)(ii): a disclosure by an agency to a third party with no agreement in force, or for a purpose the agreement does not permit. */
function purposeFindings(
  flows: readonly Flow[],
  agreements: readonly AgreementRow[],
  window: { from: string; until: string },
): FindingRow[] {
  const out: FindingRow[] = [];
  const codes = PURPOSE_CODES.join(', ');
  for (const flow of flows) {
    if (flow.fromKind !== 'COUNTY_AGENCY' || flow.toKind === 'COUNTY_AGENCY') continue;
    const inForce = agreementsInForce(agreements, flow.fromId, flow.toId, flow.order);
    if (inForce.some((agreement) => purposePermitted(flow.purpose, agreement))) continue;
    out.push({
      id: `F_II:${flow.id}`,
      subsection: 'F_II',
      severity: inForce.length === 0 ? 'HIGH' : 'MEDIUM',
      partyIds: [flow.fromId, flow.toId],
      from: flow.at,
      until: flow.at,
      disclosureIds: [flow.id],
      agreementKeys: inForce.map(keyOf),
      recordCount: null,
      individualCount: null,
      explanation:
        inForce.length === 0
          ? `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) with no written agreement in force between them. Sec. 46-37(f)(ii) limits use and disclosure to a purpose specified in a written agreement.`
          : `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) for "${flow.purpose}", which is not among the purposes agreement ${inForce.map(keyOf).join(', ')} permits. Sec. 46-37(f)(ii) limits use and disclosure to the purposes in the agreement (codes: ${codes}).`,
    });
  }
  void window;
  return out;
}

const certifiedAt = (
  certifications: readonly CertificationRow[],
  recipientId: string,
  thirdPartyId: string,
  order: bigint,
) =>
  certifications.some(
    (certification) =>
      certification.recipientId === recipientId &&
      certification.thirdPartyId === thirdPartyId &&
      instantOrder(certification.from) <= order &&
      (certification.until === null || instantOrder(certification.until) > order),
  );

/**
 * (f)(iii): a third party's disclosure onward of an agency's records that its agreement with
 * that agency did not permit (to that recipient); any disclosure onward by a recipient (a
 * party with no agreement with the agency whose records it passes on); a recipient that had
 * no written certification of compliance in force when it received.
 */
function redisclosureFindings(
  flows: readonly Flow[],
  agreements: readonly AgreementRow[],
  certifications: readonly CertificationRow[],
  window: { from: string; until: string },
): FindingRow[] {
  const out: FindingRow[] = [];
  for (const flow of flows) {
    if (flow.fromKind === 'COUNTY_AGENCY' || flow.toKind === 'COUNTY_AGENCY') continue;
    for (const agencyId of flow.origins) {
      const inForce = agreementsInForce(agreements, agencyId, flow.fromId, flow.order);
      const isThirdParty = agreements.some(
        (agreement) => agreement.agencyId === agencyId && agreement.thirdPartyId === flow.fromId,
      );
      const permitted = inForce.some(
        (agreement) =>
          agreement.permitsRedisclosure &&
          (agreement.redisclosureTo.length === 0 || agreement.redisclosureTo.includes(flow.toId)),
      );
      const base = {
        partyIds: [agencyId, flow.fromId, flow.toId],
        from: flow.at,
        until: flow.at,
        disclosureIds: [flow.id],
        agreementKeys: inForce.map(keyOf),
        recordCount: null,
        individualCount: null,
      };
      if (!isThirdParty) {
        out.push({
          ...base,
          id: `F_III:recipient:${flow.id}:${agencyId}`,
          subsection: 'F_III',
          severity: 'HIGH',
          explanation: `${flow.fromId}, a recipient with no agreement with ${agencyId}, passed ${agencyId}'s personal information on to ${flow.toId} on ${flow.at} (disclosure ${flow.id}). Sec. 46-37(f)(iii) prohibits any redisclosure by a recipient.`,
        });
      } else if (!permitted) {
        out.push({
          ...base,
          id: `F_III:unpermitted:${flow.id}:${agencyId}`,
          subsection: 'F_III',
          severity: 'HIGH',
          explanation: `${flow.fromId} passed ${agencyId}'s personal information on to ${flow.toId} on ${flow.at} (disclosure ${flow.id}), which ${inForce.length === 0 ? 'no agreement in force' : `agreement ${inForce.map(keyOf).join(', ')}`} permits. Sec. 46-37(f)(iii) allows redisclosure only where the agency permits it.`,
        });
      } else if (!certifiedAt(certifications, flow.toId, flow.fromId, flow.order)) {
        out.push({
          ...base,
          id: `F_III:uncertified:${flow.id}:${agencyId}`,
          subsection: 'F_III',
          severity: 'MEDIUM',
          explanation: `${flow.toId} received ${agencyId}'s personal information from ${flow.fromId} on ${flow.at} (disclosure ${flow.id}) with no written certification of compliance in force. Sec. 46-37(f)(iii) requires the recipient to certify in writing.`,
        });
      }
    }
  }
  void window;
  return out;
}

/**
 * (f)(iv): for each county month of the window in which a third party passed county records
 * on: no list filed for that month, recipients the lineage shows that the list leaves out,
 * and (low) names on the list the lineage never shows.
 */
function recipientListFindings(
  flows: readonly Flow[],
  lists: readonly RecipientListRow[],
  window: { from: string; until: string },
): FindingRow[] {
  const out: FindingRow[] = [];
  for (const month of countyPeriods(window.from, window.until, 'month')) {
    const [from, until] = [instantOrder(month.from), instantOrder(month.until)];
    const seen = new Map<string, Map<string, string[]>>();
    for (const flow of flows) {
      if (flow.order < from || flow.order >= until) continue;
      if (flow.fromKind === 'COUNTY_AGENCY' || flow.toKind === 'COUNTY_AGENCY' || flow.origins.length === 0) continue;
      const recipients = seen.get(flow.fromId) ?? new Map<string, string[]>();
      recipients.set(flow.toId, [...(recipients.get(flow.toId) ?? []), flow.id]);
      seen.set(flow.fromId, recipients);
    }
    for (const [thirdPartyId, recipients] of seen) {
      const filed = lists.filter((list) => list.thirdPartyId === thirdPartyId && list.month === month.label);
      const named = new Set(filed.flatMap((list) => list.recipientIds));
      const base = {
        from: month.from,
        until: month.until,
        agreementKeys: [],
        recordCount: null,
        individualCount: null,
      };
      if (filed.length === 0) {
        out.push({
          ...base,
          id: `F_IV:no-list:${thirdPartyId}:${month.label}`,
          subsection: 'F_IV',
          severity: 'MEDIUM',
          partyIds: [thirdPartyId, ...recipients.keys()],
          disclosureIds: [...recipients.values()].flat(),
          explanation: `${thirdPartyId} passed county personal information on to ${listed([...recipients.keys()])} in ${month.label} and filed no recipient list for that month. Sec. 46-37(f)(iv) requires a monthly list of recipients, open to audit.`,
        });
        continue;
      }
      const missing = [...recipients.keys()].filter((id) => !named.has(id));
      if (missing.length > 0) {
        out.push({
          ...base,
          id: `F_IV:missing:${thirdPartyId}:${month.label}`,
          subsection: 'F_IV',
          severity: 'MEDIUM',
          partyIds: [thirdPartyId, ...missing],
          disclosureIds: missing.flatMap((id) => recipients.get(id) ?? []),
          explanation: `${thirdPartyId}'s recipient list for ${month.label} (${filed.map((list) => list.id).join(', ')}) leaves out ${listed(missing)}, to whom the lineage shows it passed county personal information that month.`,
        });
      }
      const never = [...named].filter((id) => !recipients.has(id));
      if (never.length > 0) {
        out.push({
          ...base,
          id: `F_IV:unseen:${thirdPartyId}:${month.label}`,
          subsection: 'F_IV',
          severity: 'LOW',
          partyIds: [thirdPartyId, ...never],
          disclosureIds: [],
          explanation: `${thirdPartyId}'s recipient list for ${month.label} names ${listed(never)}, to whom no recorded disclosure that month passed county personal information: the lineage may be missing disclosures.`,
        });
      }
    }
  }
  return out;
}

/**
 * (f)(v): a third party given access to more than 500 distinct individuals in a county
 * calendar year, counted across all agencies (the stricter reading), whose agreements in
 * force that year carry no certification executed by its chief executive.
 */
async function ceoCertificationFindings(
  db: Database,
  agreements: readonly AgreementRow[],
  window: { from: string; until: string },
): Promise<FindingRow[]> {
  const out: FindingRow[] = [];
  for (const year of countyPeriods(window.from, window.until, 'year')) {
    const rows = await db.read((tx) =>
      tx.run<{ thirdPartyId: string; agencyId: string; subjects: string[] }>(INDIVIDUALS_RECEIVED, year),
    );
    const byThirdParty = new Map<string, { subjects: Set<string>; agencies: Map<string, number> }>();
    for (const row of rows) {
      const entry = byThirdParty.get(row.thirdPartyId) ?? { subjects: new Set<string>(), agencies: new Map() };
      for (const subject of row.subjects) entry.subjects.add(subject);
      entry.agencies.set(row.agencyId, row.subjects.length);
      byThirdParty.set(row.thirdPartyId, entry);
    }
    const [from, until] = [instantOrder(year.from), instantOrder(year.until)];
    for (const [thirdPartyId, { subjects, agencies }] of byThirdParty) {
      if (subjects.size <= CEO_CERTIFICATION_THRESHOLD) continue;
      const overlapping = agreements.filter(
        (agreement) =>
          agreement.thirdPartyId === thirdPartyId &&
          instantOrder(agreement.from) < until &&
          (agreement.until === null || instantOrder(agreement.until) > from),
      );
      if (overlapping.some((agreement) => agreement.certifiedByChiefExecutive)) continue;
      const breakdown = [...agencies.entries()].map(([agency, count]) => `${agency}: ${count}`).join('; ');
      out.push({
        id: `F_V:${thirdPartyId}:${year.label}`,
        subsection: 'F_V',
        severity: 'HIGH',
        partyIds: [thirdPartyId, ...agencies.keys()],
        from: year.from,
        until: year.until,
        disclosureIds: [],
        agreementKeys: overlapping.map(keyOf),
        recordCount: null,
        individualCount: subjects.size,
        explanation: `${thirdPartyId} was given access to personal information of ${subjects.size} distinct individuals in ${year.label} (by agency: ${breakdown}), more than ${CEO_CERTIFICATION_THRESHOLD}, and ${overlapping.length === 0 ? 'has no agreement in force that year' : `none of its agreements in force that year (${overlapping.map(keyOf).join(', ')}) carries a certification executed by its chief executive`}. Sec. 46-37(f)(v).`,
      });
    }
  }
  return out;
}
