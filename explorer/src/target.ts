/** What a click or a key press in the graph points at, and what the page does with it. */
import type { EdgeSingular, NodeSingular } from 'cytoscape';

export type Target =
  | { kind: 'party'; partyId: string }
  | { kind: 'disclosure'; disclosureId: string }
  | { kind: 'bundle'; disclosureIds: string[] }
  | { kind: 'more'; moreId: string }
  | { kind: 'none' };

export type GraphHandlers = {
  /** A party or disclosure was selected (or nothing). */
  select: (target: Target) => void;
  /** Enter, or a click on a "more" node. */
  activate: (target: Target) => void;
  /** Text for the screen reader's live region. */
  announce: (text: string) => void;
  /** Zooms in, out, or to fit the whole graph. */
  zoom: (how: 'in' | 'out' | 'fit') => void;
  /** The view moved: which way time runs, whether all of the drawing is in view, the smallest label on screen. */
  /** `around`: the party searched for, which a drawing too large for the view is shown around. */
  viewed?: (view: {
    direction: 'LR' | 'TB';
    allInView: boolean;
    smallestLabelPx: number;
    around: string | null;
  }) => void;
};

export function targetOf(element: NodeSingular | EdgeSingular | null): Target {
  if (element === null || element.empty()) return { kind: 'none' };
  const data = element.data() as Record<string, string | string[] | undefined>;
  if (Array.isArray(data.bundle)) return { kind: 'bundle', disclosureIds: data.bundle };
  if (typeof data.partyId === 'string') return { kind: 'party', partyId: data.partyId };
  if (typeof data.disclosureId === 'string') return { kind: 'disclosure', disclosureId: data.disclosureId };
  if (typeof data.moreId === 'string') return { kind: 'more', moreId: data.moreId };
  return { kind: 'none' };
}
