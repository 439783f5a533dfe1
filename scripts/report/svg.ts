/**
 * What the report's charts share: colours, the hatch that marks a suppressed count, the
 * figure around each SVG with its legend, and the escaping and number formatting that the
 * page uses as well. One module, so that the charts and the page cannot drift apart.
 *
 * In a public report a suppressed count ("1-10") is never drawn to a size: its bar, band or
 * node has one fixed hatched size whatever it hides, and scales are set by exact counts only.
 */
import { SMALL_OR_ZERO, SUPPRESSED, WITHHELD, type AnnualReport, type Count } from '../../core/reporting/index.ts';

/** Okabe–Ito colours, told apart under every common colour-vision deficiency; each meaning is also a legend's text. */
export const COLOUR = {
  direct: '#D55E00', // vermillion
  indirect: '#0072B2', // blue
  allPaths: '#009E73', // bluish green
  node: '#4D4D4D',
  hatchStripe: '#6E6E6E',
  hatchGround: '#E6E6E6',
  axis: '#595959',
  halo: '#FFFFFF',
} as const;

// Bands are translucent so that overlaps stay visible; their legend swatches must match.
export const FLOW_BAND_OPACITY = 0.6;
export const NUMBER = new Intl.NumberFormat('en-US');

const SUPPRESSED_LEGEND = `Hidden: “${SUPPRESSED}” a count from 1 to 10, “${SMALL_OR_ZERO}” one from 0 to 10, “${WITHHELD}” one of any size hidden so that a small one cannot be worked out; drawn at one fixed size, not to scale`;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and inline SVG alike, in content and in quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

export function isSuppressed(count: Count): count is string {
  return typeof count === 'string';
}

export function isNonZero(count: Count): boolean {
  return isSuppressed(count) || count > 0;
}

export function formatCount(count: Count): string {
  return isSuppressed(count) ? count : NUMBER.format(count);
}

export function plural(count: Count, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * A count as words in a sentence: a number as a number, a hidden count as what it means, so
 * that a public edition reads "1 to 10", "fewer than 11", "a withheld number", never "1-10".
 */
export function countWords(count: Count): string {
  if (!isSuppressed(count)) return NUMBER.format(count);
  if (count === SUPPRESSED) return '1 to 10';
  if (count === SMALL_OR_ZERO) return 'fewer than 11';
  if (count === WITHHELD) return 'a withheld number';
  return count;
}

/** A count and what it counts, in the singular for exactly one: "1 record", "1 to 10 records", "a withheld number of records". */
export function countPhrase(count: Count, one: string, many: string): string {
  if (count === WITHHELD) return `${countWords(count)} of ${many}`;
  return `${countWords(count)} ${plural(count, one, many)}`;
}

/** The exact bounds of a count as shown: a hidden one from what its marker says, a withheld one unbounded above. */
export function boundsOf(count: Count): { min: number; max: number } {
  if (!isSuppressed(count)) return { min: count, max: count };
  if (count === SUPPRESSED) return { min: 1, max: 10 };
  if (count === SMALL_OR_ZERO) return { min: 0, max: 10 };
  return { min: 0, max: Infinity };
}

export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : text;
}

/** Rounds a coordinate to a tenth: enough for the eye, and keeps the markup short. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function partyName(report: AnnualReport, id: string): string {
  return report.parties[id]?.name ?? id;
}

type Swatch = 'direct' | 'indirect' | 'all' | 'suppressed';
/** A translucent swatch matches bands drawn translucent, so that their overlaps stay visible. */
export type LegendEntry = { swatch: Swatch; text: string; translucent?: boolean };

export function emptyChart(sentence: string): string {
  return `<p class="empty">${esc(sentence)}</p>`;
}

/** One figure: a visible caption, the SVG with its own title and description, and the legend under it. */
export function chartFigure(chart: {
  className: string;
  caption: string;
  description: string;
  width: number;
  height: number;
  body: string;
  legend: LegendEntry[];
  note?: string;
}): string {
  const titleId = `${chart.className}-title`;
  const descId = `${chart.className}-desc`;
  return [
    '<figure class="chart">',
    `<h3>${esc(chart.caption)}</h3>`,
    `<svg class="${chart.className}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" font-size="12">`,
    `<title id="${titleId}">${esc(chart.caption)}</title>`,
    `<desc id="${descId}">${esc(chart.description)}</desc>`,
    hatchPattern(hatchId(chart.className)),
    chart.body,
    '</svg>',
    renderLegend(chart.legend),
    chart.note === undefined ? '' : `<p class="note">${esc(chart.note)}</p>`,
    '</figure>',
  ].join('\n');
}

export function hatchId(className: string): string {
  return `${className}-hatch`;
}

function hatchPattern(id: string): string {
  return `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOUR.hatchGround}"/><line x1="1.5" y1="0" x2="1.5" y2="6" stroke="${COLOUR.hatchStripe}" stroke-width="3"/></pattern></defs>`;
}

function renderLegend(entries: LegendEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries.map(
    (entry) =>
      `<li><span class="swatch swatch-${entry.swatch}${entry.translucent ? ' translucent' : ''}" aria-hidden="true"></span>${esc(entry.text)}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}

export function withSuppressedLegend(entries: LegendEntry[], counts: Count[]): LegendEntry[] {
  return counts.some(isSuppressed) ? [...entries, { swatch: 'suppressed', text: SUPPRESSED_LEGEND }] : entries;
}
