import type { Database } from '../../subgraphs/shared/db.ts';

/**
 * Fixtures for the immigration-agent data model (DOMAIN.md): enforcement intervals and
 * affiliations, written as the registry stores them, [from, until) with until optional.
 */
const ENFORCES = /* cypher */ `
  MATCH (p:Party {id: $partyId})
  CREATE (p)-[:ENFORCES_IMMIGRATION_LAW]->(:EnforcementInterval {
    from: datetime($from), until: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END})`;

const AFFILIATE = /* cypher */ `
  MATCH (a:Party {id: $fromId}), (b:Party {id: $toId})
  CREATE (a)-[:AFFILIATED_WITH {kind: $kind, from: datetime($from),
    until: CASE WHEN $until IS NULL THEN null ELSE datetime($until) END}]->(b)`;

export function enforcesImmigrationLaw(db: Database, partyId: string, from: string, until: string | null = null) {
  return db.write((tx) => tx.run(ENFORCES, { partyId, from, until }));
}

export function affiliate(
  db: Database,
  fromId: string,
  kind: 'EMPLOYEE_OF' | 'AGENT_OF' | 'CONTRACTOR_OF',
  toId: string,
  from: string,
  until: string | null = null,
) {
  return db.write((tx) => tx.run(AFFILIATE, { fromId, toId, kind, from, until }));
}
