/**
 * `npm run token -- ROLE ORGANISATION [SUBJECT]`: a development token (1 hour), signed with
 * the local key, for trying what a role may do. Refused when a JWKS is configured.
 */
import { isRole, ROLES } from '../infra/auth/principal.ts';
import { authConfigFromEnv, issueDevelopmentToken } from '../infra/auth/tokens.ts';

const USAGE = `usage: npm run token -- ${ROLES.join('|')} ORGANISATION [SUBJECT]

Prints a development token (valid 1 hour) for a role acting for an organisation (a party id),
signed with the local development key; send it as "Authorization: Bearer <token>". Refused
when the service is configured with an identity provider's keys (AUTH_JWKS_URL or
AUTH_JWKS_FILE).`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const [role, organisation, subject] = args;
if (!isRole(role) || !organisation) {
  console.error(
    `${role === undefined ? 'a role and an organisation are needed' : `got ${JSON.stringify(args)}`}\n\n${USAGE}`,
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
