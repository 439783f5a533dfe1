import {
  exposure,
  type ExposureRow,
  checkWindow,
  type ArrivalRow,
  type Window,
  retractionsOf,
  standsAsOf,
  statusOf,
} from '../../lineage/index.ts';
import type { Database } from '../../../infra/db.ts';
import { InputError } from '../../../infra/errors.ts';
import { instantOrder, utc, utcOrNull } from '../../../infra/scalars.ts';
import {
  agreementsInForce,
  agreementsInForceDuring,
  allAgreements,
  PURPOSE_CODES,
  type AgreementRow,
} from '../agreements.ts';
import { complianceSettings, type ComplianceSettings } from '../../../infra/config.ts';
import { DOCUMENT_KINDS, documentsOfKinds, latestStatuses, type DocumentRow } from '../documents.ts';
import { allCertifications, allRecipientLists, type CertificationRow, type RecipientListRow } from '../recipients.ts';
import { afterDeletionFindings } from './after-deletion.ts';
import { checkDeadline } from '../../../infra/scope.ts';
import { immigrationAgentAnswers } from '../../registry/index.ts';
import { chicagoMidnight, countyMonth } from '../../../infra/calendar.ts';

/**
 * Findings of Sec. 46-37, as checks: each names its subsection, the
 * parties, the time window, the evidence (disclosures, chains, documents) and an explanation
 * an auditor can paste into a letter. Evaluated over a window [from, until) on what the
 * graph holds now, every rule of the table: (a) to (h).
 */

export const SUBSECTIONS = ['A', 'B', 'C', 'D', 'E', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V', 'G', 'H'] as const;
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
  /** Deletion confirmations the finding rests on ((h): one dated before the holder's own recorded disclosure). */
  deletionIds?: string[];
  /** Retractions the finding rests on ((e): evidence of a flow withdrawn, or contested). */
  retractionIds?: string[];
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
  /** (g)'s audit cycle and (h)'s response days; from the environment unless given. */
  settings?: ComplianceSettings;
  /** The instant the rules judge "not yet" against (h: a notice still within its days). */
  now?: number;
  /** Told how long each step took, in milliseconds: for the benchmark. */
  onStep?: (step: string, ms: number) => void;
  /** Reads of the same window the caller makes anyway (the annual report): the rules reuse them. */
  shared?: SharedReads;
  /**
   * As the service knew things at this recorded time: only what was recorded by then, and
   * "not yet" judged at that time. Now when absent.
   */
  asOf?: string | null;
};

/** The longest reads of a window, which a caller may start once and share with the rules. */
export type SharedReads = {
  /** County-wide, for (e). */
  exposure?: Promise<ExposureRow>;
  flows?: Promise<Flow[]>;
  /** For (f)(v) and (g). */
  individuals?: Promise<YearCount[]>;
};

/** A disclosure as the rules read it; retracted ones are left out before. */
export type Flow = {
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

/** The most individuals a third party may be given access to in a calendar year without a chief executive's certification. */
/** A standing access grant of a county agency to a third party, as the (f) and (g) rules read it. */
export type GrantAccess = {
  id: string;
  agencyId: string;
  granteeId: string;
  from: string;
  until: string | null;
  dataset: string;
};

// Grants of county agencies to third parties in force at some instant of the window (as known at $asOf).
export const GRANTS_IN_WINDOW = /* cypher */ `
  MATCH (agency:Party {kind: 'COUNTY_AGENCY'})-[:GRANTED]->(g:AccessGrant)-[:TO]->(grantee:Party)
  WHERE grantee.kind <> 'COUNTY_AGENCY' AND g.from < datetime($until)
    AND (g.until IS NULL OR g.until > datetime($from))
    AND ($asOf IS NULL OR g.recordedAt <= datetime($asOf))
  RETURN g.id AS id, agency.id AS agencyId, grantee.id AS granteeId, g.dataset AS dataset,
    toString(coalesce(g.fromStated, g.from)) AS from, toString(coalesce(g.untilStated, g.until)) AS until
  ORDER BY g.from, g.id`;

async function grantsInWindow(
  db: Database,
  window: { from: string; until: string },
  asOf: string | null,
): Promise<GrantAccess[]> {
  return db.read((tx) =>
    tx.run<GrantAccess>(GRANTS_IN_WINDOW, { from: utc(window.from), until: utc(window.until), asOf: utcOrNull(asOf) }),
  );
}

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
/** What every finding about one disclosure says of it: its parties, its instant, the agreements in force. */
const aboutFlow = (flow: Flow, partyIds: string[], agreements: readonly AgreementRow[] = []) => ({
  partyIds,
  from: flow.at,
  until: flow.at,
  disclosureIds: [flow.id],
  agreementKeys: agreements.map(keyOf),
  recordCount: null,
  individualCount: null,
});

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
  const asOf = filter.asOf ?? null;
  const wanted = new Set(filter.subsections ?? SUBSECTIONS);
  let clock = performance.now();
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    filter.onStep?.(name, now - clock);
    clock = now;
    return value;
  };
  // The reads that do not depend on one another run together: Neo4j and the lineage engine
  // share the machine's cores. Each step's time runs from the start, so they overlap.
  const timed = async <T>(name: string, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await work;
    filter.onStep?.(name, performance.now() - started);
    return value;
  };
  // (e) and (b) both read the arrivals at immigration agents.
  const arrivalsAtAgents =
    wanted.has('E') || wanted.has('B') ? (filter.shared?.exposure ?? exposure(db, window, null, asOf)) : null;
  const [agreements, flows, exposed, years, deletedThenSent, documents, grants] = await Promise.all([
    allAgreements(db, asOf),
    timed('disclosures of the window', filter.shared?.flows ?? flowsInWindow(db, window, asOf)),
    wanted.has('E') && arrivalsAtAgents !== null
      ? timed('(e) exposure', immigrationAgentFindings(db, arrivalsAtAgents, asOf))
      : Promise.resolve([] as FindingRow[]),
    wanted.has('F_V') || wanted.has('G')
      ? timed('individuals per year', filter.shared?.individuals ?? individualsByYear(db, window, asOf))
      : Promise.resolve([] as YearCount[]),
    wanted.has('H')
      ? timed('(h) reads after a deletion', afterDeletionFindings(db, window, asOf))
      : Promise.resolve([] as FindingRow[]),
    documentsOfKinds(db, DOCUMENT_KINDS, asOf),
    wanted.has('F_I') || wanted.has('G') ? grantsInWindow(db, window, asOf) : Promise.resolve([] as GrantAccess[]),
  ]);
  clock = performance.now();
  const found: FindingRow[] = [];
  // One at a time: a county year's findings outnumber what a spread call may carry.
  const add = (name: string, list: readonly FindingRow[]) => {
    for (const finding of list) found.push(finding);
    step(name, null);
  };
  if (wanted.has('E')) add('(e)', exposed);
  if (wanted.has('F_I')) {
    add('(f)(i)', accessWithoutProhibition(flows, agreements, window));
    add('(f)(i) grants', grantsWithoutProhibition(grants, agreements, window));
  }
  if (wanted.has('F_II')) add('(f)(ii)', purposeFindings(flows, agreements));
  if (wanted.has('F_III') || wanted.has('F_IV')) {
    const certifications = await allCertifications(db, asOf);
    if (wanted.has('F_III')) add('(f)(iii)', redisclosureFindings(flows, agreements, certifications, window));
    if (wanted.has('F_IV')) add('(f)(iv)', recipientListFindings(flows, await allRecipientLists(db, asOf), window));
  }
  if (wanted.has('F_V')) add('(f)(v)', ceoCertificationFindings(years, agreements));
  const settings = filter.settings ?? complianceSettings();
  const inWindow = (at: unknown) =>
    typeof at === 'string' &&
    instantOrder(at) >= instantOrder(window.from) &&
    instantOrder(at) < instantOrder(window.until);
  const ofKind = (kind: string, field: string) =>
    documents.filter((document) => document.kind === kind && inWindow(document.content[field]));
  if (wanted.has('A')) add('(a)', detainerFindings(ofKind('DETAINER_REQUEST', 'receivedAt')));
  if (wanted.has('B')) {
    const requests = ofKind('IMMIGRATION_ACCESS_REQUEST', 'receivedAt');
    add('(b)', accessRequestFindings(requests, await requestersAtTheirRequests(db, requests, asOf)));
    add('(b) answers', statusAnswerFindings(arrivalsAtAgents === null ? [] : (await arrivalsAtAgents).arrivals));
  }
  if (wanted.has('C')) add('(c)', resourceFindings(ofKind('DETAINER_REQUEST', 'receivedAt')));
  if (wanted.has('D')) add('(d)', complaintFindings(documents, inWindow));
  if (wanted.has('G')) add('(g)', auditFindings(flows, grants, documents, years, agreements, window, settings));
  if (wanted.has('H')) {
    const now = filter.now ?? (asOf === null ? Date.now() : Date.parse(asOf));
    add('(h) notices', noticeFindings(documents, window, settings, now));
    add('(h) after a cease order', afterOrderFindings(flows, documents));
    add('(h) after a deletion', deletedThenSent);
  }
  return found
    .filter((finding) => filter.partyId == null || finding.partyIds.includes(filter.partyId))
    .filter((finding) => filter.severity == null || finding.severity === filter.severity)
    .sort((a, b) => (a.subsection < b.subsection ? -1 : a.subsection > b.subsection ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * (e): every arrival at an immigration agent, direct or indirect, one finding per hop that
 * reached it, legal basis shown; and, for an auditor to review, every retraction that
 * withdrew such evidence or awaits a decision on it.
 */
async function immigrationAgentFindings(
  db: Database,
  counted: Promise<ExposureRow>,
  asOf: string | null,
): Promise<FindingRow[]> {
  const exposed = await counted;
  return [...arrivalFindings(exposed.arrivals), ...(await retractionFindings(db, exposed, asOf))];
}

function arrivalFindings(arrivals: readonly ArrivalRow[]): FindingRow[] {
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

/**
 * (e), for review: a retraction of a disclosure behind arrivals at immigration agents. Pending,
 * the arrivals still count (they are among the (e) findings) and an auditor must decide;
 * accepted, they no longer count, and the withdrawn evidence stays on record here with who
 * filed and who accepted, so that a flow to an immigration agent never simply disappears.
 */
async function retractionFindings(db: Database, exposed: ExposureRow, asOf: string | null): Promise<FindingRow[]> {
  if (exposed.retractedDisclosureIds.length === 0) return [];
  const retractions = new Map(await retractionsOf(db, exposed.retractedDisclosureIds, asOf));
  const behind = new Map<string, ArrivalRow[]>();
  for (const arrival of [...exposed.arrivals, ...exposed.withdrawnArrivals]) {
    for (const hop of arrival.chain) {
      if (hop.contested !== true && hop.withdrawn !== true) continue;
      behind.set(hop.disclosureId, [...(behind.get(hop.disclosureId) ?? []), arrival]);
    }
  }
  return [...behind.entries()].flatMap(([disclosureId, arrivals]) => {
    const retraction = retractions.get(disclosureId)?.[0];
    if (retraction === undefined) return [];
    const status = statusOf(retraction);
    const hop = arrivals[0]?.chain.find((step) => step.disclosureId === disclosureId);
    const agents = [...new Set(arrivals.map((arrival) => arrival.partyId))];
    const individuals = new Set(arrivals.map((arrival) => arrival.subjectKey)).size;
    const records = new Set(arrivals.map((arrival) => arrival.recordId)).size;
    const filed = `retraction ${retraction.id}, filed by ${retraction.filedById}${retraction.filedByPrincipal ? ` (${retraction.filedByPrincipal})` : ''} on ${retraction.at} ("${retraction.reason}")`;
    const what = `${arrivals.length} arrival(s) of personal information of ${individuals} individual(s) (${records} record(s)) at ${listed(agents)}, immigration agent(s) at the time`;
    return [
      {
        id: `E:retraction:${retraction.id}`,
        subsection: 'E' as const,
        severity: status === 'PENDING' ? ('HIGH' as const) : ('MEDIUM' as const),
        partyIds: [...new Set([retraction.filedById, ...(hop === undefined ? [] : [hop.fromId, hop.toId]), ...agents])],
        from: hop?.at ?? retraction.at,
        until: hop?.at ?? retraction.at,
        disclosureIds: [
          disclosureId,
          ...new Set(arrivals.map((arrival) => arrival.chain.at(-1)?.disclosureId ?? '')),
        ].filter((id, index, all) => id !== '' && all.indexOf(id) === index),
        agreementKeys: [],
        retractionIds: [retraction.id],
        recordCount: records,
        individualCount: individuals,
        explanation:
          status === 'PENDING'
            ? `Disclosure ${disclosureId} is contested by ${filed}, which awaits an auditor's decision. Until an auditor accepts it, the disclosure counts, and with it ${what}. Sec. 46-37(e): evidence of a flow to an immigration agent is withdrawn only by an auditor.`
            : `Disclosure ${disclosureId} was withdrawn by ${filed}, accepted by ${retraction.decision?.decidedBy ?? 'an auditor'}${retraction.decision?.organisation ? ` of ${retraction.decision.organisation}` : ''} on ${retraction.decision?.recordedAt ?? 'its filing'}: ${what} no longer count. The withdrawn evidence stays on record for review. Sec. 46-37(e).`,
      },
    ];
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
/**
 * (f)(i) for a standing access grant: a third party given access by a grant is a third party
 * given access whether or not a disclosure follows. Checked at the first instant of the grant
 * in the window: no agreement in force then that prohibits both.
 */
function grantsWithoutProhibition(
  grants: readonly GrantAccess[],
  agreements: readonly AgreementRow[],
  window: { from: string; until: string },
): FindingRow[] {
  return grants.flatMap((grant) => {
    const start = instantOrder(grant.from) > instantOrder(window.from) ? grant.from : window.from;
    const inForce = agreementsInForce(agreements, grant.agencyId, grant.granteeId, instantOrder(start));
    if (inForce.some(prohibits)) return [];
    return [
      {
        id: `F_I:grant:${grant.id}`,
        subsection: 'F_I' as const,
        severity: 'HIGH' as const,
        partyIds: [grant.agencyId, grant.granteeId],
        from: start,
        until: grant.until ?? window.until,
        disclosureIds: [],
        agreementKeys: inForce.map(keyOf),
        recordCount: null,
        individualCount: null,
        explanation:
          `${grant.agencyId} gave ${grant.granteeId} standing access to ${grant.dataset} (access grant ${grant.id}, from ${grant.from}) ` +
          (inForce.length === 0
            ? `with no written agreement in force on ${start}.`
            : `under agreement ${inForce.map(keyOf).join(', ')}, which does not prohibit both disclosure to immigration agents and use for immigration enforcement.`) +
          ' Sec. 46-37(f)(i) binds every third party given access, by grant as by disclosure.',
      },
    ];
  });
}

function purposeFindings(flows: readonly Flow[], agreements: readonly AgreementRow[]): FindingRow[] {
  const out: FindingRow[] = [];
  const codes = PURPOSE_CODES.join(', ');
  for (const flow of flows) {
    if (flow.toKind === 'COUNTY_AGENCY') continue;
    if (flow.fromKind === 'COUNTY_AGENCY') {
      const inForce = agreementsInForce(agreements, flow.fromId, flow.toId, flow.order);
      if (inForce.some((agreement) => purposePermitted(flow.purpose, agreement))) continue;
      out.push({
        ...aboutFlow(flow, [flow.fromId, flow.toId], inForce),
        id: `F_II:${flow.id}`,
        subsection: 'F_II',
        severity: inForce.length === 0 ? 'HIGH' : 'MEDIUM',
        explanation:
          inForce.length === 0
            ? `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) with no written agreement in force between them. Sec. 46-37(f)(ii) limits use and disclosure to a purpose specified in a written agreement.`
            : `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) for "${flow.purpose}", which is not among the purposes agreement ${inForce.map(keyOf).join(', ')} permits. Sec. 46-37(f)(ii) limits use and disclosure to the purposes in the agreement (codes: ${codes}).`,
      });
      continue;
    }
    // A third party's own redisclosure of an agency's records: the purpose is judged against
    // its agreement with that agency (whether it may redisclose at all is (f)(iii)'s).
    for (const agencyId of flow.origins) {
      const inForce = agreementsInForce(agreements, agencyId, flow.fromId, flow.order);
      if (inForce.length === 0 || inForce.some((agreement) => purposePermitted(flow.purpose, agreement))) continue;
      out.push({
        ...aboutFlow(flow, [agencyId, flow.fromId, flow.toId], inForce),
        id: `F_II:redisclosure:${flow.id}:${agencyId}`,
        subsection: 'F_II',
        severity: 'MEDIUM',
        explanation: `${flow.fromId} passed ${agencyId}'s personal information on to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) for "${flow.purpose}", which is not among the purposes its agreement ${inForce.map(keyOf).join(', ')} with ${agencyId} permits. Sec. 46-37(f)(ii) limits a third party's use and disclosure to those purposes.`,
      });
    }
  }
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
      const base = aboutFlow(flow, [agencyId, flow.fromId, flow.toId], inForce);
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
    checkDeadline();
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

export type YearCount = {
  year: { label: string; from: string; until: string };
  byThirdParty: Map<string, { individuals: number; agencies: Map<string, number> }>;
  /** Distinct individuals given to any third party that year. */
  overall: number;
};

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
 * (f)(v): a third party given access to more than 500 distinct individuals in a county
 * calendar year, counted across all agencies (the stricter reading), whose agreements in
 * force that year carry no certification executed by its chief executive.
 */
function ceoCertificationFindings(years: readonly YearCount[], agreements: readonly AgreementRow[]): FindingRow[] {
  const out: FindingRow[] = [];
  for (const { year, byThirdParty } of years) {
    for (const [thirdPartyId, { individuals, agencies }] of byThirdParty) {
      if (individuals <= CEO_CERTIFICATION_THRESHOLD) continue;
      const inForce = agreementsInForceDuring(agreements, thirdPartyId, year);
      if (inForce.some((agreement) => agreement.certifiedByChiefExecutive)) continue;
      const breakdown = [...agencies.entries()].map(([agency, count]) => `${agency}: ${count}`).join('; ');
      out.push({
        id: `F_V:${thirdPartyId}:${year.label}`,
        subsection: 'F_V',
        severity: 'HIGH',
        partyIds: [thirdPartyId, ...agencies.keys()],
        from: year.from,
        until: year.until,
        disclosureIds: [],
        agreementKeys: inForce.map(keyOf),
        recordCount: null,
        individualCount: individuals,
        explanation: `${thirdPartyId} was given access to personal information of ${individuals} distinct individuals in ${year.label} (by agency: ${breakdown}), more than ${CEO_CERTIFICATION_THRESHOLD}, and ${inForce.length === 0 ? 'has no agreement in force that year' : `none of its agreements in force that year (${inForce.map(keyOf).join(', ')}) carries a certification executed by its chief executive`}. Sec. 46-37(f)(v).`,
      });
    }
  }
  return out;
}

type Base = Omit<FindingRow, 'id' | 'subsection' | 'severity' | 'explanation'>;
const documentBase = (document: DocumentRow, partyIds: string[], at: string, disclosureIds: string[] = []): Base => ({
  partyIds,
  from: at,
  until: at,
  disclosureIds,
  agreementKeys: [],
  recordCount: null,
  individualCount: null,
});
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** (a): a detainer request honoured with no written agreement that reimburses all costs. */
function detainerFindings(detainers: readonly DocumentRow[]): FindingRow[] {
  return detainers
    .filter((d) => d.content.disposition === 'HONOURED' && d.content.reimbursementAgreementReference == null)
    .map((d) => ({
      ...documentBase(d, [text(d.content.agencyPartyId), text(d.content.requesterPartyId)], text(d.content.receivedAt)),
      id: `A:${d.id}`,
      subsection: 'A' as const,
      severity: 'HIGH' as const,
      explanation: `${text(d.content.agencyPartyId)} honoured detainer request ${d.id} from ${text(d.content.requesterPartyId)}, received ${text(d.content.receivedAt)}, with no written agreement by which the federal government reimburses all costs. Sec. 46-37(a) requires the request to be declined.`,
    }));
}

/** (c): county staff time spent on a detainer that the section did not allow honouring. */
function resourceFindings(detainers: readonly DocumentRow[]): FindingRow[] {
  return detainers
    .filter(
      (d) =>
        (d.content.countyStaffMinutes as number) > 0 &&
        !(d.content.disposition === 'HONOURED' && d.content.reimbursementAgreementReference != null),
    )
    .map((d) => ({
      ...documentBase(d, [text(d.content.agencyPartyId), text(d.content.requesterPartyId)], text(d.content.receivedAt)),
      id: `C:${d.id}`,
      subsection: 'C' as const,
      severity: 'MEDIUM' as const,
      explanation: `${text(d.content.agencyPartyId)} recorded ${String(d.content.countyStaffMinutes)} minutes of county staff time on detainer request ${d.id} (${text(d.content.disposition)}), with no reimbursement agreement. Sec. 46-37(c) allows no expenditure of county resources to comply with an ICE detainer beyond what the section provides.`,
    }));
}

/** The ids of the requests whose requester was an immigration agent when the request was received. */
async function requestersAtTheirRequests(
  db: Database,
  requests: readonly DocumentRow[],
  asOf: string | null,
): Promise<Set<string>> {
  const granted = requests.filter((r) => r.content.answer === 'GRANTED');
  if (granted.length === 0) return new Set();
  const answers = await immigrationAgentAnswers(
    db,
    granted.map((r) => ({ partyId: text(r.content.requesterPartyId), at: text(r.content.receivedAt) })),
    asOf,
  );
  const agents = new Set(answers.filter((a) => a.agent).map((a) => `${a.partyId}\u0000${instantOrder(a.at)}`));
  return new Set(
    granted
      .filter((r) => agents.has(`${text(r.content.requesterPartyId)}\u0000${instantOrder(text(r.content.receivedAt))}`))
      .map((r) => r.id),
  );
}

/**
 * (b): an immigration agent given access, facilities or answers without a criminal warrant or a
 * non-immigration law-enforcement purpose. Judged by whether the requester was an immigration
 * agent when the request was received (a police department after its 287(g) agreement ended, or
 * a federal agency that never enforces immigration law, is not one).
 */
function accessRequestFindings(requests: readonly DocumentRow[], byAgents: ReadonlySet<string>): FindingRow[] {
  return requests
    .filter(
      (r) =>
        r.content.answer === 'GRANTED' &&
        byAgents.has(r.id) &&
        r.content.criminalWarrantShown !== true &&
        r.content.nonImmigrationPurposeShown !== true,
    )
    .map((r) => ({
      ...documentBase(r, [text(r.content.agencyPartyId), text(r.content.requesterPartyId)], text(r.content.receivedAt)),
      id: `B:${r.id}`,
      subsection: 'B' as const,
      severity: 'HIGH' as const,
      explanation: `${text(r.content.agencyPartyId)} granted ${text(r.content.requesterPartyId)} ${text(r.content.request).toLowerCase().replaceAll('_', ' ')} (request ${r.id}, received ${text(r.content.receivedAt)}), an immigration agent at the time, with neither a criminal warrant nor a legitimate law-enforcement purpose unrelated to immigration shown. Sec. 46-37(b).`,
    }));
}

const STATUS_CATEGORIES = ['JAIL_RELEASE_TIME', 'INCARCERATION_STATUS'];
const BASES_ALLOWED_BY_B = ['CRIMINAL_WARRANT', 'NON_IMMIGRATION_LAW_ENFORCEMENT'];

/**
 * (b), recorded answers: county personnel "communicating with ICE regarding individuals'
 * incarceration status or release dates". A disclosure by county personnel (at its time) to an
 * immigration agent (at its time) that carried a record's release time or incarceration status,
 * with neither a criminal warrant nor a non-immigration law-enforcement purpose as its basis.
 * One finding per disclosure; (e) counts the same disclosure as a flow too.
 */
function statusAnswerFindings(arrivals: readonly ArrivalRow[]): FindingRow[] {
  const byHop = new Map<string, ArrivalRow[]>();
  for (const arrival of arrivals) {
    const last = arrival.chain.at(-1);
    if (last === undefined || !arrival.direct) continue;
    if (BASES_ALLOWED_BY_B.includes(last.facts?.legalBasis ?? 'NONE')) continue;
    if (!last.categories.some((category) => STATUS_CATEGORIES.includes(category))) continue;
    byHop.set(last.disclosureId, [...(byHop.get(last.disclosureId) ?? []), arrival]);
  }
  return [...byHop.entries()].map(([disclosureId, list]) => {
    const first = list[0] as ArrivalRow;
    const last = first.chain.at(-1) as ArrivalRow['chain'][number];
    const told = [
      ...new Set(list.flatMap((a) => (a.chain.at(-1)?.categories ?? []).filter((c) => STATUS_CATEGORIES.includes(c)))),
    ].sort();
    const actingFor = first.actingFor;
    const sender =
      actingFor === null || actingFor.throughId === last.fromId
        ? last.fromId
        : `${last.fromId} (county personnel: ${actingFor.affiliations.map((a) => a.kind).join(', ')} ${actingFor.throughId})`;
    const individuals = new Set(list.map((a) => a.subjectKey)).size;
    return {
      id: `B:answer:${disclosureId}`,
      subsection: 'B' as const,
      severity: 'HIGH' as const,
      partyIds: [...new Set([last.fromId, ...(actingFor === null ? [] : [actingFor.throughId]), first.partyId])],
      from: last.at,
      until: last.at,
      disclosureIds: [disclosureId],
      agreementKeys: [],
      recordCount: new Set(list.map((a) => a.recordId)).size,
      individualCount: individuals,
      explanation: `${sender} told ${first.partyId}, an immigration agent at the time, the ${told.map((c) => c.toLowerCase().replaceAll('_', ' ')).join(' and ')} of ${individuals} individual(s) by disclosure ${disclosureId} on ${last.at} (legal basis given: ${last.facts?.legalBasis ?? 'NONE'}), with neither a criminal warrant nor a law-enforcement purpose unrelated to immigration. Sec. 46-37(b) forbids county personnel communicating with immigration agents about incarceration status or release dates.`,
    };
  });
}

/** (d): every complaint received in the window, with its latest status and linked events. */
function complaintFindings(documents: readonly DocumentRow[], inWindow: (at: unknown) => boolean): FindingRow[] {
  const statusOf = latestStatuses(documents);
  return documents
    .filter((d) => d.kind === 'COMPLAINT' && inWindow(d.content.receivedAt))
    .map((c) => {
      const status = statusOf(c.id);
      const open = status === 'RECEIVED' || status === 'INVESTIGATING';
      const parties = [text(c.content.receivedByPartyId), ...((c.content.partyIds as string[]) ?? [])];
      return {
        ...documentBase(c, parties, text(c.content.receivedAt), (c.content.linkedDisclosureIds as string[]) ?? []),
        id: `D:${c.id}`,
        subsection: 'D' as const,
        severity: status === 'SUSTAINED' ? ('HIGH' as const) : open ? ('MEDIUM' as const) : ('LOW' as const),
        explanation: `Complaint ${c.id}, received by ${text(c.content.receivedByPartyId)} on ${text(c.content.receivedAt)}, alleges: "${text(c.content.allegation)}". Status: ${String(status)}. Sec. 46-37(d).`,
      };
    });
}

/**
 * (g): a third party given access in the window whose last audit, at or before the window's
 * end, is older than the audit cycle or missing; and an agreement in force in a county year in
 * which its third party was given more than 500 individuals, that is not public.
 */
function auditFindings(
  flows: readonly Flow[],
  grants: readonly GrantAccess[],
  documents: readonly DocumentRow[],
  years: readonly YearCount[],
  agreements: readonly AgreementRow[],
  window: { from: string; until: string },
  settings: ComplianceSettings,
): FindingRow[] {
  const out: FindingRow[] = [];
  const end = instantOrder(window.until);
  const cycle = BigInt(settings.auditCycleDays) * 86_400_000_000_000n;
  // Given access: by a disclosure, or by a standing access grant in force in the window.
  const given = new Set([
    ...flows.filter((f) => f.fromKind === 'COUNTY_AGENCY' && f.toKind !== 'COUNTY_AGENCY').map((f) => f.toId),
    ...grants.map((grant) => grant.granteeId),
  ]);
  for (const thirdPartyId of [...given].sort()) {
    const audits = documents
      .filter(
        (d) => d.kind === 'AUDIT' && d.content.thirdPartyId === thirdPartyId && instantOrder(text(d.content.at)) < end,
      )
      .map((d) => text(d.content.at))
      .sort((a, b) => Number(instantOrder(a) - instantOrder(b)));
    const last = audits.at(-1);
    if (last !== undefined && instantOrder(last) >= end - cycle) continue;
    out.push({
      id: `G:audit:${thirdPartyId}:${window.until}`,
      subsection: 'G',
      severity: 'MEDIUM',
      partyIds: [thirdPartyId],
      from: window.from,
      until: window.until,
      disclosureIds: [],
      agreementKeys: [],
      recordCount: null,
      individualCount: null,
      explanation: `${thirdPartyId} was given access to county personal information in the window and ${last === undefined ? 'has never been audited' : `was last audited on ${last}`}, more than the audit cycle of ${settings.auditCycleDays} days before ${window.until}. Sec. 46-37(g) requires regular audits of third parties.`,
    });
  }
  for (const { year, byThirdParty } of years) {
    for (const [thirdPartyId, { individuals }] of byThirdParty) {
      if (individuals <= CEO_CERTIFICATION_THRESHOLD) continue;
      for (const agreement of agreementsInForceDuring(agreements, thirdPartyId, year)) {
        if (agreement.public) continue;
        out.push({
          id: `G:not-public:${keyOf(agreement)}:${year.label}`,
          subsection: 'G',
          severity: 'MEDIUM',
          partyIds: [agreement.agencyId, thirdPartyId],
          from: year.from,
          until: year.until,
          disclosureIds: [],
          agreementKeys: [keyOf(agreement)],
          recordCount: null,
          individualCount: individuals,
          explanation: `Agreement ${keyOf(agreement)} gives ${thirdPartyId} access to personal information, ${individuals} individuals in ${year.label} (more than ${CEO_CERTIFICATION_THRESHOLD}), and is not public. Sec. 46-37(g) requires every such agreement to be made publicly available.`,
        });
      }
    }
  }
  return out;
}

const DAY = 86_400_000_000_000n;

/**
 * (h): a violation notice not answered within the configured days by both parts of what the
 * agency must require: a cease order, and a deletion demand (or, on the cease order, the
 * recorded reason why deletion was not possible: "where possible").
 */
function noticeFindings(
  documents: readonly DocumentRow[],
  window: { from: string; until: string },
  settings: ComplianceSettings,
  now: number,
): FindingRow[] {
  const [from, until] = [instantOrder(window.from), instantOrder(window.until)];
  const limit = BigInt(settings.noticeResponseDays) * DAY;
  const orders = documents.filter((d) => d.kind === 'CEASE_ORDER' || d.kind === 'DELETION_DEMAND');
  const noDeletionPossible = (order: DocumentRow) =>
    order.kind === 'CEASE_ORDER' && text(order.content.deletionNotPossibleReason).trim() !== '';
  return documents
    .filter((d) => d.kind === 'VIOLATION_NOTICE')
    .filter((n) => instantOrder(text(n.content.at)) >= from && instantOrder(text(n.content.at)) < until)
    .flatMap((notice) => {
      const at = instantOrder(text(notice.content.at));
      const due = at + limit;
      if (BigInt(now) * 1_000_000n < due) return []; // still within its days
      const answers = orders.filter(
        (order) =>
          // An order that names a notice answers that notice only; one that names none, any of the pair's.
          (order.content.noticeId == null || order.content.noticeId === notice.id) &&
          order.content.agencyPartyId === notice.content.agencyPartyId &&
          order.content.thirdPartyId === notice.content.thirdPartyId &&
          instantOrder(text(order.content.at)) >= at &&
          instantOrder(text(order.content.at)) <= due,
      );
      const ceased = answers.some((order) => order.kind === 'CEASE_ORDER');
      const deletion = answers.some((order) => order.kind === 'DELETION_DEMAND' || noDeletionPossible(order));
      if (ceased && deletion) return [];
      const missing =
        !ceased && !deletion
          ? 'no cease order and no deletion demand'
          : !ceased
            ? 'a deletion demand but no cease order'
            : 'a cease order but no deletion demand, nor a recorded reason why deletion was not possible,';
      return [
        {
          ...documentBase(
            notice,
            [text(notice.content.agencyPartyId), text(notice.content.thirdPartyId)],
            text(notice.content.at),
            (notice.content.disclosureIds as string[]) ?? [],
          ),
          id: `H:unanswered:${notice.id}`,
          subsection: 'H' as const,
          severity: 'HIGH' as const,
          explanation: `${text(notice.content.thirdPartyId)} notified ${text(notice.content.agencyPartyId)} of a violation on ${text(notice.content.at)} (notice ${notice.id}), and ${missing} followed within ${settings.noticeResponseDays} days. Sec. 46-37(h) requires the agency to make the third party cease any access, use or disclosure and, where possible, delete.`,
        },
      ];
    });
}

/** (h): a disclosure by a third party after a cease order against it. */
function afterOrderFindings(flows: readonly Flow[], documents: readonly DocumentRow[]): FindingRow[] {
  const orders = documents.filter((d) => d.kind === 'CEASE_ORDER');
  return flows.flatMap((flow) => {
    const order = orders.find(
      (o) => o.content.thirdPartyId === flow.fromId && instantOrder(text(o.content.at)) <= flow.order,
    );
    if (order === undefined) return [];
    return [
      {
        ...aboutFlow(flow, [text(order.content.agencyPartyId), flow.fromId, flow.toId]),
        id: `H:after-cease:${flow.id}`,
        subsection: 'H' as const,
        severity: 'HIGH' as const,
        explanation: `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}), after cease order ${order.id} of ${text(order.content.at)} by ${text(order.content.agencyPartyId)}. Sec. 46-37(h).`,
      },
    ];
  });
}
