/**
 * Flows with known answers, for tests and benchmarks of the lineage engine: each carries a
 * record (of a subject) that nothing else carries, so whether it reaches an immigration
 * agent, through how many hops and with which categories is known exactly. Some reach one
 * (direct, indirect, subset, and a holder whose confirmed deletion is dated before its own
 * disclosure on record); the decoys look like they do but do not (a chain that runs backwards
 * in time, a broker outside its ICE contract).
 */
import { instantAsAgent, instantNotAsAgent, whyAgent } from './agent-times.ts';
import type { Disclosure, Deletion } from './events.ts';
import { BROKER_CONTRACTS } from './immigration.ts';
import { Random } from './random.ts';
import { drawCategories, RecordBlock, recordId, systemsOf } from './records.ts';
import { poolId, type Registry } from './registry.ts';
import { DAY, END, HOUR, instant, START, type Zone } from './time.ts';
import { bitsOf, CATEGORIES, type CategoryMask } from './vocabulary.ts';

export const PLANTED_KINDS = [
  'direct',
  'indirect',
  'backwards',
  'outside-contract',
  'after-deletion',
  'subset',
] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

export type PlantedFlow = {
  kind: PlantedKind;
  record: number;
  subjectKey: string;
  /** In chain order; their ids are known once they are written. */
  disclosures: Disclosure[];
  agent: string;
  reaches: boolean;
  categories: string[] | null;
  /** Written once the ids are known. */
  note: () => string;
};

export type Planted = { block: RecordBlock; disclosures: Disclosure[]; deletions: Deletion[]; flows: PlantedFlow[] };

const ALWAYS = ['ice', 'cbp', 'ice:ero-chicago', 'ice:hsi-chicago', 'ice:ero-broadview', 'cbp:chicago'];
/** Immigration agents only through an affiliation: contractor, employee, subcontractor, agent. */
const THROUGH_LINKS = [
  'ice:contractor-02',
  'ice:contractor-01:employee-01',
  'ice:subcontractor-01',
  'ice:subcontractor-01:employee-01',
  'agent:harlan-recovery',
  'ice:contractor-03:employee-01',
  'agent:lionel-okoro',
  'ice:contractor-06',
];
const POLICE = [
  'police:marlow-falls-pd',
  'police:bramwell-pd',
  'police:dunmore-heights-pd',
  'police:calder-springs-pd',
];
/** Orders far enough above any chunk's that sorting a planted flow with a chunk stays total. */
const ORDER_BASE = 1_000_000_000;

export function plantFlows(
  registry: Registry,
  seed: number,
  perKind: number,
  firstSubject: number,
  firstRecord: number,
): Planted {
  return new Planter(registry, seed, firstSubject, firstRecord).plant(perKind);
}

class Planter {
  private readonly registry: Registry;
  private readonly seed: number;
  private readonly random: Random;
  private readonly block: RecordBlock;
  private readonly brokers: string[];
  private readonly disclosures: Disclosure[] = [];
  private readonly deletions: Deletion[] = [];

  constructor(registry: Registry, seed: number, firstSubject: number, firstRecord: number) {
    this.registry = registry;
    this.seed = seed;
    this.random = Random.stream(seed, 'planted');
    this.block = new RecordBlock(firstSubject, firstRecord);
    this.brokers = BROKER_CONTRACTS.map((contract) => poolId('broker', contract.broker));
  }

  plant(perKind: number): Planted {
    const direct = interleave(ALWAYS, this.brokers, POLICE);
    const indirect = interleave(ALWAYS, THROUGH_LINKS, this.brokers, POLICE);
    const flows: PlantedFlow[] = [];
    for (let n = 0; n < perKind; n++) flows.push(this.direct(direct[n % direct.length] as string));
    for (let n = 0; n < perKind; n++) flows.push(this.indirect(n, indirect[n % indirect.length] as string));
    for (let n = 0; n < perKind; n++) flows.push(this.backwards(ALWAYS[n % ALWAYS.length] as string));
    for (let n = 0; n < perKind; n++) flows.push(this.outsideContract(this.brokers[n % this.brokers.length] as string));
    for (let n = 0; n < perKind; n++) flows.push(this.afterDeletion(ALWAYS[n % ALWAYS.length] as string));
    for (let n = 0; n < perKind; n++) flows.push(this.subset(n, indirect[(n * 5) % indirect.length] as string));
    return { block: this.block, disclosures: this.disclosures, deletions: this.deletions, flows };
  }

  private direct(agent: string): PlantedFlow {
    const at = this.inside(agent, 30 * DAY);
    const zone = this.zone();
    const { record, origin } = this.record(at, 1);
    const hop = this.hop(at, zone, 0, origin, this.index(agent), record, 0);
    return this.flow('direct', record, [hop], agent, true, null, () => {
      return `${this.id(origin)} disclosed ${recordId(record)} straight to ${agent} in ${hop.id} at ${instant(at, zone)}; ${this.why(agent, at)}`;
    });
  }

  private indirect(n: number, agent: string): PlantedFlow {
    const hops = 2 + (n % 3);
    const zone = this.zone();
    const times = [this.inside(agent, 250 * DAY)];
    // Every fourth chain has two consecutive hops at the same instant: equal times chain.
    const equalAt = n % 4 === 1 ? this.random.int(hops - 1) : -1;
    for (let hop = hops - 2; hop >= 0; hop--) {
      times.unshift(
        hop === equalAt ? (times[0] as number) : (times[0] as number) - this.random.between(HOUR, 60 * DAY),
      );
    }
    const { record, origin } = this.record(times[0] as number, 1);
    const holders = [origin];
    // Now and then the record passes to another agency before it leaves the county.
    if (hops >= 3 && n % 5 === 2) holders.push(this.countyPartner(origin));
    while (holders.length < hops) holders.push(this.plainParty(holders));
    holders.push(this.index(agent));
    const chain = times.map((at, hop) =>
      this.hop(at, zone, hop, holders[hop] as number, holders[hop + 1] as number, record, 0),
    );
    return this.flow('indirect', record, chain, agent, true, null, () => {
      const path = holders.map((holder) => this.id(holder)).join(' → ');
      const same = equalAt >= 0 ? `; hops ${equalAt + 1} and ${equalAt + 2} share one instant` : '';
      return `${recordId(record)} travels ${path} in ${hops} hops (${ids(chain)}), times non-decreasing${same}; at the last hop (${instant(times[hops - 1] as number, zone)}) ${this.why(agent, times[hops - 1] as number)}`;
    });
  }

  private backwards(agent: string): PlantedFlow {
    const early = this.inside(agent, 60 * DAY);
    const late = Math.min(END, early + this.random.between(DAY, 90 * DAY));
    const zone = this.zone();
    const { record, origin } = this.record(early, 1);
    const middle = this.plainParty([origin]);
    const first = this.hop(late, zone, 0, origin, middle, record, 0);
    const second = this.hop(early, zone, 1, middle, this.index(agent), record, 0);
    return this.flow('backwards', record, [first, second], agent, false, null, () => {
      return `decoy: ${this.id(middle)} received ${recordId(record)} in ${first.id} at ${instant(late, zone)} but "sent" it to ${agent} in ${second.id} at ${instant(early, zone)}, earlier: it did not hold the record then, so no time-respecting chain reaches ${agent}; a path query that ignores time would report one`;
    });
  }

  private outsideContract(broker: string): PlantedFlow {
    const at = this.outside(broker);
    const zone = this.zone();
    const { record, origin } = this.record(at, 1);
    const hop = this.hop(at, zone, 0, origin, this.index(broker), record, 0);
    const contract = BROKER_CONTRACTS.find((entry) => this.brokers[BROKER_CONTRACTS.indexOf(entry)] === broker);
    return this.flow('outside-contract', record, [hop], broker, false, null, () => {
      const window = `${contract?.from ?? '?'} to ${contract?.until ?? 'open end'}`;
      return `decoy: ${this.id(origin)} disclosed ${recordId(record)} to the data broker ${broker} in ${hop.id} at ${instant(at, zone)}, outside its ${contract?.toPartyId ?? ''} contract (${window}): not an immigration agent at that time`;
    });
  }

  private afterDeletion(agent: string): PlantedFlow {
    const last = this.inside(agent, 150 * DAY);
    const deletedAt = last - this.random.between(DAY, 60 * DAY);
    const first = deletedAt - this.random.between(DAY, 60 * DAY);
    const zone = this.zone();
    const { record, origin } = this.record(first, 1);
    const holder = this.plainParty([origin]);
    const delivery = this.hop(first, zone, 0, origin, holder, record, 0);
    const deletion: Deletion = { id: '', holder, at: deletedAt, zone, records: [record], reportedBy: 'SENDER' };
    this.deletions.push(deletion);
    const after = this.hop(last, zone, 1, holder, this.index(agent), record, 0);
    return this.flow('after-deletion', record, [delivery, after], agent, true, null, () => {
      return `${this.id(holder)} received ${recordId(record)} in ${delivery.id} and disclosed it to ${agent} in ${after.id} at ${instant(last, zone)}; its confirmation that it deleted the record at ${instant(deletedAt, zone)} (${deletion.id}, in deletions.ndjson) is put on record after that disclosure, since deletions.ndjson is imported after disclosures.ndjson. A deletion cannot end, in the past, a holding that a disclosure already on record continued: the record reaches ${agent} through ${this.id(holder)}, and the deletion dated before the holder's own disclosure is a finding of (h); ${this.why(agent, last)}`;
    });
  }

  private subset(n: number, agent: string): PlantedFlow {
    const second = this.inside(agent, 120 * DAY);
    const first = n % 3 === 0 ? second : second - this.random.between(HOUR, 60 * DAY);
    const zone = this.zone();
    const { record, origin } = this.record(first, 3);
    const bits = bitsOf(this.block.mask(record));
    const [a, b] = this.random.distinct(bits.length, 2).map((index) => bits[index] as number) as [number, number];
    const kept = this.random.chance(0.5) ? b : a;
    const both: CategoryMask = (1 << a) | (1 << b);
    const middle = this.plainParty([origin]);
    const hop1 = this.hop(first, zone, 0, origin, middle, record, both);
    const hop2 = this.hop(second, zone, 1, middle, this.index(agent), record, 1 << kept);
    const names = (mask: CategoryMask) => bitsOf(mask).map((bit) => CATEGORIES[bit] as string);
    return this.flow('subset', record, [hop1, hop2], agent, true, names(1 << kept), () => {
      return `${hop1.id} carries only ${names(both).join(' and ')} of ${recordId(record)} to ${this.id(middle)}; ${hop2.id} passes on only ${names(1 << kept).join('')} to ${agent}${first === second ? ' at the same instant' : ''}: what reaches it is ${names(1 << kept).join('')} alone; ${this.why(agent, second)}`;
    });
  }

  /** A subject with the planted record, created before `before`, and a second record nothing carries. */
  private record(before: number, least: number): { record: number; origin: number } {
    this.block.addSubject(this.seed);
    const origin = this.random.int(this.registry.agencies.length);
    const createdAt = Math.max(START, before - this.random.between(HOUR, 300 * DAY));
    const mask = drawCategories(this.registry, origin, this.random, least);
    const record = this.block.addRecord(origin, createdAt, mask, this.random.int(systemsOf(this.registry, origin)));
    const other = (origin + 1 + this.random.int(this.registry.agencies.length - 1)) % this.registry.agencies.length;
    this.block.addRecord(
      other,
      START + this.random.int(END - START - 60 * DAY),
      drawCategories(this.registry, other, this.random),
      this.random.int(systemsOf(this.registry, other)),
    );
    return { record, origin };
  }

  private hop(
    at: number,
    zone: Zone,
    level: number,
    from: number,
    to: number,
    record: number,
    mask: CategoryMask,
  ): Disclosure {
    const recipient = this.registry.parties[to] as Registry['parties'][number];
    const disclosure: Disclosure = {
      id: '',
      at,
      zone,
      level,
      order: ORDER_BASE + this.disclosures.length,
      from,
      to,
      records: Int32Array.of(record),
      masks: Uint16Array.of(mask === this.block.mask(record) ? 0 : mask),
      purpose: this.registry.agents.isAgentAt(recipient.id, at) ? 'LAW_ENFORCEMENT' : 'IDENTITY_VERIFICATION',
      channel: this.random.pick(['EMAIL', 'API_QUERY', 'PORTAL', 'PHONE'] as const),
      legalBasis: this.random.chance(0.5) ? 'NONE' : null,
      agreementReference: null,
      reportedBy: this.random.pick(['SENDER', 'RECEIVER', 'AUDIT'] as const),
      planted: true,
    };
    this.disclosures.push(disclosure);
    return disclosure;
  }

  private flow(
    kind: PlantedKind,
    record: number,
    disclosures: Disclosure[],
    agent: string,
    reaches: boolean,
    categories: string[] | null,
    note: () => string,
  ): PlantedFlow {
    const subjectKey = this.block.subjectKey(record);
    return { kind, record, subjectKey, disclosures, agent, reaches, categories, note };
  }

  private inside(partyId: string, lead: number): number {
    return instantAsAgent(this.registry.agents, partyId, lead, this.random);
  }

  private outside(partyId: string): number {
    return instantNotAsAgent(this.registry.agents, partyId, this.random);
  }

  private why(partyId: string, at: number): string {
    return whyAgent(this.registry, partyId, at);
  }

  private plainParty(avoid: readonly number[]): number {
    for (;;) {
      const party = this.random.pick(this.registry.plain).index;
      if (!avoid.includes(party)) return party;
    }
  }

  private countyPartner(origin: number): number {
    const agency = this.registry.agencies[origin] as Registry['agencies'][number];
    return this.index(this.random.pick(agency.spec.county));
  }

  private zone(): Zone {
    return this.random.chance(0.5) ? 'chicago' : 'utc';
  }

  private index(id: string): number {
    const party = this.registry.byId.get(id);
    if (party === undefined) throw new Error(`planted: no party ${id}`);
    return party.index;
  }

  private id(index: number): string {
    return (this.registry.parties[index] as Registry['parties'][number]).id;
  }
}

function interleave(...lists: ReadonlyArray<readonly string[]>): string[] {
  const longest = Math.max(...lists.map((list) => list.length));
  const out: string[] = [];
  for (let index = 0; index < longest; index++)
    for (const list of lists) if (index < list.length) out.push(list[index] as string);
  return out;
}

function ids(disclosures: readonly Disclosure[]): string {
  return disclosures.map((disclosure) => disclosure.id).join(', ');
}
