/**
 * The closed lists the files use: the service's categories (in its order), and the small
 * vocabularies of channels, purposes and retraction reasons.
 */
import { CATEGORIES as SERVICE_CATEGORIES, type Category, type PartyKind } from '../../core/registry/index.ts';
import { type Channel } from '../../core/lineage/index.ts';

/** In the service's order, which is the order a record's categories are written in. */
export const CATEGORIES: readonly Category[] = SERVICE_CATEGORIES;

/** Categories as a bit set: bit i is CATEGORIES[i]. */
export type CategoryMask = number;

export function maskOf(categories: readonly Category[]): CategoryMask {
  return categories.reduce((mask, category) => mask | (1 << CATEGORIES.indexOf(category)), 0);
}

const namesOfMask = new Map<CategoryMask, string>();

/** `["NAME","PHOTO"]` for a mask, as JSON text, cached: a county has few distinct sets. */
export function categoriesJson(mask: CategoryMask): string {
  let text = namesOfMask.get(mask);
  if (text === undefined) {
    text = JSON.stringify(CATEGORIES.filter((_, index) => (mask & (1 << index)) !== 0));
    namesOfMask.set(mask, text);
  }
  return text;
}

export function bitsOf(mask: CategoryMask): number[] {
  const bits: number[] = [];
  for (let index = 0; index < CATEGORIES.length; index++) if ((mask & (1 << index)) !== 0) bits.push(index);
  return bits;
}

/** Channels of a disclosure of a few records; a bulk one goes by BULK_EXPORT or DATA_EXCHANGE_FEED. */
export const SMALL_CHANNELS: readonly Channel[] = [
  'API_QUERY',
  'API_QUERY',
  'PORTAL',
  'EMAIL',
  'PHONE',
  'IN_PERSON',
  'OTHER',
];

export const PURPOSES = [
  'BENEFITS_ELIGIBILITY',
  'BACKGROUND_CHECK',
  'DEBT_COLLECTION',
  'RESEARCH',
  'LAW_ENFORCEMENT',
  'IDENTITY_VERIFICATION',
  'MARKETING',
  'TAX_ADMINISTRATION',
  'HEALTH_CARE_OPERATIONS',
  'COURT_PROCEEDINGS',
  'FRAUD_PREVENTION',
  'EMPLOYMENT_SCREENING',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** What each kind of recipient says it wants the records for. */
export const PURPOSES_OF: Record<PartyKind, readonly Purpose[]> = {
  COUNTY_AGENCY: ['COURT_PROCEEDINGS', 'LAW_ENFORCEMENT', 'BENEFITS_ELIGIBILITY', 'TAX_ADMINISTRATION'],
  GOVERNMENT_AGENCY: ['LAW_ENFORCEMENT', 'BENEFITS_ELIGIBILITY', 'TAX_ADMINISTRATION', 'COURT_PROCEEDINGS'],
  DATA_EXCHANGE: ['LAW_ENFORCEMENT', 'HEALTH_CARE_OPERATIONS', 'BENEFITS_ELIGIBILITY', 'IDENTITY_VERIFICATION'],
  DATA_BROKER: ['IDENTITY_VERIFICATION', 'BACKGROUND_CHECK', 'MARKETING', 'DEBT_COLLECTION', 'FRAUD_PREVENTION'],
  CORPORATION: ['IDENTITY_VERIFICATION', 'DEBT_COLLECTION', 'FRAUD_PREVENTION', 'HEALTH_CARE_OPERATIONS'],
  CONTRACTOR: ['HEALTH_CARE_OPERATIONS', 'TAX_ADMINISTRATION', 'BENEFITS_ELIGIBILITY', 'DEBT_COLLECTION'],
  DATABASE: ['IDENTITY_VERIFICATION', 'BACKGROUND_CHECK', 'RESEARCH'],
  BULK_DATA_REQUESTER: ['RESEARCH', 'MARKETING', 'BACKGROUND_CHECK'],
  ASSOCIATION: ['RESEARCH', 'EMPLOYMENT_SCREENING'],
  ORGANIZATION: ['RESEARCH', 'BENEFITS_ELIGIBILITY'],
  PARTNERSHIP: ['COURT_PROCEEDINGS', 'DEBT_COLLECTION', 'BACKGROUND_CHECK'],
  INDIVIDUAL: ['BACKGROUND_CHECK', 'EMPLOYMENT_SCREENING', 'COURT_PROCEEDINGS'],
};

export const RETRACTION_REASONS = [
  'reported in error: wrong recipient named',
  'duplicate report of an earlier disclosure',
  'records attached in error; nothing was sent',
  'test transmission of the sender system, no personal information left the agency',
  'recipient refused the transmission unopened',
] as const;
