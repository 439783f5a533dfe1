/**
 * The public edition of an annual report (Sec. 46-37(g) makes the report public): no subject
 * key or record id (the report never holds one), no natural person named, and every count
 * from 1 to 10 hidden so that, with everything already published, no reader can narrow it
 * (release-audit.ts says how and what that guarantees).
 *
 * The year before is not made again: it is copied from that year's latest published edition,
 * hidden where that edition hid it, so that setting two years side by side tells nothing
 * either did not; a year never published is not set beside it.
 */
import { INDIVIDUALS } from './annual-figures.ts';
import { protectEdition, type Reason, type ReleaseEdition } from './release-audit.ts';
import { editionName, hiddenIn, releaseEditions } from './release-editions.ts';
import { ALL, countsDocuments, editionRelations, exactFigures, figureRefs } from './release-figures.ts';
import {
  MARKERS,
  SMALL_OR_ZERO,
  SUPPRESSED,
  WITHHELD,
  type AnnualReport,
  type Count,
  type Reach,
  type YearFigures,
} from './report.ts';
import type { PublishedEditionRow } from './published.ts';

/** What is already published, and the county's agencies. */
export type Release = { editions: readonly PublishedEditionRow[]; agencies: readonly string[] };

const MARKER: Partial<Record<Reason, string>> = {
  small: SUPPRESSED,
  smallOrZero: SMALL_OR_ZERO,
  complement: WITHHELD,
  forced: WITHHELD,
};

/** Report fields that hold numbers that are not counts. */
const NOT_COUNTS = new Set(['year', 'schemaVersion', 'publishedVersion']);

/**
 * `protect: false` hides the small counts and nothing else, and sets the year before beside
 * this one as it is now: what a reader then recovers is what the protection is for (tests
 * show it).
 */
export async function publicEdition(
  report: AnnualReport,
  release: Release,
  { protect = true }: { protect?: boolean } = {},
): Promise<AnnualReport> {
  const edition = structuredClone(report);
  edition.public = true;
  const prior = releaseEditions(release.editions);
  const hiddenBefore = hiddenIn(prior, report.year, report.agencyId);
  const truth = exactFigures(report);
  const reasonOf = (path: string, value: number): Reason =>
    protect
      ? firstReason(path, value, hiddenBefore)
      : path.startsWith(`${ALL}.`)
        ? 'internal'
        : value >= 1 && value <= 10
          ? 'small'
          : 'shown';
  const candidate: ReleaseEdition = {
    label: `${editionName(report.year, report.agencyId)}, the edition being published`,
    year: report.year,
    agencyId: report.agencyId,
    version: null,
    truth,
    reasons: new Map([...truth].map(([path, value]) => [path, reasonOf(path, value)])),
    relations: editionRelations(report),
  };
  if (protect) await protectEdition([...prior, candidate], release.agencies);
  const refs = figureRefs(edition);
  for (const [path, reason] of candidate.reasons) {
    const ref = refs.get(path);
    const marker = MARKER[reason];
    if (ref !== undefined && marker !== undefined) ref.holder[ref.field] = marker;
  }
  delete edition.immigration.all;
  if (protect && report.previousYear !== null) {
    edition.previousYear = asPublished(release.editions, report.year - 1, report.agencyId);
  }
  for (const [id, party] of Object.entries(edition.parties)) {
    if (party.kind === 'INDIVIDUAL' && id !== INDIVIDUALS) delete edition.parties[id];
  }
  hideSmallCounts(edition);
  return edition;
}

function firstReason(path: string, value: number, hiddenBefore: ReadonlySet<string>): Reason {
  if (path.startsWith(`${ALL}.`)) return 'internal';
  // A new version hides at least what an earlier one hid.
  if (hiddenBefore.has(path)) return 'forced';
  // Documents add up over the agencies to the county's count: were the agencies' zeros shown,
  // every small count beside them would be at least 1, and the last agency's would follow.
  if (countsDocuments(path) && value <= 10) return 'smallOrZero';
  return value >= 1 && value <= 10 ? 'small' : 'shown';
}

/** The year before as its latest published edition showed it; null when that year was never published. */
function asPublished(rows: readonly PublishedEditionRow[], year: number, agencyId: string | null): YearFigures | null {
  const latest = rows
    .filter((row) => row.year === year && row.agencyId === agencyId)
    .sort((a, b) => b.version - a.version)[0];
  if (latest === undefined) return null;
  const report = JSON.parse(latest.json) as AnnualReport;
  const totals = report.findings.map((entry) => entry.total);
  const reach = (figures: Reach): Reach => ({
    individuals: figures.individuals,
    records: figures.records,
    events: figures.events,
  });
  return {
    year,
    source: 'PUBLISHED',
    publishedVersion: latest.version,
    thirdPartiesGivenAccess: report.thirdParties.givenAccess,
    thirdPartiesWithAgreement: report.thirdParties.withAgreement,
    thirdPartiesWithChiefExecutiveCertification: report.thirdParties.withChiefExecutiveCertification,
    thirdPartiesAudited: report.thirdParties.audited,
    individualsDisclosed: report.individualsDisclosed,
    direct: reach(report.immigration.direct),
    indirect: reach(report.immigration.indirect),
    findings: totals.every((total): total is number => typeof total === 'number')
      ? totals.reduce((sum, total) => sum + total, 0)
      : WITHHELD,
  };
}

/** Any count from 1 to 10 the figures do not cover, as "1-10": a last guard, never a protection on its own. */
function hideSmallCounts(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) hideSmallCounts(item);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, Count | unknown>;
  for (const [key, field] of Object.entries(object)) {
    if (typeof field === 'number' && !NOT_COUNTS.has(key) && field >= 1 && field <= 10) object[key] = SUPPRESSED;
    else if (!MARKERS.has(field)) hideSmallCounts(field);
  }
}
