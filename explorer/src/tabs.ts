/**
 * The views of the side panel and which of them apply: only those are offered (a tab that
 * could only say "this does not apply here" is not shown). Pure, so that the rules can be
 * tested without a page.
 */
import type { Mode } from './session.ts';

export const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'upstream', label: 'Upstream' },
  { id: 'downstream', label: 'Downstream' },
  { id: 'accounting', label: 'Accounting' },
  { id: 'deletion', label: 'Deletion scope' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

/** What the panel is about: a party (a county agency or a third party), a disclosure, a bundle of them, or the answer itself. */
export type TabFocus =
  { kind: 'party'; agency: boolean } | { kind: 'disclosure' } | { kind: 'bundle' } | { kind: 'root' };

/**
 * The tabs that apply, in their order: the details always; upstream for a party; downstream
 * for a party or a disclosure; for an AUDITOR only, the accounting when the answer is one
 * person's (a subject or a record) and the deletion scope of a disclosure or of a third party
 * (Sec. 46-37(h) starts from one found in violation, never from a county agency).
 */
export function applicableTabs(focus: TabFocus, mode: Mode, hasSubject: boolean): TabId[] {
  const auditor = mode === 'AUDITOR';
  const applies: Record<TabId, boolean> = {
    details: true,
    upstream: focus.kind === 'party',
    downstream: focus.kind === 'party' || focus.kind === 'disclosure',
    accounting: auditor && hasSubject,
    deletion: auditor && (focus.kind === 'disclosure' || (focus.kind === 'party' && !focus.agency)),
  };
  return TABS.filter((tab) => applies[tab.id]).map((tab) => tab.id);
}
