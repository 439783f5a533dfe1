import {
  REPORT_SCHEMA_VERSION,
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
      { subsection: '(a)', total: 3, high: 1, medium: 1, low: 1, evidence: findingsEvidence },
      { subsection: '(c)', total: 14, high: 2, medium: 7, low: 5, evidence: findingsEvidence },
      { subsection: '(f)', total: 22, high: 12, medium: 6, low: 4, evidence: findingsEvidence },
      { subsection: '(h)', total: 0, high: 0, medium: 0, low: 0, evidence: findingsEvidence },
    ],
    detainerRequests: { received: 19, declined: 17, honoured: 0, pending: 2, evidence: documentsEvidence },
    accessRequests: [{ request: 'ACCESS', received: 12, granted: 10, declined: 2, evidence: documentsEvidence }],
    complaints: [{ status: 'OPEN', count: 3, evidence: documentsEvidence }],
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
      row.subsection === '(a)'
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
