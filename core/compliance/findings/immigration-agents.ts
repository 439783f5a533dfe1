/**
 * The rules about immigration agents themselves: (e), personal information that reached one,
 * and (b), an agent given access or told a release date or incarceration status. Both read the
 * lineage engine's arrivals at immigration agents, and both judge a party an agent at the time.
 */
import type { Database } from '../../../infra/db.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import { type ArrivalRow, type ExposureRow, retractionsOf, statusOf } from '../../lineage/index.ts';
import { immigrationAgentAnswers } from '../../registry/index.ts';
import type { DocumentRow } from '../document-kinds.ts';
import { matchedWords } from '../immigration-purpose.ts';
import type { ClassifyPurpose } from './immigration-use.ts';
import { documentBase, type FindingRow, listed, text } from './model.ts';

/**
 * (e): every arrival at an immigration agent, direct or indirect, one finding per hop that
 * reached it, legal basis shown; and, for an auditor to review, every retraction that
 * withdrew such evidence or awaits a decision on it.
 */
export async function immigrationAgentFindings(
  db: Database,
  counted: Promise<ExposureRow>,
  asOf: string | null,
  classify: ClassifyPurpose = () => null,
): Promise<FindingRow[]> {
  const exposed = await counted;
  return [...arrivalFindings(exposed.arrivals, classify), ...(await retractionFindings(db, exposed, asOf))];
}

/**
 * When the last hop's stated purpose reads as immigration enforcement, the finding carries the
 * words matched ((f)(i)'s use finding names the same disclosure when it involves a third party).
 */
export function arrivalFindings(arrivals: readonly ArrivalRow[], classify: ClassifyPurpose = () => null): FindingRow[] {
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
    const purposeMatch = last.facts == null ? null : classify(last.facts.purpose);
    return {
      id: `E:${disclosureId}`,
      subsection: 'E' as const,
      severity: 'HIGH' as const,
      partyIds: [...new Set([...origins, ...intermediaries, first.partyId])],
      from: last.at,
      until: last.at,
      disclosureIds: disclosures,
      agreementKeys: [],
      ...(purposeMatch === null ? {} : { purposeMatch }),
      recordCount: records,
      individualCount: individuals,
      explanation:
        `${first.direct ? 'Directly' : `Indirectly, through ${listed(intermediaries)},`} personal information of ` +
        `${individuals} individual(s) (${records} record(s)) created by ${listed(origins)} reached ${first.partyId}, ` +
        `an immigration agent at the time, by disclosure ${disclosureId} on ${last.at} ` +
        `(legal basis given: ${basis}). ` +
        (purposeMatch === null
          ? ''
          : `Its stated purpose, "${purposeMatch.purpose}", reads as immigration enforcement (${matchedWords(purposeMatch)}; vocabulary ${purposeMatch.vocabularyVersion}). `) +
        `Sec. 46-37(e) forbids disclosure to immigration agents, directly or indirectly.`,
    };
  });
}

/**
 * (e), for review: a retraction of a disclosure behind arrivals at immigration agents. Pending,
 * the arrivals still count (they are among the (e) findings) and an auditor must decide;
 * accepted, they no longer count, and the withdrawn evidence stays on record here with who
 * filed and who accepted, so that a flow to an immigration agent never simply disappears.
 */
export async function retractionFindings(
  db: Database,
  exposed: ExposureRow,
  asOf: string | null,
): Promise<FindingRow[]> {
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

/** The ids of the requests whose requester was an immigration agent when the request was received. */
export async function requestersAtTheirRequests(
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
export function accessRequestFindings(requests: readonly DocumentRow[], byAgents: ReadonlySet<string>): FindingRow[] {
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
export function statusAnswerFindings(arrivals: readonly ArrivalRow[]): FindingRow[] {
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
