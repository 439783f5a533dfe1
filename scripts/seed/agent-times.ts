/**
 * Instants inside and outside the windows in which a party is an immigration agent, and
 * the reason it is one at a given instant, for the planted flows and their notes.
 */
import type { AgentWindows } from './agents.ts';
import type { Random } from './random.ts';
import type { Registry } from './registry.ts';
import { DAY, END, START } from './time.ts';

/** An instant at least a day inside a window in which the party is an immigration agent, `lead` after the start. */
export function instantAsAgent(agents: AgentWindows, partyId: string, lead: number, random: Random): number {
  const spans = agents
    .of(partyId)
    .map((window) => [Math.max(window.from, START + lead) + DAY, Math.min(window.until ?? END, END) - DAY] as const)
    .filter(([from, until]) => from < until);
  const [from, until] = random.pick(spans);
  const at = from + random.int(until - from);
  if (!agents.isAgentAt(partyId, at)) throw new Error(`planted: ${partyId} is no immigration agent at ${at}`);
  return at;
}

/** An instant at least a week away from every window in which the party is an immigration agent. */
export function instantNotAsAgent(agents: AgentWindows, partyId: string, random: Random): number {
  const spans: Array<readonly [number, number]> = [];
  let from = START + 30 * DAY;
  for (const window of agents.of(partyId)) {
    spans.push([from, window.from - 7 * DAY]);
    from = window.until === null ? END : window.until + 7 * DAY;
  }
  spans.push([from, END - DAY]);
  const [start, until] = random.pick(spans.filter(([first, last]) => first < last));
  const at = start + random.int(until - start);
  if (agents.isAgentAt(partyId, at)) throw new Error(`planted: ${partyId} is an immigration agent at ${at}`);
  return at;
}

/** Why the party is an immigration agent at that instant: its chain of affiliations to an enforcer. */
export function whyAgent(registry: Registry, partyId: string, at: number): string {
  const valid = (row: { from: number; until: number | null }) =>
    row.from <= at && (row.until === null || at < row.until);
  const enforcement = registry.enforcement.find((row) => row.partyId === partyId && valid(row));
  if (enforcement !== undefined) {
    return `${partyId} enforces immigration law then (${enforcement.basis}, ${enforcement.id})`;
  }
  const link = registry.affiliations.find(
    (row) => row.fromPartyId === partyId && valid(row) && registry.agents.isAgentAt(row.toPartyId, at),
  );
  if (link === undefined) return `${partyId} is not an immigration agent then`;
  return `${partyId} is ${link.kind} ${link.toPartyId} then (${link.id}); ${whyAgent(registry, link.toPartyId, at)}`;
}
