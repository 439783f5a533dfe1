/**
 * (g): third parties audited regularly, and their agreements public above 500 individuals a
 * year. Its own file because it alone weighs the disclosures, the standing grants, the audits
 * recorded and the yearly counts together, against the configured audit cycle.
 */
import type { ComplianceSettings } from '../../../infra/config.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import { agreementsInForceDuring, type AgreementRow } from '../agreements.ts';
import type { DocumentRow } from '../document-kinds.ts';
import {
  CEO_CERTIFICATION_THRESHOLD,
  type FindingRow,
  type Flow,
  type GrantAccess,
  keyOf,
  text,
  type YearCount,
} from './model.ts';

/**
 * (g): a third party given access in the window whose last audit, at or before the window's
 * end, is older than the audit cycle or missing; and an agreement in force in a county year in
 * which its third party was given more than 500 individuals, that is not public.
 */
export function auditFindings(
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
