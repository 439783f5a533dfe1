import type { Database } from '../../../infra/db.ts';

const NODES = /* cypher */ `
  MATCH (n) WHERE NOT n:SchemaMigration
  UNWIND labels(n) AS label
  RETURN label, count(*) AS n ORDER BY label`;
const RELATIONSHIPS = /* cypher */ `
  MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type`;

/** What a user compares after an import: nodes per label and relationships per type. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const nodes = await db.read((tx) => tx.run<{ label: string; n: number }>(NODES));
  const relationships = await db.read((tx) => tx.run<{ type: string; n: number }>(RELATIONSHIPS));
  return Object.fromEntries([
    ...nodes.map((row) => [`:${row.label}`, row.n] as const),
    ...relationships.map((row) => [`[:${row.type}]`, row.n] as const),
  ]);
}
