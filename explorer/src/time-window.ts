/**
 * The time window that filters the view, [from, until) like the service's own windows. A
 * chain is shown whole when it arrives inside the window (as `trace` filters by the last
 * hop), because evidence cut short would mislead; a disclosure that is in no chain is shown
 * when it happened inside the window.
 */
import type { Arrival, Picture } from './picture.ts';

/** Epoch milliseconds; null leaves that side open. */
export type TimeWindow = { from: number | null; until: number | null };

export const OPEN_WINDOW: TimeWindow = { from: null, until: null };

export type Visible = {
  arrivals: Arrival[];
  /** In time order, then by id. */
  disclosureIds: string[];
  partyIds: string[];
};

export function inWindow(window: TimeWindow, instant: string): boolean {
  const at = Date.parse(instant);
  return (window.from === null || at >= window.from) && (window.until === null || at < window.until);
}

export function visibleIn(picture: Picture, window: TimeWindow): Visible {
  const arrivals = picture.arrivals.filter((arrival) => inWindow(window, arrival.at));
  const shown = new Set(arrivals.flatMap((arrival) => arrival.hopIds));
  const inChains = new Set(picture.arrivals.flatMap((arrival) => arrival.hopIds));
  for (const disclosure of picture.disclosures.values()) {
    if (!inChains.has(disclosure.id) && inWindow(window, disclosure.at)) shown.add(disclosure.id);
  }
  const disclosures = [...shown]
    .flatMap((id) => {
      const disclosure = picture.disclosures.get(id);
      return disclosure === undefined ? [] : [disclosure];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parties = new Set<string>(picture.rootPartyId === null ? [] : [picture.rootPartyId]);
  for (const disclosure of disclosures) parties.add(disclosure.fromId).add(disclosure.toId);
  return { arrivals, disclosureIds: disclosures.map((disclosure) => disclosure.id), partyIds: [...parties] };
}

/** The distinct instants of the disclosures read, in order: the steps of the time slider. */
export function timeline(picture: Picture): number[] {
  const times = new Set([...picture.disclosures.values()].map((disclosure) => Date.parse(disclosure.at)));
  return [...times].sort((a, b) => a - b);
}

/**
 * The window from slider positions over the timeline: both ends inclusive of their step, so
 * `until` is one millisecond past the last instant kept. The full range is the open window.
 */
export function windowOfSteps(steps: readonly number[], first: number, last: number): TimeWindow {
  if (steps.length === 0) return OPEN_WINDOW;
  const low = Math.max(0, Math.min(first, last));
  const high = Math.min(steps.length - 1, Math.max(first, last));
  return {
    from: low === 0 ? null : (steps[low] as number),
    until: high === steps.length - 1 ? null : (steps[high] as number) + 1,
  };
}

/**
 * The slider positions that keep a window's instants over new steps (a page more was read):
 * the first step at or after `from`, the last before `until`; an open side stays open.
 */
export function stepsOfWindow(steps: readonly number[], window: TimeWindow): [number, number] {
  const max = Math.max(0, steps.length - 1);
  const { from, until } = window;
  const first =
    from === null
      ? 0
      : Math.max(
          0,
          steps.findIndex((step) => step >= from),
        );
  const after = until === null ? -1 : steps.findIndex((step) => step >= until);
  const last = until === null || after === -1 ? max : Math.max(first, after - 1);
  return [first, last];
}

/** The window as the service takes it: ISO instants, or null for an open side. */
export function windowArguments(window: TimeWindow): { from: string | null; until: string | null } {
  return {
    from: window.from === null ? null : new Date(window.from).toISOString(),
    until: window.until === null ? null : new Date(window.until).toISOString(),
  };
}
