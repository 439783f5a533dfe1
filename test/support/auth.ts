import { issueDevelopmentToken, type AuthConfig } from '../../infra/auth/tokens.ts';
import type { Role } from '../../infra/auth/principal.ts';

/** Headers that sign a request in as one role acting for one organisation. */
export async function as(
  auth: AuthConfig,
  role: Role,
  organisation = 'cook-oiig',
  subject = `test-${role.toLowerCase()}`,
): Promise<Record<string, string>> {
  const token = await issueDevelopmentToken({ subject, roles: [role], organisation }, auth);
  return { authorization: `Bearer ${token}` };
}
