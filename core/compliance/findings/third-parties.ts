/**
 * What an agency's written agreement with a third party must hold before the third party is
 * given access, (f)(i), (f)(ii) and (f)(v): the prohibition of immigration use and disclosure,
 * the purposes, and over 500 individuals a year the chief executive's certification. What the
 * third party then does with the information onward is in redisclosure.ts.
 */
import { instantOrder } from '../../../infra/scalars.ts';
import { agreementsInForce, agreementsInForceDuring, PURPOSE_CODES, type AgreementRow } from '../agreements.ts';
import {
  aboutFlow,
  CEO_CERTIFICATION_THRESHOLD,
  type FindingRow,
  type Flow,
  type GrantAccess,
  keyOf,
  type YearCount,
} from './model.ts';

const prohibits = (agreement: AgreementRow) =>
  agreement.prohibitsImmigrationDisclosure && agreement.prohibitsImmigrationUse;

/** (f)(i): a third party given access by an agency, with no agreement in force then that prohibits disclosure to immigration agents and use for immigration enforcement. */
export function accessWithoutProhibition(
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

/**
 * (f)(i) for a standing access grant: a third party given access by a grant is a third party
 * given access whether or not a disclosure follows. Checked at the first instant of the grant
 * in the window: no agreement in force then that prohibits both.
 */
export function grantsWithoutProhibition(
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

/** (f)(ii): a disclosure by an agency to a third party with no agreement in force, or for a purpose the agreement does not permit. */
export function purposeFindings(flows: readonly Flow[], agreements: readonly AgreementRow[]): FindingRow[] {
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

/**
 * (f)(v): a third party given access to more than 500 distinct individuals in a county
 * calendar year, counted across all agencies (the stricter reading), whose agreements in
 * force that year carry no certification executed by its chief executive.
 */
export function ceoCertificationFindings(
  years: readonly YearCount[],
  agreements: readonly AgreementRow[],
): FindingRow[] {
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
