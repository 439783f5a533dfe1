/**
 * Subjects and their records, a block at a time. A subject is only a subject key (SHA-256
 * of the seed and its number, standing in for the county's keyed hash); each has one to
 * four records, usually at different agencies, each with one to five categories of what
 * its agency holds.
 */
import { createHash } from 'node:crypto';
import type { Registry } from './registry.ts';
import { pad } from './registry.ts';
import { Random, Weighted } from './random.ts';
import { DAY, END, START } from './time.ts';
import { CATEGORIES, maskOf, type CategoryMask } from './vocabulary.ts';
import { type Category } from '../../core/registry/index.ts';

/** A block of consecutive subjects and consecutive records; arrays are indexed by record - firstRecord. */
export class RecordBlock {
  readonly firstSubject: number;
  readonly firstRecord: number;
  readonly keys: string[] = [];
  private subjectOf: number[] = [];
  private originOf: number[] = [];
  private createdAtOf: number[] = [];
  private maskOf: number[] = [];
  private systemOf: number[] = [];

  constructor(firstSubject: number, firstRecord: number) {
    this.firstSubject = firstSubject;
    this.firstRecord = firstRecord;
  }

  get count(): number {
    return this.subjectOf.length;
  }

  get subjectCount(): number {
    return this.keys.length;
  }

  /** Starts the next subject; returns its number. */
  addSubject(seed: number): number {
    const number = this.firstSubject + this.keys.length;
    this.keys.push(subjectKey(seed, number));
    return number;
  }

  /** Adds a record of the last subject; returns its number. */
  addRecord(origin: number, createdAt: number, mask: CategoryMask, system: number): number {
    this.subjectOf.push(this.firstSubject + this.keys.length - 1);
    this.originOf.push(origin);
    this.createdAtOf.push(createdAt);
    this.maskOf.push(mask);
    this.systemOf.push(system);
    return this.firstRecord + this.subjectOf.length - 1;
  }

  origin(record: number): number {
    return this.originOf[record - this.firstRecord] as number;
  }

  createdAt(record: number): number {
    return this.createdAtOf[record - this.firstRecord] as number;
  }

  mask(record: number): CategoryMask {
    return this.maskOf[record - this.firstRecord] as number;
  }

  subjectKey(record: number): string {
    return this.keys[(this.subjectOf[record - this.firstRecord] as number) - this.firstSubject] as string;
  }

  system(record: number): number {
    return this.systemOf[record - this.firstRecord] as number;
  }

  /** Records of each agency, by creation time: an agency discloses what it had created by then. */
  byAgency(agencies: number): Array<{ records: Int32Array; createdAt: Float64Array }> {
    const lists: number[][] = Array.from({ length: agencies }, () => []);
    for (let index = 0; index < this.count; index++) lists[this.originOf[index] as number]?.push(index);
    return lists.map((list) => {
      list.sort((a, b) => (this.createdAtOf[a] as number) - (this.createdAtOf[b] as number) || a - b);
      return {
        records: Int32Array.from(list, (index) => this.firstRecord + index),
        createdAt: Float64Array.from(list, (index) => this.createdAtOf[index] as number),
      };
    });
  }
}

export function recordId(record: number): string {
  return `r-${pad(record, 7)}`;
}

export function subjectKey(seed: number, subject: number): string {
  return createHash('sha256').update(`seed:${seed}:subject:${subject}`).digest('hex');
}

const RECORDS_PER_SUBJECT = new Weighted([
  [1, 38],
  [2, 36],
  [3, 16],
  [4, 10],
] as const);
const CATEGORIES_PER_RECORD = new Weighted([
  [1, 10],
  [2, 25],
  [3, 30],
  [4, 20],
  [5, 15],
] as const);
/** Records are created early enough to be disclosed at least a little before the end. */
const LAST_CREATED = END - 60 * DAY;

/** The subjects of one chunk, numbered from firstSubject, and their records, numbered from firstRecord. */
export function chunkRecords(
  registry: Registry,
  seed: number,
  chunk: number,
  firstSubject: number,
  subjects: number,
  firstRecord: number,
): RecordBlock {
  const random = Random.stream(seed, 'records', chunk);
  const agencies = new Weighted(registry.agencies.map((agency) => [agency.index, agency.spec.weight] as const));
  const block = new RecordBlock(firstSubject, firstRecord);
  for (let n = 0; n < subjects; n++) {
    block.addSubject(seed);
    const count = RECORDS_PER_SUBJECT.draw(random);
    for (let r = 0; r < count; r++) {
      const agency = agencies.draw(random);
      const createdAt = START + random.int(LAST_CREATED - START);
      block.addRecord(
        agency,
        createdAt,
        drawCategories(registry, agency, random),
        random.int(systemsOf(registry, agency)),
      );
    }
  }
  return block;
}

/** One to five of what the agency holds; a name more often than not. */
export function drawCategories(registry: Registry, agency: number, random: Random, least = 1): CategoryMask {
  const pool = (registry.agencies[agency] as Registry['agencies'][number]).spec.categories;
  const count = Math.min(pool.length, Math.max(least, CATEGORIES_PER_RECORD.draw(random)));
  const chosen = new Set<Category>(random.chance(0.85) && pool.includes('NAME') ? ['NAME'] : []);
  while (chosen.size < count) chosen.add(random.pick(pool));
  const mask = maskOf([...chosen]);
  return mask === 0 ? 1 << CATEGORIES.indexOf('NAME') : mask;
}

export function systemsOf(registry: Registry, agency: number): number {
  return (registry.agencies[agency] as Registry['agencies'][number]).spec.systems.length;
}
