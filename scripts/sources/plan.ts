/**
 * One row of a source, through its mapping, into what the service records: a record of the
 * subject the row names (its identifier hashed here, never kept), the disclosures that carried
 * it, or, when the row names no one, an access grant. Ids are hashes of what the row means, so
 * that the same file read twice, or the same search in a CSV and an XLSX export, is the same
 * event; the ids never hold a value of the row.
 */
import { createHash } from 'node:crypto';
import type { RecordDisclosureInput, RecordGrantInput } from '../../core/lineage/index.ts';
import { subjectKeyOf, type RegisterRecordInput } from '../../core/registry/index.ts';
import { DomainError } from '../../infra/errors.ts';
import { SourceError } from './errors.ts';
import type { Mapping, ValueSource } from './mapping.ts';
import type { PartyNames } from './parties.ts';
import { columnKey, type Cell } from './table.ts';
import { readTime } from './times.ts';

export type Planned = {
  line: number;
  at: string;
  /** The earliest time the row shows the record existed (a search's time frame start, else its time). */
  since: string;
  record: RegisterRecordInput | null;
  disclosures: RecordDisclosureInput[];
  grant: RecordGrantInput | null;
};

export type PlanContext = { mapping: Mapping; names: PartyNames; secret: string };

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

/** A cell as text: redacted cells (`***`) and blanks are empty. */
function textOf(cell: Cell | undefined, mapping: Mapping): string {
  if (cell === undefined || cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString() : String(cell).trim();
  return mapping.redacted.includes(text) ? '' : text;
}

/** The row's cells by their header names, compared without case or extra spaces. */
function lookup(fields: Record<string, Cell>) {
  const byKey = new Map(Object.entries(fields).map(([name, cell]) => [columnKey(name), cell]));
  return (columns: readonly string[]): { name: string; cell: Cell | undefined } => {
    for (const name of columns) {
      const cell = byKey.get(columnKey(name));
      if (cell !== undefined && cell !== null && cell !== '') return { name, cell };
    }
    return { name: columns[0] ?? '?', cell: undefined };
  };
}

export function planRow(line: number, fields: Record<string, Cell>, context: PlanContext): Planned {
  const { mapping, names } = context;
  const cell = lookup(fields);
  const value = (source: ValueSource, what: string): string => {
    if ('constant' in source) return source.constant;
    const text = textOf(cell(source.column).cell, mapping);
    if (text !== '') return text;
    if (source.otherwise !== undefined) return source.otherwise;
    throw new SourceError(
      'CELL_MISSING',
      `${source.column.join(' or ')} (${what}) is empty, withheld or not in the file`,
    );
  };
  const party = (source: ValueSource, what: string): string => {
    const name = value(source, what);
    if ('constant' in source) {
      if (!names.has(name))
        throw new SourceError('UNKNOWN_PARTY', `the ${what} given to the command is not a registered party`);
      return name;
    }
    const found = names.resolve(name);
    if ('partyId' in found) return found.partyId;
    throw new SourceError(
      'UNKNOWN_PARTY',
      `${source.column.join(' or ')} (${what}) names ${found.unknown === 'none' ? 'no registered party' : 'several registered parties'}; listed at the end`,
    );
  };

  const time = cell(mapping.time.column);
  const at = readTime(time.cell === undefined ? '' : time.cell, mapping.time.formats, time.name);
  let since = at;
  if (mapping.since !== undefined) {
    const frame = cell(mapping.since.column).cell;
    // A time frame holds its first and last dates on two lines; the first is where it starts.
    const first = typeof frame === 'string' ? frame.split(/\r?\n|\s+(?:-|to)\s+/)[0] : frame;
    try {
      const start = readTime(first ?? '', mapping.since.formats, mapping.since.column[0] ?? 'since');
      if (Date.parse(start) < Date.parse(at)) since = start;
    } catch {
      // The frame only moves the record's start earlier; a frame that cannot be read leaves it at the time.
    }
  }
  const sender = party(mapping.sender, 'sender');
  const holder = mapping.holder === undefined ? sender : party(mapping.holder, 'holder');
  const recipient = party(mapping.recipient, 'recipient');
  const purpose = value(mapping.purpose, 'purpose');
  const keys = mapping.key.map((column) => textOf(cell([column]).cell, mapping));

  let subjectKey: string | null = null;
  if (mapping.subject !== undefined) {
    const identifier = textOf(cell(mapping.subject.column).cell, mapping);
    if (identifier !== '') {
      const scoped =
        mapping.subject.scope && !identifier.includes(':') ? `${mapping.subject.scope}:${identifier}` : identifier;
      try {
        subjectKey = subjectKeyOf(context.secret, mapping.subject.kind, scoped, mapping.subject.column[0]);
      } catch (error) {
        // The registry's message describes the identifier without repeating it.
        if (error instanceof DomainError) throw new SourceError('BAD_IDENTIFIER', error.message);
        throw error;
      }
    }
  }
  const id = hash([mapping.name, sender, holder, recipient, Date.parse(at), subjectKey, purpose, keys]);
  const planned: Planned = { line, at, since, record: null, disclosures: [], grant: null };

  if (subjectKey === null) {
    // A search that names no one still used the agency's data: standing access, shown by the
    // log at the instant of the search (potential exposure, kept apart from flows).
    planned.grant = {
      id: `src-grant-${id}`,
      agencyPartyId: sender,
      granteePartyId: recipient,
      dataset: mapping.dataset,
      purpose,
      from: at,
      until: new Date(Date.parse(at) + 1000).toISOString(),
    };
    return planned;
  }
  const recordId = `src-rec-${hash([sender, mapping.sourceSystem, subjectKey])}`;
  planned.record = {
    id: recordId,
    subjectKey,
    originPartyId: sender,
    sourceSystem: mapping.sourceSystem,
    sourceRecordId: subjectKey,
    categories: mapping.categories,
    createdAt: since,
  };
  const carried = [{ recordId, categories: mapping.categories }];
  if (holder !== sender) {
    // The holder (the vendor) answered the search, so it held the record no later than the
    // search: the agency's feed to it is recorded as a hop of its own, at the search's time
    // (equal times chain), reported by the audit. The other readings hide something: a
    // disclosure straight from the agency would leave the vendor out of every chain and of
    // the deletion scope, and a search the vendor "did not hold" would be a flow of unknown source.
    planned.disclosures.push({
      id: `src-feed-${id}`,
      at,
      fromPartyId: sender,
      toPartyId: holder,
      purpose: `${mapping.dataset} held for the agency by the party that answers its searches`,
      channel: 'DATA_EXCHANGE_FEED',
      reportedBy: 'AUDIT',
      records: carried,
    });
  }
  planned.disclosures.push({
    id: `src-${id}`,
    at,
    fromPartyId: holder,
    toPartyId: recipient,
    purpose,
    channel: mapping.channel,
    reportedBy: 'AUDIT',
    records: carried,
  });
  return planned;
}
