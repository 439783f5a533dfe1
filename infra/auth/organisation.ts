import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import { hasRole, type Principal } from './principal.ts';

/** The principal of a request that must be signed in. */
export function signedIn(principal: Principal | null): Principal {
  if (principal === null) throw new UnauthenticatedError('this needs a signed-in principal');
  return principal;
}

/** RECORDER and THIRD_PARTY write only for their own organisation (README, "Who may see what"). */
export function assertActsForOwnOrganisation(principal: Principal | null, partyId: string, field: string): void {
  const caller = signedIn(principal);
  if (caller.organisation !== partyId) {
    throw new ForbiddenError(
      `${caller.id} acts for ${caller.organisation} and may record only for it; ${field} is "${partyId}"`,
      { field, value: partyId },
    );
  }
}

/**
 * AUDITOR and ANALYST read lineage across organisations. Every other role reads only the
 * disclosures its own organisation made: the roles give THIRD_PARTY "the disclosures it made
 * onward" and RECORDER what it records for its agency, and nothing it merely received (the
 * stricter reading).
 */
export function assertMayRead(principal: Principal | null, senderId: string, what: string): void {
  const caller = signedIn(principal);
  if (hasRole(caller, 'AUDITOR', 'ANALYST') || senderId === caller.organisation) return;
  throw new ForbiddenError(`${caller.id} acts for ${caller.organisation} and may not read ${what}`, { value: what });
}
