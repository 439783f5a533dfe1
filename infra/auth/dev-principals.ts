import type { Claims } from './tokens.ts';
import type { Role } from './principal.ts';

/**
 * The principals whose development tokens `npm start` prints, one per role, each acting for
 * an organisation of the demo county, so that a newcomer can try what each role may do.
 */
export const DEVELOPMENT_PRINCIPALS: Record<Role, Claims> = {
  ADMIN: { subject: 'dev-admin', roles: ['ADMIN'], organisation: 'cook-oiig' },
  RECORDER: { subject: 'dev-recorder', roles: ['RECORDER'], organisation: 'cook-sheriff' },
  THIRD_PARTY: { subject: 'dev-third-party', roles: ['THIRD_PARTY'], organisation: 'regional-justice-exchange' },
  AUDITOR: { subject: 'dev-auditor', roles: ['AUDITOR'], organisation: 'cook-oiig' },
  ANALYST: { subject: 'dev-analyst', roles: ['ANALYST'], organisation: 'cook-oiig' },
  REPORTER: { subject: 'dev-reporter', roles: ['REPORTER'], organisation: 'cook-oiig' },
  PUBLIC: { subject: 'dev-public', roles: ['PUBLIC'], organisation: 'public' },
};
