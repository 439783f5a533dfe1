import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, evidenceCsv, parseCsv } from '../../../explorer/src/csv.ts';
import { evidenceOf } from '../../../explorer/src/evidence.ts';
import { addArrivals, emptyPicture, setMore } from '../../../explorer/src/picture.ts';
import { layoutSvg } from '../../../explorer/src/svg.ts';
import { OPEN_WINDOW, visibleIn, type TimeWindow } from '../../../explorer/src/time-window.ts';
import { arrivalsAlong, CHAIN } from './fixtures.ts';

const CONTEXT = { exportedAt: '2026-12-04T16:00:00.000Z', role: 'AUDITOR', organisation: 'cook-oiig' };

function exported(window: TimeWindow) {
  const picture = emptyPicture({ kind: 'subject', subjectKey: 'a'.repeat(64) }, 'Person');
  const arrivals = arrivalsAlong('r-1', CHAIN);
  addArrivals(picture, arrivals);
  return { picture, arrivals, evidence: evidenceOf(picture, visibleIn(picture, window), { ...CONTEXT, window }) };
}

describe('the evidence export', () => {
  it("holds the API's arrivals as they came, the disclosures shown with their path, and who exported it when", () => {
    const { arrivals, evidence } = exported(OPEN_WINDOW);
    expect(evidence.answered.arrivals).toEqual(arrivals);
    expect(evidence.exportedBy).toEqual({ role: 'AUDITOR', organisation: 'cook-oiig' });
    expect(evidence.window).toEqual({ from: null, until: null });
    expect(evidence.complete).toBe(true);
    expect(evidence.disclosures.map((d) => [d.id, d.pathToImmigrationAgent, d.recipientWasImmigrationAgent])).toEqual([
      ['d-1', 'INDIRECT', false],
      ['d-2', 'INDIRECT', false],
      ['d-3', 'INDIRECT', true],
    ]);
    expect(evidence.parties.find((p) => p.id === 'ice:contractor')?.immigrationAgentText).toBe(
      'Immigration agent from 2024-01-01 00:00 CST until 2025-01-01 00:00 CST',
    );
  });

  it('holds only what arrived in the window, and says when pages were left unread', () => {
    const until = Date.parse(CHAIN[1]?.at as string) + 1;
    const { picture, evidence } = exported({ from: null, until });
    expect(evidence.window).toEqual({ from: null, until: new Date(until).toISOString() });
    expect(evidence.answered.arrivals.map((a) => a.party.id)).toEqual(['broker', 'reseller']);
    expect(evidence.disclosures.map((d) => [d.id, d.pathToImmigrationAgent])).toEqual([
      ['d-1', null],
      ['d-2', null],
    ]);
    setMore(picture, 'records', {
      id: 'records',
      remaining: null,
      what: 'records of this person',
      anchorPartyId: null,
      side: 'out',
      loadable: true,
    });
    const partial = evidenceOf(picture, visibleIn(picture, OPEN_WINDOW), { ...CONTEXT, window: OPEN_WINDOW });
    expect(partial.complete).toBe(false);
    expect(partial.notLoaded).toEqual([{ what: 'records of this person', remaining: null }]);
  });

  it('writes CSV a spreadsheet reads back: a row per disclosure, quoted where needed, no formula run', () => {
    const { evidence } = exported(OPEN_WINDOW);
    const first = evidence.disclosures[0];
    if (first === undefined) throw new Error('no disclosure');
    first.purpose = '=HYPERLINK("http://x"), "quoted"\nand on';
    first.from.name = 'Broker, "Acme" & <Co>';
    const rows = parseCsv(evidenceCsv(evidence));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[0]).toBe('d-1');
    expect(rows[1]?.[8]).toBe(`'${first.purpose}`);
    expect(rows[1]?.[3]).toBe('Broker, "Acme" & <Co>');
    expect(rows[1]?.[9]).toBe('NAME;SSN');
    expect(rows.map((row) => row.length)).toEqual(rows.map(() => CSV_COLUMNS.length));
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField(null)).toBe('');
    expect(evidenceCsv(evidence).endsWith('\r\n')).toBe(true);
  });
});

describe('the SVG export', () => {
  it('draws every party and disclosure where it was laid out, names as text, with a title for screen readers', () => {
    const svg = layoutSvg({
      title: 'Person <a>',
      description: 'three hops',
      nodes: [
        {
          id: 'p:x',
          partyId: 'x',
          label: ['<script>alert(1)</script>', 'county agency'],
          x: 10,
          y: 20,
          width: 120,
          height: 40,
          classes: ['party', 'agency'],
        },
        {
          id: 'p:y',
          partyId: 'y',
          label: ['ICE'],
          x: 300,
          y: 20,
          width: 120,
          height: 40,
          classes: ['party', 'third-party', 'agent'],
        },
      ],
      edges: [
        {
          id: 'd:1',
          disclosureId: 'd-1',
          source: { x: 70, y: 20 },
          target: { x: 240, y: 20 },
          mid: { x: 155, y: 20 },
          label: ['2024-01-01'],
          classes: ['disclosure', 'indirect-path'],
        },
      ],
    });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="svg-title svg-desc"/,
    );
    expect(svg).toContain('<title id="svg-title">Person &lt;a&gt;</title>');
    // The title is on the picture too, bold above the graph, as the PNG export draws it.
    expect(svg).toMatch(/<text [^>]*font-size="18" font-weight="bold"[^>]*><tspan [^>]*>Person &lt;a&gt;<\/tspan>/);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toMatch(/<g class="party third-party agent" data-party-id="y"><title>ICE<\/title><polygon /);
    expect(svg).toMatch(/<g class="party agency" data-party-id="x">.*<tspan x="10"/);
    expect(svg).toMatch(/data-disclosure-id="d-1".*stroke-dasharray="10 5".*marker-end="url\(#arrow-agent\)"/);
    expect(svg).not.toMatch(/ style=/);
    expect(svg).toContain('Indirect path to an immigration agent');
  });
});
