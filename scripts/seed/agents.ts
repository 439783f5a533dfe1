/**
 * When each party is an immigration agent: while it enforces immigration law,
 * or while an affiliation valid at that time links it to a party that is one. Computed once
 * as windows per party, so that the planted flows can be put inside or outside them.
 * Intervals are half-open, [from, until), in seconds; `until` null while it runs.
 */
export type Interval = { from: number; until: number | null };
export type Link = Interval & { fromPartyId: string; toPartyId: string };
export type Enforces = Interval & { partyId: string };

export class AgentWindows {
  private readonly enforcement = new Map<string, Interval[]>();
  private readonly links = new Map<string, Link[]>();
  private readonly windows = new Map<string, readonly Interval[]>();

  constructor(enforcement: readonly Enforces[], links: readonly Link[]) {
    for (const row of enforcement) push(this.enforcement, row.partyId, row);
    for (const link of links) push(this.links, link.fromPartyId, link);
  }

  /** The windows in which the party is an immigration agent, sorted, merged. */
  of(partyId: string, visiting: ReadonlySet<string> = new Set()): readonly Interval[] {
    const known = this.windows.get(partyId);
    if (known !== undefined) return known;
    // A cycle of affiliations adds nothing that its first pass did not.
    if (visiting.has(partyId)) return [];
    const inner = new Set(visiting).add(partyId);
    const own: Interval[] = [...(this.enforcement.get(partyId) ?? [])];
    for (const link of this.links.get(partyId) ?? []) {
      for (const window of this.of(link.toPartyId, inner)) {
        const overlap = intersect(link, window);
        if (overlap !== null) own.push(overlap);
      }
    }
    const merged = merge(own);
    if (visiting.size === 0) this.windows.set(partyId, merged);
    return merged;
  }

  isAgentAt(partyId: string, time: number): boolean {
    return this.of(partyId).some((window) => contains(window, time));
  }

  isEverAgent(partyId: string): boolean {
    return this.of(partyId).length > 0;
  }
}

export function contains(interval: Interval, time: number): boolean {
  return interval.from <= time && (interval.until === null || time < interval.until);
}

function intersect(a: Interval, b: Interval): Interval | null {
  const from = Math.max(a.from, b.from);
  const until = a.until === null ? b.until : b.until === null ? a.until : Math.min(a.until, b.until);
  return until === null || from < until ? { from, until } : null;
}

function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.until === null || last.until >= next.from)) {
      last.until = last.until === null || next.until === null ? null : Math.max(last.until, next.until);
    } else merged.push({ from: next.from, until: next.until });
  }
  return merged;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
