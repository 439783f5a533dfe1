/**
 * Reporting, the top floor: the annual report of (g) as data, the monthly recipients, the
 * protection of everything published, the public registry and the published editions. This
 * file is its front door; rendering a report (HTML, SVG, CSV) belongs to the command that renders.
 */
export { annualReport } from './annual.ts';
export { INDIVIDUALS } from './annual-figures.ts';
export { monthlyRecipients, type MonthlyRecipientsRow, type RecipientSeenListed } from './monthly.ts';
export { publicEdition } from './public-edition.ts';
export { type PublicAgreementRow, publicRegistry, publishAnnualReport } from './public-registry.ts';
export { disclosureCountInYear, latestPublishedExact, publishedRelease, type PublishedReportRow } from './published.ts';
export { auditRelease, type CellRange, narrowed, PROTECTED_VALUES } from './release-audit.ts';
export { readerEditions } from './release-editions.ts';
export {
  type AnnualReport,
  type AnnualReportRow,
  type Count,
  type EvidenceRow,
  type FlowRow,
  type FlowRowData,
  type LargeThirdPartyRow,
  MARKERS,
  type Reach,
  type ReachRowData,
  REPORT_SCHEMA_VERSION,
  SMALL_OR_ZERO,
  SUPPRESSED,
  type Table,
  WITHHELD,
  type YearFiguresRow,
} from './report.ts';
export { tablesOf } from './tables.ts';
