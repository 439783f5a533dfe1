/**
 * The report's words for the codes its data holds: categories, legal bases, kinds of
 * immigration agents' requests, complaint statuses, county months and the ordinance's
 * subsections. A code with no words here yet is still read as words, never shown raw.
 */
import type { LegalBasis } from '../lineage/index.ts';
import type { Category } from '../registry/index.ts';

export const CATEGORY_WORDS: Record<Category | 'NONE', string> = {
  SSN: 'Social Security number',
  DATE_OF_BIRTH: 'Date of birth',
  BIOMETRIC: 'Biometric information',
  LOCATION: 'Location',
  RESIDENTIAL_ADDRESS: 'Home address',
  EMPLOYMENT_ID: 'Employment identifier',
  DRIVERS_LICENSE: 'Driver’s license',
  LICENSE_PLATE: 'License plate',
  PHONE: 'Phone number',
  EMAIL: 'Email address',
  MEDICAL: 'Medical information',
  JAIL_RELEASE_TIME: 'Jail release time',
  INCARCERATION_STATUS: 'Incarceration status',
  NAME: 'Name',
  PHOTO: 'Photograph',
  OTHER: 'Other',
  NONE: 'No category recorded',
};

export const LEGAL_BASIS_WORDS: Record<LegalBasis, string> = {
  NONE: 'None given',
  CRIMINAL_WARRANT: 'Criminal warrant',
  COURT_ORDER: 'Court order',
  NON_IMMIGRATION_LAW_ENFORCEMENT: 'Law enforcement unrelated to immigration',
};

/** What an immigration agent asked for (compliance's IMMIGRATION_ACCESS_REQUEST documents). */
export const REQUEST_WORDS: Record<string, string> = {
  ACCESS_TO_INDIVIDUAL: 'Access to an individual in custody',
  USE_OF_FACILITIES: 'Use of county facilities',
  INCARCERATION_STATUS: 'An individual’s incarceration status',
  RELEASE_DATE: 'An individual’s release date',
};

/** A complaint's latest status; RECEIVED until a status is recorded. */
export const STATUS_WORDS: Record<string, string> = {
  RECEIVED: 'Received, no status yet',
  INVESTIGATING: 'Under investigation',
  SUSTAINED: 'Sustained',
  NOT_SUSTAINED: 'Not sustained',
  CLOSED: 'Closed',
};

/** A county month in words, "March 2025" (formatted in UTC from its 15th, so no time zone moves it). */
const MONTH_IN_WORDS = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A code no list here has words for yet, read as words: SOME_CODE is "Some code". */
export function wordsOf(code: string): string {
  if (!/^[A-Z0-9_]+$/.test(code)) return code;
  const words = code.toLowerCase().replaceAll('_', ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export const worded = (words: Readonly<Record<string, string>>, code: string) => words[code] ?? wordsOf(code);

/** A subsection of Sec. 46-37 as the ordinance writes it: F_II is "(f)(ii)". */
export function subsectionWords(code: string): string {
  const match = /^([A-Z])(?:_([IVX]+))?$/.exec(code);
  if (match === null) return code;
  const [, letter = '', numeral] = match;
  return `(${letter.toLowerCase()})${numeral === undefined ? '' : `(${numeral.toLowerCase()})`}`;
}

/** A county month, 'YYYY-MM', as "March 2025"; any other key keeps its label. */
export function monthWords(key: string, label: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return match === null ? label : MONTH_IN_WORDS.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
}
