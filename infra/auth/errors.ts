import { DomainError } from '../errors.ts';

/** No valid credentials: a missing, expired, forged or misaddressed token, or an unsigned internal call. */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** Valid credentials that do not allow this: a role, an organisation or an immigration agent. */
export class ForbiddenError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, extensions);
  }
}
