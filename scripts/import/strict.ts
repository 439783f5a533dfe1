import { validateDisclosure } from '../../subgraphs/lineage/disclosure-input.ts';
import { validateRecords } from '../../subgraphs/registry/record-input.ts';
import { validatePartyInput } from '../../subgraphs/registry/repository.ts';
import type { Database } from '../../subgraphs/shared/db.ts';
import { DomainError, ErrorCode } from '../../subgraphs/shared/errors.ts';
import { toItem, type Format, type Item, type ItemOf, type Kind } from './layouts.ts';
import { LineSource } from './lines.ts';

export type Reject = { line: number; code: string; message: string };

export const PARTY_KINDS_BY_ID = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})
  RETURN id, p.kind AS kind`;
export const RECORD_CATEGORIES_BY_ID = /* cypher */ `
  UNWIND $ids AS id
  MATCH (r:Record {id: id})
  RETURN id, r.categories AS categories`;

/** Lines whose references are looked up together, with one read query per kind of reference. */
const LOOKUP_BATCH = 1000;

type Checked = { line: number; item: Item };

/**
 * The first pass of --strict: every line parsed and checked as the write functions would
 * check it on its own, ids unique in the file, and every party and record it names present
 * in the graph (read-only). What it cannot see: content that conflicts with what is already
 * stored under the same id, whether a sender held a record at the time, and anything
 * another writer does between this pass and the import.
 */
export async function checkAll(
  db: Database,
  options: { file: string; kind: Kind; format: Format },
  now = Date.now(),
): Promise<Reject[]> {
  const rejects: Reject[] = [];
  const seen = new Map<string, number>();
  const sources = new Map<string, number>();
  let pending: Checked[] = [];
  const source = new LineSource(options.file, options.kind, options.format);
  try {
    for await (const line of source.lines()) {
      if ('error' in line) {
        rejects.push({ line: line.line, code: ErrorCode.BAD_USER_INPUT, message: line.error });
        continue;
      }
      try {
        const item = toItem(options.kind, line.fields, options.format);
        checkAlone(options.kind, item, now);
        const earlier = seen.get(item.id);
        if (earlier !== undefined) fail(`${item.id} is also line ${earlier}; a file names each id once`);
        seen.set(item.id, line.line);
        if (options.kind === 'records') {
          const record = item as ItemOf['records'];
          const key = JSON.stringify([record.originPartyId, record.sourceSystem.trim(), record.sourceRecordId.trim()]);
          const other = sources.get(key);
          if (other !== undefined) fail(`record ${record.id} has the same source record as line ${other}`);
          sources.set(key, line.line);
        }
        pending.push({ line: line.line, item });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rejects.push({ line: line.line, code: error.code, message: error.message });
      }
      if (pending.length >= LOOKUP_BATCH) {
        rejects.push(...(await checkReferences(db, options.kind, pending)));
        pending = [];
      }
    }
    rejects.push(...(await checkReferences(db, options.kind, pending)));
  } finally {
    source.close();
  }
  return rejects.sort((a, b) => a.line - b.line);
}

function fail(message: string): never {
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message);
}

/** The checks of the write functions that need no graph. */
function checkAlone(kind: Kind, item: Item, now: number): void {
  if (kind === 'parties') validatePartyInput(item as ItemOf['parties']);
  if (kind === 'records') validateRecords([item as ItemOf['records']], now);
  if (kind === 'disclosures') validateDisclosure(item as ItemOf['disclosures'], now);
  if (kind === 'affiliations') {
    const affiliation = item as ItemOf['affiliations'];
    if (affiliation.fromPartyId === affiliation.toPartyId) {
      fail(`affiliation ${affiliation.id}: a party cannot be affiliated with itself ("${affiliation.toPartyId}")`);
    }
    if (affiliation.until !== null && Date.parse(affiliation.until) <= Date.parse(affiliation.from)) {
      fail(`affiliation ${affiliation.id}: until (${affiliation.until}) must be after from (${affiliation.from})`);
    }
  }
}

/** Parties and records that lines name must exist; a record's origin must be a county agency. */
async function checkReferences(db: Database, kind: Kind, checked: readonly Checked[]): Promise<Reject[]> {
  if (kind === 'parties' || checked.length === 0) return [];
  const partyIds = new Set<string>();
  const recordIds = new Set<string>();
  for (const { item } of checked) {
    if (kind === 'affiliations') {
      const affiliation = item as ItemOf['affiliations'];
      partyIds.add(affiliation.fromPartyId).add(affiliation.toPartyId);
    } else if (kind === 'records') {
      partyIds.add((item as ItemOf['records']).originPartyId);
    } else {
      const disclosure = item as ItemOf['disclosures'];
      partyIds.add(disclosure.fromPartyId).add(disclosure.toPartyId);
      for (const carried of disclosure.records) recordIds.add(carried.recordId);
    }
  }
  const kinds = new Map(
    (await db.read((tx) => tx.run<{ id: string; kind: string }>(PARTY_KINDS_BY_ID, { ids: [...partyIds] }))).map(
      (row) => [row.id, row.kind],
    ),
  );
  const categories = new Map(
    recordIds.size === 0
      ? []
      : (
          await db.read((tx) =>
            tx.run<{ id: string; categories: string[] }>(RECORD_CATEGORIES_BY_ID, { ids: [...recordIds] }),
          )
        ).map((row) => [row.id, row.categories]),
  );
  const rejects: Reject[] = [];
  const missing = (line: number, what: string) =>
    rejects.push({ line, code: ErrorCode.NOT_FOUND, message: `no ${what} is registered` });
  for (const { line, item } of checked) {
    if (kind === 'affiliations') {
      const affiliation = item as ItemOf['affiliations'];
      for (const id of [affiliation.fromPartyId, affiliation.toPartyId]) {
        if (!kinds.has(id)) missing(line, `party with id "${id}" (affiliation ${affiliation.id})`);
      }
    } else if (kind === 'records') {
      const record = item as ItemOf['records'];
      const origin = kinds.get(record.originPartyId);
      if (origin === undefined) missing(line, `party with id "${record.originPartyId}" (record ${record.id})`);
      else if (origin !== 'COUNTY_AGENCY') {
        rejects.push({
          line,
          code: ErrorCode.BAD_USER_INPUT,
          message: `record ${record.id}: "${record.originPartyId}" is a ${origin}, and a record's origin must be a COUNTY_AGENCY`,
        });
      }
    } else {
      const disclosure = item as ItemOf['disclosures'];
      for (const id of [disclosure.fromPartyId, disclosure.toPartyId]) {
        if (!kinds.has(id)) missing(line, `party with id "${id}" (disclosure ${disclosure.id})`);
      }
      for (const carried of disclosure.records) {
        const held = categories.get(carried.recordId);
        if (held === undefined) {
          missing(line, `record with id "${carried.recordId}" (disclosure ${disclosure.id})`);
          continue;
        }
        const lacking = (carried.categories ?? []).find((category) => !held.includes(category));
        if (lacking !== undefined) {
          rejects.push({
            line,
            code: ErrorCode.BAD_USER_INPUT,
            message: `disclosure ${disclosure.id}: record ${carried.recordId} has no category ${lacking}`,
          });
        }
      }
    }
  }
  return rejects;
}
