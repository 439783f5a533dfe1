/**
 * The rules read from what agencies record by hand rather than from the lineage: (a) and (c),
 * detainer requests and the county staff time spent on them, and (d), complaints. Each finding
 * is one recorded document.
 */
import { latestStatuses, type DocumentRow } from '../document-kinds.ts';
import { documentBase, type FindingRow, text } from './model.ts';

/** (a): a detainer request honoured with no written agreement that reimburses all costs. */
export function detainerFindings(detainers: readonly DocumentRow[]): FindingRow[] {
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
export function resourceFindings(detainers: readonly DocumentRow[]): FindingRow[] {
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

/** (d): every complaint received in the window, with its latest status and linked events. */
export function complaintFindings(documents: readonly DocumentRow[], inWindow: (at: unknown) => boolean): FindingRow[] {
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
