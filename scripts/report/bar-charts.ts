/**
 * The two bar charts of the report: individuals reached in each county month, and by the
 * number of hops their information took to reach an immigration agent.
 */
import type { AnnualReport, Count } from '../../core/reporting/index.ts';
import {
  COLOUR,
  chartFigure,
  emptyChart,
  esc,
  formatCount,
  hatchId,
  isNonZero,
  isSuppressed,
  plural,
  px,
  truncate,
  withSuppressedLegend,
  type LegendEntry,
} from './svg.ts';

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A county month in words, "March 2025" (formatted in UTC from its 15th, so no time zone moves it). */
const MONTH_IN_WORDS = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

type Bar = { label: string; tooltip: string; value: Count; colour: string };

const individuals = (count: Count) => `${formatCount(count)} ${plural(count, 'individual', 'individuals')}`;

const BAR = {
  width: 760,
  top: 36,
  bottom: 30,
  side: 8,
  /** Height the tallest exact bar may reach. */
  maxPlotHeight: 214,
  /** Height of the plot however small the counts: room for a suppressed bar and its label. */
  minPlotHeight: 48,
  /**
   * Most height per individual, so that a small count is drawn small: a 1 is a short bar,
   * not one as tall as the chart; a tallest bar of 27 or more fills the plot.
   */
  maxPerUnit: 8,
  /** Share of each slot the bar fills; the rest is the gap between bars. */
  fill: 0.68,
  /** Height of every suppressed bar, whatever it hides. */
  suppressedHeight: 24,
  labelGap: 5,
  maxLabelChars: 18,
} as const;

function barChart(chart: {
  className: string;
  caption: string;
  description: string;
  axisLabel: string;
  bars: Bar[];
  legend: LegendEntry[];
}): string {
  // Scales are set by exact counts only: a suppressed count has no size to scale.
  const max = Math.max(0, ...chart.bars.map((bar) => bar.value).filter((v): v is number => !isSuppressed(v)));
  const perUnit = max > 0 ? Math.min(BAR.maxPerUnit, BAR.maxPlotHeight / max) : 0;
  const plotHeight = Math.max(BAR.minPlotHeight, max * perUnit);
  const baseline = BAR.top + plotHeight;
  const height = baseline + BAR.bottom;
  const heightOf = (value: Count) => (isSuppressed(value) ? BAR.suppressedHeight : value * perUnit);
  const slot = (BAR.width - 2 * BAR.side) / chart.bars.length;
  const bars = chart.bars.map((bar, i) =>
    barShapes(bar, BAR.side + i * slot, slot, heightOf(bar.value), baseline, hatchId(chart.className)),
  );
  const axis = [
    `<text x="${BAR.side}" y="14" fill="${COLOUR.axis}">${esc(chart.axisLabel)}</text>`,
    `<line x1="${BAR.side}" y1="${baseline}" x2="${BAR.width - BAR.side}" y2="${baseline}" stroke="${COLOUR.axis}"/>`,
  ];
  return chartFigure({
    className: chart.className,
    caption: chart.caption,
    description: chart.description,
    width: BAR.width,
    height,
    body: [...axis, ...bars].join('\n'),
    legend: withSuppressedLegend(
      chart.legend,
      chart.bars.map((bar) => bar.value),
    ),
  });
}

function barShapes(
  bar: Bar,
  slotX: number,
  slotWidth: number,
  height: number,
  baseline: number,
  hatch: string,
): string {
  const width = slotWidth * BAR.fill;
  const x = slotX + (slotWidth - width) / 2;
  const centre = px(slotX + slotWidth / 2);
  const suppressed = isSuppressed(bar.value);
  const fill = suppressed ? `url(#${hatch})` : bar.colour;
  const rect =
    height > 0
      ? `<rect class="bar${suppressed ? ' suppressed' : ''}" x="${px(x)}" y="${px(baseline - height)}" width="${px(width)}" height="${px(height)}" fill="${fill}"><title>${esc(bar.tooltip)}</title></rect>`
      : '';
  const value = `<text class="value" x="${centre}" y="${px(baseline - height - BAR.labelGap)}" text-anchor="middle" font-weight="600">${esc(formatCount(bar.value))}</text>`;
  const label = `<text class="label" x="${centre}" y="${baseline + 18}" text-anchor="middle">${esc(truncate(bar.label, BAR.maxLabelChars))}</text>`;
  return rect + value + label;
}

export function monthChart(report: AnnualReport): string {
  const rows = report.immigration.byMonth;
  const caption = `Individuals reached each month, ${report.year}`;
  if (!rows.some((row) => isNonZero(row.individuals))) {
    return emptyChart(`No individual’s information reached an immigration agent in any month of ${report.year}.`);
  }
  const bars = rows.map((row) => ({
    label: monthLabel(row.key, row.label),
    tooltip: `${monthName(row.key, row.label)}: ${individuals(row.individuals)}`,
    value: row.individuals,
    colour: COLOUR.allPaths,
  }));
  return barChart({
    className: 'chart-by-month',
    caption,
    description: `Individuals whose information reached an immigration agent, directly or indirectly, by county month: ${describeValues(bars)}.`,
    axisLabel: 'Individuals',
    bars,
    legend: [{ swatch: 'all', text: 'Individuals reached in the month, directly or indirectly' }],
  });
}

/** A 'YYYY-MM' key as "March 2025"; any other key keeps its label. */
function monthName(key: string, label: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return match === null ? label : MONTH_IN_WORDS.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
}

/** 'YYYY-MM' keys read as short month names on the axis; any other key keeps its label. */
function monthLabel(key: string, label: string): string {
  const month = /^\d{4}-(\d{2})$/.exec(key)?.[1];
  return (month && MONTH_ABBREVIATIONS[Number(month) - 1]) ?? label;
}

export function hopCountChart(report: AnnualReport): string {
  const rows = report.immigration.byHopCount;
  const caption = `Individuals reached by number of hops, ${report.year}`;
  if (!rows.some((row) => isNonZero(row.individuals))) {
    return emptyChart(`No individual’s information reached an immigration agent in ${report.year}.`);
  }
  // One hop is a disclosure straight to the agent; two or more pass through third parties first.
  const bars = rows.map((row) => ({
    label: row.label,
    tooltip: `${row.label}: ${individuals(row.individuals)}`,
    value: row.individuals,
    colour: row.key === '1' ? COLOUR.direct : COLOUR.indirect,
  }));
  return barChart({
    className: 'chart-by-hop-count',
    caption,
    description: `Individuals whose information reached an immigration agent, by the number of disclosures on the way: ${describeValues(bars)}.`,
    axisLabel: 'Individuals',
    bars,
    legend: [
      { swatch: 'direct', text: 'One hop: from the agency that made the record' },
      { swatch: 'indirect', text: 'Two or more hops' },
    ],
  });
}

function describeValues(values: Array<{ label: string; value: Count }>): string {
  return values.map(({ label, value }) => `${label} ${formatCount(value)}`).join(', ');
}
