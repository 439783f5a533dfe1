import { describe, expect, it } from 'vitest';
import { tokenIn } from '../../../explorer/src/session.ts';

describe('the token in what was pasted into the sign-in form', () => {
  const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJyb2xlcyI6WyJBVURJVE9SIl19.c2lnbmF0dXJl';
  it('finds it alone, after Bearer, in a header line, and in a whole line of npm start', () => {
    for (const pasted of [
      jwt,
      `Bearer ${jwt}`,
      `Authorization: Bearer ${jwt}`,
      `  AUDITOR     cook-oiig                  ${jwt}  `,
    ]) {
      expect(tokenIn(pasted)).toBe(jwt);
    }
  });
});
