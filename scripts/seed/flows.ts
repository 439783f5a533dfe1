/**
 * The ordinary disclosures of one chunk of records. Each agency shares records it has
 * created with its partners (other agencies, exchanges, vendors, other governments, now and
 * then ICE); some recipients pass on part of what they received, later or at the same
 * instant, up to five hops from the agency. A hop only ever carries records its sender
 * received at or before its time, and categories it received: the flows are sound, and the
 * importer's holder check passes on every one of them.
 */
import type { Disclosure } from './events.ts';
import { Weighted, type Random } from './random.ts';
import type { RecordBlock } from './records.ts';
import { pad, type Registry } from './registry.ts';
import { DAY, END, MINUTE, START } from './time.ts';
import { maskOf, PURPOSES_OF, SMALL_CHANNELS, type CategoryMask } from './vocabulary.ts';
import { type PartyKind } from '../../core/registry/index.ts';
import { type Channel, type LegalBasis, type ReportedBy } from '../../core/lineage/index.ts';

/** Records an agency discloses itself, per record it holds, before any onward hop. */
const ORIGIN_PAIRS_PER_RECORD = 7;
/** Hops after the first: a chain has at most five. */
const MAX_LEVEL = 4;
const BULK = 200;

/** How likely a recipient of each kind is to pass a delivery on. */
const FORWARDS: Record<PartyKind, number> = {
  COUNTY_AGENCY: 0.7,
  DATA_EXCHANGE: 0.7,
  DATA_BROKER: 0.6,
  DATABASE: 0.4,
  GOVERNMENT_AGENCY: 0.25,
  CORPORATION: 0.25,
  CONTRACTOR: 0.3,
  BULK_DATA_REQUESTER: 0.2,
  ORGANIZATION: 0.15,
  ASSOCIATION: 0.15,
  PARTNERSHIP: 0.15,
  INDIVIDUAL: 0.05,
};
const IMMIGRATION_FORWARDS = 0.15;

/** The category sets a partial hop keeps (names and addresses only, and so on). */
const FILTERS: readonly CategoryMask[] = [
  maskOf(['NAME', 'DATE_OF_BIRTH']),
  maskOf(['NAME', 'RESIDENTIAL_ADDRESS']),
  maskOf(['NAME', 'PHONE', 'EMAIL']),
  maskOf(['NAME', 'DATE_OF_BIRTH', 'RESIDENTIAL_ADDRESS']),
  maskOf(['NAME', 'INCARCERATION_STATUS', 'JAIL_RELEASE_TIME']),
  maskOf(['NAME', 'MEDICAL']),
  maskOf(['RESIDENTIAL_ADDRESS', 'LICENSE_PLATE', 'DRIVERS_LICENSE']),
];

const LEGAL_BASIS = new Weighted<LegalBasis>([
  ['NONE', 55],
  ['NON_IMMIGRATION_LAW_ENFORCEMENT', 20],
  ['COURT_ORDER', 15],
  ['CRIMINAL_WARRANT', 10],
]);
const REPORTED_BY = new Weighted<ReportedBy>([
  ['SENDER', 60],
  ['RECEIVER', 25],
  ['AUDIT', 15],
]);

/** How many records one disclosure carries: mostly 1 to 20, some dozens, a few bulk exports of thousands. */
function drawSize(random: Random): number {
  const u = random.float();
  if (u < 0.006) return random.heavyTail(300, 4000);
  if (u < 0.05) return random.heavyTail(21, BULK);
  const v = random.float();
  return 1 + Math.floor(20 * v * Math.sqrt(v));
}

export class FlowBuilder {
  private readonly registry: Registry;
  private readonly block: RecordBlock;
  private readonly random: Random;
  private readonly disclosures: Disclosure[] = [];

  constructor(registry: Registry, block: RecordBlock, random: Random) {
    this.registry = registry;
    this.block = block;
    this.random = random;
  }

  /** Every disclosure of the chunk, in creation order (not yet in file order). */
  build(): Disclosure[] {
    const byAgency = this.block.byAgency(this.registry.agencies.length);
    byAgency.forEach((own, agency) => this.originate(agency, own.records, own.createdAt));
    // The list grows while it is walked: each onward hop may have its own.
    for (let index = 0; index < this.disclosures.length; index++) {
      const delivery = this.disclosures[index] as Disclosure;
      if (delivery.level >= MAX_LEVEL || !this.random.chance(this.forwards(delivery.to))) continue;
      const hops = 1 + (this.random.chance(0.35) ? 1 : 0) + (this.random.chance(0.1) ? 1 : 0);
      for (let hop = 0; hop < hops; hop++) this.passOn(delivery);
    }
    return this.disclosures;
  }

  private originate(agency: number, records: Int32Array, createdAt: Float64Array): void {
    let budget = records.length * ORIGIN_PAIRS_PER_RECORD;
    for (let attempt = 0; budget > 0 && attempt < records.length * 10 + 10; attempt++) {
      const at = START + this.random.int(END - START);
      const held = upperBound(createdAt, at);
      if (held === 0) continue;
      const chosen = this.random.distinct(held, Math.min(held, drawSize(this.random)));
      const numbers = Int32Array.from(chosen, (index) => records[index] as number).sort();
      const to = this.partnerOf(agency, -1);
      if (to < 0) continue;
      const masks = this.carried(numbers, null);
      if (masks === null) continue;
      this.add(at, 0, agency, to, masks.records, masks.masks);
      budget -= masks.records.length;
    }
  }

  private passOn(delivery: Disclosure): void {
    const at = delivery.at + (this.random.chance(0.06) ? 0 : Math.round(MINUTE + this.random.waiting(25 * DAY)));
    if (at > END) return;
    const to = this.partnerOf(delivery.to, delivery.from);
    if (to < 0) return;
    const count = delivery.records.length;
    let size: number;
    if (count <= 20) size = this.random.chance(0.5) ? count : this.random.between(1, count);
    else size = this.random.chance(0.25) ? this.random.between(Math.ceil(count / 2), count) : drawSize(this.random);
    const chosen = this.random.distinct(count, Math.min(count, size));
    const picked = Int32Array.from(chosen, (index) => delivery.records[index] as number);
    const masks = this.carried(
      picked,
      Uint16Array.from(chosen, (index) => delivery.masks[index] as number),
    );
    if (masks === null) return;
    this.add(at, delivery.level + 1, delivery.to, to, masks.records, masks.masks);
  }

  /**
   * What each record carries: what the sender has of it (all, or what its delivery carried),
   * cut down now and then to a filter; records left with nothing are dropped.
   */
  private carried(
    records: Int32Array,
    received: Uint16Array | null,
  ): { records: Int32Array; masks: Uint16Array } | null {
    const filter = this.random.chance(0.08) ? this.random.pick(FILTERS) : 0;
    if (filter === 0) return { records, masks: received ?? new Uint16Array(records.length) };
    const kept: number[] = [];
    const masks: number[] = [];
    records.forEach((record, index) => {
      const full = this.block.mask(record);
      const has = received === null || received[index] === 0 ? full : (received[index] as number);
      const carried = has & filter;
      if (carried === 0) return;
      kept.push(record);
      masks.push(carried === full ? 0 : carried);
    });
    return kept.length === 0 ? null : { records: Int32Array.from(kept), masks: Uint16Array.from(masks) };
  }

  private forwards(party: number): number {
    const { id, kind } = this.registry.parties[party] as Registry['parties'][number];
    return kind === 'COUNTY_AGENCY' || id.startsWith('tp:') ? FORWARDS[kind] : IMMIGRATION_FORWARDS;
  }

  /** A partner of the sender other than the one it got the records from; -1 when none turns up. */
  private partnerOf(sender: number, notTo: number): number {
    const partners = this.registry.partners[sender] as Int32Array;
    for (let attempt = 0; attempt < 4; attempt++) {
      const to = partners[this.random.skewed(partners.length)] as number;
      if (to !== sender && to !== notTo) return to;
    }
    return -1;
  }

  private add(at: number, level: number, from: number, to: number, records: Int32Array, masks: Uint16Array): void {
    const recipient = this.registry.parties[to] as Registry['parties'][number];
    const immigration = recipient.kind !== 'COUNTY_AGENCY' && !recipient.id.startsWith('tp:');
    const bulk = records.length > BULK;
    const random = this.random;
    let channel: Channel;
    if (bulk) channel = random.chance(0.5) ? 'BULK_EXPORT' : 'DATA_EXCHANGE_FEED';
    else if (recipient.kind === 'DATA_EXCHANGE' && random.chance(0.7)) channel = 'DATA_EXCHANGE_FEED';
    else channel = random.pick(SMALL_CHANNELS);
    this.disclosures.push({
      id: '',
      at,
      zone: random.chance(0.7) ? 'chicago' : 'utc',
      level,
      order: this.disclosures.length,
      from,
      to,
      records,
      masks,
      purpose: immigration
        ? random.pick(['LAW_ENFORCEMENT', 'IDENTITY_VERIFICATION'])
        : random.pick(PURPOSES_OF[recipient.kind]),
      channel,
      legalBasis: random.chance(0.6) ? LEGAL_BASIS.draw(random) : null,
      agreementReference: random.chance(0.6) ? `DSA-${pad(from, 4)}-${pad(to, 4)}` : null,
      reportedBy: random.chance(0.7) ? REPORTED_BY.draw(random) : null,
      planted: false,
    });
  }
}

/** How many of the ascending times are at or before `time`. */
function upperBound(times: Float64Array, time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] as number) <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}
