import { randomUUID } from 'node:crypto';
import { recordAffiliation, recordEnforcement } from '../../core/registry/affiliations.ts';
import type { Database } from '../../infra/db.ts';
import { type AffiliationKind } from '../../core/registry/vocabulary.ts';

/** Fixtures through the registry's own functions: intervals are [from, until), until optional. */
export function enforcesImmigrationLaw(db: Database, partyId: string, from: string, until: string | null = null) {
  return recordEnforcement(db, { id: `enf-${randomUUID()}`, partyId, from, until, basis: 'test fixture' });
}

export function affiliate(
  db: Database,
  fromPartyId: string,
  kind: AffiliationKind,
  toPartyId: string,
  from: string,
  until: string | null = null,
) {
  return recordAffiliation(db, { id: `aff-${randomUUID()}`, fromPartyId, kind, toPartyId, from, until });
}
