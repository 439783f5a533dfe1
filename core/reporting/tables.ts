/**
 * The annual report laid out as tables: the CSV export writes one file each, the HTML page
 * shows them, and the public edition suppresses small counts in them. Every numeric cell is
 * bound to the report field it shows, so that a suppressed cell is suppressed in the report
 * too, and a figure shown in two tables is one value; the few cells that add report fields up
 * (the year's findings, all of immigration agents' requests) are exact only where every field
 * they add is, and "withheld" otherwise, as a later year shows them (public-edition.ts).
 *
 * A table has a total row where a reader could add its rows up: disclosure events by month
 * and by legal basis (each disclosure has one instant and one legal basis), detainer requests
 * by disposition, findings by severity, immigration agents' requests of every kind. A total
 * row fills every figure column. Individuals and records are never additive across rows (a
 * person's records reach agents in several months, through several intermediaries): their
 * total is each individual and each record counted once (`immigration.all`), which a public
 * edition never publishes and shows as "withheld"; a note under the table says so.
 *
 * Every label is in words (words.ts): categories, legal bases, months, subsections, kinds of
 * request and statuses, never the codes the data holds. Every table carries the sentence that
 * says it is empty, for a page to print instead of an empty grid.
 *
 * Over 400 lines on purpose: each table of the report stands here beside the others, bound to
 * the same report fields, so that one figure shown in two tables is visibly one value.
 */
import {
  WITHHELD,
  type AnnualReport,
  type Count,
  type Reach,
  type ReachRow,
  type Table,
  type YearFigures,
} from './report.ts';
import {
  CATEGORY_WORDS,
  LEGAL_BASIS_WORDS,
  monthWords,
  REQUEST_WORDS,
  STATUS_WORDS,
  subsectionWords,
  worded,
} from './words.ts';

/** A table with what a page says when it has no rows, and what a reader should know to read it. */
export type ReportTable = Table & { empty: string; note?: string };

type Target = Record<string, unknown>;
type Binding = { target: Target; field: string };
/** Where each numeric cell of a table comes from, row by row, and the total's. */
export type Bound = {
  table: ReportTable;
  rows: Array<Record<string, Binding>>;
  total: Record<string, Binding> | null;
};

const REACH_COLUMNS = [
  { key: 'individuals', label: 'Individuals', numeric: true },
  { key: 'records', label: 'Records', numeric: true },
  { key: 'events', label: 'Disclosures', numeric: true },
];

class TableBuilder {
  private readonly table: ReportTable;
  private readonly rows: Array<Record<string, Binding>> = [];
  private totalBindings: Record<string, Binding> | null = null;

  /** `empty`: the sentence that says the table has no rows; `note`: what a reader should know. */
  constructor(name: string, title: string, columns: Table['columns'], empty: string, note?: string) {
    this.table = { name, title, columns, rows: [], empty, ...(note === undefined ? {} : { note }) };
  }

  /**
   * A row: its label cells as given, its numeric cells bound to fields of their targets.
   * A numeric column the row has no binding for is empty (null).
   */
  row(labels: Record<string, string>, cells: Record<string, Binding>): this {
    const empty = this.table.columns.filter((column) => column.numeric).map((column) => [column.key, null]);
    this.table.rows.push({ ...Object.fromEntries(empty), ...labels, ...valuesOf(cells) });
    this.rows.push(cells);
    return this;
  }

  /** The total row: every figure column bound, so that none is left empty. */
  total(labels: Record<string, string>, cells: Record<string, Binding>): this {
    const missing = this.table.columns.filter((column) => column.numeric && !(column.key in cells));
    if (missing.length > 0) {
      throw new Error(`the total of ${this.table.name} leaves ${missing.map((column) => column.key).join(', ')} empty`);
    }
    this.table.total = { ...labels, ...valuesOf(cells) };
    this.totalBindings = cells;
    return this;
  }

  build(): Bound {
    return { table: this.table, rows: this.rows, total: this.totalBindings };
  }
}

const at = (target: Target, field: string): Binding => ({ target, field });
/** A cell that adds report fields up, or stands for one a report does not carry. */
const fixed = (value: Count): Binding => ({ target: { value }, field: 'value' });
const valuesOf = (cells: Record<string, Binding>) =>
  Object.fromEntries(Object.entries(cells).map(([key, cell]) => [key, cell.target[cell.field] as Count]));
const reachCells = (reach: Reach | ReachRow) => ({
  individuals: at(reach as Target, 'individuals'),
  records: at(reach as Target, 'records'),
  events: at(reach as Target, 'events'),
});

/** The sum of some counts where every one is exact; withheld where one is hidden, as a later year shows it. */
function sumOf(counts: readonly Count[]): Count {
  return counts.every((count): count is number => typeof count === 'number')
    ? counts.reduce((sum, count) => sum + count, 0)
    : WITHHELD;
}

const nameOf = (report: AnnualReport, id: string) => report.parties[id]?.name ?? id;

// ---- The tables ---------------------------------------------------------------------------

export function boundTablesOf(report: AnnualReport): Bound[] {
  const { immigration, year } = report;
  const reachedNoAgent = `No personal information reached an immigration agent in ${year}.`;
  // Every disclosure that reached an agent is direct or indirect, in one month, with one legal
  // basis: the events that reached agents are the total of those tables' disclosures, and the
  // individuals and records of every arrival, each counted once, are those tables' others.
  const all = immigration.all as Target | undefined;
  const everyArrival = {
    individuals: all === undefined ? fixed(WITHHELD) : at(all, 'individuals'),
    records: all === undefined ? fixed(WITHHELD) : at(all, 'records'),
    events: at(immigration as unknown as Target, 'events'),
  };
  const onceInAll = (counted: string) =>
    `${counted}, and once in All.${
      all === undefined ? ' This edition withholds the individuals and records of All: they are never published.' : ''
    }`;
  const reachTable = (
    name: string,
    title: string,
    keyLabel: string,
    rows: ReadonlyArray<{ label: string; row: Reach }>,
    options: { total?: string; note?: string } = {},
  ) => {
    const builder = new TableBuilder(
      name,
      title,
      [{ key: 'key', label: keyLabel, numeric: false }, ...REACH_COLUMNS],
      reachedNoAgent,
      options.total === undefined ? options.note : onceInAll(options.total),
    );
    for (const { label, row } of rows) builder.row({ key: label }, reachCells(row));
    if (options.total !== undefined) builder.total({ key: 'All' }, everyArrival);
    return builder.build();
  };
  const labelled = (rows: readonly ReachRow[], words: (row: ReachRow) => string) =>
    rows.map((row) => ({ label: words(row), row }));
  const partyRows = (rows: readonly ReachRow[]) =>
    labelled(rows, (row) => (row.key === 'NONE' ? 'None: sent by the agency itself' : nameOf(report, row.key)));

  const thirdParties = report.thirdParties as unknown as Target;
  const tables: Bound[] = [
    new TableBuilder(
      'third-parties',
      'Third parties given access, and their papers',
      [
        { key: 'figure', label: 'Figure', numeric: false },
        { key: 'count', label: 'Third parties', numeric: true },
      ],
      `No third party was given personal information in ${year}.`,
    )
      .row({ figure: 'Given personal information in the year' }, { count: at(thirdParties, 'givenAccess') })
      .row({ figure: 'with an agreement in force' }, { count: at(thirdParties, 'withAgreement') })
      .row(
        { figure: 'with a chief executive’s certification' },
        { count: at(thirdParties, 'withChiefExecutiveCertification') },
      )
      .row({ figure: 'audited in the year' }, { count: at(thirdParties, 'audited') })
      .row({ figure: 'Holding an access grant in the year' }, { count: at(thirdParties, 'granted') })
      .row(
        { figure: 'with a grant and no confirmed disclosure' },
        { count: at(thirdParties, 'grantedWithoutDisclosure') },
      )
      .build(),
    reachTable(
      'immigration-summary',
      'Personal information that reached immigration agents',
      'How',
      [
        { label: 'Directly from the county', row: immigration.direct },
        { label: 'Indirectly, through third parties', row: immigration.indirect },
      ],
      { total: 'Someone reached both directly and indirectly is counted in both rows' },
    ),
    reachTable(
      'immigration-by-month',
      'Reached immigration agents, by county month',
      'Month',
      labelled(immigration.byMonth, (row) => monthWords(row.key, row.label)),
      { total: 'Someone reached in two months is counted in each' },
    ),
    reachTable(
      'immigration-by-hop-count',
      'Reached immigration agents, by hops',
      'Hops',
      labelled(immigration.byHopCount, (row) => row.label),
      { note: 'Someone whose information took two ways of different lengths is counted in each row.' },
    ),
    reachTable(
      'immigration-by-category',
      'Reached immigration agents, by category',
      'Category',
      labelled(immigration.byCategory, (row) => worded(CATEGORY_WORDS, row.key)),
      { note: 'A disclosure that carried several categories is counted under each.' },
    ),
    reachTable(
      'immigration-by-origin-agency',
      'Reached immigration agents, by the agency that created the record',
      'Agency',
      partyRows(immigration.byOriginAgency),
    ),
    reachTable(
      'immigration-by-intermediary',
      'Reached immigration agents, by intermediary',
      'Intermediary',
      partyRows(immigration.byIntermediary),
      { note: 'Information that passed through several intermediaries is counted under each.' },
    ),
    reachTable(
      'immigration-by-legal-basis',
      'Reached immigration agents, by the legal basis given',
      'Legal basis',
      labelled(immigration.byLegalBasis, (row) => worded(LEGAL_BASIS_WORDS, row.key)),
      { total: 'Someone reached on two legal bases is counted under each' },
    ),
    flowTable(report, reachedNoAgent),
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

function flowTable(report: AnnualReport, empty: string): Bound {
  const builder = new TableBuilder(
    'immigration-flows',
    'From agencies, through the first intermediary, to immigration agents',
    [
      { key: 'agency', label: 'Agency', numeric: false },
      { key: 'intermediary', label: 'Through', numeric: false },
      { key: 'agent', label: 'Immigration agent', numeric: false },
      ...REACH_COLUMNS,
    ],
    empty,
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
  const builder = new TableBuilder(
    'over-500',
    'Third parties given more than 500 individuals',
    [
      { key: 'thirdParty', label: 'Third party', numeric: false },
      { key: 'individuals', label: 'Individuals', numeric: true },
      { key: 'chiefExecutiveCertification', label: 'Chief executive’s certification', numeric: false },
      { key: 'agreementPublic', label: 'Agreement public', numeric: false },
    ],
    `No third party was given the personal information of more than 500 individuals in ${report.year}.`,
  );
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
  return new TableBuilder(
    'violation-notices',
    'Violation notices and how they ended',
    [
      { key: 'outcome', label: 'Outcome', numeric: false },
      { key: 'count', label: 'Notices', numeric: true },
    ],
    `No violation notice was received in ${report.year}.`,
  )
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
    label: subsectionWords(entry.subsection),
    numeric: true,
  }));
  const builder = new TableBuilder(
    'findings',
    'Findings by subsection of Sec. 46-37, and severity',
    [{ key: 'severity', label: 'Severity', numeric: false }, ...columns],
    `No subsection of Sec. 46-37 was checked for ${report.year}.`,
  );
  if (columns.length === 0) return builder.build();
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
  return new TableBuilder(
    'detainer-requests',
    'ICE detainer requests',
    [
      { key: 'disposition', label: 'Disposition', numeric: false },
      { key: 'count', label: 'Requests', numeric: true },
    ],
    `No detainer request was received in ${report.year}.`,
  )
    .row({ disposition: 'Declined' }, { count: at(detainers, 'declined') })
    .row({ disposition: 'Honoured' }, { count: at(detainers, 'honoured') })
    .row({ disposition: 'Pending' }, { count: at(detainers, 'pending') })
    .total({ disposition: 'Received' }, { count: at(detainers, 'received') })
    .build();
}

/**
 * One row per kind of request, with its count received, granted and declined (those still
 * unanswered are the rest); all the requests are the column sums, withheld where a count is.
 */
function accessRequestTable(report: AnnualReport): Bound {
  const builder = new TableBuilder(
    'access-requests',
    'Immigration agents’ requests for access or information',
    [
      { key: 'request', label: 'Request', numeric: false },
      { key: 'received', label: 'Received', numeric: true },
      { key: 'granted', label: 'Granted', numeric: true },
      { key: 'declined', label: 'Declined', numeric: true },
    ],
    `No immigration agent asked the county for access or information in ${report.year}.`,
  );
  const fields = ['received', 'granted', 'declined'] as const;
  for (const entry of report.accessRequests) {
    const target = entry as unknown as Target;
    builder.row(
      { request: worded(REQUEST_WORDS, entry.request) },
      Object.fromEntries(fields.map((field) => [field, at(target, field)])),
    );
  }
  if (report.accessRequests.length > 1) {
    builder.total(
      { request: 'All requests' },
      Object.fromEntries(
        fields.map((field) => [field, fixed(sumOf(report.accessRequests.map((entry) => entry[field])))]),
      ),
    );
  }
  return builder.build();
}

/** Complaints by latest status; their total is the count of (d)'s findings. */
function complaintsTable(report: AnnualReport): Bound {
  const builder = new TableBuilder(
    'complaints',
    'Complaints to the Office of Professional Review, by status',
    [
      { key: 'status', label: 'Status', numeric: false },
      { key: 'count', label: 'Complaints', numeric: true },
    ],
    `No complaint was made to the Office of Professional Review in ${report.year}.`,
  );
  for (const entry of report.complaints) {
    builder.row({ status: worded(STATUS_WORDS, entry.status) }, { count: at(entry as unknown as Target, 'count') });
  }
  // Shown as their total only where they are what (d) counted: a reader could subtract.
  const d = report.findings.find((entry) => entry.subsection === 'D');
  const sum = report.complaints.reduce((all, entry) => all + Number(entry.count), 0);
  if (report.complaints.length > 0 && d !== undefined && d.total === sum)
    builder.total({ status: 'All' }, { count: at(d as unknown as Target, 'total') });
  return builder.build();
}

function yearOnYearTable(report: AnnualReport): Bound {
  const previous = report.previousYear as NonNullable<AnnualReport['previousYear']>;
  const builder = new TableBuilder(
    'year-on-year',
    `${report.year} beside ${previous.year}`,
    [
      { key: 'figure', label: 'Figure', numeric: false },
      { key: 'previous', label: String(previous.year), numeric: true },
      { key: 'current', label: String(report.year), numeric: true },
    ],
    `There is nothing to set ${report.year} beside.`,
  );
  const thirdParties = report.thirdParties as unknown as Target;
  const figures: Array<[string, keyof YearFigures, Binding]> = [
    ['Third parties given access', 'thirdPartiesGivenAccess', at(thirdParties, 'givenAccess')],
    ['with an agreement', 'thirdPartiesWithAgreement', at(thirdParties, 'withAgreement')],
    [
      'with a chief executive’s certification',
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
  // The year before's is the sum its report made (public-edition.ts, annual.ts): this year's alike.
  builder.row(
    { figure: 'Findings, all subsections' },
    {
      previous: at(previous as unknown as Target, 'findings'),
      current: fixed(sumOf(report.findings.map((entry) => entry.total))),
    },
  );
  return builder.build();
}

export const tablesOf = (report: AnnualReport): ReportTable[] => boundTablesOf(report).map((bound) => bound.table);
