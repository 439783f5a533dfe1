import { CHANNELS, LEGAL_BASES } from '../../../core/lineage/vocabulary.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, type Manifest } from '../../../scripts/seed/generate.ts';
import {
  COMPLIANCE_TYPES,
  complianceItem,
  partiesNamed,
  validateComplianceItem,
  type ComplianceType,
} from '../../../scripts/import/compliance-input.ts';
import { isInstant } from '../../../infra/scalars.ts';
import { EVENT_ID } from '../../../infra/validation.ts';
import { CATEGORIES, PARTY_KINDS } from '../../../core/registry/vocabulary.ts';

type Party = { id: string; name: string; kind: string };
type Interval = { from: string; until?: string };
type Carried = { recordId: string; categories?: string[] };
type RecordLine = {
  id: string;
  subjectKey: string;
  originPartyId: string;
  sourceSystem: string;
  sourceRecordId: string;
  categories: string[];
  createdAt: string;
};
type Disclosure = {
  id: string;
  at: string;
  fromPartyId: string;
  toPartyId: string;
  purpose: string;
  channel: string;
  legalBasis?: string;
  reportedBy?: string;
  records: Carried[];
};
type Grant = Interval & { id: string; agencyPartyId: string; granteePartyId: string; dataset: string; purpose: string };
type Deletion = { id: string; holderPartyId: string; at: string; recordIds: string[]; reportedBy?: string };
type Retraction = { id: string; disclosureId: string; at: string; reason: string };

/** The layouts of the brief and of scripts/import/layouts.ts: required and optional members. */
const LAYOUTS: Record<string, [required: string[], optional: string[]]> = {
  parties: [['id', 'name', 'kind'], []],
  enforcement: [['id', 'partyId', 'from', 'basis'], ['until']],
  affiliations: [
    ['id', 'fromPartyId', 'kind', 'toPartyId', 'from'],
    ['until', 'reference'],
  ],
  records: [['id', 'subjectKey', 'originPartyId', 'sourceSystem', 'sourceRecordId', 'categories', 'createdAt'], []],
  disclosures: [
    ['id', 'at', 'fromPartyId', 'toPartyId', 'purpose', 'channel', 'records'],
    ['legalBasis', 'agreementReference', 'reportedBy'],
  ],
  grants: [
    ['id', 'agencyPartyId', 'granteePartyId', 'dataset', 'purpose', 'from'],
    ['until', 'agreementReference'],
  ],
  deletions: [['id', 'holderPartyId', 'at', 'recordIds'], ['reportedBy']],
  retractions: [['id', 'disclosureId', 'at', 'reason'], []],
  compliance: [['type', 'document'], []],
};
const PARTY_ID = /^[a-z0-9][a-z0-9._:-]{0,127}$/;
const FIRST_EVENT = Date.parse('2019-01-01T00:00:00-06:00');
const NEXT_YEAR = Date.parse('2026-01-01T00:00:00Z');

let dir: string;
let manifest: Manifest;
const lines: Record<string, Array<Record<string, unknown>>> = {};
let parties: Map<string, Party>;
let records: Map<string, RecordLine>;
let disclosures: Disclosure[];
let deletions: Deletion[];
let retractions: Retraction[];
let decoys: Set<string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
  manifest = await generateSeed({ profile: 'small', seed: 7, out: dir });
  for (const kind of Object.keys(LAYOUTS)) {
    const text = readFileSync(join(dir, `${kind}.ndjson`), 'utf8');
    expect(text.endsWith('\n'), kind).toBe(true);
    lines[kind] = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }
  parties = new Map((lines.parties as Party[]).map((party) => [party.id, party]));
  records = new Map((lines.records as RecordLine[]).map((record) => [record.id, record]));
  disclosures = lines.disclosures as Disclosure[];
  deletions = lines.deletions as Deletion[];
  retractions = lines.retractions as Retraction[];
  // The planted decoys are the disclosures whose sender does not hold the record, on purpose.
  decoys = new Set(
    manifest.planted
      .filter((entry) => entry.kind === 'backwards' || entry.kind === 'after-deletion')
      .map((entry) => entry.disclosureIds[entry.disclosureIds.length - 1] as string),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ms = (instant: string) => Date.parse(instant);

/** An instant with an offset, from 2019-01-01 (Chicago) to 2025-12-31 in UTC and in local time alike. */
function expectEventInstant(value: string, what: string): void {
  const ok =
    isInstant(value) && ms(value) >= FIRST_EVENT && ms(value) < NEXT_YEAR && value.slice(0, 10) <= '2025-12-31';
  if (!ok) expect.fail(`${what}: ${value} is not an instant of 2019 to 2025`);
}

function expectInterval(row: Interval, what: string): void {
  expect(isInstant(row.from), what).toBe(true);
  if (row.until !== undefined) {
    expect(isInstant(row.until), what).toBe(true);
    expect(ms(row.until), what).toBeGreaterThan(ms(row.from));
    expect(ms(row.until), what).toBeLessThan(NEXT_YEAR);
  }
}

describe('the small county: volumes', () => {
  it('has the sizes of the small profile', () => {
    const counts = manifest.counts;
    // The compliance cast's subjects come on top, with one record each.
    const cast = manifest.compliance.subjects;
    expect(cast).toBe(540);
    expect(counts.subjects).toBe(1000 + cast);
    expect(counts.records - cast).toBeGreaterThanOrEqual(1800);
    expect(counts.records - cast).toBeLessThanOrEqual(2300);
    expect(counts.pairs).toBeGreaterThanOrEqual(15_000);
    expect(counts.pairs).toBeLessThanOrEqual(28_000);
    expect(counts.disclosures).toBeGreaterThanOrEqual(1500);
    expect(counts.disclosures).toBeLessThanOrEqual(5000);
    expect(counts.grants).toBeGreaterThanOrEqual(30);
    expect(counts.deletions).toBeGreaterThanOrEqual(5);
    expect(counts.retractions).toBeGreaterThanOrEqual(1);
    expect(new Set([...records.values()].map((record) => record.subjectKey)).size).toBe(1000 + cast);
  });

  it('has about 20 agencies, about 2,000 third parties of every kind and a few dozen immigration parties', () => {
    const kinds = [...parties.values()].map((party) => party.kind);
    const agencies = kinds.filter((kind) => kind === 'COUNTY_AGENCY').length;
    expect(agencies).toBeGreaterThanOrEqual(18);
    expect(agencies).toBeLessThanOrEqual(25);
    expect(parties.size - agencies).toBeGreaterThanOrEqual(1900);
    expect(parties.size - agencies).toBeLessThanOrEqual(2100);
    for (const kind of PARTY_KINDS) expect(kinds, kind).toContain(kind);
    for (const id of ['ice', 'cbp', 'uscis']) expect(parties.has(id), id).toBe(true);
    const enforcing = new Set((lines.enforcement as Array<{ partyId: string }>).map((row) => row.partyId));
    const linked = (lines.affiliations as Array<{ fromPartyId: string; toPartyId: string }>).filter(
      (row) => enforcing.has(row.toPartyId) || row.toPartyId.startsWith('ice:'),
    );
    expect(enforcing.size + linked.length).toBeGreaterThanOrEqual(24);
    expect(enforcing.size + linked.length).toBeLessThanOrEqual(60);
  });
});

describe('the small county: every line', () => {
  it('has the members of its layout and no others', () => {
    const problems: string[] = [];
    for (const [kind, [required, optional]] of Object.entries(LAYOUTS)) {
      for (const line of lines[kind] ?? []) {
        const missing = required.filter((name) => line[name] === undefined || line[name] === '' || line[name] === null);
        const extra = Object.keys(line).filter((name) => !required.includes(name) && !optional.includes(name));
        if (missing.length + extra.length > 0)
          problems.push(`${kind} ${JSON.stringify(line)}: ${[...missing, ...extra]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has an id unique in its file, of the service’s id syntax', () => {
    for (const kind of Object.keys(LAYOUTS).filter((kind) => kind !== 'compliance')) {
      const ids = (lines[kind] ?? []).map((line) => line.id as string);
      expect(new Set(ids).size, kind).toBe(ids.length);
      for (const id of ids)
        expect(kind === 'parties' ? PARTY_ID.test(id) : EVENT_ID.test(id), `${kind} ${id}`).toBe(true);
    }
  });

  it('names parties of the service’s kinds, and intervals that end after they start', () => {
    for (const party of parties.values()) {
      expect(PARTY_KINDS, party.id).toContain(party.kind);
      expect(party.name.trim().length, party.id).toBeGreaterThan(0);
    }
    expect(new Set([...parties.values()].map((party) => party.name)).size).toBe(parties.size);
    for (const row of lines.enforcement as Array<Interval & { id: string; partyId: string }>) {
      expect(parties.has(row.partyId), row.id).toBe(true);
      expectInterval(row, row.id);
    }
    for (const row of lines.affiliations as Array<Interval & { id: string; kind: string } & Record<string, string>>) {
      expect(['EMPLOYEE_OF', 'AGENT_OF', 'CONTRACTOR_OF'], row.id).toContain(row.kind);
      expect(parties.has(row.fromPartyId as string) && parties.has(row.toPartyId as string), row.id).toBe(true);
      expect(row.fromPartyId, row.id).not.toBe(row.toPartyId);
      expectInterval(row, row.id);
    }
  });

  it('has records of county agencies with a subject key, one to five categories and a creation time', () => {
    const sources = new Set<string>();
    for (const record of records.values()) {
      expect(record.subjectKey, record.id).toMatch(/^[0-9a-f]{64}$/);
      expect(parties.get(record.originPartyId)?.kind, record.id).toBe('COUNTY_AGENCY');
      expect(record.categories.length, record.id).toBeGreaterThanOrEqual(1);
      expect(record.categories.length, record.id).toBeLessThanOrEqual(5);
      expect(new Set(record.categories).size, record.id).toBe(record.categories.length);
      for (const category of record.categories) expect(CATEGORIES, record.id).toContain(category);
      expectEventInstant(record.createdAt, record.id);
      sources.add(JSON.stringify([record.originPartyId, record.sourceSystem, record.sourceRecordId]));
    }
    expect(sources.size).toBe(records.size);
  });

  it('has disclosures between two registered parties, with valid enums and records carried once each', () => {
    const channels: readonly string[] = CHANNELS;
    const bases: readonly string[] = LEGAL_BASES;
    const purposes = new Set<string>();
    const problems: string[] = [];
    const problem = (disclosure: Disclosure, text: string) => problems.push(`${disclosure.id}: ${text}`);
    for (const disclosure of disclosures) {
      expectEventInstant(disclosure.at, disclosure.id);
      if (!parties.has(disclosure.fromPartyId) || !parties.has(disclosure.toPartyId)) problem(disclosure, 'party');
      if (disclosure.fromPartyId === disclosure.toPartyId) problem(disclosure, 'to itself');
      if (!channels.includes(disclosure.channel)) problem(disclosure, disclosure.channel);
      if (disclosure.legalBasis !== undefined && !bases.includes(disclosure.legalBasis)) problem(disclosure, 'basis');
      if (disclosure.reportedBy !== undefined && !['SENDER', 'RECEIVER', 'AUDIT'].includes(disclosure.reportedBy)) {
        problem(disclosure, disclosure.reportedBy);
      }
      if (!/^[A-Z][A-Z_]+$/.test(disclosure.purpose)) problem(disclosure, disclosure.purpose);
      purposes.add(disclosure.purpose);
      if (disclosure.records.length < 1 || disclosure.records.length > 10_000) problem(disclosure, 'size');
      const ids = disclosure.records.map((item) => item.recordId);
      if (new Set(ids).size !== ids.length) problem(disclosure, 'a record twice');
      for (const item of disclosure.records) {
        const record = records.get(item.recordId);
        if (record === undefined) problem(disclosure, `no record ${item.recordId}`);
        else if (item.categories !== undefined) {
          const lacking = item.categories.filter((category) => !record.categories.includes(category));
          if (item.categories.length === 0 || lacking.length > 0) problem(disclosure, `${item.recordId} ${lacking}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(purposes.size).toBeGreaterThanOrEqual(5);
    expect(purposes.size).toBeLessThanOrEqual(20);
  });

  it('has grants of agency datasets to third parties only', () => {
    for (const grant of lines.grants as Grant[]) {
      expect(parties.get(grant.agencyPartyId)?.kind, grant.id).toBe('COUNTY_AGENCY');
      const grantee = parties.get(grant.granteePartyId);
      expect(grantee, grant.id).toBeDefined();
      expect(grantee?.kind, grant.id).not.toBe('COUNTY_AGENCY');
      expectEventInstant(grant.from, grant.id);
      expectInterval(grant, grant.id);
    }
  });

  it('has compliance documents that are valid inputs of their mutations, each named once, about registered parties', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const seen = new Set<string>();
    for (const line of lines.compliance as Array<{ type: ComplianceType; document: unknown }>) {
      const item = complianceItem(line.type, line.document);
      validateComplianceItem(item, now);
      expect(seen.has(item.id), item.id).toBe(false);
      seen.add(item.id);
      for (const partyId of partiesNamed(item)) expect(parties.has(partyId), `${item.id}: ${partyId}`).toBe(true);
    }
    expect(new Set((lines.compliance ?? []).map((line) => line.type))).toEqual(new Set(COMPLIANCE_TYPES));
  });

  it('has deletions of records the holder received before, and retractions after the disclosure', () => {
    const deliveries = new Map<string, number[]>();
    for (const disclosure of disclosures) {
      for (const item of disclosure.records)
        pushTo(deliveries, `${disclosure.toPartyId} ${item.recordId}`, ms(disclosure.at));
    }
    for (const deletion of deletions) {
      expectEventInstant(deletion.at, deletion.id);
      expect(parties.has(deletion.holderPartyId), deletion.id).toBe(true);
      expect(deletion.recordIds.length, deletion.id).toBeGreaterThanOrEqual(1);
      expect(deletion.recordIds.length, deletion.id).toBeLessThanOrEqual(10_000);
      for (const id of deletion.recordIds) {
        const received = deliveries.get(`${deletion.holderPartyId} ${id}`) ?? [];
        expect(Math.min(...received), `${deletion.id} ${id}`).toBeLessThan(ms(deletion.at));
      }
    }
    const byId = new Map(disclosures.map((disclosure) => [disclosure.id, disclosure]));
    for (const retraction of retractions) {
      expectEventInstant(retraction.at, retraction.id);
      const disclosure = byId.get(retraction.disclosureId);
      expect(disclosure, retraction.id).toBeDefined();
      expect(ms(retraction.at), retraction.id).toBeGreaterThan(ms(disclosure?.at ?? ''));
    }
    expect(new Set(retractions.map((retraction) => retraction.disclosureId)).size).toBe(retractions.length);
  });
});

describe('the small county: flows that hold up', () => {
  it('lists every record’s disclosures in causal order: as imported, each sender already holds what it sends', () => {
    // The importer's check, line by line: the origin holds a record from its creation; a
    // party from the time of a delivery imported before (equal times count).
    const since = new Map<string, number>();
    const refused: string[] = [];
    for (const disclosure of disclosures) {
      const at = ms(disclosure.at);
      for (const item of disclosure.records) {
        const record = records.get(item.recordId) as RecordLine;
        const origin = record.originPartyId === disclosure.fromPartyId && ms(record.createdAt) <= at;
        const received = since.get(`${disclosure.fromPartyId} ${item.recordId}`);
        if (!origin && !(received !== undefined && received <= at) && !decoys.has(disclosure.id)) {
          refused.push(`${disclosure.id} ${item.recordId}`);
        }
      }
      for (const item of disclosure.records) {
        const key = `${disclosure.toPartyId} ${item.recordId}`;
        since.set(key, Math.min(since.get(key) ?? Infinity, at));
      }
    }
    expect(refused).toEqual([]);
  });

  it('keeps every flow sound once deletions and retractions are known, but for the planted decoys', () => {
    // Held at t: the last acquisition up to t (creation, or a delivery not retracted) is
    // later than the holder's last confirmed deletion up to t.
    const retracted = new Set(retractions.map((retraction) => retraction.disclosureId));
    const acquired = new Map<string, number[]>();
    const deleted = new Map<string, number[]>();
    for (const record of records.values())
      pushTo(acquired, `${record.originPartyId} ${record.id}`, ms(record.createdAt));
    for (const disclosure of disclosures) {
      if (retracted.has(disclosure.id)) continue;
      for (const item of disclosure.records)
        pushTo(acquired, `${disclosure.toPartyId} ${item.recordId}`, ms(disclosure.at));
    }
    for (const deletion of deletions) {
      for (const id of deletion.recordIds) pushTo(deleted, `${deletion.holderPartyId} ${id}`, ms(deletion.at));
    }
    const lastUpTo = (times: number[] | undefined, at: number) =>
      Math.max(-Infinity, ...(times ?? []).filter((time) => time <= at));
    const unheld: string[] = [];
    for (const disclosure of disclosures) {
      const at = ms(disclosure.at);
      for (const item of disclosure.records) {
        const key = `${disclosure.fromPartyId} ${item.recordId}`;
        const held = lastUpTo(acquired.get(key), at) > lastUpTo(deleted.get(key), at);
        if (held === decoys.has(disclosure.id)) unheld.push(`${disclosure.id} ${item.recordId} held=${held}`);
      }
    }
    expect(unheld).toEqual([]);
    expect(decoys.size).toBe(20);
  });

  it('has chains of up to five hops, county-to-county hops, partial hops and bulk disclosures', () => {
    const kind = (id: string) => parties.get(id)?.kind;
    // The fewest hops by which each holder got each record, in file (causal) order.
    const hops = new Map<string, number>();
    for (const record of records.values()) hops.set(`${record.originPartyId} ${record.id}`, 0);
    let longest = 0;
    for (const disclosure of disclosures) {
      if (decoys.has(disclosure.id)) continue;
      for (const item of disclosure.records) {
        const depth = (hops.get(`${disclosure.fromPartyId} ${item.recordId}`) as number) + 1;
        const key = `${disclosure.toPartyId} ${item.recordId}`;
        hops.set(key, Math.min(hops.get(key) ?? Infinity, depth));
        longest = Math.max(longest, hops.get(key) as number);
      }
    }
    expect(longest).toBeGreaterThanOrEqual(4);
    expect(longest).toBeLessThanOrEqual(5);
    const county = disclosures.filter(
      (d) => kind(d.fromPartyId) === 'COUNTY_AGENCY' && kind(d.toPartyId) === 'COUNTY_AGENCY',
    );
    expect(county.length).toBeGreaterThan(10);
    const partial = disclosures.filter((d) => d.records.some((item) => item.categories !== undefined));
    expect(partial.length).toBeGreaterThan(50);
    expect(Math.max(...disclosures.map((d) => d.records.length))).toBeGreaterThan(20);
  });
});

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
