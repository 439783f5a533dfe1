/**
 * The annual report laid out as tables: the CSV export writes one file each, the HTML page
 * shows them, and the public edition suppresses small counts in them. Every numeric cell is
 * bound to the report field it shows, so that a suppressed cell is suppressed in the report
 * too, and a figure shown in two tables is one value.
 *
 * A table has a total row where a reader could add its rows up: disclosure events by month
 * and by legal basis (each disclosure has one instant and one legal basis), detainer requests
 * by disposition, access requests and findings by answer and severity (laid out with one row
 * per answer or severity, so that the total is a column sum). Individuals and records are
 * never additive across rows (a person's records reach agents in several months, through
 * several intermediaries), and those totals are left empty.
 */
import type { AnnualReport, Count, Reach, ReachRow, Table, YearFigures } from './report.ts';

type Target = Record<string, unknown>;
type Binding = { target: Target; field: string };
/** Where each numeric cell of a table comes from, row by row, and the total's. */
export type Bound = { table: Table; rows: Array<Record<string, Binding>>; total: Record<string, Binding> | null };

const REACH_COLUMNS = [
  { key: 'individuals', label: 'Individuals', numeric: true },
  { key: 'records', label: 'Records', numeric: true },
  { key: 'events', label: 'Disclosures', numeric: true },
];

class TableBuilder {
  private readonly table: Table;
  private readonly rows: Array<Record<string, Binding>> = [];
  private totalBindings: Record<string, Binding> | null = null;

  constructor(name: string, title: string, columns: Table['columns']) {
    this.table = { name, title, columns, rows: [] };
  }

  /** A row: its label cells as given, its numeric cells bound to fields of their targets. */
  /** A numeric column the row has no binding for is empty (null). */
  row(labels: Record<string, string>, cells: Record<string, Binding>): this {
    const empty = this.table.columns.filter((column) => column.numeric).map((column) => [column.key, null]);
    this.table.rows.push({ ...Object.fromEntries(empty), ...labels, ...valuesOf(cells) });
    this.rows.push(cells);
    return this;
  }

  total(labels: Record<string, string>, cells: Record<string, Binding | null>): this {
    const bound = Object.fromEntries(Object.entries(cells).filter(([, cell]) => cell !== null)) as Record<
      string,
      Binding
    >;
    this.table.total = {
      ...labels,
      ...Object.fromEntries(Object.keys(cells).map((key) => [key, null])),
      ...valuesOf(bound),
    };
    this.totalBindings = bound;
    return this;
  }

  build(): Bound {
    return { table: this.table, rows: this.rows, total: this.totalBindings };
  }
}

const at = (target: Target, field: string): Binding => ({ target, field });
const valuesOf = (cells: Record<string, Binding>) =>
  Object.fromEntries(Object.entries(cells).map(([key, cell]) => [key, cell.target[cell.field] as Count]));
const reachCells = (reach: Reach | ReachRow) => ({
  individuals: at(reach as Target, 'individuals'),
  records: at(reach as Target, 'records'),
  events: at(reach as Target, 'events'),
});

const nameOf = (report: AnnualReport, id: string) => report.parties[id]?.name ?? id;

export function boundTablesOf(report: AnnualReport): Bound[] {
  const { immigration } = report;
  // Every disclosure that reached an agent is direct or indirect, in one month, with one legal
  // basis: the events that reached agents are the total of those tables' disclosures.
  const allEvents = at(immigration as unknown as Target, 'events');
  const reachTable = (name: string, title: string, keyLabel: string, rows: readonly ReachRow[], additive: boolean) => {
    const builder = new TableBuilder(name, title, [{ key: 'key', label: keyLabel, numeric: false }, ...REACH_COLUMNS]);
    for (const row of rows) builder.row({ key: row.label }, reachCells(row));
    if (additive) builder.total({ key: 'All' }, { individuals: null, records: null, events: allEvents });
    return builder.build();
  };
  const partyRows = (rows: readonly ReachRow[]) =>
    rows.map((row) => ({ ...row, label: row.key === 'NONE' ? 'none' : nameOf(report, row.key) }));

  const thirdParties = report.thirdParties as unknown as Target;
  const tables: Bound[] = [
    new TableBuilder('third-parties', 'Third parties given access, and their papers', [
      { key: 'figure', label: 'Figure', numeric: false },
      { key: 'count', label: 'Third parties', numeric: true },
    ])
      .row({ figure: 'Given personal information in the year' }, { count: at(thirdParties, 'givenAccess') })
      .row({ figure: 'with an agreement in force' }, { count: at(thirdParties, 'withAgreement') })
      .row(
        { figure: "with a chief executive's certification" },
        { count: at(thirdParties, 'withChiefExecutiveCertification') },
      )
      .row({ figure: 'audited in the year' }, { count: at(thirdParties, 'audited') })
      .row({ figure: 'Holding an access grant in the year' }, { count: at(thirdParties, 'granted') })
      .row(
        { figure: 'with a grant and no confirmed disclosure' },
        { count: at(thirdParties, 'grantedWithoutDisclosure') },
      )
      .build(),
    new TableBuilder('immigration-summary', 'Personal information that reached immigration agents', [
      { key: 'how', label: 'How', numeric: false },
      ...REACH_COLUMNS,
    ])
      .row({ how: 'Directly from the county' }, reachCells(immigration.direct))
      .row({ how: 'Indirectly, through third parties' }, reachCells(immigration.indirect))
      .total({ how: 'All' }, { individuals: null, records: null, events: allEvents })
      .build(),
    reachTable(
      'immigration-by-month',
      'Reached immigration agents, by county month',
      'Month',
      immigration.byMonth,
      true,
    ),
    reachTable(
      'immigration-by-hop-count',
      'Reached immigration agents, by hops',
      'Hops',
      immigration.byHopCount,
      false,
    ),
    reachTable(
      'immigration-by-category',
      'Reached immigration agents, by category',
      'Category',
      immigration.byCategory,
      false,
    ),
    reachTable(
      'immigration-by-origin-agency',
      'Reached immigration agents, by the agency that created the record',
      'Agency',
      partyRows(immigration.byOriginAgency),
      false,
    ),
    reachTable(
      'immigration-by-intermediary',
      'Reached immigration agents, by intermediary',
      'Intermediary',
      partyRows(immigration.byIntermediary),
      false,
    ),
    reachTable(
      'immigration-by-legal-basis',
      'Reached immigration agents, by the legal basis given',
      'Legal basis',
      immigration.byLegalBasis,
      true,
    ),
    flowTable(report),
    over500Table(report),
    noticesTable(report),
    findingsTable(report),
    detainerTable(report),
    accessRequestTable(report),
    complaintsTable(report),
  ];
  if (report.previousYear !== null) tables.push(yearOnYearTable(report));
  return tables;
}

function flowTable(report: AnnualReport): Bound {
  const builder = new TableBuilder(
    'immigration-flows',
    'From agencies, through the first intermediary, to immigration agents',
    [
      { key: 'agency', label: 'Agency', numeric: false },
      { key: 'intermediary', label: 'Through', numeric: false },
      { key: 'agent', label: 'Immigration agent', numeric: false },
      ...REACH_COLUMNS,
    ],
  );
  for (const flow of report.immigration.flows) {
    builder.row(
      {
        agency: nameOf(report, flow.agencyId),
        intermediary:
          flow.intermediaryId === null
            ? 'directly'
            : flow.direct
              ? `${nameOf(report, flow.intermediaryId)} (the last hop direct: by county personnel)`
              : nameOf(report, flow.intermediaryId),
        agent: nameOf(report, flow.agentId),
      },
      reachCells(flow),
    );
  }
  return builder.build();
}

function over500Table(report: AnnualReport): Bound {
  const builder = new TableBuilder('over-500', 'Third parties given more than 500 individuals', [
    { key: 'thirdParty', label: 'Third party', numeric: false },
    { key: 'individuals', label: 'Individuals', numeric: true },
    { key: 'chiefExecutiveCertification', label: "Chief executive's certification", numeric: false },
    { key: 'agreementPublic', label: 'Agreement public', numeric: false },
  ]);
  for (const row of report.over500) {
    builder.row(
      {
        thirdParty: nameOf(report, row.thirdPartyId),
        chiefExecutiveCertification: row.chiefExecutiveCertification ? 'yes' : 'no',
        agreementPublic: row.agreementPublic ? 'yes' : 'no',
      },
      { individuals: at(row as unknown as Target, 'individuals') },
    );
  }
  return builder.build();
}

function noticesTable(report: AnnualReport): Bound {
  const notices = report.violationNotices as unknown as Target;
  return new TableBuilder('violation-notices', 'Violation notices and how they ended', [
    { key: 'outcome', label: 'Outcome', numeric: false },
    { key: 'count', label: 'Notices', numeric: true },
  ])
    .row({ outcome: 'Received' }, { count: at(notices, 'received') })
    .row({ outcome: 'Followed by a cease order' }, { count: at(notices, 'ceaseOrdered') })
    .row({ outcome: 'Followed by a deletion demand' }, { count: at(notices, 'deletionDemanded') })
    .row({ outcome: 'Deletion confirmed' }, { count: at(notices, 'deletionConfirmed') })
    .row({ outcome: 'Outstanding: neither order nor demand' }, { count: at(notices, 'outstanding') })
    .build();
}

/** One row per severity, one column per subsection: the totals are column sums. */
function findingsTable(report: AnnualReport): Bound {
  const columns = report.findings.map((entry) => ({
    key: entry.subsection,
    label: entry.subsection.replace(/^F_/, 'F ').replace('_', ' '),
    numeric: true,
  }));
  const builder = new TableBuilder('findings', 'Findings by subsection and severity', [
    { key: 'severity', label: 'Severity', numeric: false },
    ...columns,
  ]);
  const cells = (field: string) =>
    Object.fromEntries(report.findings.map((entry) => [entry.subsection, at(entry as unknown as Target, field)]));
  builder.row({ severity: 'High' }, cells('high'));
  builder.row({ severity: 'Medium' }, cells('medium'));
  builder.row({ severity: 'Low' }, cells('low'));
  builder.total({ severity: 'All' }, cells('total'));
  return builder.build();
}

function detainerTable(report: AnnualReport): Bound {
  const detainers = report.detainerRequests as unknown as Target;
  return new TableBuilder('detainer-requests', 'ICE detainer requests', [
    { key: 'disposition', label: 'Disposition', numeric: false },
    { key: 'count', label: 'Requests', numeric: true },
  ])
    .row({ disposition: 'Declined' }, { count: at(detainers, 'declined') })
    .row({ disposition: 'Honoured' }, { count: at(detainers, 'honoured') })
    .row({ disposition: 'Pending' }, { count: at(detainers, 'pending') })
    .total({ disposition: 'Received' }, { count: at(detainers, 'received') })
    .build();
}

/** One row per answer, one column per kind of request: the received totals are column sums. */
function accessRequestTable(report: AnnualReport): Bound {
  const builder = new TableBuilder('access-requests', "Immigration agents' requests for access or information", [
    { key: 'answer', label: 'Answer', numeric: false },
    ...report.accessRequests.map((entry) => ({
      key: entry.request,
      label: entry.request.toLowerCase().replaceAll('_', ' '),
      numeric: true,
    })),
  ]);
  const cells = (field: string) =>
    Object.fromEntries(report.accessRequests.map((entry) => [entry.request, at(entry as unknown as Target, field)]));
  builder.row({ answer: 'Granted' }, cells('granted'));
  builder.row({ answer: 'Declined' }, cells('declined'));
  builder.total({ answer: 'Received' }, cells('received'));
  return builder.build();
}

/** Complaints by latest status; their total is the count of (d)'s findings. */
function complaintsTable(report: AnnualReport): Bound {
  const builder = new TableBuilder('complaints', 'Complaints to the Office of Professional Review, by status', [
    { key: 'status', label: 'Status', numeric: false },
    { key: 'count', label: 'Complaints', numeric: true },
  ]);
  for (const entry of report.complaints) {
    builder.row(
      { status: entry.status.toLowerCase().replaceAll('_', ' ') },
      { count: at(entry as unknown as Target, 'count') },
    );
  }
  // Shown as their total only where they are what (d) counted: a reader could subtract.
  const d = report.findings.find((entry) => entry.subsection === 'D');
  const sum = report.complaints.reduce((all, entry) => all + Number(entry.count), 0);
  if (d !== undefined && d.total === sum)
    builder.total({ status: 'All' }, { count: at(d as unknown as Target, 'total') });
  return builder.build();
}

function yearOnYearTable(report: AnnualReport): Bound {
  const previous = report.previousYear as NonNullable<AnnualReport['previousYear']>;
  const builder = new TableBuilder('year-on-year', `${report.year} beside ${previous.year}`, [
    { key: 'figure', label: 'Figure', numeric: false },
    { key: 'previous', label: String(previous.year), numeric: true },
    { key: 'current', label: String(report.year), numeric: true },
  ]);
  const thirdParties = report.thirdParties as unknown as Target;
  const figures: Array<[string, keyof YearFigures, Binding]> = [
    ['Third parties given access', 'thirdPartiesGivenAccess', at(thirdParties, 'givenAccess')],
    ['with an agreement', 'thirdPartiesWithAgreement', at(thirdParties, 'withAgreement')],
    [
      "with a chief executive's certification",
      'thirdPartiesWithChiefExecutiveCertification',
      at(thirdParties, 'withChiefExecutiveCertification'),
    ],
    ['audited', 'thirdPartiesAudited', at(thirdParties, 'audited')],
    [
      'Individuals disclosed to third parties',
      'individualsDisclosed',
      at(report as unknown as Target, 'individualsDisclosed'),
    ],
  ];
  for (const [label, field, current] of figures) {
    builder.row({ figure: label }, { previous: at(previous as unknown as Target, field), current });
  }
  for (const how of ['direct', 'indirect'] as const) {
    for (const measure of ['individuals', 'records', 'events'] as const) {
      builder.row(
        {
          figure: `${how === 'direct' ? 'Directly' : 'Indirectly'} to immigration agents: ${measure === 'events' ? 'disclosures' : measure}`,
        },
        {
          previous: at(previous[how] as unknown as Target, measure),
          current: at(report.immigration[how] as unknown as Target, measure),
        },
      );
    }
  }
  builder.row({ figure: 'Findings, all subsections' }, { previous: at(previous as unknown as Target, 'findings') });
  return builder.build();
}

export const tablesOf = (report: AnnualReport): Table[] => boundTablesOf(report).map((bound) => bound.table);
