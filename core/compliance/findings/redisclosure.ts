/**
 * What a third party does with an agency's information once it has it, (f)(iii) and (f)(iv):
 * passing it on only where the agency permits, to a recipient that certified compliance and
 * passes it on no further, and listing each month to whom it passed it. Apart from the
 * agreement's own terms (third-parties.ts) because these read the lineage beyond the first hop.
 */
import { instantOrder } from '../../../infra/scalars.ts';
import { checkDeadline } from '../../../infra/scope.ts';
import { agreementsInForce, type AgreementRow } from '../agreements.ts';
import type { CertificationRow, RecipientListRow } from '../recipients.ts';
import { aboutFlow, type FindingRow, type Flow, keyOf, listed } from './model.ts';
import { countyPeriods } from './reads.ts';

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
export function redisclosureFindings(
  flows: readonly Flow[],
  agreements: readonly AgreementRow[],
  certifications: readonly CertificationRow[],
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
  return out;
}

/**
 * (f)(iv): for each county month of the window in which a third party passed county records
 * on: no list filed for that month, recipients the lineage shows that the list leaves out,
 * and (low) names on the list the lineage never shows.
 */
export function recipientListFindings(
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
