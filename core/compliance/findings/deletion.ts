/**
 * (h) as read from the documents: a violation notice left unanswered by a cease order and a
 * deletion demand, and a third party that disclosed after a cease order. The disclosures after a
 * confirmed deletion read the graph their own way, in after-deletion.ts.
 */
import type { ComplianceSettings } from '../../../infra/config.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import type { DocumentRow } from '../document-kinds.ts';
import { aboutFlow, documentBase, type FindingRow, type Flow, text } from './model.ts';

const DAY = 86_400_000_000_000n;

/**
 * (h): a violation notice not answered within the configured days by both parts of what the
 * agency must require: a cease order, and a deletion demand (or, on the cease order, the
 * recorded reason why deletion was not possible: "where possible").
 */
export function noticeFindings(
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
export function afterOrderFindings(flows: readonly Flow[], documents: readonly DocumentRow[]): FindingRow[] {
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
