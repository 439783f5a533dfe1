/**
 * The figures of an annual report and the relations a reader can count on between them,
 * within one edition and between the editions of a year: what release-wide protection
 * (release-audit.ts) reasons over.
 *
 * A figure is one count, named by a path that means the same thing in every edition and
 * version: `immigration.byMonth[2024-03].events`, `detainerRequests.declined`. The year
 * before, which a report sets beside its own, is not a figure: a public edition copies it
 * from that year's published edition as it was published (public-edition.ts), so it tells
 * nothing that edition did not.
 *
 * A relation is linear over figures: `sum(coefficient * figure) = 0` or `<= 0`. Some are
 * printed (a table's total); most are not, and a reader works them out from what the
 * figures mean: a breakdown's rows each stay within the whole and together cover it, a
 * notice that was answered was answered by an order or a demand, a document belongs to the
 * agency that received it, an agency's edition counts part of what the county's does. A
 * relation is kept only where the exact figures satisfy it: one that does not hold would
 * mislead a reader rather than inform one.
 */
import type { AnnualReport, Reach } from './report.ts';

/** Where a figure stands in a report object: read and written in place. */
export type FigureRef = { holder: Record<string, unknown>; field: string };
export type Relation = { terms: Array<[path: string, coefficient: number]>; op: '=' | '<=' };

const MEASURES = ['individuals', 'records', 'events'] as const;
/** Not published: the individuals and records of every arrival at an agent, which the breakdowns cover. */
export const ALL = 'immigration.all';
const EVENTS = 'immigration.events';
const BREAKDOWNS = ['byHopCount', 'byCategory', 'byOriginAgency', 'byIntermediary', 'byLegalBasis', 'byMonth'] as const;
/** Counts of documents: each is received by one agency, so the county's is the sum of the agencies'. */
const DOCUMENT_PREFIXES = ['violationNotices.', 'detainerRequests.', 'accessRequests[', 'complaints['];

export const flowKey = (flow: AnnualReport['immigration']['flows'][number]) =>
  `${flow.agencyId}|${flow.intermediaryId ?? '-'}|${flow.agentId}|${flow.direct ? 'direct' : 'indirect'}`;

/** Every figure of a report (exact or public), by path. */
export function figureRefs(report: AnnualReport): Map<string, FigureRef> {
  const refs = new Map<string, FigureRef>();
  const add = (path: string, holder: object, field: string) => {
    if (field in holder) refs.set(path, { holder: holder as Record<string, unknown>, field });
  };
  const addAll = (prefix: string, holder: object, fields: readonly string[]) => {
    for (const field of fields) add(`${prefix}.${field}`, holder, field);
  };
  addAll('thirdParties', report.thirdParties, Object.keys(report.thirdParties));
  add('individualsDisclosed', report, 'individualsDisclosed');
  const { immigration } = report;
  add(EVENTS, immigration, 'events');
  for (const how of ['direct', 'indirect', 'withdrawn', 'contested'] as const) {
    addAll(`immigration.${how}`, immigration[how], MEASURES);
  }
  const all = (immigration as { all?: Partial<Reach> }).all;
  if (all !== undefined) addAll(ALL, all, ['individuals', 'records']);
  for (const breakdown of BREAKDOWNS) {
    for (const row of immigration[breakdown]) addAll(`immigration.${breakdown}[${row.key}]`, row, MEASURES);
  }
  for (const flow of immigration.flows) addAll(`immigration.flows[${flowKey(flow)}]`, flow, MEASURES);
  for (const row of report.over500) add(`over500[${row.thirdPartyId}].individuals`, row, 'individuals');
  addAll('violationNotices', report.violationNotices, [
    'received',
    'ceaseOrdered',
    'deletionDemanded',
    'deletionConfirmed',
    'outstanding',
  ]);
  for (const entry of report.findings)
    addAll(`findings[${entry.subsection}]`, entry, ['total', 'high', 'medium', 'low']);
  addAll('detainerRequests', report.detainerRequests, ['received', 'declined', 'honoured', 'pending']);
  for (const entry of report.accessRequests) {
    addAll(`accessRequests[${entry.request}]`, entry, ['received', 'granted', 'declined']);
  }
  for (const entry of report.complaints) add(`complaints[${entry.status}].count`, entry, 'count');
  return refs;
}

/** The exact figures of a report, by path. */
export function exactFigures(report: AnnualReport): Map<string, number> {
  return new Map([...figureRefs(report)].map(([path, ref]) => [path, Number(ref.holder[ref.field])]));
}

const sum = (paths: readonly string[], coefficient = 1) => paths.map((path) => [path, coefficient] as [string, number]);
const equal = (left: string[], right: string[]): Relation => ({ terms: [...sum(left), ...sum(right, -1)], op: '=' });
const atMost = (left: string[], right: string[]): Relation => ({ terms: [...sum(left), ...sum(right, -1)], op: '<=' });

/** A breakdown's rows each within the whole, and together at least the whole (exactly it where `partition`). */
function coverRelations(rows: readonly string[], whole: string, partition: boolean): Relation[] {
  if (rows.length === 0) return [];
  return [
    ...rows.map((row) => atMost([row], [whole])),
    partition ? equal([...rows], [whole]) : atMost([whole], [...rows]),
  ];
}

/** The relations between the figures of one edition that its exact figures satisfy. */
export function editionRelations(report: AnnualReport): Relation[] {
  const { immigration } = report;
  const wholeOf = (measure: (typeof MEASURES)[number]) => (measure === 'events' ? EVENTS : `${ALL}.${measure}`);
  const rowPaths = (breakdown: (typeof BREAKDOWNS)[number] | 'flows', measure: string, keep = (_key: string) => true) =>
    (breakdown === 'flows' ? immigration.flows.map(flowKey) : immigration[breakdown].map((row) => row.key))
      .filter(keep)
      .map((key) => `immigration.${breakdown}[${key}].${measure}`);
  const relations: Relation[] = [];
  for (const measure of MEASURES) {
    const whole = wholeOf(measure);
    // Each disclosure that reached an agent has one instant, one legal basis, and is direct or not.
    const events = measure === 'events';
    relations.push(
      ...coverRelations([`immigration.direct.${measure}`, `immigration.indirect.${measure}`], whole, events),
    );
    relations.push(atMost([`immigration.contested.${measure}`], [whole]));
    for (const breakdown of BREAKDOWNS) {
      const partition =
        (events && (breakdown === 'byMonth' || breakdown === 'byLegalBasis')) ||
        (measure === 'records' && breakdown === 'byOriginAgency');
      relations.push(...coverRelations(rowPaths(breakdown, measure), whole, partition));
    }
    relations.push(...coverRelations(rowPaths('flows', measure), whole, false));
    // A flow names the origin agency and the first intermediary ("-": none, one hop).
    for (const row of immigration.byOriginAgency) {
      const flows = rowPaths('flows', measure, (key) => key.startsWith(`${row.key}|`));
      relations.push(...coverRelations(flows, `immigration.byOriginAgency[${row.key}].${measure}`, false));
    }
    // One hop has no intermediary; no intermediary can still be two hops (through a county
    // contractor, acting for the agency), so the one is within the other, not the same.
    const none = `immigration.byIntermediary[NONE].${measure}`;
    relations.push(atMost([`immigration.byHopCount[1].${measure}`], [none]));
    relations.push(
      ...coverRelations(
        rowPaths('flows', measure, (key) => key.split('|')[1] === '-'),
        none,
        false,
      ),
    );
  }
  // A person counted has at least one record counted.
  for (const prefix of reachPrefixes(report)) relations.push(atMost([`${prefix}.individuals`], [`${prefix}.records`]));
  relations.push(...papersRelations(), ...noticeRelations());
  for (const entry of report.findings) {
    const at = `findings[${entry.subsection}]`;
    relations.push(equal([`${at}.high`, `${at}.medium`, `${at}.low`], [`${at}.total`]));
  }
  const detainers = ['declined', 'honoured', 'pending'].map((field) => `detainerRequests.${field}`);
  relations.push(equal(detainers, ['detainerRequests.received']));
  for (const entry of report.accessRequests) {
    const at = `accessRequests[${entry.request}]`;
    relations.push(atMost([`${at}.granted`, `${at}.declined`], [`${at}.received`]));
  }
  relations.push(
    equal(
      report.complaints.map((entry) => `complaints[${entry.status}].count`),
      ['findings[D].total'],
    ),
  );
  return relations;
}

function reachPrefixes(report: AnnualReport): string[] {
  const { immigration } = report;
  return [
    ...['direct', 'indirect', 'withdrawn', 'contested'].map((how) => `immigration.${how}`),
    ...BREAKDOWNS.flatMap((breakdown) => immigration[breakdown].map((row) => `immigration.${breakdown}[${row.key}]`)),
    ...immigration.flows.map((flow) => `immigration.flows[${flowKey(flow)}]`),
  ];
}

function papersRelations(): Relation[] {
  const at = (field: string) => `thirdParties.${field}`;
  return [
    atMost([at('withAgreement')], [at('givenAccess')]),
    atMost([at('withChiefExecutiveCertification')], [at('withAgreement')]),
    atMost([at('audited')], [at('givenAccess')]),
    atMost([at('grantedWithoutDisclosure')], [at('granted')]),
    // Granted and given something: among those given access.
    atMost([at('granted')], [at('givenAccess'), at('grantedWithoutDisclosure')]),
  ];
}

/** (h): a notice answered was answered by a cease order, a deletion demand, or both. */
function noticeRelations(): Relation[] {
  const at = (field: string) => `violationNotices.${field}`;
  const [received, outstanding] = [at('received'), at('outstanding')];
  return [
    // Answered (received less outstanding) is at least each kind of answer, and at most both together.
    atMost([at('ceaseOrdered'), outstanding], [received]),
    atMost([at('deletionDemanded'), outstanding], [received]),
    atMost([received], [outstanding, at('ceaseOrdered'), at('deletionDemanded')]),
    atMost([at('deletionConfirmed')], [at('deletionDemanded')]),
    atMost([at('outstanding')], [at('received')]),
  ];
}

/** Whether a figure counts documents, each received by one agency. */
export const countsDocuments = (path: string) => DOCUMENT_PREFIXES.some((prefix) => path.startsWith(prefix));

/**
 * Whether an agency's figure is the county's figure itself: a row that names the agency as
 * where the records came from or whom they went through, which only arrivals that involve
 * the agency can fill, and every such arrival is in the agency's edition.
 */
export function sameAsCounty(path: string, agencyId: string): boolean {
  return (
    path.startsWith(`immigration.byOriginAgency[${agencyId}].`) ||
    path.startsWith(`immigration.byIntermediary[${agencyId}].`) ||
    path.startsWith(`immigration.flows[${agencyId}|`) ||
    path.startsWith('over500[')
  );
}
