import {
  REPORT_SCHEMA_VERSION,
  SMALL_OR_ZERO,
  SUPPRESSED,
  type AnnualReport,
  type Count,
  type Evidence,
  type FlowRow,
  type Reach,
  type ReachRow,
  type Table,
} from '../../core/reporting/report.ts';

/**
 * Annual reports built by hand, for rendering tests that need no database: a county year
 * with three agencies, three intermediaries and three immigration agents, every month,
 * hop counts 1 to 4, and a public edition of it with some counts suppressed.
 */

const YEAR = 2025;

export const PARTIES: AnnualReport['parties'] = {
  'ag-sheriff': { name: 'Cook County Sheriff’s Office', kind: 'COUNTY_AGENCY' },
  'ag-clerk': { name: 'Cook County Clerk', kind: 'COUNTY_AGENCY' },
  // A name that must be escaped wherever it is printed.
  'ag-records': { name: 'Bureau of "Records" & <Archives>', kind: 'COUNTY_AGENCY' },
  'ag-assessor': { name: 'Cook County Assessor', kind: 'COUNTY_AGENCY' },
  'tp-northwind': { name: 'Northwind Data Exchange', kind: 'DATA_EXCHANGE' },
  'tp-prairie': { name: 'Prairie Plate Readers LLC', kind: 'CORPORATION' },
  'tp-lakeshore': { name: 'Lakeshore Records Brokers', kind: 'DATA_BROKER' },
  'ia-ice': { name: 'U.S. Immigration and Customs Enforcement', kind: 'GOVERNMENT_AGENCY' },
  'ia-cbp': { name: 'U.S. Customs and Border Protection', kind: 'GOVERNMENT_AGENCY' },
  'ia-ero': { name: 'ERO Chicago Field Office', kind: 'GOVERNMENT_AGENCY' },
  'ia-hsi': { name: 'Homeland Security Investigations', kind: 'GOVERNMENT_AGENCY' },
};

const MONTHLY_INDIVIDUALS = [31, 7, 44, 27, 58, 63, 40, 71, 36, 29, 48, 22];
/** The busiest month (August) stays exact in the public edition, so both editions share a scale. */
export const BUSIEST_MONTH_INDEX = 7;

function reach(individuals: number): Reach {
  return { individuals, records: individuals * 3, events: Math.ceil(individuals / 2) };
}

function reachRow(key: string, label: string, individuals: number): ReachRow {
  return { key, label, ...reach(individuals) };
}

function flow(agencyId: string, intermediaryId: string | null, agentId: string, individuals: number): FlowRow {
  return { agencyId, intermediaryId, agentId, direct: intermediaryId === null, ...reach(individuals) };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function annualReport(): AnnualReport {
  const documentsEvidence: Evidence = {
    query: 'complianceDocuments',
    kinds: ['DETAINER_REQUEST'],
    from: `${YEAR}-01-01T00:00:00-06:00`,
    until: `${YEAR + 1}-01-01T00:00:00-06:00`,
  };
  const findingsEvidence: Evidence = {
    query: 'findings',
    from: `${YEAR}-01-01`,
    until: `${YEAR + 1}-01-01`,
    subsections: [],
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year: YEAR,
    agencyId: null,
    window: { from: `${YEAR}-01-01T00:00:00-06:00`, until: `${YEAR + 1}-01-01T00:00:00-06:00` },
    generatedAt: `${YEAR + 1}-01-15T16:30:00Z`,
    asOf: `${YEAR + 1}-01-15T16:29:00Z`,
    public: false,
    parties: PARTIES,
    thirdParties: {
      givenAccess: 42,
      withAgreement: 35,
      withChiefExecutiveCertification: 30,
      audited: 12,
      granted: 50,
      grantedWithoutDisclosure: 8,
    },
    individualsDisclosed: 18_250,
    immigration: {
      // The events of every month, and of the one legal basis, add up to this.
      events: 241,
      direct: { ...reach(157), events: 100 },
      indirect: { ...reach(237), events: 141 },
      // Nobody was reached both directly and indirectly: every arrival, each counted once.
      all: { individuals: 394, records: 1_182 },
      withdrawn: reach(3),
      contested: reach(14),
      byHopCount: [
        reachRow('1', '1 hop (direct)', 157),
        reachRow('2', '2 hops', 190),
        reachRow('3', '3 hops', 41),
        reachRow('4', '4 hops', 6),
      ],
      byCategory: [reachRow('LICENSE_PLATE', 'Licence plate', 210), reachRow('ADDRESS', 'Home address', 184)],
      byOriginAgency: [reachRow('ag-sheriff', PARTIES['ag-sheriff']?.name ?? '', 245)],
      byIntermediary: [reachRow('tp-northwind', PARTIES['tp-northwind']?.name ?? '', 125)],
      byLegalBasis: [{ ...reachRow('NONE', 'No legal basis recorded', 394), events: 241 }],
      byMonth: MONTHLY_INDIVIDUALS.map((individuals, i) =>
        reachRow(`${YEAR}-${String(i + 1).padStart(2, '0')}`, `${MONTH_NAMES[i]} ${YEAR}`, individuals),
      ),
      flows: [
        flow('ag-sheriff', null, 'ia-ice', 120),
        flow('ag-sheriff', 'tp-northwind', 'ia-ice', 80),
        flow('ag-sheriff', 'tp-northwind', 'ia-cbp', 45),
        flow('ag-clerk', 'tp-prairie', 'ia-ice', 60),
        flow('ag-clerk', null, 'ia-cbp', 25),
        flow('ag-records', 'tp-prairie', 'ia-cbp', 15),
        flow('ag-records', 'tp-lakeshore', 'ia-ero', 4),
        flow('ag-assessor', null, 'ia-hsi', 3),
      ],
      evidence: { query: 'exposure', from: `${YEAR}-01-01`, until: `${YEAR + 1}-01-01` },
    },
    over500: [
      {
        thirdPartyId: 'tp-northwind',
        individuals: 2_400,
        chiefExecutiveCertification: true,
        agreementPublic: false,
        evidence: { query: 'monthlyRecipients', thirdPartyId: 'tp-northwind', month: `${YEAR}-03` },
      },
    ],
    violationNotices: {
      received: 4,
      ceaseOrdered: 3,
      deletionDemanded: 3,
      deletionConfirmed: 2,
      outstanding: 1,
      evidence: documentsEvidence,
    },
    findings: [
      { subsection: 'A', total: 3, high: 1, medium: 1, low: 1, evidence: findingsEvidence },
      { subsection: 'C', total: 14, high: 2, medium: 7, low: 5, evidence: findingsEvidence },
      { subsection: 'F_I', total: 22, high: 12, medium: 6, low: 4, evidence: findingsEvidence },
      { subsection: 'H', total: 0, high: 0, medium: 0, low: 0, evidence: findingsEvidence },
    ],
    detainerRequests: { received: 19, declined: 17, honoured: 0, pending: 2, evidence: documentsEvidence },
    accessRequests: [
      { request: 'ACCESS_TO_INDIVIDUAL', received: 12, granted: 10, declined: 2, evidence: documentsEvidence },
      { request: 'RELEASE_DATE', received: 5, granted: 0, declined: 4, evidence: documentsEvidence },
    ],
    complaints: [{ status: 'INVESTIGATING', count: 3, evidence: documentsEvidence }],
    previousYear: {
      year: YEAR - 1,
      source: 'PUBLISHED',
      publishedVersion: 1,
      thirdPartiesGivenAccess: 39,
      thirdPartiesWithAgreement: 30,
      thirdPartiesWithChiefExecutiveCertification: 21,
      thirdPartiesAudited: 9,
      individualsDisclosed: 16_940,
      direct: reach(181),
      indirect: reach(205),
      findings: 51,
    },
  };
}

/**
 * The public edition: small counts and one count per group that would give them away are
 * "1-10". Suppressed: February and November; hop counts 3 and 4; the only paths through
 * Lakeshore (to ERO) and from the Assessor (to HSI), so four parties carry nothing exact.
 */
export function publicAnnualReport(): AnnualReport {
  const report = annualReport();
  const { immigration } = report;
  const suppressMonths = new Set([1, 10]);
  // A public edition never publishes the individuals and records of every arrival.
  delete immigration.all;
  return {
    ...report,
    public: true,
    thirdParties: { ...report.thirdParties, audited: SUPPRESSED, grantedWithoutDisclosure: SUPPRESSED },
    immigration: {
      ...immigration,
      byMonth: immigration.byMonth.map((row, i) =>
        suppressMonths.has(i) ? { ...row, individuals: SUPPRESSED, records: SUPPRESSED, events: SUPPRESSED } : row,
      ),
      byHopCount: immigration.byHopCount.map((row) =>
        row.key === '3' || row.key === '4'
          ? { ...row, individuals: SUPPRESSED, records: SUPPRESSED, events: SUPPRESSED }
          : row,
      ),
      flows: immigration.flows.map((row) =>
        row.intermediaryId === 'tp-lakeshore' || row.agencyId === 'ag-assessor'
          ? { ...row, individuals: SUPPRESSED, records: SUPPRESSED, events: SUPPRESSED }
          : row,
      ),
    },
    findings: report.findings.map((row) =>
      row.subsection === 'A'
        ? { ...row, total: SUPPRESSED, high: SUPPRESSED, medium: SUPPRESSED, low: SUPPRESSED }
        : row,
    ),
  };
}

/** A report for one agency whose name must be escaped, with no disclosure to an immigration agent. */
export function quietAgencyReport(): AnnualReport {
  const report = annualReport();
  const { immigration } = report;
  const none = reach(0);
  return {
    ...report,
    agencyId: 'ag-records',
    immigration: {
      ...immigration,
      direct: none,
      indirect: none,
      byHopCount: [],
      byMonth: immigration.byMonth.map((row) => ({ ...row, ...none })),
      flows: [],
    },
  };
}

/** Twenty agencies, so that the flow chart must group all but the twelve largest. */
export function crowdedReport(agencies: number): AnnualReport {
  const report = annualReport();
  const ids = Array.from({ length: agencies }, (_, i) => `ag-${i + 1}`);
  const parties = { ...report.parties };
  for (const [i, id] of ids.entries()) parties[id] = { name: `County Department No. ${i + 1}`, kind: 'COUNTY_AGENCY' };
  return {
    ...report,
    parties,
    immigration: {
      ...report.immigration,
      flows: ids.map((id, i) => flow(id, i % 2 === 0 ? 'tp-northwind' : null, 'ia-ice', 5 * (i + 1))),
    },
  };
}

const REACH_COLUMNS: Table['columns'] = [
  { key: 'individuals', label: 'Individuals', numeric: true },
  { key: 'records', label: 'Records', numeric: true },
  { key: 'events', label: 'Disclosure events', numeric: true },
];

/** Totals come from the exact rows: a total over two or more suppressed cells gives none of them away. */
function reachTable(name: string, title: string, keyLabel: string, rows: ReachRow[], exactRows: ReachRow[]): Table {
  const add = (column: keyof Reach): Count => exactRows.reduce((total, row) => total + Number(row[column]), 0);
  return {
    name,
    title,
    columns: [{ key: 'label', label: keyLabel, numeric: false }, ...REACH_COLUMNS],
    rows: rows.map((row) => ({
      label: row.label,
      individuals: row.individuals,
      records: row.records,
      events: row.events,
    })),
    total: { label: null, individuals: add('individuals'), records: add('records'), events: add('events') },
  };
}

/** Tables as the exporters would lay them out: two with totals, one without. */
export function reportTables(report: AnnualReport, exact: AnnualReport = annualReport()): Table[] {
  const name = (id: string | null) => (id === null ? 'none (direct)' : (report.parties[id]?.name ?? id));
  return [
    reachTable(
      'immigration-by-month',
      'Individuals reached, by county month',
      'Month',
      report.immigration.byMonth,
      exact.immigration.byMonth,
    ),
    reachTable(
      'immigration-by-hop-count',
      'Individuals reached, by hop count',
      'Hops',
      report.immigration.byHopCount,
      exact.immigration.byHopCount,
    ),
    {
      name: 'immigration-flows',
      title: 'Paths from county agencies to immigration agents',
      columns: [
        { key: 'agency', label: 'Origin agency', numeric: false },
        { key: 'intermediary', label: 'First intermediary', numeric: false },
        { key: 'agent', label: 'Immigration agent', numeric: false },
        ...REACH_COLUMNS,
      ],
      rows: report.immigration.flows.map((row) => ({
        agency: name(row.agencyId),
        intermediary: name(row.intermediaryId),
        agent: name(row.agentId),
        individuals: row.individuals,
        records: row.records,
        events: row.events,
      })),
    },
  ];
}

const DEMO_SUBSECTIONS = ['A', 'B', 'C', 'D', 'E', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V', 'G', 'H'];

/**
 * The demo county's 2025 report (`npm start -- --demo`, then `npm run report -- --year 2025`),
 * as its exact edition has it: two individuals reached, one directly through the sheriff's
 * records vendor and one through the exchange, counts of 1 everywhere, raw codes as labels
 * (categories, the legal basis NONE, months as YYYY-MM), nothing over 500, no access request,
 * no complaint, and a year before with nothing in it.
 */
export function demoReport(): AnnualReport {
  const window = { from: `${YEAR}-01-01T00:00:00-06:00`, until: `${YEAR + 1}-01-01T00:00:00-06:00` };
  const documents = (kinds: string[]): Evidence => ({ query: 'complianceDocuments', kinds, ...window });
  const one: Reach = { individuals: 1, records: 1, events: 1 };
  const zero: Reach = { individuals: 0, records: 0, events: 0 };
  const row = (key: string, label: string, reached: Reach): ReachRow => ({ key, label, ...reached });
  // High, medium and low findings of each subsection: 24 in all, in 7 of the 12.
  const severities: Record<string, [number, number, number]> = {
    B: [1, 0, 0],
    E: [2, 0, 0],
    F_I: [5, 0, 0],
    F_II: [6, 0, 0],
    F_III: [3, 0, 0],
    F_IV: [0, 3, 0],
    G: [0, 4, 0],
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year: YEAR,
    agencyId: null,
    window,
    generatedAt: `${YEAR + 1}-01-15T16:30:00Z`,
    asOf: null,
    public: false,
    parties: {
      'acme-data': { name: 'Acme Data Services', kind: 'DATA_BROKER' },
      'cook-sheriff': { name: 'Cook County Sheriff', kind: 'COUNTY_AGENCY' },
      ice: { name: 'U.S. Immigration and Customs Enforcement', kind: 'GOVERNMENT_AGENCY' },
      'records-vendor': { name: 'Jail records management vendor', kind: 'CONTRACTOR' },
      'regional-justice-exchange': { name: 'Regional criminal justice data exchange', kind: 'DATA_EXCHANGE' },
    },
    thirdParties: {
      givenAccess: 4,
      withAgreement: 0,
      withChiefExecutiveCertification: 0,
      audited: 0,
      granted: 0,
      grantedWithoutDisclosure: 0,
    },
    individualsDisclosed: 5,
    immigration: {
      events: 2,
      direct: one,
      indirect: one,
      withdrawn: zero,
      all: { individuals: 2, records: 2 },
      contested: zero,
      byHopCount: [row('2', '2 hops', one), row('3', '3 hops', one)],
      byCategory: [
        row('NAME', 'NAME', { individuals: 2, records: 2, events: 2 }),
        row('INCARCERATION_STATUS', 'INCARCERATION_STATUS', one),
        row('JAIL_RELEASE_TIME', 'JAIL_RELEASE_TIME', one),
      ],
      byOriginAgency: [
        {
          ...row('cook-sheriff', 'Cook County Sheriff', { individuals: 2, records: 2, events: 2 }),
          partyId: 'cook-sheriff',
        },
      ],
      byIntermediary: [
        { ...row('acme-data', 'Acme Data Services', one), partyId: 'acme-data' },
        { ...row('records-vendor', 'Jail records management vendor', one), partyId: 'records-vendor' },
        {
          ...row('regional-justice-exchange', 'Regional criminal justice data exchange', one),
          partyId: 'regional-justice-exchange',
        },
      ],
      byLegalBasis: [row('NONE', 'NONE', { individuals: 2, records: 2, events: 2 })],
      byMonth: Array.from({ length: 12 }, (_, i) => {
        const key = `${YEAR}-${String(i + 1).padStart(2, '0')}`;
        return row(key, key, i === 2 || i === 5 ? one : zero);
      }),
      flows: [
        {
          agencyId: 'cook-sheriff',
          intermediaryId: 'regional-justice-exchange',
          agentId: 'ice',
          direct: false,
          ...one,
        },
        { agencyId: 'cook-sheriff', intermediaryId: 'records-vendor', agentId: 'ice', direct: true, ...one },
      ],
      evidence: { query: 'exposure', ...window },
    },
    over500: [],
    violationNotices: {
      received: 0,
      ceaseOrdered: 0,
      deletionDemanded: 0,
      deletionConfirmed: 0,
      outstanding: 0,
      evidence: documents(['VIOLATION_NOTICE', 'CEASE_ORDER', 'DELETION_DEMAND']),
    },
    findings: DEMO_SUBSECTIONS.map((subsection) => {
      const [high, medium, low] = severities[subsection] ?? [0, 0, 0];
      return {
        subsection,
        total: high + medium + low,
        high,
        medium,
        low,
        evidence: { query: 'findings', ...window, subsections: [subsection] },
      };
    }),
    detainerRequests: { received: 0, declined: 0, honoured: 0, pending: 0, evidence: documents(['DETAINER_REQUEST']) },
    accessRequests: [],
    complaints: [],
    previousYear: {
      year: YEAR - 1,
      source: 'COMPUTED',
      publishedVersion: null,
      thirdPartiesGivenAccess: 0,
      thirdPartiesWithAgreement: 0,
      thirdPartiesWithChiefExecutiveCertification: 0,
      thirdPartiesAudited: 0,
      individualsDisclosed: 0,
      direct: zero,
      indirect: zero,
      findings: 0,
    },
  };
}

/**
 * The demo's 2025 public edition as `npm run report -- --public` makes it: every count from
 * 1 to 10 "1-10", the document counts and every count of disclosure events "0-10" (zeros
 * included), no individuals and records of every arrival, and no year before (2024 was never
 * published).
 */
export function demoPublicReport(): AnnualReport {
  const report = demoReport();
  const hide = (count: Count, events = false): Count =>
    events ? SMALL_OR_ZERO : typeof count === 'number' && count >= 1 && count <= 10 ? SUPPRESSED : count;
  const hideReach = <T extends Reach>(reached: T): T => ({
    ...reached,
    individuals: hide(reached.individuals),
    records: hide(reached.records),
    events: hide(reached.events, true),
  });
  const { immigration } = report;
  delete immigration.all;
  const documents = <T extends Record<string, unknown>>(counts: T): T =>
    Object.fromEntries(
      Object.entries(counts).map(([key, value]) => [key, typeof value === 'number' ? SMALL_OR_ZERO : value]),
    ) as T;
  return {
    ...report,
    public: true,
    thirdParties: { ...report.thirdParties, givenAccess: SUPPRESSED },
    individualsDisclosed: SUPPRESSED,
    immigration: {
      ...immigration,
      events: SMALL_OR_ZERO,
      direct: hideReach(immigration.direct),
      indirect: hideReach(immigration.indirect),
      contested: { ...immigration.contested, events: SMALL_OR_ZERO },
      byHopCount: immigration.byHopCount.map(hideReach),
      byCategory: immigration.byCategory.map(hideReach),
      byOriginAgency: immigration.byOriginAgency.map(hideReach),
      byIntermediary: immigration.byIntermediary.map(hideReach),
      byLegalBasis: immigration.byLegalBasis.map(hideReach),
      byMonth: immigration.byMonth.map(hideReach),
      flows: immigration.flows.map(hideReach),
    },
    violationNotices: documents(report.violationNotices),
    findings: report.findings.map((entry) => ({
      ...entry,
      total: hide(entry.total),
      high: hide(entry.high),
      medium: hide(entry.medium),
      low: hide(entry.low),
    })),
    detainerRequests: documents(report.detainerRequests),
    previousYear: null,
  };
}

/** A code of the data, as no reader should see it: JAIL_RELEASE_TIME, NONE, F_I, "F I", 2025-03, a bare letter. */
export function looksLikeCode(text: string): boolean {
  return (
    /\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b/.test(text) ||
    /^[A-Z]{2,}$/.test(text.trim()) ||
    /^[A-Z]( [IVX]+)?$/.test(text.trim()) ||
    /^\d{4}-\d{2}$/.test(text.trim())
  );
}
