/**
 * The corrections of a chunk: retractions of disclosures reported in error, and deletion
 * confirmations by recipients. Both are chosen so that the ordinary flows stay sound with
 * them: a retracted disclosure delivered records its recipient never passed on, and a holder
 * confirms a deletion only after everything it ever received or sent of those records.
 */
import type { Deletion, Disclosure, Retraction } from './events.ts';
import type { Random } from './random.ts';
import type { Registry } from './registry.ts';
import { DAY, END, HOUR } from './time.ts';
import { RETRACTION_REASONS } from './vocabulary.ts';

const RETRACTED = 0.004;
const DELETED = 0.01;
/** Party and record in one number: parties < 2^12, records < 2^23. */
const RECORDS = 0x80_0000;

function key(party: number, record: number): number {
  return party * RECORDS + record;
}

/** Disclosures (in file order) to retract: leaves whose recipient passed none of their records on. */
export function chooseRetractions(disclosures: readonly Disclosure[], random: Random): Retraction[] {
  const candidates = disclosures.filter((disclosure) => !disclosure.planted && random.chance(RETRACTED));
  const received = new Set<number>();
  for (const disclosure of candidates)
    for (const record of disclosure.records) received.add(key(disclosure.to, record));
  const passedOn = new Set<number>();
  for (const disclosure of disclosures) {
    for (const record of disclosure.records) {
      const held = key(disclosure.from, record);
      if (received.has(held)) passedOn.add(held);
    }
  }
  const retractions: Retraction[] = [];
  for (const disclosure of candidates) {
    if (disclosure.records.some((record) => passedOn.has(key(disclosure.to, record)))) continue;
    const at = disclosure.at + random.between(HOUR, 60 * DAY);
    if (at > END) continue;
    retractions.push({ id: '', disclosure, at, zone: disclosure.zone, reason: random.pick(RETRACTION_REASONS) });
  }
  return retractions;
}

/**
 * Deletion confirmations by third-party recipients of the records of a delivery, after the
 * last time the holder received or sent any of them, so that nothing it does later needs
 * them. Never of a retracted delivery, never of a planted flow.
 */
export function chooseDeletions(
  registry: Registry,
  disclosures: readonly Disclosure[],
  retracted: ReadonlySet<Disclosure>,
  random: Random,
): Deletion[] {
  const candidates = disclosures.filter(
    (disclosure) =>
      !disclosure.planted &&
      !retracted.has(disclosure) &&
      (registry.parties[disclosure.to] as Registry['parties'][number]).id.startsWith('tp:') &&
      random.chance(DELETED),
  );
  const last = new Map<number, number>();
  for (const disclosure of candidates) for (const record of disclosure.records) last.set(key(disclosure.to, record), 0);
  for (const disclosure of disclosures) {
    for (const record of disclosure.records) {
      for (const party of [disclosure.from, disclosure.to]) {
        const held = key(party, record);
        const seen = last.get(held);
        if (seen !== undefined && disclosure.at > seen) last.set(held, disclosure.at);
      }
    }
  }
  const deletions: Deletion[] = [];
  for (const disclosure of candidates) {
    const after = Math.max(
      ...Array.from(disclosure.records, (record) => last.get(key(disclosure.to, record)) as number),
    );
    const at = after + HOUR + Math.round(random.waiting(40 * DAY));
    if (at > END) continue;
    deletions.push({
      id: '',
      holder: disclosure.to,
      at,
      zone: random.chance(0.5) ? 'chicago' : 'utc',
      records: Array.from(disclosure.records),
      reportedBy: random.chance(0.8) ? (random.chance(0.85) ? 'SENDER' : 'AUDIT') : null,
    });
  }
  return deletions;
}
