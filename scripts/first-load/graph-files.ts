/**
 * The graph a first load writes, file by file, in the shape the service's own writes give it:
 * labels, relationship types, property names and types as the Cypher of core/registry
 * (parties.ts, records.ts, affiliations.ts) and core/lineage (record-disclosure.ts, and the
 * ledger's chain in infra/chain.ts) creates them. A change to that Cypher must change this
 * file too; test/integration/import/first-load.test.ts compares the two graphs property by
 * property and type by type.
 */
import { CsvFile } from './csv.ts';

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

/**
 * Every file of one load. A node row is its id in its id space (not stored), then its
 * properties in header order; a relationship row is its two ends' ids, then its properties.
 */
export class GraphFiles {
  readonly nodes: Record<NodeFile, CsvFile>;
  readonly relationships: Record<RelationshipFile, CsvFile>;

  constructor(dir: string) {
    this.nodes = Object.fromEntries(
      Object.entries(NODES).map(([name, [label, properties]]) => [
        name,
        new CsvFile(dir, `nodes-${name}.csv`, [`:ID(${label})`, ...properties, ':LABEL']),
      ]),
    ) as Record<NodeFile, CsvFile>;
    this.relationships = Object.fromEntries(
      Object.entries(RELATIONSHIPS).map(([name, [, start, end, properties]]) => [
        name,
        new CsvFile(dir, `relationships-${name}.csv`, [
          `:START_ID(${start})`,
          `:END_ID(${end})`,
          ...properties,
          ':TYPE',
        ]),
      ]),
    ) as Record<RelationshipFile, CsvFile>;
  }

  node(file: NodeFile, id: string, properties: ReadonlyArray<string | number | boolean | readonly string[] | null>) {
    return this.nodes[file].add([id, ...properties, NODES[file][0]]);
  }

  relationship(
    file: RelationshipFile,
    start: string,
    end: string,
    properties: ReadonlyArray<string | number | boolean | readonly string[] | null> = [],
  ) {
    return this.relationships[file].add([start, end, ...properties, RELATIONSHIPS[file][0]]);
  }

  async close(): Promise<{ nodes: string[]; relationships: string[]; multiline: string[] }> {
    const all = [...Object.values(this.nodes), ...Object.values(this.relationships)];
    await Promise.all(all.map((file) => file.close()));
    return {
      nodes: Object.values(this.nodes).map((file) => file.path),
      relationships: Object.values(this.relationships).map((file) => file.path),
      multiline: all.filter((file) => file.multiline).map((file) => file.path),
    };
  }
}
