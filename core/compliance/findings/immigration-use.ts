/**
 * (f)(i), use: personal information given to a third party, or passed on by one, for a stated
 * purpose that reads as immigration enforcement ("assist I.C.E.", "Immigration
 * (civil/administrative)"). The agreement's prohibition of such use is third-parties.ts's rule;
 * this one reads what the disclosure or the grant itself says it was for. The words matched,
 * their categories and the vocabulary's version are the finding's evidence.
 */
import { instantOrder } from '../../../infra/scalars.ts';
import { matchedWords, type PurposeMatch } from '../immigration-purpose.ts';
import { aboutFlow, type FindingRow, type Flow, type GrantAccess, listed } from './model.ts';

/** What a rule asks of a purpose: the immigration-enforcement words it holds, or null. */
export type ClassifyPurpose = (purpose: string) => PurposeMatch | null;

const evidence = (match: PurposeMatch) =>
  `for the stated purpose "${match.purpose}", which reads as immigration enforcement (${matchedWords(match)}; vocabulary ${match.vocabularyVersion})`;

/**
 * (f)(i): every disclosure in the window to or by a third party whose purpose names immigration
 * enforcement. One between two county agencies is not a third party's use, and is left to (e)
 * and (b) when its recipient is an immigration agent.
 */
export function immigrationUseFindings(flows: readonly Flow[], classify: ClassifyPurpose): FindingRow[] {
  const out: FindingRow[] = [];
  for (const flow of flows) {
    if (flow.fromKind === 'COUNTY_AGENCY' && flow.toKind === 'COUNTY_AGENCY') continue;
    const match = classify(flow.purpose);
    if (match === null) continue;
    const byAgency = flow.fromKind === 'COUNTY_AGENCY';
    const origins = flow.origins.filter((origin) => origin !== flow.fromId);
    out.push({
      ...aboutFlow(flow, [...new Set([flow.fromId, flow.toId, ...origins])]),
      id: `F_I:use:${flow.id}`,
      subsection: 'F_I',
      severity: 'HIGH',
      purposeMatch: match,
      explanation:
        (byAgency
          ? `${flow.fromId} disclosed personal information to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) `
          : `${flow.fromId} passed on personal information${origins.length === 0 ? '' : ` created by ${listed(origins)}`} to ${flow.toId} on ${flow.at} (disclosure ${flow.id}) `) +
        `${evidence(match)}. Sec. 46-37(f)(i) requires that a third party given access be prohibited from using it for the enforcement of immigration laws.`,
    });
  }
  return out;
}

/**
 * (f)(i), potential exposure: a standing access grant in the window whose stated purpose names
 * immigration enforcement. The grant is reported whether or not a disclosure followed; from its
 * first instant in the window to its end (or the window's).
 */
export function immigrationUseGrantFindings(
  grants: readonly GrantAccess[],
  classify: ClassifyPurpose,
  window: { from: string; until: string },
): FindingRow[] {
  return grants.flatMap((grant) => {
    const match = classify(grant.purpose);
    if (match === null) return [];
    const start = instantOrder(grant.from) > instantOrder(window.from) ? grant.from : window.from;
    return [
      {
        id: `F_I:use:grant:${grant.id}`,
        subsection: 'F_I' as const,
        severity: 'HIGH' as const,
        partyIds: [grant.agencyId, grant.granteeId],
        from: start,
        until: grant.until ?? window.until,
        disclosureIds: [],
        agreementKeys: [],
        purposeMatch: match,
        recordCount: null,
        individualCount: null,
        explanation: `${grant.agencyId} gave ${grant.granteeId} standing access to ${grant.dataset} (access grant ${grant.id}, from ${grant.from}) ${evidence(match)}. A grant is potential exposure, not a confirmed flow; Sec. 46-37(f)(i) requires that a third party given access be prohibited from using it for the enforcement of immigration laws.`,
      },
    ];
  });
}
