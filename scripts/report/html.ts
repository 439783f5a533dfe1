/**
 * The annual report as one self-contained HTML page: headline figures, inline SVG charts
 * drawn when the report is made, and every table. Nothing outside the file is loaded (no
 * script, font, stylesheet or image), so the page can be archived, mailed and printed as is.
 * The charts are drawn by bar-charts.ts and flow-chart.ts, from the parts in svg.ts.
 */
import { hopCountChart, monthChart } from './bar-charts.ts';
import { flowChart } from './flow-chart.ts';
import {
  SMALL_OR_ZERO,
  SUPPRESSED,
  WITHHELD,
  type AnnualReport,
  type Count,
  type Reach,
  type Table,
} from '../../core/reporting/index.ts';
import {
  COLOUR,
  FLOW_BAND_OPACITY,
  NUMBER,
  boundsOf,
  countPhrase,
  countWords,
  emptyChart,
  esc,
  formatCount,
  isNonZero,
  partyName,
  plural,
} from './svg.ts';

/** A table as core/reporting/tables.ts lays it out: with the sentence it says when empty, and a note. */
export type PageTable = Table & { empty?: string; note?: string };

const COUNTY_NAME = 'Cook County';
const COUNTY_TIME_ZONE = 'America/Chicago';
// The page is archived as one file: nothing may be fetched, even by a later edit.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
const GENERATED_AT = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: COUNTY_TIME_ZONE,
});

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 66rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
header p { margin: .25rem 0 0; }
.subject { font-size: 1.25rem; }
.generated { color: var(--muted); }
.edition { font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem;
  list-style: none; margin: 0; padding: 0; }
.figure { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem; }
.figure h3 { font-size: .95rem; color: var(--muted); }
.figure p { margin: .35rem 0 0; font-size: .9rem; }
.figure .value { margin: 0; font-size: 2rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure .unit { font-size: .95rem; font-weight: 400; }
.figure .previous { color: var(--muted); }
figure.chart { margin: 0 0 2.5rem; }
figure.chart svg { display: block; width: 100%; height: auto; font-family: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; list-style: none; margin: .5rem 0 0; padding: 0; font-size: .9rem; }
.swatch { display: inline-block; width: 1.2em; height: .9em; margin-right: .4em; vertical-align: -.1em; border: 1px solid #333; }
.swatch.translucent { opacity: ${FLOW_BAND_OPACITY}; }
.swatch-direct { background: ${COLOUR.direct}; }
.swatch-indirect { background: ${COLOUR.indirect}; }
.swatch-all { background: ${COLOUR.allPaths}; }
.swatch-suppressed { background: repeating-linear-gradient(45deg, ${COLOUR.hatchStripe} 0 2px, ${COLOUR.hatchGround} 2px 5px); }
.note, .empty, .table-empty { color: var(--muted); font-size: .9rem; margin: .5rem 0 0; }
.table-wrap > .caption { font-weight: 600; margin: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .5rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 400; }
tfoot th, tfoot td { border-top: 2px solid var(--ink); border-bottom: 0; font-weight: 700; }
.num { text-align: right; }
@media print { h2, h3 { break-after: avoid; } figure, .figure, tr { break-inside: avoid; } }
`;

export function renderHtml(report: AnnualReport, tables: PageTable[]): string {
  const title = `Sec. 46-37 annual report, ${report.year}`;
  const subject = subjectName(report);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${title}: ${subject}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderHeader(report, title, subject),
    renderSummary(report),
    renderCharts(report),
    renderTables(tables, report.year),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function subjectName(report: AnnualReport): string {
  return report.agencyId === null ? COUNTY_NAME : partyName(report, report.agencyId);
}

function formatInstant(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${GENERATED_AT.format(at)}, Chicago time`;
}

// ---- Header and summary --------------------------------------------------------------

function renderHeader(report: AnnualReport, title: string, subject: string): string {
  const edition = report.public
    ? `<p class="edition">Public edition. A count from 1 to 10 is shown as “${SUPPRESSED}” (in sentences “1 to 10”); “${SMALL_OR_ZERO}” (“fewer than 11”) is a count from 0 to 10, where zeros are hidden with the small counts because only that protects them; “${WITHHELD}” is a count of any size hidden so that a small one cannot be worked out, or because an earlier version of this edition hid it. A sum of counts some of which are hidden is given in the summary as the range they allow, and in the tables as “${WITHHELD}”. What this guarantees: with every edition, version and year published so far, county-wide and for each agency, and every relation between their figures, no count shown as “${SUPPRESSED}” or “${SMALL_OR_ZERO}” can be narrowed to fewer than ten possible values. The year before is shown as its own edition published it. Natural persons are never named: they are counted together as “individuals”.</p>`
    : '';
  return [
    '<header>',
    `<h1>${esc(title)}</h1>`,
    `<p class="subject">${esc(subject)}</p>`,
    `<p class="generated">Generated <time datetime="${esc(report.generatedAt)}">${esc(formatInstant(report.generatedAt))}</time></p>`,
    edition,
    '</header>',
  ].join('\n');
}

type Figure = { label: string; value: string; unit: string; detail: string; previous: string | null };

function renderSummary(report: AnnualReport): string {
  const figures = summaryFigures(report).map(renderFigure).join('\n');
  return `<section aria-labelledby="summary-heading">\n<h2 id="summary-heading">Summary</h2>\n<ul class="figures">\n${figures}\n</ul>\n</section>`;
}

function renderFigure(figure: Figure): string {
  const previous = figure.previous === null ? '' : `<p class="previous">${esc(figure.previous)}</p>`;
  return [
    '<li class="figure">',
    `<h3>${esc(figure.label)}</h3>`,
    `<p class="value">${esc(figure.value)} <span class="unit">${esc(figure.unit)}</span></p>`,
    `<p class="detail">${esc(figure.detail)}</p>`,
    previous,
    '</li>',
  ].join('');
}

function summaryFigures(report: AnnualReport): Figure[] {
  const before = report.previousYear;
  const { direct, indirect } = report.immigration;
  return [
    {
      label: 'Disclosed to third parties',
      ...valueAndUnit(report.individualsDisclosed, 'individual', 'individuals'),
      detail: 'whose personal information reached a third party',
      previous: before && `${before.year}: ${countPhrase(before.individualsDisclosed, 'individual', 'individuals')}`,
    },
    reachFigure(
      'Disclosed directly to immigration agents',
      direct,
      before && `${before.year}: ${formatReach(before.direct)}`,
    ),
    reachFigure(
      'Reached immigration agents indirectly',
      indirect,
      before && `${before.year}: ${formatReach(before.indirect)}`,
    ),
    thirdPartiesFigure(report),
    {
      label: 'Findings',
      ...findingsTotal(report),
      detail: subsectionsWithFindings(report),
      previous: before && `${before.year}: ${countPhrase(before.findings, 'finding', 'findings')}`,
    },
  ];
}

/** A figure's big value and its unit: "1 individual", "1 to 10 individuals", "withheld (number of individuals)". */
function valueAndUnit(count: Count, one: string, many: string): { value: string; unit: string } {
  if (count === WITHHELD) return { value: WITHHELD, unit: `(number of ${many})` };
  return { value: countWords(count), unit: plural(count, one, many) };
}

function reachFigure(label: string, reach: Reach, previous: string | null): Figure {
  return {
    label,
    ...valueAndUnit(reach.individuals, 'individual', 'individuals'),
    detail: `${countPhrase(reach.records, 'record', 'records')} in ${countPhrase(reach.events, 'disclosure event', 'disclosure events')}`,
    previous,
  };
}

function formatReach(reach: Reach): string {
  return [
    countPhrase(reach.individuals, 'individual', 'individuals'),
    countPhrase(reach.records, 'record', 'records'),
    countPhrase(reach.events, 'disclosure event', 'disclosure events'),
  ].join(', ');
}

function thirdPartiesFigure(report: AnnualReport): Figure {
  const now = report.thirdParties;
  const before = report.previousYear;
  return {
    label: 'Third parties given access',
    ...valueAndUnit(now.givenAccess, 'third party', 'third parties'),
    detail: `${countWords(now.withAgreement)} with an agreement, ${countWords(now.withChiefExecutiveCertification)} with a chief executive’s certification, ${countWords(now.audited)} audited`,
    previous:
      before &&
      `${before.year}: ${countWords(before.thirdPartiesGivenAccess)} given access; ${countWords(before.thirdPartiesWithAgreement)} with an agreement, ${countWords(before.thirdPartiesWithChiefExecutiveCertification)} certified, ${countWords(before.thirdPartiesAudited)} audited`,
  };
}

/**
 * The report carries findings per subsection only. Where some are hidden, their markers bound
 * the sum (each "1-10" adds 1 to 10, each "0-10" up to 10, a withheld one any number), so the
 * sum is given as those bounds, which anyone could work out from the table and reveal nothing.
 */
function findingsTotal(report: AnnualReport): { value: string; unit: string } {
  const bounds = report.findings.map((row) => boundsOf(row.total));
  const min = bounds.reduce((sum, bound) => sum + bound.min, 0);
  const max = bounds.reduce((sum, bound) => sum + bound.max, 0);
  const unit = `${plural(min === max ? min : 2, 'finding', 'findings')} in all`;
  if (min === max) return { value: NUMBER.format(min), unit };
  if (max === Infinity) {
    return min > 0
      ? { value: `at least ${NUMBER.format(min)}`, unit }
      : { value: WITHHELD, unit: '(number of findings)' };
  }
  if (min === 0) return { value: `fewer than ${NUMBER.format(max + 1)}`, unit };
  return { value: `${NUMBER.format(min)} to ${NUMBER.format(max)}`, unit };
}

/** In how many subsections there were findings: a range where hidden counts may be zero. */
function subsectionsWithFindings(report: AnnualReport): string {
  const bounds = report.findings.map((row) => boundsOf(row.total));
  const surely = bounds.filter((bound) => bound.min > 0).length;
  const perhaps = bounds.filter((bound) => bound.max > 0).length;
  const of = report.findings.length;
  const some = surely === perhaps ? NUMBER.format(surely) : `${NUMBER.format(surely)} to ${NUMBER.format(perhaps)}`;
  return `in ${some} of ${NUMBER.format(of)} ${plural(of, 'subsection', 'subsections')}`;
}

// ---- Charts ----------------------------------------------------------------------------

function renderCharts(report: AnnualReport): string {
  const heading = '<h2 id="charts-heading">Disclosures to immigration agents</h2>';
  const { immigration } = report;
  const reached =
    immigration.flows.length > 0 ||
    immigration.byMonth.some((row) => isNonZero(row.individuals)) ||
    immigration.byHopCount.some((row) => isNonZero(row.individuals));
  const body = reached
    ? [monthChart(report), hopCountChart(report), flowChart(report)].join('\n')
    : emptyChart(
        `No personal information reached an immigration agent in ${report.year}, directly or through a third party: there is nothing to chart.`,
      );
  return `<section aria-labelledby="charts-heading">\n${heading}\n${body}\n</section>`;
}

// ---- Tables ----------------------------------------------------------------------------

function renderTables(tables: PageTable[], year: number): string {
  if (tables.length === 0) return '';
  const body = tables.map((table) => renderTable(table, year)).join('\n');
  return `<section aria-labelledby="tables-heading">\n<h2 id="tables-heading">Tables</h2>\n${body}\n</section>`;
}

/** A table, or, where it has no rows, its title and the sentence that says so: never an empty grid. */
function renderTable(table: PageTable, year: number): string {
  const note = table.note === undefined ? '' : `<p class="note">${esc(table.note)}</p>`;
  if (table.rows.length === 0) {
    return [
      `<div class="table-wrap" id="table-${esc(table.name)}">`,
      `<p class="caption">${esc(table.title)}</p>`,
      `<p class="table-empty">${esc(table.empty ?? `Nothing was counted here in ${year}.`)}</p>`,
      '</div>',
    ].join('\n');
  }
  const head = table.columns
    .map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${esc(column.label)}</th>`)
    .join('');
  const rows = table.rows.map((row) => `<tr>${renderCells(table, row, '')}</tr>`).join('\n');
  const foot = table.total === undefined ? '' : `<tfoot><tr>${renderCells(table, table.total, 'Total')}</tr></tfoot>`;
  return [
    `<div class="table-wrap"><table id="table-${esc(table.name)}">`,
    `<caption>${esc(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody>`,
    foot,
    '</table>',
    note,
    '</div>',
  ].join('\n');
}

/** A row's cells; the first, when it names the row, is its header. */
function renderCells(table: Table, row: Record<string, Count | null>, blankFirst: string): string {
  return table.columns
    .map((column, i) => {
      const value = row[column.key] ?? null;
      const text = value === null ? (i === 0 ? blankFirst : '') : column.numeric ? formatCount(value) : String(value);
      if (i === 0 && !column.numeric) return `<th scope="row">${esc(text)}</th>`;
      return `<td${column.numeric ? ' class="num"' : ''}>${esc(text)}</td>`;
    })
    .join('');
}
