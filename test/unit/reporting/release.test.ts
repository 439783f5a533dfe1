import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicEdition } from '../../../core/reporting/public-edition.ts';
import { readerEditions } from '../../../core/reporting/release-editions.ts';
import { auditRelease, narrowed } from '../../../core/reporting/release-audit.ts';
import type { AnnualReport } from '../../../core/reporting/report.ts';
import type { PublishedEditionRow } from '../../../core/reporting/published.ts';
import { attackRelease, mistaken, pinned, type Recovery } from '../../support/release-attacker.ts';
import { addTo, randomCounty, reportOf, seeded, type County } from '../../support/random-release.ts';

type Publication = { year: number; agencyId: string | null };

/** Publishes editions one after another, each protected against those before it (refused ones are left out). */
async function publish(
  county: County,
  publications: readonly Publication[],
  protect = true,
  release: PublishedEditionRow[] = [],
) {
  const refused: string[] = [];
  for (const { year, agencyId } of publications) {
    const exact = reportOf(county, year, agencyId);
    // Which data it was made from, for the attacker to know which editions agree.
    exact.generatedAt = `${county.arrivals.length}/${county.documents.length}`;
    exact.asOf = exact.generatedAt;
    try {
      const edition = await publicEdition(exact, { editions: release, agencies: county.agencies }, { protect });
      const version = 1 + release.filter((row) => row.year === year && row.agencyId === agencyId).length;
      release.push({ year, agencyId, version, json: JSON.stringify(edition), exactJson: JSON.stringify(exact) });
    } catch (error) {
      refused.push((error as Error).message);
    }
  }
  return { release, refused };
}

/** What the attacker recovers from the public editions alone; it is told the exact figures only to grade itself. */
function attack(county: County, release: readonly PublishedEditionRow[], announced?: Map<string, number>): Recovery[] {
  const madeFrom = (edition: { json: string }) => (JSON.parse(edition.json) as AnnualReport).generatedAt;
  const recoveries = attackRelease(release, county.agencies, {
    ...(announced === undefined ? {} : { announced }),
    exact: release.map((row) => ({ ...row, json: row.exactJson })),
    together: (a, b) => madeFrom(a) === madeFrom(b),
  });
  expect(mistaken(recoveries)).toEqual([]);
  return recoveries;
}

const everyEdition = (county: County, years: readonly number[]) =>
  years.flatMap((year) => [null, ...county.agencies].map((agencyId) => ({ year, agencyId })));

function plantedCounty(): County {
  return { agencies: ['ag-1', 'ag-2'], arrivals: [], documents: [], findings: [], papers: [] };
}

function arrival(county: County, origin: string, subject: string, month = 3, year = 2024) {
  county.arrivals.push({
    year,
    subject,
    record: `r-${county.arrivals.length}`,
    origin,
    event: `e-${county.arrivals.length}`,
    month,
    basis: 'NONE',
    direct: true,
    intermediaries: [],
    agent: 'ia-1',
    categories: ['NAME'],
  });
}

describe('the public release, against a reader of everything published', () => {
  it('one agency with 1 person and one with 25: the small one is not the county less the large one', async () => {
    const county = plantedCounty();
    arrival(county, 'ag-1', 's-lonely');
    for (let index = 0; index < 25; index++) arrival(county, 'ag-2', `s-${index}`);
    const editions = everyEdition(county, [2024]);
    const { release, refused } = await publish(county, editions);
    expect(refused).toEqual([]);
    const recoveries = attack(county, release);
    expect(pinned(recoveries)).toEqual([]);
    expect(recoveries.some((r) => r.truth === 1)).toBe(true);
    const naive = await publish(county, editions, false);
    expect(pinned(attack(county, naive.release)).map((r) => r.truth)).toContain(1);
  });

  it('documents of two agencies: a county count hidden beside an agency count shown is not their difference', async () => {
    const county = plantedCounty();
    for (let index = 0; index < 12; index++)
      county.documents.push({ year: 2024, kind: 'DETAINER', agency: 'ag-1', outcome: 'honoured' });
    for (let index = 0; index < 3; index++)
      county.documents.push({ year: 2024, kind: 'DETAINER', agency: 'ag-2', outcome: 'declined' });
    const editions = everyEdition(county, [2024]);
    const { release, refused } = await publish(county, editions);
    expect(refused).toEqual([]);
    expect(pinned(attack(county, release))).toEqual([]);
    const naive = await publish(county, editions, false);
    expect(pinned(attack(county, naive.release)).map((r) => `${r.edition} ${r.figure} ${r.truth}`)).toContain(
      '2024/county/v1 detainers/declined 3',
    );
  });

  it('a year after a hidden year: the year before is set beside it as it was published', async () => {
    const county = plantedCounty();
    for (const year of [2024, 2025]) {
      for (let index = 0; index < 20; index++)
        county.findings.push({ year, agency: 'ag-2', subsection: 'E', severity: 'high' });
    }
    county.findings.push({ year: 2024, agency: 'ag-1', subsection: 'A', severity: 'low' });
    const editions = [
      { year: 2024, agencyId: null },
      { year: 2025, agencyId: null },
    ];
    const { release } = await publish(county, editions);
    expect(pinned(attack(county, release))).toEqual([]);
    const before = JSON.parse(release[0]?.json ?? '{}') as AnnualReport;
    const after = JSON.parse(release[1]?.json ?? '{}') as AnnualReport;
    expect(after.previousYear).toMatchObject({ source: 'PUBLISHED', publishedVersion: 1 });
    expect(after.previousYear?.findings).toBe('withheld');
    expect(after.previousYear?.direct).toEqual(before.immigration.direct);
    const naive = await publish(county, editions, false);
    expect(pinned(attack(county, naive.release)).map((r) => `${r.edition} ${r.figure}`)).toContain(
      '2024/county/v1 findings=A/total',
    );
  });

  it('a second version after an addition, announced in full: it hides what the first hid', async () => {
    const county = plantedCounty();
    for (let index = 0; index < 30; index++) arrival(county, 'ag-2', `s-${index}`, 1 + (index % 2) * 5);
    for (let index = 0; index < 3; index++) arrival(county, 'ag-1', `t-${index}`, 3);
    const first = await publish(county, [{ year: 2024, agencyId: null }]);
    const exactBefore = reportOf(county, 2024, null);
    // Twelve late disclosures in March: the month that was "1-10" is now 15.
    for (let index = 0; index < 12; index++) arrival(county, 'ag-2', `late-${index}`, 3);
    const second = await publish(county, [{ year: 2024, agencyId: null }], true, [...first.release]);
    expect(second.refused).toEqual([]);
    const announced = announcement(exactBefore, reportOf(county, 2024, null));
    expect(pinned(attack(county, second.release, announced))).toEqual([]);
    const v2 = JSON.parse(second.release[1]?.json ?? '{}') as AnnualReport;
    expect(v2.immigration.byMonth[2]?.events).toBe('withheld');
    // Without the protection the second version shows March, and the announcement gives the first one's.
    const naive = await publish(county, [{ year: 2024, agencyId: null }], false, [...first.release]);
    expect(
      pinned(attack(county, naive.release, announced)).map((r) => `${r.edition} ${r.figure} ${r.truth}`),
    ).toContain('2024/county/v1 byMonth=2024-03/events 3');
  });

  it('on random counties and release sequences (two years, every edition, then a second version after late filings), nothing is narrowed', async () => {
    let hidden = 0;
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 4 }),
        async (seed, agencies) => {
          const random = seeded(seed);
          const county = randomCounty(random, { agencies, scale: 24 });
          const { release, refused } = await publish(county, everyEdition(county, [2024, 2025]));
          addTo(county, random, 2025, 6);
          const again = await publish(
            county,
            [
              { year: 2025, agencyId: null },
              { year: 2025, agencyId: 'ag-1' },
            ],
            true,
            release,
          );
          refusals += refused.length + again.refused.length;
          const recoveries = attack(county, again.release);
          hidden += recoveries.length;
          expect(pinned(recoveries)).toEqual([]);
          // The service's own audit of the public editions agrees.
          const audited = await auditRelease(readerEditions(again.release), county.agencies, 'public');
          expect(narrowed(audited)).toEqual([]);
        },
      ),
      { numRuns: 8, seed: 46_37 },
    );
    expect(hidden).toBeGreaterThan(500);
    // A refusal publishes nothing, which is safe; it must stay the exception.
    expect(refusals).toBeLessThan(8);
  }, 300_000);
});

/** How much each figure changed between two versions, in the attacker's names. */
function announcement(before: AnnualReport, after: AnnualReport): Map<string, number> {
  const changes = new Map<string, number>();
  const named = (report: AnnualReport) => {
    const figures = new Map<string, number>();
    for (const month of report.immigration.byMonth) {
      for (const measure of ['individuals', 'records', 'events'] as const) {
        figures.set(`byMonth=${month.key}/${measure}`, Number(month[measure]));
      }
    }
    figures.set('events', Number(report.immigration.events));
    return figures;
  };
  const [a, b] = [named(before), named(after)];
  for (const [name, value] of b)
    changes.set(`${after.year}/${after.agencyId ?? 'county'}:${name}`, value - (a.get(name) ?? 0));
  return changes;
}
