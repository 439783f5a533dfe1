import { describe, expect, it } from 'vitest';
import { tablesOf } from '../../../core/reporting/tables.ts';
import { SMALL_OR_ZERO, SUPPRESSED, WITHHELD, type AnnualReport, type Count } from '../../../core/reporting/report.ts';
import { renderHtml } from '../../../scripts/report/html.ts';
import {
  annualReport,
  demoPublicReport,
  demoReport,
  looksLikeCode,
  publicAnnualReport,
  quietAgencyReport,
} from '../../support/report-fixture.ts';

const page = (report: AnnualReport) => renderHtml(report, tablesOf(report));

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
/** Every piece of text a reader can see or hear: element content, SVG titles and descriptions included. */
const texts = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .split(/<[^>]*>/)
    .map((text) => decode(text).trim())
    .filter(Boolean);
const text = (html: string) => texts(html).join('\n');
/** The content of every element matching an opening tag, e.g. `<th`. */
const contents = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    decode((match[1] ?? '').replace(/<[^>]*>/g, '')),
  );
/** The summary card with this heading, as text. */
const card = (html: string, label: string) => {
  const match = new RegExp(`<li class="figure"><h3>${label}</h3>([\\s\\S]*?)</li>`).exec(html);
  return text(match?.[1] ?? '');
};
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="table-${id}"`);
  return html.slice(start, html.indexOf('</div>', start));
};
const numbers = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => Number(match[1]));

const PAGES: Array<[string, () => AnnualReport]> = [
  ['the hand-made county', annualReport],
  ["the hand-made county's public edition", publicAnnualReport],
  ['an agency that reached no immigration agent', quietAgencyReport],
  ['the demo county', demoReport],
  ["the demo county's public edition", demoPublicReport],
];

const PLURALS = [
  'individual',
  'record',
  'disclosure event',
  'event',
  'third party',
  'finding',
  'subsection',
  'path',
  'origin agency',
  'intermediary',
  'immigration agent',
  'other',
];
const pluralOf = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);

describe.each(PAGES)('the report page of %s', (_name, make) => {
  const html = page(make());

  it('shows words, never a code, in every header and cell', () => {
    for (const cell of [...contents(html, 'th'), ...contents(html, 'td'), ...contents(html, 'caption')]) {
      expect(looksLikeCode(cell), cell).toBe(false);
    }
    expect(text(html)).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
  });

  it('writes one of a thing in the singular and more in the plural', () => {
    const all = text(html);
    for (const word of PLURALS) {
      expect(all, word).not.toMatch(new RegExp(`(?<![\\d.,\\-–])\\b1 ${pluralOf(word)}\\b`));
      expect(all, word).not.toMatch(new RegExp(`(?<![\\d.,\\-–])\\b(?:0|[2-9]|\\d{2,}) ${word}(?![a-z])`));
    }
  });

  it('says in a sentence that a table is empty, and draws no empty grid', () => {
    for (const table of tablesOf(make()).filter((candidate) => candidate.rows.length === 0)) {
      const part = section(html, table.name);
      expect(part, table.name).toContain(table.empty);
      expect(part, table.name).not.toContain('<tbody>');
    }
  });

  it('never writes "at least 0"', () => {
    expect(text(html)).not.toMatch(/at least 0\b/);
  });
});

describe("the demo county's report page", () => {
  it('counts one individual, one record, one event in the singular', () => {
    const html = page(demoReport());
    expect(card(html, 'Disclosed directly to immigration agents')).toBe(
      '1\nindividual\n1 record in 1 disclosure event\n2024: 0 individuals, 0 records, 0 disclosure events',
    );
    expect(card(html, 'Findings')).toBe('24\nfindings in all\nin 7 of 12 subsections\n2024: 0 findings');
  });

  it('says when immigration agents asked nothing, and gives the table its count columns', () => {
    const html = page(demoReport());
    const part = section(html, 'access-requests');
    expect(part).toContain('No immigration agent asked the county for access or information in 2025.');
    expect(part).toContain('Immigration agents’ requests for access or information');
  });

  it('draws a count of 1 as a short bar and a thin band, not as tall as the chart', () => {
    const html = page(demoReport());
    const bars = numbers(html, /<rect class="bar"[^>]* height="([\d.]+)"/g);
    expect(bars).toHaveLength(4);
    for (const height of bars) expect(height).toBeGreaterThan(0);
    for (const height of bars) expect(height).toBeLessThanOrEqual(10);
    // The nodes of the flow chart are as tall as their bands: 1 individual at most 12, 2 at most 24.
    const nodes = numbers(html, /<rect class="node"[^>]* height="([\d.]+)"/g);
    expect(nodes).toHaveLength(4);
    for (const height of nodes) expect(height).toBeLessThanOrEqual(24);
    expect(Math.min(...nodes)).toBeLessThanOrEqual(12);
    // Large counts still fill the chart.
    const county = numbers(page(annualReport()), /<rect class="bar"[^>]* height="([\d.]+)"/g);
    expect(Math.max(...county)).toBeGreaterThan(150);
  });
});

describe('the wording of a public edition', () => {
  const withFindings = (totals: Count[]): AnnualReport => {
    const report = demoPublicReport();
    report.findings = report.findings.map((entry, i) => ({ ...entry, total: totals[i] ?? 0 }));
    return report;
  };

  it('reads hidden counts as words in the summary', () => {
    const html = page(demoPublicReport());
    expect(card(html, 'Disclosed directly to immigration agents')).toBe(
      '1 to 10\nindividuals\n1 to 10 records in fewer than 11 disclosure events',
    );
    expect(card(html, 'Findings')).toBe('7 to 70\nfindings in all\nin 7 of 12 subsections');
    expect(html).toContain('“1 to 10”');
  });

  it('bounds the findings by what is shown, and says "withheld" when nothing bounds them', () => {
    expect(card(page(withFindings([SMALL_OR_ZERO, SMALL_OR_ZERO])), 'Findings')).toBe(
      'fewer than 21\nfindings in all\nin 0 to 2 of 12 subsections',
    );
    expect(card(page(withFindings([WITHHELD])), 'Findings')).toBe(
      'withheld\n(number of findings)\nin 0 to 1 of 12 subsections',
    );
    expect(card(page(withFindings([WITHHELD, SUPPRESSED, 12])), 'Findings')).toBe(
      'at least 13\nfindings in all\nin 2 to 3 of 12 subsections',
    );
    expect(card(page(withFindings([1])), 'Findings')).toBe('1\nfinding in all\nin 1 of 12 subsections');
  });

  it('sets a withheld year before beside this one in words', () => {
    const report = demoPublicReport();
    report.previousYear = {
      ...(demoReport().previousYear as NonNullable<AnnualReport['previousYear']>),
      source: 'PUBLISHED',
      publishedVersion: 1,
      individualsDisclosed: SUPPRESSED,
      findings: WITHHELD,
      direct: { individuals: 1, records: SUPPRESSED, events: SMALL_OR_ZERO },
    };
    const html = page(report);
    expect(card(html, 'Disclosed to third parties')).toContain('2024: 1 to 10 individuals');
    expect(card(html, 'Disclosed directly to immigration agents')).toContain(
      '2024: 1 individual, 1 to 10 records, fewer than 11 disclosure events',
    );
    expect(card(html, 'Findings')).toContain('2024: a withheld number of findings');
  });
});
