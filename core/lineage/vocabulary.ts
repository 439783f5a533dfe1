/**
 * Lineage's vocabulary, written once: how information left a party, on what legal basis, who
 * reported the disclosure, and the shape of a disclosure as a sender states it. The GraphQL
 * enums and input of the same names are checked against these by a test, in both directions.
 */
import type { Category } from '../registry/index.ts';

export const CHANNELS = [
  'BULK_EXPORT',
  'API_QUERY',
  'DATA_EXCHANGE_FEED',
  'EMAIL',
  'PHONE',
  'IN_PERSON',
  'PORTAL',
  'OTHER',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The legal bases a disclosure can state; NONE unless one is stated. */
export const LEGAL_BASES = ['NONE', 'CRIMINAL_WARRANT', 'COURT_ORDER', 'NON_IMMIGRATION_LAW_ENFORCEMENT'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Who told the service of a disclosure: its sender, its receiver, or an audit that found it. */
export const REPORTERS = ['SENDER', 'RECEIVER', 'AUDIT'] as const;
export type ReportedBy = (typeof REPORTERS)[number];

/** One record a disclosure carried; without categories, all of the record's. */
export type CarriedRecordInput = { recordId: string; categories?: Category[] | null };

/** A disclosure as its sender states it, through the API or an import, before any check. */
export type RecordDisclosureInput = {
  id: string;
  fromPartyId: string;
  toPartyId: string;
  at: string;
  purpose: string;
  channel: Channel;
  legalBasis?: LegalBasis | null;
  reportedBy?: ReportedBy | null;
  agreementReference?: string | null;
  records: CarriedRecordInput[];
};
