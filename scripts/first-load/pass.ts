/**
 * The streaming pass of a first load: the county's files of the kinds it holds (parties,
 * enforcement, affiliations, records, disclosures), in that order, checked as the service's
 * write functions check them and written as the CSV files of graph-files.ts, with the
 * disclosure ledger computed on the way. What the graph would answer the online checks is
 * kept in memory instead: the parties, the records (origin, categories, creation time), and
 * for each (holder, record) the earliest time a disclosure accepted so far delivered it.
 *
 * Over 400 lines on purpose: one class holds that memory, and each kind's check reads what
 * the kinds before it left there (a record its origin party, a disclosure its records and
 * their deliveries, the ledger its last hash); split by kind, each part would reach into the
 * others' maps.
 */
import { hash as oneHash } from 'node:crypto';
import { appendFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  canonicalList,
  contentHash,
  IMPORT_LIMITS,
  LEDGER_CHAIN,
  LEDGER_LABEL,
  recordsHash,
  validateDisclosure,
  type Carried,
  type DisclosureRow,
} from '../../core/lineage/index.ts';
import {
  checkIdAndInterval,
  MAX_RECORDS_PER_CALL,
  validatePartyInput,
  validateRecords,
} from '../../core/registry/index.ts';
import { chainHash, GENESIS_HASH } from '../../infra/chain.ts';
import { ConflictError, DomainError, ErrorCode, InputError, NotFoundError } from '../../infra/errors.ts';
import { instantOrder, sameInstant, utc, utcOfOrder, utcOrNull } from '../../infra/scalars.ts';
import { storedInstant } from '../../infra/stored-instant.ts';
import { isItemError, rejectLine } from '../import/importer.ts';
import { guessFromName, toItem, type Format, type ItemOf, type Kind } from '../import/layouts.ts';
import { LineSource } from '../import/lines.ts';
import type { GraphFiles } from './graph-files.ts';

/** The kinds a first load writes offline, in the order they must come; the others follow online. */
export const OFFLINE_KINDS = ['parties', 'enforcement', 'affiliations', 'records', 'disclosures'] as const;
export type OfflineKind = (typeof OFFLINE_KINDS)[number];

export type KindSummary = {
  kind: Kind;
  file: string;
  lines: number;
  created: number;
  unchanged: number;
  refused: number;
  rejects: string;
};
export type PassSummary = { kinds: KindSummary[]; pairs: number; ledgerEntries: number; lastHash: string };

/** The county's files by kind, as `npm run import -- DIR` finds them: every file whose name says its kind. */
export async function countyFiles(dir: string): Promise<Array<{ kind: Kind; format: Format; file: string }>> {
  return (await readdir(dir))
    .filter((name) => !/\.(rejects|checkpoint|tmp)$/.test(name))
    .map((name) => ({ file: join(dir, name), ...guessFromName(name) }))
    .filter((entry): entry is { kind: Kind; format: Format; file: string } => !!entry.kind && !!entry.format)
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** What the kinds after it read of a party, a record: `node` is its node id in the files. */
type Party = { id: string; name: string; kind: string; node: number };
/** One list of categories, kept once for every record that has it. */
type Categories = { list: readonly string[]; sorted: readonly string[] };
/** The records hash's text of each shared sorted list (Categories.sorted), written once. */
const listTexts = new WeakMap<readonly string[], string>();
const listText = (list: readonly string[]) => listTexts.get(list) ?? canonicalList(list);
/**
 * A registered record, as small as the checks allow: a county year holds two million of them.
 * Shared values are references (its origin, its categories, its source system); its subject
 * is the subject's node id, one to one with the key.
 */
type StoredRecord = {
  origin: Party;
  categories: Categories;
  subject: number;
  sourceSystem: string;
  sourceRecordId: string;
  /** createdAt as stored (storedInstant), what a resubmission is compared by. */
  createdAtStored: string;
  createdAt: bigint;
  node: number;
};

const digest = (text: string) => oneHash('sha256', text, 'base64');
type Interval = { from: string; until: string | null };

const missingParties = (parties: Map<string, Party>, ids: readonly string[]) =>
  [...new Set(ids)].filter((id) => !parties.has(id)).join(', ');

/** Each line: created, unchanged (the same id and content again), or refused with the online path's code. */
export class FirstLoadPass {
  private readonly out: GraphFiles;
  private readonly loadedAt: string;
  private readonly now: number;
  private readonly parties = new Map<string, Party>();
  private readonly enforcement = new Map<string, string>();
  private readonly affiliations = new Map<string, string>();
  private readonly records = new Map<string, StoredRecord>();
  private readonly sources = new Map<string, string>();
  /** A subject's key → its node id. */
  private readonly subjects = new Map<string, number>();
  /** A disclosure's id → the SHA-256 of what a resubmission must repeat (its signature). */
  private readonly disclosures = new Map<string, string>();
  private readonly categorySets = new Map<string, Categories>();
  private readonly sourceSystems = new Map<string, string>();
  /** holder → record (its node id) → the earliest delivery time (instantOrder) among the disclosures accepted so far. */
  private readonly delivered = new Map<string, Map<number, bigint>>();
  /** The online import's current batch of record lines (see inBatch); each file starts its own. */
  private batch = FirstLoadPass.newBatch();
  /** The line being checked, kept at its place in the batch (batch.lines) for the rejects that name it. */
  private line = 0;
  private seq = 0;
  private lastHash = GENESIS_HASH;
  private pairs = 0;

  constructor(out: GraphFiles, loadedAt: string, now = Date.now()) {
    this.out = out;
    this.loadedAt = loadedAt;
    this.now = now;
  }

  /** Checks and writes every file of the offline kinds; `signal` stops it between two lines, with its reason. */
  async run(
    files: ReadonlyArray<{ kind: Kind; format: Format; file: string }>,
    signal?: AbortSignal,
  ): Promise<PassSummary> {
    const kinds: KindSummary[] = [];
    for (const kind of OFFLINE_KINDS) {
      for (const entry of files.filter((file) => file.kind === kind)) {
        kinds.push(await this.file(kind, entry, signal));
      }
    }
    this.out.node('heads', [LEDGER_CHAIN, this.seq, this.lastHash, LEDGER_LABEL, this.loadedAt]);
    this.out.node('clock', ['facts', this.loadedAt, true]);
    return { kinds, pairs: this.pairs, ledgerEntries: this.seq, lastHash: this.lastHash };
  }

  private async file(
    kind: OfflineKind,
    entry: { format: Format; file: string },
    signal: AbortSignal | undefined,
  ): Promise<KindSummary> {
    const rejects = `${entry.file}.rejects`;
    await rm(rejects, { force: true });
    const summary: KindSummary = { kind, file: entry.file, lines: 0, created: 0, unchanged: 0, refused: 0, rejects };
    let pending = '';
    this.batch = FirstLoadPass.newBatch();
    const source = new LineSource(entry.file, kind, entry.format);
    try {
      for await (const line of source.lines()) {
        signal?.throwIfAborted();
        summary.lines += 1;
        if ('error' in line) {
          summary.refused += 1;
          pending += rejectLine(line.line, ErrorCode.BAD_USER_INPUT, line.error);
          continue;
        }
        try {
          this.line = line.line;
          if (this.write(kind, toItem(kind, line.fields, entry.format))) summary.created += 1;
          else summary.unchanged += 1;
        } catch (error) {
          if (!isItemError(error)) throw error;
          summary.refused += 1;
          pending += rejectLine(line.line, error.code, error.message, line.fields, (at) => this.batch.lines[at]);
        }
        const behind = this.out.catchUp();
        if (behind !== undefined) await behind;
        if (pending.length > 1 << 16) {
          await appendFile(rejects, pending);
          pending = '';
        }
      }
    } finally {
      source.close();
    }
    if (pending !== '') await appendFile(rejects, pending);
    return summary;
  }

  private write(kind: OfflineKind, item: ItemOf[OfflineKind]): boolean {
    switch (kind) {
      case 'parties':
        return this.party(item as ItemOf['parties']);
      case 'enforcement':
        return this.interval(item as ItemOf['enforcement']);
      case 'affiliations':
        return this.affiliation(item as ItemOf['affiliations']);
      case 'records':
        return this.record(item as ItemOf['records']);
      case 'disclosures':
        return this.disclosure(item as ItemOf['disclosures']);
    }
  }

  // registerParties: a second line with the same id is the same party or a conflict.
  private party(item: ItemOf['parties']): boolean {
    const party = validatePartyInput(item);
    const stored = this.parties.get(party.id);
    if (stored !== undefined) {
      if (stored.name === party.name && stored.kind === party.kind) return false;
      throw new ConflictError(
        `party ${party.id} is already registered as "${stored.name}" (${stored.kind}); it cannot be registered again as "${party.name}" (${party.kind})`,
        party,
      );
    }
    const node = this.out.node('parties', [party.id, party.name, party.kind, this.loadedAt]);
    this.parties.set(party.id, { id: party.id, name: party.name, kind: party.kind, node });
    return true;
  }

  private intervalCells(input: Interval): string[] {
    return [utc(input.from), input.from, utcOrNull(input.until), input.until] as string[];
  }

  // recordEnforcement: checked, then found by id (same or conflict), then its party must exist.
  private interval(item: ItemOf['enforcement']): boolean {
    checkIdAndInterval(item, 'enforcement interval');
    const basis = item.basis.trim();
    const signature = JSON.stringify([
      item.partyId,
      basis,
      instantOrder(item.from).toString(),
      item.until && instantOrder(item.until).toString(),
    ]);
    const stored = this.enforcement.get(item.id);
    if (stored !== undefined) {
      if (stored === signature) return false;
      throw new ConflictError(`enforcement interval ${item.id} was already recorded with other content`, item.id);
    }
    const missing = missingParties(this.parties, [item.partyId]);
    if (missing !== '')
      throw new NotFoundError(`enforcement interval ${item.id}: no party is registered with id ${missing}`, missing);
    this.enforcement.set(item.id, signature);
    const node = this.out.node('enforcement', [item.id, ...this.intervalCells(item), basis, this.loadedAt]);
    this.out.relationship('enforces', this.partyNode(item.partyId), node);
    return true;
  }

  // recordAffiliation: the same order of checks; a reference of blanks is none.
  private affiliation(item: ItemOf['affiliations']): boolean {
    checkIdAndInterval(item, 'affiliation');
    if (item.fromPartyId === item.toPartyId) {
      throw new InputError(
        `affiliation ${item.id}: a party cannot be affiliated with itself ("${item.toPartyId}")`,
        'toPartyId',
        item.toPartyId,
      );
    }
    const reference = item.reference?.trim() || null;
    const key = [item.kind, item.fromPartyId, item.toPartyId, reference];
    const stored = this.affiliations.get(item.id);
    if (stored !== undefined) {
      const [before, from, until] = JSON.parse(stored) as [string, string, string | null];
      if (before === JSON.stringify(key) && sameInstant(from, item.from) && sameInstant(until, item.until))
        return false;
      throw new ConflictError(`affiliation ${item.id} was already recorded with other content`, item.id);
    }
    const missing = missingParties(this.parties, [item.fromPartyId, item.toPartyId]);
    if (missing !== '')
      throw new NotFoundError(`affiliation ${item.id}: no party is registered with id ${missing}`, missing);
    this.affiliations.set(item.id, JSON.stringify([JSON.stringify(key), item.from, item.until]));
    this.out.relationship('affiliated', this.partyNode(item.fromPartyId), this.partyNode(item.toPartyId), [
      item.id,
      item.kind,
      ...this.intervalCells(item),
      reference,
      this.loadedAt,
    ]);
    return true;
  }

  // registerRecords, one line as a batch of one: checked, origin a registered county agency,
  // then its id and its source triple against what is already registered.
  private record(item: ItemOf['records']): boolean {
    const [row] = validateRecords([item], this.now);
    if (row === undefined) throw new Error('validateRecords returned no row');
    this.inBatch(row);
    const field = 'input[0].originPartyId';
    const origin = this.parties.get(row.originId);
    if (origin === undefined) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `${field} (record ${row.id}): no party is registered with id "${row.originId}"; nothing was written`,
        { field, value: row.originId },
      );
    }
    if (origin.kind !== 'COUNTY_AGENCY') {
      throw new InputError(
        `${field} (record ${row.id}): "${row.originId}" is a ${origin.kind}, and a record's origin must be a COUNTY_AGENCY; nothing was written`,
        field,
        row.originId,
      );
    }
    const conflict = (at: string, message: string) =>
      new DomainError(ErrorCode.CONFLICTING_RESUBMISSION, message, { field: `input[0].${at}`, value: row.id });
    const sourceKey = JSON.stringify([row.originId, row.sourceSystem, row.sourceRecordId]);
    const stored = this.records.get(row.id);
    const holder = this.sources.get(sourceKey);
    if (stored === undefined && holder !== undefined) {
      throw conflict(
        'sourceRecordId',
        `input[0] (record ${row.id}): ${row.originId} already registered record ${holder} for source record "${row.sourceRecordId}" of "${row.sourceSystem}"; nothing was written. Resubmit it under that id`,
      );
    }
    const createdAtStored = storedInstant(row.createdAt);
    const createdAt = instantOrder(row.createdAt);
    const categories = this.categoriesOf(row.categories);
    if (stored !== undefined) {
      if (stored.origin !== origin) {
        throw conflict(
          'id',
          `input[0]: record id ${row.id} is already taken by a record of another agency; nothing was written`,
        );
      }
      const differs = {
        subjectKey: this.subjects.get(row.subjectKey) !== stored.subject,
        sourceSystem: stored.sourceSystem !== row.sourceSystem,
        sourceRecordId: stored.sourceRecordId !== row.sourceRecordId,
        categories: stored.categories !== categories,
        createdAt: stored.createdAtStored !== createdAtStored,
      };
      const differences = Object.keys(differs).filter((name) => differs[name as keyof typeof differs]);
      if (differences.length === 0) return false;
      throw conflict(
        differences[0] as string,
        `input[0]: record ${row.id} differs from the one already registered in ${differences.join(', ')}; nothing was written. A record does not change: register a correction under a new id`,
      );
    }
    this.sources.set(sourceKey, row.id);
    let subject = this.subjects.get(row.subjectKey);
    if (subject === undefined) {
      subject = this.out.node('subjects', [row.subjectKey]);
      this.subjects.set(row.subjectKey, subject);
    }
    const node = this.out.node('records', [
      row.id,
      row.originId,
      row.sourceSystem,
      row.sourceRecordId,
      row.categories,
      utcOfOrder(createdAt),
      row.createdAt,
      this.loadedAt,
    ]);
    let sourceSystem = this.sourceSystems.get(row.sourceSystem);
    if (sourceSystem === undefined) this.sourceSystems.set(row.sourceSystem, (sourceSystem = row.sourceSystem));
    this.records.set(row.id, {
      origin,
      categories,
      subject,
      sourceSystem,
      sourceRecordId: row.sourceRecordId,
      createdAtStored,
      createdAt,
      node,
    });
    this.out.relationship('originated', origin.node, node);
    this.out.relationship('about', node, subject);
    return true;
  }

  /** The one Categories of this list (in this order: a record's categories are compared as written). */
  private categoriesOf(list: string[]): Categories {
    const joined = list.join();
    let categories = this.categorySets.get(joined);
    if (categories === undefined) {
      categories = { list, sorted: list.toSorted() };
      listTexts.set(categories.sorted, canonicalList(categories.sorted));
      this.categorySets.set(joined, categories);
    }
    return categories;
  }

  private static newBatch() {
    // Each id and source record of the batch, with its place in the batch, and the line at each place.
    return { position: 0, ids: new Map<string, number>(), sources: new Map<string, number>(), lines: [] as number[] };
  }

  // The online import registers records a batch of MAX_RECORDS_PER_CALL lines at a time, and
  // validateRecords refuses a line naming the id or the source record of an earlier line of
  // its batch (BAD_USER_INPUT), where a later batch would find it registered (unchanged, or
  // CONFLICTING_RESUBMISSION). The same batches are counted here, from each file's first line as
  // npm run import counts them, so a line gets the same code.
  private inBatch(row: { id: string; originId: string; sourceSystem: string; sourceRecordId: string }): void {
    if (this.batch.position === MAX_RECORDS_PER_CALL) this.batch = FirstLoadPass.newBatch();
    const index = this.batch.position;
    this.batch.position += 1;
    this.batch.lines[index] = this.line;
    const source = JSON.stringify([row.originId, row.sourceSystem, row.sourceRecordId]);
    const sameId = this.batch.ids.get(row.id);
    if (sameId !== undefined) {
      throw new InputError(
        `input[${index}].id: record ${row.id} is also input[${sameId}]; a batch names each record once; nothing was written`,
        `input[${index}].id`,
        row.id,
      );
    }
    const sameSource = this.batch.sources.get(source);
    if (sameSource !== undefined) {
      throw new InputError(
        `input[${index}].sourceRecordId: record ${row.id} has the same source record ("${row.sourceRecordId}" of "${row.sourceSystem}") as input[${sameSource}]; nothing was written`,
        `input[${index}].sourceRecordId`,
        row.sourceRecordId,
      );
    }
    this.batch.ids.set(row.id, index);
    this.batch.sources.set(source, index);
  }

  // recordDisclosures, one line at a time in file order: parties, records as sent (present,
  // categories held, held by the sender at its time), then the same id again (same content or
  // a conflict), then the new disclosure and its ledger entry.
  private disclosure(item: ItemOf['disclosures']): boolean {
    const input = validateDisclosure(item, this.now, IMPORT_LIMITS);
    const missing = missingParties(this.parties, [input.fromPartyId, input.toPartyId]);
    if (missing !== '')
      throw new NotFoundError(`disclosure ${input.id}: no party is registered with id ${missing}`, missing);
    const records = input.records.map((one) => this.records.get(one.recordId));
    const unknown = input.records.filter((_, index) => records[index] === undefined).map((one) => one.recordId);
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
      throw new NotFoundError(`disclosure ${input.id}: no record is registered with id ${shown}`, unknown.slice(0, 5));
    }
    const at = instantOrder(input.at);
    const held = this.delivered.get(input.fromPartyId);
    let holderUnknown = false;
    const carried: Carried = input.records.map((one, index) => {
      const record = records[index] as StoredRecord;
      const lacking = (one.categories ?? []).find((category) => !record.categories.list.includes(category));
      if (lacking !== undefined) {
        throw new InputError(
          `disclosure ${input.id}: record ${one.recordId} has no category ${lacking}`,
          `records[${index}].categories`,
          lacking,
        );
      }
      // Held at `at`: created by the sender by then, or delivered to it by then by a disclosure
      // accepted before this one (deletions and retractions come after disclosures in a load).
      const created = record.origin.id === input.fromPartyId && record.createdAt <= at;
      const given = held?.get(record.node);
      if (!created && (given === undefined || given > at)) holderUnknown = true;
      return [one.recordId, one.categories ?? record.categories.sorted];
    });
    const hash = recordsHash(carried, listText);
    const stated = storedInstant(input.at);
    const signature = digest(
      JSON.stringify([
        stated,
        input.fromPartyId,
        input.toPartyId,
        input.purpose,
        input.channel,
        input.legalBasis,
        input.agreementReference,
        input.reportedBy,
        hash,
      ]),
    );
    const stored = this.disclosures.get(input.id);
    if (stored !== undefined) {
      if (stored === signature) return false;
      throw new ConflictError(
        `disclosure ${input.id} was already recorded with other content; a correction is a new event with its own id`,
        input.id,
      );
    }
    this.disclosures.set(input.id, signature);
    let deliveredTo = this.delivered.get(input.toPartyId);
    if (deliveredTo === undefined) this.delivered.set(input.toPartyId, (deliveredTo = new Map()));
    const nodes = records.map((record) => (record as StoredRecord).node);
    for (const record of nodes) {
      const given = deliveredTo.get(record);
      if (given === undefined || at < given) deliveredTo.set(record, at);
    }
    this.pairs += carried.length;
    const atUtc = utcOfOrder(at);
    const node = this.out.node('disclosures', [
      input.id,
      atUtc,
      input.at,
      input.purpose,
      input.channel,
      input.legalBasis,
      input.agreementReference,
      input.reportedBy,
      holderUnknown,
      carried.length,
      hash,
      this.loadedAt,
    ]);
    this.out.relationship('sent', this.partyNode(input.fromPartyId), node);
    this.out.relationship('to', node, this.partyNode(input.toPartyId));
    this.out.carried(
      node,
      carried.map(([, categories], index) => [nodes[index] as number, categories]),
      [atUtc, input.fromPartyId, input.toPartyId],
    );
    const row: DisclosureRow = {
      id: input.id,
      at: stated,
      fromId: input.fromPartyId,
      toId: input.toPartyId,
      purpose: input.purpose,
      channel: input.channel,
      legalBasis: input.legalBasis,
      agreementReference: input.agreementReference,
      reportedBy: input.reportedBy,
      holderUnknown,
      recordCount: carried.length,
      recordsHash: hash,
      recordedAt: this.loadedAt,
    };
    this.stamp('DISCLOSURE', input.id, contentHash({ type: 'DISCLOSURE', row }));
    return true;
  }

  /** The node id of a party the checks found registered. */
  private partyNode(id: string): number {
    return (this.parties.get(id) as Party).node;
  }

  // appendManyToChain's entry, with the load's one time as every entry's `at`.
  private stamp(eventType: string, eventId: string, content: string): void {
    this.seq += 1;
    const fields = { eventType, eventId, contentHash: content };
    const hash = chainHash(this.lastHash, { ...fields, seq: this.seq, at: this.loadedAt });
    this.out.node('ledger', [eventType, eventId, content, LEDGER_CHAIN, this.seq, this.loadedAt, hash, this.lastHash]);
    this.lastHash = hash;
  }
}
