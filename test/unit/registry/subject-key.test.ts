import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_KINDS,
  isSubjectKey,
  normaliseIdentifier,
  REDACTED,
  subjectKeyOf,
  subjectKeySecret,
  type IdentifierKind,
} from '../../../core/registry/subject-key.ts';
import { InputError } from '../../../infra/errors.ts';

const SECRET = 'test-secret-of-at-least-32-characters!';
const OTHER_SECRET = 'another-secret-of-at-least-32-characters';

/** The error normaliseIdentifier throws, so that a test can look at all of it. */
function refusal(kind: IdentifierKind, raw: string): InputError {
  try {
    normaliseIdentifier(kind, raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${kind} was accepted`);
}

describe('subject keys', () => {
  it('gives one person written in different ways one key', () => {
    const spellings = [
      '123-45-6789',
      ' 123 45 6789 ',
      '１２３－４５－６７８９', // full-width digits and hyphen
      '123\u201045\u20136789', // Unicode hyphen and en dash
      '\uFEFF123456789\u200B', // byte-order mark and zero-width space
      '123456789\t',
    ];
    const keys = new Set(spellings.map((raw) => subjectKeyOf(SECRET, 'SSN', raw)));
    expect(keys.size).toBe(1);
  });

  it('matches HMAC-SHA-256 of "KIND:normalised" computed independently', () => {
    const expected = createHmac('sha256', SECRET).update('SSN:123456789').digest('hex');
    expect(subjectKeyOf(SECRET, 'SSN', '123-45-6789')).toBe(expected);
    // Pinned as well, so that a change to the derivation cannot pass unnoticed.
    expect(expected).toBe('5917a333d13b5a15cf1c04c02d6a9fa3e6ab6f04ef4a7864f09e3f0d4c0b580c');
  });

  it('keeps kinds apart: the same digits under two kinds are two subjects', () => {
    expect(subjectKeyOf(SECRET, 'SSN', '123456789')).not.toBe(subjectKeyOf(SECRET, 'CB_NUMBER', '123456789'));
  });

  it('gives an Illinois licence and state ID of one number one key: one series, one person', () => {
    expect(subjectKeyOf(SECRET, 'DRIVERS_LICENSE', 'S123-4567-8901')).toBe(
      subjectKeyOf(SECRET, 'STATE_ID', 'S123-4567-8901'),
    );
  });

  it('gives different keys under different secrets, and refuses a short secret', () => {
    expect(subjectKeyOf(SECRET, 'SSN', '123456789')).not.toBe(subjectKeyOf(OTHER_SECRET, 'SSN', '123456789'));
    expect(() => subjectKeyOf('too-short', 'SSN', '123456789')).toThrow(/at least 32 characters/);
  });

  it('produces keys that the access log accepts', () => {
    for (const [kind, raw] of [
      ['SSN', '123-45-6789'],
      ['MRN', 'CCH:00123456'],
    ] as const) {
      expect(isSubjectKey(subjectKeyOf(SECRET, kind, raw))).toBe(true);
    }
    expect(isSubjectKey('A'.repeat(64))).toBe(false);
    expect(isSubjectKey('a'.repeat(63))).toBe(false);
    expect(isSubjectKey('g'.repeat(64))).toBe(false);
    expect(isSubjectKey(`${'a'.repeat(64)}\n`)).toBe(false);
    expect(isSubjectKey(123)).toBe(false);
  });
});

describe('normalised identifiers, kind by kind', () => {
  it.each([
    ['SSN', '078-05-1121', '078051121'],
    ['ITIN', '912-70-1234', '912701234'],
    ['DRIVERS_LICENSE', 's123-4567-8901', 'IL:S12345678901'],
    ['DRIVERS_LICENSE', 'il:S123 4567 8901', 'IL:S12345678901'],
    ['DRIVERS_LICENSE', 'wi:s123-4567-8901-23', 'WI:S1234567890123'],
    ['STATE_ID', 'N123-4567-8901', 'IL:N12345678901'],
    ['CB_NUMBER', 'CB# 0019876543', '19876543'],
    ['CB_NUMBER', '19876543', '19876543'],
    ['MRN', 'cch : 00-123-456', 'CCH:00123456'],
    ['PASSPORT', 'mex:G1234 5678', 'MEX:G12345678'],
    ['OTHER', 'a-number:012-345-678', 'ANUMBER:012345678'],
  ] as const)('%s %j is %s', (kind, raw, normalised) => {
    expect(normaliseIdentifier(kind, raw)).toBe(normalised);
  });

  it('scopes an MRN by its issuing system: the same number at two hospitals is two people', () => {
    expect(subjectKeyOf(SECRET, 'MRN', 'CCH:00123456')).not.toBe(subjectKeyOf(SECRET, 'MRN', 'NMH:00123456'));
  });

  it('covers every kind of the vocabulary', () => {
    expect(IDENTIFIER_KINDS).toEqual([
      'SSN',
      'ITIN',
      'DRIVERS_LICENSE',
      'STATE_ID',
      'CB_NUMBER',
      'MRN',
      'PASSPORT',
      'LICENSE_PLATE',
      'OTHER',
    ]);
  });

  it('scopes a licence plate by its issuing state, Illinois when none is named', () => {
    expect(subjectKeyOf(SECRET, 'LICENSE_PLATE', 'abc 1234')).toBe(
      subjectKeyOf(SECRET, 'LICENSE_PLATE', 'IL:ABC-1234'),
    );
    expect(subjectKeyOf(SECRET, 'LICENSE_PLATE', 'IN:ABC1234')).not.toBe(
      subjectKeyOf(SECRET, 'LICENSE_PLATE', 'ABC1234'),
    );
    expect(() => subjectKeyOf(SECRET, 'LICENSE_PLATE', 'ABCDEF12345')).toThrow(/at most 8/);
  });
});

describe('refused identifiers', () => {
  it.each([
    ['SSN', '123-45-678', /SSN must have 9 digits, got 8/],
    ['SSN', '1234567890', /SSN must have 9 digits, got 10/],
    ['SSN', '123-4S-6789', /SSN must be digits only; found a letter at position 5/],
    ['SSN', '123.45.6789', /not a letter or digit: U\+002E at position 4/],
    ['SSN', '000-12-3456', /area number .* never issued/],
    ['SSN', '666-12-3456', /area number .* never issued/],
    ['SSN', '912-70-1234', /area number .* never issued; an ITIN is kind ITIN/],
    ['SSN', '123-00-4567', /group number .* 00/],
    ['SSN', '123-45-0000', /serial number .* 0000/],
    ['SSN', '   ', /SSN is empty/],
    ['ITIN', '912-40-1234', /ITIN digits 4-5/],
    ['ITIN', '812-70-1234', /ITIN must start with 9/],
    ['DRIVERS_LICENSE', '1234567', /from Illinois must be a letter and 11 digits, got 7 characters/],
    ['DRIVERS_LICENSE', 'XX:1234567', /two-letter postal code/],
    ['STATE_ID', 'WI:', /number is empty/],
    ['CB_NUMBER', 'CB-12A45', /digits only/],
    ['CB_NUMBER', '0000', /CB_NUMBER is zero/],
    ['MRN', '00123456', /MRN must be written as ISSUER:NUMBER/],
    ['MRN', 'C:00123456', /issuing system must have 2-32 characters, got 1/],
    ['PASSPORT', 'G12345678', /PASSPORT must be written as COUNTRY:NUMBER/],
    ['PASSPORT', 'MX:G12345678', /issuing country must have 3 characters/],
    ['OTHER', 'A123', /OTHER must be written as SCHEME:VALUE/],
    ['SSN', 'José 123456789', /a letter outside A-Z/],
    ['SSN', '١٢٣٤٥٦٧٨٩', /a digit outside 0-9/],
  ] as const)('%s %j: %s', (kind, raw, message) => {
    const error = refusal(kind, raw);
    expect(error.message).toMatch(message);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier', value: REDACTED });
  });

  it('never repeats the identifier, or any long run of it, in the error', () => {
    const cases: [IdentifierKind, string][] = [
      ['SSN', '123-45-678'],
      ['SSN', '987-65-4321'],
      ['SSN', '123-45-67890'],
      ['DRIVERS_LICENSE', 'S123-4567-890'],
      // Not the examples the messages give (CCH:00123456, MEX:G12345678), which they may show.
      ['MRN', '48213377'],
      ['MRN', '4821337:'],
      ['PASSPORT', 'K7Q55012'],
      ['CB_NUMBER', '12345678901234'],
      ['OTHER', `SCHEME:${'9'.repeat(70)}`],
    ];
    for (const [kind, raw] of cases) {
      const error = refusal(kind, raw);
      const shown = `${error.message} ${JSON.stringify(error.extensions)}`;
      const compact = raw.replace(/[\s:-]/g, '');
      expect(shown).not.toContain(raw);
      expect(shown).not.toContain(compact);
      // No four consecutive characters of the identifier (lengths and positions are fine).
      for (let i = 0; i + 4 <= compact.length; i += 1) expect(shown).not.toContain(compact.slice(i, i + 4));
    }
  });

  it('refuses an unknown kind and an oversized input without echoing them', () => {
    const unknown = refusal('123-45-6789' as IdentifierKind, '123-45-6789');
    expect(unknown.message).toMatch(/kind must be one of SSN, ITIN/);
    expect(unknown.message).not.toContain('123-45-6789');
    expect(refusal('OTHER', 'X'.repeat(300)).message).toMatch(/300 characters long; at most 256/);
  });

  it('names the field it was given', () => {
    expect(() => normaliseIdentifier('SSN', '12', 'input.identifier')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.identifier' }) }),
    );
  });
});

describe('the subject-key secret', () => {
  it('comes from SUBJECT_KEY_SECRET', () => {
    expect(subjectKeySecret({ SUBJECT_KEY_SECRET: SECRET })).toBe(SECRET);
  });

  it('must be at least 32 characters long', () => {
    expect(() => subjectKeySecret({ SUBJECT_KEY_SECRET: 'short' })).toThrow(
      /SUBJECT_KEY_SECRET must be at least 32 characters/,
    );
  });

  it('is required in production, where a generated one would match no other agency', () => {
    expect(() => subjectKeySecret({ NODE_ENV: 'production' })).toThrow(/set SUBJECT_KEY_SECRET/);
    expect(subjectKeySecret({ NODE_ENV: 'production', SUBJECT_KEY_SECRET: SECRET })).toBe(SECRET);
  });
});
