import {
  validateDeletion,
  validateRetraction,
  IMPORT_LIMITS,
  validateDisclosure,
  validateGrant,
} from '../../core/lineage/index.ts';
import { checkIdAndInterval, validateRecords, validatePartyInput } from '../../core/registry/index.ts';
import type { Database, Row } from '../../infra/db.ts';
import { DomainError, ErrorCode } from '../../infra/errors.ts';
import { partiesNamed, validateComplianceItem } from './compliance-input.ts';
import { toItem, type Format, type Item, type ItemOf, type Kind } from './layouts.ts';
import { LineSource } from './lines.ts';

/** A refused line; `content` is what it held, so that the reject can leave every value of it out. */
export type Reject = { line: number; code: string; message: string; content?: unknown };

export const PARTY_KINDS_BY_ID = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})
  RETURN id, p.kind AS kind`;
export const RECORD_CATEGORIES_BY_ID = /* cypher */ `
  UNWIND $ids AS id
  MATCH (r:Record {id: id})
  RETURN id, r.categories AS categories`;
export const DISCLOSURES_BY_ID = /* cypher */ `
  UNWIND $ids AS id
  MATCH (d:Disclosure {id: id})
  RETURN id`;

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
        rejects.push({ line: line.line, code: error.code, message: error.message, content: line.fields });
      }
      if (pending.length >= LOOKUP_BATCH) {
        rejects.push(...withContent(await checkReferences(db, options.kind, pending), pending));
        pending = [];
      }
    }
    rejects.push(...withContent(await checkReferences(db, options.kind, pending), pending));
  } finally {
    source.close();
  }
  return rejects.sort((a, b) => a.line - b.line);
}

/** The rejects of a batch, each with the item its line held. */
function withContent(found: Reject[], from: readonly Checked[]): Reject[] {
  const items = new Map(from.map((checked) => [checked.line, checked.item]));
  return found.map((reject) => ({ ...reject, content: items.get(reject.line) }));
}

function fail(message: string): never {
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message);
}

/** The checks of the write functions that need no graph, kind by kind. */
const ALONE: { [K in Kind]: (item: ItemOf[K], now: number) => void } = {
  parties: (party) => validatePartyInput(party),
  enforcement: (interval) => checkIdAndInterval(interval, 'enforcement interval'),
  affiliations: (affiliation) => {
    checkIdAndInterval(affiliation, 'affiliation');
    if (affiliation.fromPartyId === affiliation.toPartyId) {
      fail(`affiliation ${affiliation.id}: a party cannot be affiliated with itself ("${affiliation.toPartyId}")`);
    }
  },
  records: (record, now) => validateRecords([record], now),
  disclosures: (disclosure, now) => validateDisclosure(disclosure, now, IMPORT_LIMITS),
  grants: (grant, now) => validateGrant(grant, now),
  deletions: (deletion, now) => validateDeletion(deletion, now),
  retractions: (retraction, now) => validateRetraction(retraction, now),
  compliance: (item, now) => validateComplianceItem(item, now),
};

function checkAlone(kind: Kind, item: Item, now: number): void {
  (ALONE[kind] as (item: Item, now: number) => void)(item, now);
}

/** What a line names that must already be in the graph. */
type References = {
  parties: Array<{ id: string; what: string; mustBe?: 'COUNTY_AGENCY' }>;
  records: Array<{ recordId: string; categories?: readonly string[] | null }>;
  disclosures: string[];
};

const REFERENCES: { [K in Kind]: (item: ItemOf[K]) => References } = {
  parties: () => ({ parties: [], records: [], disclosures: [] }),
  enforcement: (interval) => ({
    parties: [{ id: interval.partyId, what: `enforcement interval ${interval.id}` }],
    records: [],
    disclosures: [],
  }),
  affiliations: (affiliation) => ({
    parties: [affiliation.fromPartyId, affiliation.toPartyId].map((id) => ({
      id,
      what: `affiliation ${affiliation.id}`,
    })),
    records: [],
    disclosures: [],
  }),
  records: (record) => ({
    parties: [{ id: record.originPartyId, what: `record ${record.id}`, mustBe: 'COUNTY_AGENCY' }],
    records: [],
    disclosures: [],
  }),
  disclosures: (disclosure) => ({
    parties: [disclosure.fromPartyId, disclosure.toPartyId].map((id) => ({ id, what: `disclosure ${disclosure.id}` })),
    records: disclosure.records,
    disclosures: [],
  }),
  grants: (grant) => ({
    parties: [
      { id: grant.agencyPartyId, what: `access grant ${grant.id}`, mustBe: 'COUNTY_AGENCY' },
      { id: grant.granteePartyId, what: `access grant ${grant.id}` },
    ],
    records: [],
    disclosures: [],
  }),
  deletions: (deletion) => ({
    parties: [{ id: deletion.holderPartyId, what: `deletion confirmation ${deletion.id}` }],
    records: deletion.recordIds.map((recordId) => ({ recordId })),
    disclosures: [],
  }),
  retractions: (retraction) => ({
    parties:
      retraction.filedByPartyId === null
        ? []
        : [{ id: retraction.filedByPartyId, what: `retraction ${retraction.id}` }],
    records: [],
    disclosures: [retraction.disclosureId],
  }),
  // The documents a compliance line names (a cease order's notice, a status's complaint) may
  // come earlier in the same file: the write checks those, in file order.
  compliance: (item) => ({
    parties: [...new Set(partiesNamed(item))].map((id) => ({ id, what: `${item.type} ${item.id}` })),
    records: [],
    disclosures: [],
  }),
};

/** Parties, records and disclosures that lines name must exist; some parties must be county agencies. */
async function checkReferences(db: Database, kind: Kind, checked: readonly Checked[]): Promise<Reject[]> {
  if (checked.length === 0) return [];
  const named = checked.map(({ line, item }) => ({
    line,
    refs: (REFERENCES[kind] as (item: Item) => References)(item),
  }));
  const partyIds = new Set(named.flatMap(({ refs }) => refs.parties.map((party) => party.id)));
  const recordIds = new Set(named.flatMap(({ refs }) => refs.records.map((record) => record.recordId)));
  const disclosureIds = new Set(named.flatMap(({ refs }) => refs.disclosures));
  const lookup = async <T extends Row>(query: string, ids: Set<string>): Promise<T[]> =>
    ids.size === 0 ? [] : db.read((tx) => tx.run<T>(query, { ids: [...ids] }));
  const kinds = new Map(
    (await lookup<{ id: string; kind: string }>(PARTY_KINDS_BY_ID, partyIds)).map((row) => [row.id, row.kind]),
  );
  const categories = new Map(
    (await lookup<{ id: string; categories: string[] }>(RECORD_CATEGORIES_BY_ID, recordIds)).map((row) => [
      row.id,
      row.categories,
    ]),
  );
  const disclosures = new Set((await lookup<{ id: string }>(DISCLOSURES_BY_ID, disclosureIds)).map((row) => row.id));

  const rejects: Reject[] = [];
  const missing = (line: number, what: string) =>
    rejects.push({ line, code: ErrorCode.NOT_FOUND, message: `no ${what} is registered` });
  for (const { line, refs } of named) {
    for (const party of refs.parties) {
      const found = kinds.get(party.id);
      if (found === undefined) missing(line, `party with id "${party.id}" (${party.what})`);
      else if (party.mustBe !== undefined && found !== party.mustBe) {
        rejects.push({
          line,
          code: ErrorCode.BAD_USER_INPUT,
          message: `${party.what}: "${party.id}" is a ${found}, and it must be a ${party.mustBe}`,
        });
      }
    }
    for (const carried of refs.records) {
      const held = categories.get(carried.recordId);
      if (held === undefined) {
        missing(line, `record with id "${carried.recordId}"`);
        continue;
      }
      const lacking = (carried.categories ?? []).find((category) => !held.includes(category));
      if (lacking !== undefined) {
        rejects.push({
          line,
          code: ErrorCode.BAD_USER_INPUT,
          message: `record ${carried.recordId} has no category ${lacking}`,
        });
      }
    }
    for (const id of refs.disclosures) if (!disclosures.has(id)) missing(line, `disclosure with id "${id}"`);
  }
  return rejects;
}
