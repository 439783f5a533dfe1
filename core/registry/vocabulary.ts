/**
 * The registry's vocabulary, written once: the categories of personal information, the kinds
 * of party and the kinds of affiliation. The GraphQL enums of the same names (in every subgraph
 * that declares them) are checked against these lists by a test, in both directions.
 */

/** The categories the ordinance names (with NAME, PHOTO and OTHER), in the order in which a record's categories are stored and shown. */
export const CATEGORIES = [
  'SSN',
  'DATE_OF_BIRTH',
  'BIOMETRIC',
  'LOCATION',
  'RESIDENTIAL_ADDRESS',
  'EMPLOYMENT_ID',
  'DRIVERS_LICENSE',
  'LICENSE_PLATE',
  'PHONE',
  'EMAIL',
  'MEDICAL',
  'JAIL_RELEASE_TIME',
  'INCARCERATION_STATUS',
  'NAME',
  'PHOTO',
  'OTHER',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The kinds of party: county agencies, the ordinance's kinds of third party, and individuals. */
export const PARTY_KINDS = [
  'COUNTY_AGENCY',
  'INDIVIDUAL',
  'PARTNERSHIP',
  'CORPORATION',
  'ASSOCIATION',
  'ORGANIZATION',
  'BULK_DATA_REQUESTER',
  'DATA_BROKER',
  'GOVERNMENT_AGENCY',
  'CONTRACTOR',
  'DATABASE',
  'DATA_EXCHANGE',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The affiliations through which county personnel and immigration agents are found (the definitions). */
export const AFFILIATION_KINDS = ['EMPLOYEE_OF', 'AGENT_OF', 'CONTRACTOR_OF'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];
