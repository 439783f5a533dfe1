/**
 * (f)(iv), month by month: the recipients the lineage shows a third party passed county
 * personal information on to, beside the list (or lists) it filed for that county month.
 */
import { allRecipientLists, type RecipientListRow } from '../compliance/index.ts';
import type { Database } from '../../infra/db.ts';
import { utc } from '../../infra/scalars.ts';
import { assertPartiesExist } from '../../infra/validation.ts';
import { checkMonth, RECIPIENTS_SEEN, type RecipientSeenRow } from './published.ts';
import { chicagoMidnight } from '../../infra/calendar.ts';

export type RecipientSeenListed = RecipientSeenRow & { listed: boolean };
export type MonthlyRecipientsRow = {
  thirdPartyId: string;
  month: string;
  seen: RecipientSeenListed[];
  filed: RecipientListRow[];
  missingFromList: string[];
  neverSeen: string[];
};

export async function monthlyRecipients(
  db: Database,
  thirdPartyId: string,
  month: string,
): Promise<MonthlyRecipientsRow> {
  const { year, month: number } = checkMonth(month);
  const window = {
    from: chicagoMidnight(year, number),
    until: number === 12 ? chicagoMidnight(year + 1, 1) : chicagoMidnight(year, number + 1),
  };
  const [seen, lists] = await Promise.all([
    db.read(async (tx) => {
      // An unknown third party is refused: its reference would resolve to no Party at all.
      await assertPartiesExist(tx, [thirdPartyId], 'thirdParty');
      return tx.run<RecipientSeenRow>(RECIPIENTS_SEEN, {
        from: utc(window.from),
        until: utc(window.until),
        thirdPartyId,
      });
    }),
    allRecipientLists(db),
  ]);
  const filed = lists.filter((list) => list.thirdPartyId === thirdPartyId && list.month === month);
  const named = new Set(filed.flatMap((list) => list.recipientIds));
  const seenIds = new Set(seen.map((row) => row.recipientId));
  return {
    thirdPartyId,
    month,
    seen: seen.map((row) => ({ ...row, listed: named.has(row.recipientId) })),
    filed,
    // Sec. 46-37(f)(iv): with no list filed, every recipient the lineage shows is missing from it.
    missingFromList: [...seenIds].filter((id) => !named.has(id)).sort(),
    neverSeen: [...named].filter((id) => !seenIds.has(id)).sort(),
  };
}
