/**
 * `npm run token -- ROLE ORGANISATION [SUBJECT]`: a development token (1 hour), signed with
 * the local key, for trying what a role may do. Refused when a JWKS is configured.
 */
import { isRole, ROLES } from '../infra/auth/principal.ts';
import { authConfigFromEnv, issueDevelopmentToken } from '../infra/auth/tokens.ts';

const [role, organisation, subject] = process.argv.slice(2);
if (!isRole(role) || !organisation) {
  console.error(
    `usage: npm run token -- ${ROLES.join('|')} ORGANISATION [SUBJECT]; got ${JSON.stringify(process.argv.slice(2))}`,
  );
  process.exit(2);
}
try {
  const claims = { subject: subject ?? `dev-${role.toLowerCase()}`, roles: [role], organisation };
  console.log(await issueDevelopmentToken(claims, authConfigFromEnv()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
