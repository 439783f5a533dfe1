/**
 * The annual report of Sec. 46-37(g) as data: one versioned JSON shape, which the GraphQL
 * field, the JSON export, the CSV tables and the HTML page are all made from. Counts are
 * numbers; in a public edition a hidden count is one of the markers below (release-audit.ts
 * says what they guarantee).
 */

/** Bumped when a field changes meaning or goes; new fields keep the version. */
export const REPORT_SCHEMA_VERSION = 1;

/** A count as published: exact, or a marker where it is hidden. */
export type Count = number | string;
/** A count from 1 to 10. */
export const SUPPRESSED = '1-10';
/** A count from 0 to 10: zeros hidden with the small counts where only that protects them. */
export const SMALL_OR_ZERO = '0-10';
/** A count hidden so that a small one cannot be worked out, or because an earlier version hid it. */
export const WITHHELD = 'withheld';
export const MARKERS: ReadonlySet<unknown> = new Set([SUPPRESSED, SMALL_OR_ZERO, WITHHELD]);

/** Individuals, records and disclosure events behind one figure. */
export type Reach = { individuals: Count; records: Count; events: Count };

/** One row of a breakdown: its key (a party id, a category, a month, a hop count...) and a label to read. */
export type ReachRow = Reach & {
  key: string;
  label: string;
  /** Set when the key is a party's id. */ partyId?: string;
};

/** One path of the flow chart: from an agency, through the first intermediary (if any), to an immigration agent. */
/** A path of the flow chart; `direct` when its last hop's sender was county personnel (DIRECT). */
export type FlowRow = Reach & { agencyId: string; intermediaryId: string | null; agentId: string; direct: boolean };

/**
 * Where a figure's evidence is: the arguments of the query that lists what is behind it,
 * for the roles allowed to run it (findings: AUDITOR, ANALYST; exposure: the same).
 */
export type Evidence =
  | { query: 'findings'; from: string; until: string; subsections: string[]; partyId?: string }
  | { query: 'exposure'; from: string; until: string; partyId?: string }
  | { query: 'monthlyRecipients'; thirdPartyId: string; month: string }
  /** The documents of these kinds (of the agency), those dated in [from, until) counted. */
  | { query: 'complianceDocuments'; kinds: string[]; from: string; until: string; partyId?: string };

export type YearFigures = {
  year: number;
  /**
   * PUBLISHED: the figures of the latest published report of that year (`publishedVersion`),
   * as they were published; COMPUTED: made from the graph with this report, none being published.
   */
  source: 'PUBLISHED' | 'COMPUTED';
  publishedVersion: number | null;
  /** Third parties that received personal information from the county (the agency) in the year. */
  thirdPartiesGivenAccess: Count;
  thirdPartiesWithAgreement: Count;
  thirdPartiesWithChiefExecutiveCertification: Count;
  thirdPartiesAudited: Count;
  /** Distinct individuals whose information reached a third party in the year. */
  individualsDisclosed: Count;
  direct: Reach;
  indirect: Reach;
  findings: Count;
};

export type LargeThirdParty = AnnualReport['over500'][number];

export type AnnualReport = {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  year: number;
  /** The agency the report is for; null for the whole county. */
  agencyId: string | null;
  /** The county calendar year, America/Chicago: [from, until). */
  window: { from: string; until: string };
  generatedAt: string;
  /**
   * The recorded time the figures are as of: what the service had recorded by then. Null for
   * a report made of everything recorded when it was made; a published report always has one.
   */
  asOf: string | null;
  public: boolean;
  /** Names of every party a table names, by id. */
  parties: Record<string, { name: string; kind: string }>;

  thirdParties: {
    givenAccess: Count;
    withAgreement: Count;
    withChiefExecutiveCertification: Count;
    audited: Count;
    /** With an access grant in force some time in the year: potential exposure. */
    granted: Count;
    /** Of those, with no confirmed disclosure in the year: potential exposure only. */
    grantedWithoutDisclosure: Count;
  };
  individualsDisclosed: Count;

  immigration: {
    /** Disclosure events that reached immigration agents, direct and indirect together. */
    events: Count;
    direct: Reach;
    indirect: Reach;
    /** Arrivals disclosures would have made whose retraction an auditor accepted: not in the figures above. */
    withdrawn: Reach;
    /** Arrivals in the figures above whose evidence a retraction awaiting an auditor contests. */
    contested: Reach;
    /**
     * The individuals and records of every arrival, which the breakdowns cover: kept with the
     * exact figures a publication is protected with, never published.
     */
    all?: Pick<Reach, 'individuals' | 'records'>;
    byHopCount: ReachRow[];
    byCategory: ReachRow[];
    byOriginAgency: ReachRow[];
    byIntermediary: ReachRow[];
    byLegalBasis: ReachRow[];
    /** Every county month of the year, 'YYYY-MM', in order, zeros included. */
    byMonth: ReachRow[];
    flows: FlowRow[];
    evidence: Evidence;
  };

  /** Third parties given more than 500 individuals in the year, and their papers. */
  over500: Array<{
    thirdPartyId: string;
    individuals: Count;
    chiefExecutiveCertification: boolean;
    agreementPublic: boolean;
    evidence: Evidence;
  }>;

  violationNotices: {
    received: Count;
    ceaseOrdered: Count;
    deletionDemanded: Count;
    deletionConfirmed: Count;
    outstanding: Count;
    evidence: Evidence;
  };

  findings: Array<{ subsection: string; total: Count; high: Count; medium: Count; low: Count; evidence: Evidence }>;

  detainerRequests: { received: Count; declined: Count; honoured: Count; pending: Count; evidence: Evidence };
  accessRequests: Array<{ request: string; received: Count; granted: Count; declined: Count; evidence: Evidence }>;
  complaints: Array<{ status: string; count: Count; evidence: Evidence }>;

  /** The same headline figures a year before, to set beside this year's. */
  previousYear: YearFigures | null;
};

/** A table as the CSV and HTML exports lay it out, and as suppression reads it. */
export type Table = {
  /** File name stem for CSV: `immigration-by-month`. */
  name: string;
  title: string;
  columns: Array<{ key: string; label: string; numeric: boolean }>;
  rows: Array<Record<string, Count | null>>;
  /**
   * The table's total row (same columns). Disclosure events and other additive columns add
   * up to it, so that a reader could subtract: suppression must keep every suppressed cell
   * unrecoverable from it. Individuals and records do not add up across rows (one person's
   * records reach agents in several months): their total counts each once.
   */
  total?: Record<string, Count | null>;
};

/** The same types under the names the generated resolver types map GraphQL's onto. */
export type AnnualReportRow = AnnualReport;
export type ReachRowData = ReachRow;
export type FlowRowData = FlowRow;
export type LargeThirdPartyRow = LargeThirdParty;
export type EvidenceRow = Evidence;
export type YearFiguresRow = YearFigures;
