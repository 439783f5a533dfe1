import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, type Manifest } from '../../../scripts/seed/generate.ts';

type Interval = { from: string; until?: string };
type Enforcement = Interval & { partyId: string };
type Affiliation = Interval & { fromPartyId: string; kind: string; toPartyId: string };
type RecordLine = { id: string; subjectKey: string; originPartyId: string; categories: string[]; createdAt: string };
type Disclosure = {
  id: string;
  at: string;
  fromPartyId: string;
  toPartyId: string;
  records: Array<{ recordId: string; categories?: string[] }>;
};
type Deletion = { id: string; holderPartyId: string; at: string; recordIds: string[] };
type Entry = Manifest['planted'][number];

let dir: string;
let manifest: Manifest;
let kinds: Map<string, string>;
let enforcement: Enforcement[];
let affiliations: Affiliation[];
let records: Map<string, RecordLine>;
let disclosures: Map<string, Disclosure>;
let carriers: Map<string, Disclosure[]>;
let deletions: Deletion[];

function read<T>(kind: string): T[] {
  return readFileSync(join(dir, `${kind}.ndjson`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seed-planted-'));
  manifest = await generateSeed({ profile: 'small', seed: 3, out: dir });
  kinds = new Map(read<{ id: string; kind: string }>('parties').map((party) => [party.id, party.kind]));
  enforcement = read('enforcement');
  affiliations = read('affiliations');
  records = new Map(read<RecordLine>('records').map((record) => [record.id, record]));
  const all = read<Disclosure>('disclosures');
  disclosures = new Map(all.map((disclosure) => [disclosure.id, disclosure]));
  carriers = new Map();
  for (const disclosure of all) {
    for (const item of disclosure.records)
      carriers.set(item.recordId, [...(carriers.get(item.recordId) ?? []), disclosure]);
  }
  deletions = read('deletions');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ms = (instant: string) => Date.parse(instant);
const covers = (row: Interval, time: number) =>
  ms(row.from) <= time && (row.until === undefined || time < ms(row.until));

/**
 * The definitions, from the files alone: the affiliation kinds that make the party an immigration
 * agent at `time` (["CONTRACTOR_OF", "ENFORCES"] for an ICE contractor), or null.
 */
function agentVia(partyId: string, time: number, seen: ReadonlySet<string> = new Set()): string[] | null {
  if (enforcement.some((row) => row.partyId === partyId && covers(row, time))) return ['ENFORCES'];
  for (const link of affiliations) {
    if (link.fromPartyId !== partyId || !covers(link, time) || seen.has(link.toPartyId)) continue;
    const rest = agentVia(link.toPartyId, time, new Set(seen).add(partyId));
    if (rest !== null) return [link.kind, ...rest];
  }
  return null;
}

/**
 * When a deletion takes effect once the files are imported: deletions.ndjson is imported after
 * disclosures.ndjson, so every disclosure is on record before every deletion, and a deletion
 * cannot end, in the past, a holding that its holder's own later-dated disclosure of the
 * record continued (unless the record was delivered to it again in between).
 */
function effectiveAt(deletion: Deletion, recordId: string): number {
  const carried = carriers.get(recordId) ?? [];
  const at = ms(deletion.at);
  const continued = carried
    .filter((sent) => sent.fromPartyId === deletion.holderPartyId && ms(sent.at) > at)
    .filter(
      (sent) =>
        !carried.some(
          (again) => again.toPartyId === deletion.holderPartyId && ms(again.at) > at && ms(again.at) <= ms(sent.at),
        ),
    )
    .map((sent) => ms(sent.at));
  return Math.max(at, ...continued);
}

/**
 * Brute-force lineage of one record: walks its disclosures by time (equal times until
 * nothing changes), keeping the hops whose sender held the record (acquired later than it
 * last confirmed a deletion, as the deletion takes effect), and what categories arrived.
 * Returns the categories that reached `agent` while it was an immigration agent, or null if
 * none did.
 */
function reachedAgent(recordId: string, agent: string): Set<string> | null {
  const record = records.get(recordId) as RecordLine;
  const acquired = new Map<string, number[]>([[record.originPartyId, [ms(record.createdAt)]]]);
  const arrived = new Map<string, Set<string>>([[record.originPartyId, new Set(record.categories)]]);
  const deleted = deletions
    .filter((deletion) => deletion.recordIds.includes(recordId))
    .map((deletion) => ({ ...deletion, at: new Date(effectiveAt(deletion, recordId)).toISOString() }));
  const held = (party: string, time: number) => {
    const last = Math.max(-Infinity, ...(acquired.get(party) ?? []).filter((at) => at <= time));
    const gone = Math.max(
      -Infinity,
      // A deletion at the very instant of a send does not stop it: the holder still had the record.
      ...deleted.filter((d) => d.holderPartyId === party && ms(d.at) < time).map((d) => ms(d.at)),
    );
    return last > gone;
  };
  const pending = [...(carriers.get(recordId) ?? [])].sort((a, b) => ms(a.at) - ms(b.at));
  let reached: Set<string> | null = null;
  for (let changed = true; changed;) {
    changed = false;
    for (const disclosure of [...pending]) {
      const at = ms(disclosure.at);
      if (!held(disclosure.fromPartyId, at)) continue;
      pending.splice(pending.indexOf(disclosure), 1);
      changed = true;
      const carried = disclosure.records.find((item) => item.recordId === recordId)?.categories ?? record.categories;
      const through = new Set(carried.filter((category) => arrived.get(disclosure.fromPartyId)?.has(category)));
      acquired.set(disclosure.toPartyId, [...(acquired.get(disclosure.toPartyId) ?? []), at]);
      arrived.set(disclosure.toPartyId, new Set([...(arrived.get(disclosure.toPartyId) ?? []), ...through]));
      if (disclosure.toPartyId === agent && agentVia(agent, at) !== null)
        reached = new Set([...(reached ?? []), ...through]);
    }
  }
  return reached;
}

function chainOf(entry: Entry): Disclosure[] {
  return entry.disclosureIds.map((id) => disclosures.get(id) as Disclosure);
}

function entries(kind: string): Entry[] {
  return manifest.planted.filter((entry) => entry.kind === kind);
}

describe('planted flows', () => {
  it('has ten of each kind in the small profile, each on a record no other disclosure carries', () => {
    for (const kind of ['direct', 'indirect', 'backwards', 'outside-contract', 'after-deletion', 'subset']) {
      expect(entries(kind).length, kind).toBe(10);
    }
    for (const entry of manifest.planted) {
      const record = records.get(entry.recordId);
      expect(record?.subjectKey, entry.recordId).toBe(entry.subjectKey);
      expect((carriers.get(entry.recordId) ?? []).map((d) => d.id).sort(), entry.recordId).toEqual(
        [...entry.disclosureIds].sort(),
      );
      const otherRecords = [...records.values()].filter((other) => other.subjectKey === entry.subjectKey);
      for (const other of otherRecords) {
        if (other.id !== entry.recordId) expect(carriers.has(other.id), other.id).toBe(false);
      }
    }
  });

  it('names chains that start at the record’s origin and end at the named party', () => {
    for (const entry of manifest.planted) {
      const chain = chainOf(entry);
      expect(entry.hops, entry.recordId).toBe(chain.length);
      expect(chain[0]?.fromPartyId, entry.recordId).toBe(records.get(entry.recordId)?.originPartyId);
      chain.slice(1).forEach((hop, index) => expect(hop.fromPartyId, hop.id).toBe(chain[index]?.toPartyId));
      expect(chain[chain.length - 1]?.toPartyId, entry.recordId).toBe(entry.agentPartyId);
      expect(entry.note.length, entry.recordId).toBeGreaterThan(40);
    }
  });

  it('gives the answer a brute-force time-respecting lineage finds, categories included', () => {
    for (const entry of manifest.planted) {
      const reached = reachedAgent(entry.recordId, entry.agentPartyId);
      expect(reached !== null, `${entry.kind} ${entry.recordId}`).toBe(entry.reaches);
      if (entry.kind === 'subset') expect([...(reached ?? [])], entry.recordId).toEqual(entry.categories);
    }
  });

  it('direct: a county agency to a party that is an immigration agent then', () => {
    for (const entry of entries('direct')) {
      const [hop] = chainOf(entry) as [Disclosure];
      expect(entry.hops).toBe(1);
      expect(kinds.get(hop.fromPartyId)).toBe('COUNTY_AGENCY');
      expect(agentVia(hop.toPartyId, ms(hop.at)), hop.id).not.toBeNull();
    }
    expect(entries('direct').some((entry) => kinds.get(entry.agentPartyId) === 'DATA_BROKER')).toBe(true);
  });

  it('indirect: 2 to 4 hops in non-decreasing time, some at equal times, ending at an agent, some only through affiliations', () => {
    const paths: string[] = [];
    for (const entry of entries('indirect')) {
      const chain = chainOf(entry);
      const times = chain.map((hop) => ms(hop.at));
      expect(times, entry.recordId).toEqual([...times].sort((a, b) => a - b));
      const last = chain[chain.length - 1] as Disclosure;
      expect(kinds.get(last.fromPartyId), entry.recordId).not.toBe('COUNTY_AGENCY');
      const via = agentVia(last.toPartyId, ms(last.at));
      expect(via, entry.recordId).not.toBeNull();
      paths.push((via ?? []).join(' '));
      for (const hop of chain.slice(0, -1)) expect(agentVia(hop.toPartyId, ms(hop.at)), hop.id).toBeNull();
    }
    expect(new Set(entries('indirect').map((entry) => entry.hops))).toEqual(new Set([2, 3, 4]));
    const equal = entries('indirect').filter((entry) =>
      chainOf(entry).some((hop, index, chain) => index > 0 && ms(hop.at) === ms(chain[index - 1]?.at ?? '')),
    );
    expect(equal.length).toBeGreaterThan(0);
    expect(paths).toContain('CONTRACTOR_OF ENFORCES');
    expect(paths).toContain('EMPLOYEE_OF CONTRACTOR_OF ENFORCES');
    expect(paths).toContain('CONTRACTOR_OF CONTRACTOR_OF ENFORCES');
  });

  it('backwards: the second hop is earlier than the first, to a party that is an agent then', () => {
    for (const entry of entries('backwards')) {
      const [first, second] = chainOf(entry) as [Disclosure, Disclosure];
      expect(entry.reaches).toBe(false);
      expect(ms(second.at), entry.recordId).toBeLessThan(ms(first.at));
      expect(agentVia(second.toPartyId, ms(second.at)), entry.recordId).not.toBeNull();
    }
  });

  it('outside-contract: a broker with an ICE or CBP contract, disclosed to while none ran', () => {
    for (const entry of entries('outside-contract')) {
      const [hop] = chainOf(entry) as [Disclosure];
      expect(kinds.get(hop.toPartyId)).toBe('DATA_BROKER');
      expect(agentVia(hop.toPartyId, ms(hop.at)), hop.id).toBeNull();
      const contract = affiliations.find((link) => link.fromPartyId === hop.toPartyId && link.kind === 'CONTRACTOR_OF');
      expect(contract, hop.toPartyId).toBeDefined();
      expect(agentVia(hop.toPartyId, ms(contract?.from ?? '')), hop.toPartyId).not.toBeNull();
    }
  });

  it('after-deletion: the holder confirmed the deletion between receiving and passing on the record', () => {
    for (const entry of entries('after-deletion')) {
      const [first, second] = chainOf(entry) as [Disclosure, Disclosure];
      const deletion = deletions.find(
        (row) => row.holderPartyId === first.toPartyId && row.recordIds.includes(entry.recordId),
      );
      expect(deletion, entry.recordId).toBeDefined();
      expect(ms(deletion?.at ?? '')).toBeGreaterThan(ms(first.at));
      expect(ms(deletion?.at ?? '')).toBeLessThan(ms(second.at));
      expect(agentVia(second.toPartyId, ms(second.at)), entry.recordId).not.toBeNull();
      expect(entry.note).toContain('deletions.ndjson');
    }
  });

  it('subset: the first hop carries two categories and the second only one of them', () => {
    for (const entry of entries('subset')) {
      const [first, second] = chainOf(entry) as [Disclosure, Disclosure];
      const carried = (hop: Disclosure) => hop.records.find((item) => item.recordId === entry.recordId)?.categories;
      expect(carried(first)?.length, entry.recordId).toBe(2);
      expect(carried(first), entry.recordId).toEqual(expect.arrayContaining(entry.categories ?? ['?']));
      expect(carried(second), entry.recordId).toEqual(entry.categories);
      expect(ms(second.at)).toBeGreaterThanOrEqual(ms(first.at));
      expect(entry.reaches).toBe(true);
    }
  });
});
