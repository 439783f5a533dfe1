/**
 * Who is asking. The roles are those of the README's "Who may see what"; the organisation
 * is the party id of the principal's employer, which scopes what RECORDER and THIRD_PARTY
 * may write.
 */
export const ROLES = ['ADMIN', 'RECORDER', 'THIRD_PARTY', 'AUDITOR', 'ANALYST', 'REPORTER', 'PUBLIC'] as const;
export type Role = (typeof ROLES)[number];

export type Principal = {
  /** The token's subject: a person or a system account. */
  id: string;
  roles: Role[];
  /** Party id of the principal's organisation. */
  organisation: string;
  /** The service's own id of the request: carried from the gateway to every subgraph and into every log line. */
  requestId: string;
  /** The id the client sent with the request, kept beside the service's own; null when none. */
  clientRequestId?: string | null;
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
