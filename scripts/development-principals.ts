/**
 * Who the development tokens of `npm start` act for. A principal whose organisation the
 * registry does not hold is refused everything, so each token must act for a registered
 * party: the office the county's overseers work in is registered when it is missing (in
 * development only), and the RECORDER and THIRD_PARTY act for the demo's sheriff and
 * exchange when they are registered, else for the first county agency that created records
 * and the first data exchange of the county loaded.
 */
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import type { Role } from '../infra/auth/principal.ts';
import type { Claims } from '../infra/auth/tokens.ts';
import type { Database } from '../infra/db.ts';
import { registerParty } from '../core/registry/index.ts';

/** The office the ADMIN, AUDITOR, ANALYST and REPORTER development principals act for. */
export const DEVELOPMENT_OFFICE = {
  id: DEVELOPMENT_PRINCIPALS.AUDITOR.organisation,
  name: 'Cook County Office of the Independent Inspector General',
  kind: 'COUNTY_AGENCY',
} as const;

const REGISTERED = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Party {id: id})
  RETURN p.id AS id`;

/** A stand-in when the preferred organisation is not registered: the first by id, or null. */
const STAND_IN = /* cypher */ `
  CALL () {
    MATCH (p:Party {kind: 'COUNTY_AGENCY'}) WHERE p.id <> $office AND EXISTS { (p)-[:ORIGINATED]->() }
    RETURN p.id AS id ORDER BY id LIMIT 1
  }
  WITH collect(id)[0] AS recorder
  CALL () {
    MATCH (p:Party {kind: 'DATA_EXCHANGE'})
    RETURN p.id AS id ORDER BY id LIMIT 1
  }
  RETURN recorder, collect(id)[0] AS thirdParty`;

/**
 * Registers the development office when it is missing, and answers the principal of each
 * role with an organisation the registry holds (PUBLIC acts for no organisation).
 */
export async function developmentPrincipals(
  db: Database,
): Promise<{ principals: Record<Role, Claims>; registeredOffice: boolean }> {
  const preferred = Object.values(DEVELOPMENT_PRINCIPALS).map((claims) => claims.organisation);
  const held = new Set(
    (await db.read((tx) => tx.run<{ id: string }>(REGISTERED, { ids: preferred }))).map((row) => row.id),
  );
  let registeredOffice = false;
  if (!held.has(DEVELOPMENT_OFFICE.id)) {
    registeredOffice = (await registerParty(db, DEVELOPMENT_OFFICE)).created;
    held.add(DEVELOPMENT_OFFICE.id);
  }
  const [standIn] = await db.read((tx) =>
    tx.run<{ recorder: string | null; thirdParty: string | null }>(STAND_IN, { office: DEVELOPMENT_OFFICE.id }),
  );
  const principals = { ...DEVELOPMENT_PRINCIPALS };
  const actFor = (role: 'RECORDER' | 'THIRD_PARTY', standInId: string | null | undefined) => {
    const claims = DEVELOPMENT_PRINCIPALS[role];
    if (!held.has(claims.organisation) && standInId) principals[role] = { ...claims, organisation: standInId };
  };
  actFor('RECORDER', standIn?.recorder);
  actFor('THIRD_PARTY', standIn?.thirdParty);
  return { principals, registeredOffice };
}
