import { createHmac } from 'node:crypto';
import { secretFromEnvOrLocalFile } from '../../infra/auth/secrets.ts';
import { InputError } from '../../infra/errors.ts';
import { isSubjectKey } from '../../infra/validation.ts';

/**
 * Subject keys: the service never holds a person's identifier, only
 *
 *   subjectKey = lower-case hex HMAC-SHA-256(secret, kind + ":" + normalised identifier)
 *
 * so that one person's records link across agencies that hold the county's secret, and the
 * tracker is not itself a copy of the data. The kind is part of the message, so that the same
 * digits under two kinds never collide. Every error here describes what is wrong with an
 * identifier and never repeats any part of it: the identifier is the personal information.
 */
export const IDENTIFIER_KINDS = [
  'SSN', // US Social Security Number: 9 digits, never-issued ranges refused
  'ITIN', // IRS Individual Taxpayer Identification Number, held by people who cannot get an SSN: 9 digits, 9xx
  'DRIVERS_LICENSE', // US driver's licence, scoped by issuing state ("WI:..."); no prefix means Illinois
  'STATE_ID', // US state identification card, scoped like a driver's licence; no prefix means Illinois
  'CB_NUMBER', // Central booking number of a Cook County arrest (Sheriff / CPD); one per booking
  'MRN', // hospital medical record number, unique only within its system: "ISSUER:NUMBER"
  'PASSPORT', // passport number, unique only within its issuing country: "ISO-3166 alpha-3:NUMBER"
  'LICENSE_PLATE', // vehicle registration plate, scoped by issuing state like a driver's licence; no prefix means Illinois
  'OTHER', // any other identifier, scoped by a scheme the county names: "SCHEME:VALUE"
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** What an error carries as its `value` instead of the identifier. */
export const REDACTED = '<redacted>';

/** Longer input is refused before any work: no identifier of any kind comes near it. */
const MAX_RAW_LENGTH = 256;

/** US postal codes of the jurisdictions that issue driver's licences and state ids. */
const US_JURISDICTIONS = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI'
  ).split(' '),
);

export function isIdentifierKind(value: unknown): value is IdentifierKind {
  return typeof value === 'string' && (IDENTIFIER_KINDS as readonly string[]).includes(value);
}

export { isSubjectKey };

/**
 * The one spelling of an identifier that every agency derives from its own: NFKC (full-width
 * digits become ASCII), whitespace, dashes and invisible format characters removed, upper
 * case, then the rules of its kind. Throws an InputError that never contains the identifier.
 */
export function normaliseIdentifier(kind: IdentifierKind, raw: string, field = 'identifier'): string {
  const refuse: Refuse = (message) => {
    throw new InputError(message, field, REDACTED);
  };
  if (!isIdentifierKind(kind)) refuse(`identifier kind must be one of ${IDENTIFIER_KINDS.join(', ')}`);
  if (typeof raw !== 'string') refuse(`${kind} must be a string`);
  if (raw.length > MAX_RAW_LENGTH) refuse(`${kind} is ${raw.length} characters long; at most ${MAX_RAW_LENGTH}`);
  const compact = raw.normalize('NFKC').replace(/[\s\p{Pd}\p{Cf}]/gu, '');
  if (compact === '') refuse(`${kind} is empty`);
  const bad = /[^A-Za-z0-9:#]/.exec(compact);
  if (bad) {
    const where = `${describe(bad[0])} at position ${bad.index + 1}${UNCOUNTED}`;
    refuse(`${kind} has a character that is not a letter or digit: ${where}`);
  }
  const text = compact.toUpperCase();
  switch (kind) {
    case 'SSN':
      return ssn(plain(kind, text, refuse), refuse);
    case 'ITIN':
      return itin(plain(kind, text, refuse), refuse);
    case 'DRIVERS_LICENSE':
    case 'STATE_ID':
      return stateIssued(kind, text, refuse);
    case 'LICENSE_PLATE':
      return plate(text, refuse);
    case 'CB_NUMBER':
      return cbNumber(text.replace(/^(CB)?#?/, ''), refuse);
    case 'MRN':
      return scoped(kind, text, refuse, {
        form: 'ISSUER:NUMBER',
        scope: 'issuing system',
        example: 'CCH:00123456',
        scopeLength: [2, 32],
      });
    case 'PASSPORT':
      return scoped(kind, text, refuse, {
        form: 'COUNTRY:NUMBER',
        scope: 'issuing country',
        example: 'MEX:G12345678',
        scopeLength: [3, 3],
      });
    case 'OTHER':
      return scoped(kind, text, refuse, {
        form: 'SCHEME:VALUE',
        scope: 'identifier scheme',
        example: 'ANUMBER:012345678',
        scopeLength: [2, 32],
      });
  }
}

/**
 * The subject key of one identifier. The secret is the county's (see subjectKeySecret); it is
 * checked here as well, so that an empty or short secret never produces keys by accident.
 */
/**
 * Illinois issues driver's licences and state IDs from one number series, so one number is
 * one person under either kind: both hash as DRIVERS_LICENSE, and the person gets one key.
 */
function hashedKind(kind: IdentifierKind): IdentifierKind {
  return kind === 'STATE_ID' ? 'DRIVERS_LICENSE' : kind;
}

export function subjectKeyOf(secret: string, kind: IdentifierKind, raw: string, field = 'identifier'): string {
  if (typeof secret !== 'string' || secret.length < 32) {
    throw new Error('subject key secret must be at least 32 characters long');
  }
  const normalised = normaliseIdentifier(kind, raw, field);
  return createHmac('sha256', secret)
    .update(`${hashedKind(kind)}:${normalised}`, 'utf8')
    .digest('hex');
}

/**
 * SUBJECT_KEY_SECRET (at least 32 characters), which the county distributes to the agencies
 * that hash their own extracts; for local use, a secret generated once into
 * `.local/subject-key-secret`. Refused in production: keys made with a generated secret would
 * link to nothing any other agency holds.
 */
export function subjectKeySecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NODE_ENV === 'production' && !env.SUBJECT_KEY_SECRET) {
    throw new Error(
      'NODE_ENV is production: set SUBJECT_KEY_SECRET to the county’s subject-key secret (a generated local secret makes keys no other agency can reproduce)',
    );
  }
  return secretFromEnvOrLocalFile('SUBJECT_KEY_SECRET', 'subject-key-secret', env);
}

type Refuse = (message: string) => never;

/** Positions in messages count characters of the compacted identifier. */
const UNCOUNTED = ' (not counting spaces and hyphens)';

/** Names a character of the input without revealing a letter or digit of the identifier. */
function describe(char: string): string {
  if (/\p{L}/u.test(char)) return 'a letter outside A-Z';
  if (/\p{N}/u.test(char)) return 'a digit outside 0-9';
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Kinds without a prefix: no ':' or '#' either. */
function plain(kind: IdentifierKind, text: string, refuse: Refuse): string {
  const at = text.search(/[:#]/);
  if (at >= 0)
    refuse(
      `${kind} has a character that is not a letter or digit: ${describe(text[at]!)} at position ${at + 1}${UNCOUNTED}`,
    );
  return text;
}

function digitsOnly(kind: string, text: string, length: number, refuse: Refuse, hint = ''): string {
  const letter = text.search(/[A-Z]/);
  if (letter >= 0) refuse(`${kind} must be digits only; found a letter at position ${letter + 1}${UNCOUNTED}`);
  if (text.length !== length) refuse(`${kind} must have ${length} digits, got ${text.length}${hint}`);
  return text;
}

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000 (also after 2011's randomisation). */
function ssn(text: string, refuse: Refuse): string {
  const lost = text.length === 7 || text.length === 8 ? ' (a spreadsheet may have dropped leading zeros)' : '';
  digitsOnly('SSN', text, 9, refuse, lost);
  const area = text.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) {
    refuse('SSN area number (first 3 digits) is 000, 666 or 900-999, which are never issued; an ITIN is kind ITIN');
  }
  if (text.slice(3, 5) === '00') refuse('SSN group number (digits 4-5) is 00, which is never issued');
  if (text.slice(5) === '0000') refuse('SSN serial number (digits 6-9) is 0000, which is never issued');
  return text;
}

/** IRS: an ITIN starts with 9 and its digits 4-5 are 50-65, 70-88, 90-92 or 94-99. */
function itin(text: string, refuse: Refuse): string {
  digitsOnly('ITIN', text, 9, refuse);
  if (!text.startsWith('9')) refuse('ITIN must start with 9');
  const group = Number(text.slice(3, 5));
  const issued =
    (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  if (!issued) refuse('ITIN digits 4-5 must be 50-65, 70-88, 90-92 or 94-99');
  return text;
}

/**
 * Numbers are unique only within the issuing state, so the state is part of the key:
 * "WI:S1234567". No prefix means Illinois, whose numbers are a letter and 11 digits; checking
 * that format keeps another state's unprefixed number from being taken for an Illinois one.
 */
function stateIssued(kind: IdentifierKind, text: string, refuse: Refuse): string {
  const parts = text.split(':');
  if (parts.length > 2 || text.includes('#')) refuse(`${kind} must be NUMBER or STATE:NUMBER (e.g. WI:S1234567)`);
  const [state, number] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['IL', parts[0]!];
  if (!US_JURISDICTIONS.has(state)) refuse(`${kind} prefix must be a US state's two-letter postal code`);
  if (number === '') refuse(`${kind} number is empty`);
  if (state === 'IL' && !/^[A-Z][0-9]{11}$/.test(number)) {
    refuse(
      `${kind} from Illinois must be a letter and 11 digits, got ${number.length} characters; prefix another state's number with its code (e.g. WI:)`,
    );
  }
  if (number.length > 20) refuse(`${kind} number is ${number.length} characters long; at most 20`);
  return `${state}:${number}`;
}

/**
 * A plate is unique only within the state that issued it, so the state is part of the key:
 * "IN:ABC123"; no prefix means Illinois. Letters and digits only (spaces and dashes are
 * dropped before), at most 8 of them: no US jurisdiction issues longer plates.
 */
function plate(text: string, refuse: Refuse): string {
  const parts = text.split(':');
  if (parts.length > 2 || text.includes('#')) refuse('LICENSE_PLATE must be PLATE or STATE:PLATE (e.g. IN:ABC123)');
  const [state, number] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['IL', parts[0]!];
  if (!US_JURISDICTIONS.has(state)) refuse("LICENSE_PLATE prefix must be a US state's two-letter postal code");
  if (number === '') refuse('LICENSE_PLATE number is empty');
  if (number.length > 8) refuse(`LICENSE_PLATE must have at most 8 letters and digits, got ${number.length}`);
  return `${state}:${number}`;
}

/**
 * A serial number whose width differs between the systems that print it, so leading zeros
 * are not significant: "00123456" and "123456" are the same booking.
 */
function cbNumber(text: string, refuse: Refuse): string {
  const other = text.search(/[^0-9]/);
  if (other >= 0)
    refuse(
      `CB_NUMBER must be digits only (after an optional CB or #); found another character at position ${other + 1}${UNCOUNTED}`,
    );
  const significant = text.replace(/^0+/, '');
  if (significant === '') refuse('CB_NUMBER is zero');
  if (significant.length > 10) refuse(`CB_NUMBER must have at most 10 digits, got ${significant.length}`);
  return significant;
}

/** "SCOPE:VALUE", both letters and digits; the scope makes the value unique. */
function scoped(
  kind: IdentifierKind,
  text: string,
  refuse: Refuse,
  rule: { form: string; scope: string; example: string; scopeLength: [number, number] },
): string {
  const parts = text.split(':');
  if (parts.length !== 2 || text.includes('#')) {
    refuse(
      `${kind} must be written as ${rule.form} (e.g. ${rule.example}): it is unique only within its ${rule.scope}`,
    );
  }
  const [scope, value] = [parts[0]!, parts[1]!];
  const [min, max] = rule.scopeLength;
  if (scope.length < min || scope.length > max) {
    refuse(`${kind} ${rule.scope} must have ${min === max ? min : `${min}-${max}`} characters, got ${scope.length}`);
  }
  if (kind === 'PASSPORT' && !/^[A-Z]{3}$/.test(scope))
    refuse('PASSPORT country must be an ISO 3166-1 alpha-3 code (letters)');
  if (value === '') refuse(`${kind} value after the ${rule.scope} is empty`);
  const maxValue = kind === 'PASSPORT' ? 20 : kind === 'MRN' ? 32 : 64;
  if (value.length > maxValue) refuse(`${kind} value is ${value.length} characters long; at most ${maxValue}`);
  return `${scope}:${value}`;
}
