/**
 * The graph a first load writes, file by file, in the shape the service's own writes give it:
 * labels, relationship types, property names and types as the Cypher of core/registry
 * (parties.ts, records.ts, affiliations.ts) and core/lineage (record-disclosure.ts, and the
 * ledger's chain in infra/chain.ts) creates them. A change to that Cypher must change this
 * file too; test/integration/import/first-load.test.ts compares the two graphs property by
 * property and type by type. A relationship's ends are named by their labels here, as a
 * reminder; the importer is told only the ids.
 */
import { cell, CsvFile, spansLines, type Cell } from './csv.ts';

const INTERVAL = ['from:datetime', 'fromStated:datetime', 'until:datetime', 'untilStated:datetime'];

const NODES = {
  parties: ['Party', ['id', 'name', 'kind', 'registeredAt:datetime']],
  enforcement: ['EnforcementInterval', ['id', ...INTERVAL, 'basis', 'recordedAt:datetime']],
  subjects: ['Subject', ['key']],
  records: [
    'Record',
    [
      'id',
      'originId',
      'sourceSystem',
      'sourceRecordId',
      'categories:string[]',
      'createdAt:datetime',
      'createdAtStated:datetime',
      'recordedAt:datetime',
    ],
  ],
  disclosures: [
    'Disclosure',
    [
      'id',
      'at:datetime',
      'atStated:datetime',
      'purpose',
      'channel',
      'legalBasis',
      'agreementReference',
      'reportedBy',
      'holderUnknown:boolean',
      'recordCount:long',
      'recordsHash',
      'recordedAt:datetime',
    ],
  ],
  ledger: [
    'LedgerEntry',
    ['eventType', 'eventId', 'contentHash', 'chain', 'seq:long', 'at:datetime', 'hash', 'prevHash'],
  ],
  heads: ['ChainHead', ['chain', 'seq:long', 'hash', 'label', 'lockedAt:datetime']],
  clock: ['RecordClock', ['id', 'last:datetime', 'locked:boolean']],
} as const;

const RELATIONSHIPS = {
  enforces: ['ENFORCES_IMMIGRATION_LAW', 'Party', 'EnforcementInterval', []],
  affiliated: ['AFFILIATED_WITH', 'Party', 'Party', ['id', 'kind', ...INTERVAL, 'reference', 'recordedAt:datetime']],
  originated: ['ORIGINATED', 'Party', 'Record', []],
  about: ['ABOUT', 'Record', 'Subject', []],
  sent: ['SENT', 'Party', 'Disclosure', []],
  to: ['TO', 'Disclosure', 'Party', []],
  carried: ['CARRIED', 'Disclosure', 'Record', ['categories:string[]', 'at:datetime', 'from', 'to']],
} as const;

type NodeFile = keyof typeof NODES;
type RelationshipFile = keyof typeof RELATIONSHIPS;
type Properties = ReadonlyArray<Cell>;

/**
 * Every file of one load. A node row is its node id, then its properties in header order; a
 * relationship row is its two ends' node ids, then its properties. The ids are the store's own
 * (the importer's `--id-type=actual`): numbered from 0 across every node file in the order the
 * nodes are written, so the store is dense and the importer has no id of ours to map, which
 * was a fifth of its time on the medium county and over a third on the county. Nothing of the
 * service keeps a node's internal id beyond one transaction.
 */
export class GraphFiles {
  readonly nodes: Record<NodeFile, CsvFile>;
  readonly relationships: Record<RelationshipFile, CsvFile>;
  private readonly all: CsvFile[];
  private nextNode = 0;
  /** Each list of categories as its cell, and whether it spans lines. */
  private readonly lists = new WeakMap<readonly string[], { text: string; multiline: boolean }>();

  constructor(dir: string) {
    this.nodes = Object.fromEntries(
      Object.entries(NODES).map(([name, [, properties]]) => [
        name,
        new CsvFile(dir, `nodes-${name}.csv`, [':ID', ...properties]),
      ]),
    ) as Record<NodeFile, CsvFile>;
    this.relationships = Object.fromEntries(
      Object.entries(RELATIONSHIPS).map(([name, [, , , properties]]) => [
        name,
        new CsvFile(dir, `relationships-${name}.csv`, [':START_ID', ':END_ID', ...properties]),
      ]),
    ) as Record<RelationshipFile, CsvFile>;
    this.all = [...Object.values(this.nodes), ...Object.values(this.relationships)];
  }

  /** Writes a node; gives its node id, for the relationships that join it. */
  node(file: NodeFile, properties: Properties): number {
    const id = this.nextNode;
    this.nextNode += 1;
    this.nodes[file].add([id, ...properties]);
    return id;
  }

  relationship(file: RelationshipFile, start: number, end: number, properties: Properties = []): void {
    this.relationships[file].add([start, end, ...properties]);
  }

  /**
   * A disclosure's CARRIED relationships, one per record with its categories; the rest of
   * each row (the disclosure's time and parties) is the same for all and written once, and
   * a list of categories the caller passes again (a record's own, shared) is written once.
   */
  carried(disclosure: number, records: ReadonlyArray<readonly [number, readonly string[]]>, rest: Properties): void {
    const file = this.relationships.carried;
    const multiline = rest.some(spansLines);
    const tail = `,${rest.map(cell).join(',')}\n`;
    for (const [record, categories] of records) {
      let written = this.lists.get(categories);
      if (written === undefined) {
        written = { text: cell(categories), multiline: spansLines(categories) };
        this.lists.set(categories, written);
      }
      file.addLine(`${disclosure},${record},${written.text}${tail}`, multiline || written.multiline);
    }
  }

  /** Settles once no file is behind its writes; undefined when none is, the common case. */
  catchUp(): Promise<unknown> | undefined {
    let behind: Array<Promise<void>> | undefined;
    for (const file of this.all) if (file.behind !== undefined) (behind ??= []).push(file.behind);
    return behind && Promise.all(behind);
  }

  /** The files by label and by type, as the importer's `--nodes` and `--relationships` take them. */
  async close(): Promise<{
    nodes: Array<{ label: string; file: string }>;
    relationships: Array<{ type: string; file: string }>;
    multiline: string[];
  }> {
    await Promise.all(this.all.map((file) => file.close()));
    return {
      nodes: Object.entries(this.nodes).map(([name, file]) => ({ label: NODES[name as NodeFile][0], file: file.path })),
      relationships: Object.entries(this.relationships).map(([name, file]) => ({
        type: RELATIONSHIPS[name as RelationshipFile][0],
        file: file.path,
      })),
      multiline: this.all.filter((file) => file.multiline).map((file) => file.path),
    };
  }
}
