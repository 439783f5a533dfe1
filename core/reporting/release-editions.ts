/**
 * Published editions as the release audit reads them (release-audit.ts): with their exact
 * figures, for the service's own check, or as a reader of the public editions alone sees them.
 * Why each figure was shown or hidden is read from its marker.
 */
import { type Reason, type ReleaseEdition } from './release-audit.ts';
import { ALL, editionRelations, exactFigures, figureRefs } from './release-figures.ts';
import { SMALL_OR_ZERO, SUPPRESSED, WITHHELD, type AnnualReport } from './report.ts';
import type { PublishedEditionRow } from './published.ts';

export const editionName = (year: number, agencyId: string | null) => `${year}, ${agencyId ?? 'county-wide'}`;

/** Paths hidden in any published version of an edition. */
export function hiddenIn(editions: readonly ReleaseEdition[], year: number, agencyId: string | null): Set<string> {
  const hidden = new Set<string>();
  for (const edition of editions) {
    if (edition.year !== year || edition.agencyId !== agencyId) continue;
    for (const [path, reason] of edition.reasons) if (reason !== 'shown' && reason !== 'internal') hidden.add(path);
  }
  return hidden;
}

type Row = Omit<PublishedEditionRow, 'exactJson'> & { exactJson?: string };
type Read = Pick<ReleaseEdition, 'truth' | 'reasons' | 'relations'> & { asOf?: string | null };

/** Editions in order of year, agency and version, each read knowing what its earlier versions hid. */
function inOrder(rows: readonly Row[], read: (row: Row, hiddenBefore: ReadonlySet<string>) => Read): ReleaseEdition[] {
  const sorted = [...rows].sort(
    (a, b) => a.year - b.year || String(a.agencyId).localeCompare(String(b.agencyId)) || a.version - b.version,
  );
  const editions: ReleaseEdition[] = [];
  for (const row of sorted) {
    editions.push({
      label: `${editionName(row.year, row.agencyId)}, version ${row.version}`,
      year: row.year,
      agencyId: row.agencyId,
      version: row.version,
      ...read(row, hiddenIn(editions, row.year, row.agencyId)),
    });
  }
  return editions;
}

/** Published editions with their exact figures: the service's check of a new one against them. */
export function releaseEditions(rows: readonly PublishedEditionRow[]): ReleaseEdition[] {
  return inOrder(rows, (row, hiddenBefore) => {
    const exact = JSON.parse(row.exactJson as string) as AnnualReport;
    const published = figureRefs(JSON.parse(row.json) as AnnualReport);
    const truth = exactFigures(exact);
    const reasons = new Map<string, Reason>();
    for (const [path, value] of truth) {
      const ref = published.get(path);
      reasons.set(path, publishedReason(ref?.holder[ref.field], value, hiddenBefore.has(path)));
    }
    return { truth, reasons, relations: editionRelations(exact) };
  });
}

/**
 * Published editions as a reader of them alone sees them: `truth` holds the shown figures (0
 * where hidden), and the unpublished whole every breakdown covers is a figure to work out.
 */
export function readerEditions(rows: ReadonlyArray<Omit<PublishedEditionRow, 'exactJson'>>): ReleaseEdition[] {
  return inOrder(rows, (row, hiddenBefore) => {
    const report = JSON.parse(row.json) as AnnualReport;
    const truth = new Map<string, number>();
    const reasons = new Map<string, Reason>();
    for (const [path, ref] of figureRefs(report)) {
      const shown = ref.holder[ref.field];
      truth.set(path, typeof shown === 'number' ? shown : 0);
      reasons.set(path, publishedReason(shown, typeof shown === 'number' ? shown : 1, hiddenBefore.has(path)));
    }
    for (const measure of ['individuals', 'records']) {
      truth.set(`${ALL}.${measure}`, 0);
      reasons.set(`${ALL}.${measure}`, 'internal');
    }
    return { truth, reasons, relations: editionRelations(report), asOf: report.asOf };
  });
}

function publishedReason(shown: unknown, truth: number, hiddenBefore: boolean): Reason {
  if (typeof shown === 'number') return 'shown';
  if (shown === SUPPRESSED) return truth >= 1 && truth <= 10 ? 'small' : 'complement'; // Editions before WITHHELD.
  if (shown === SMALL_OR_ZERO) return 'smallOrZero';
  if (shown === WITHHELD) return hiddenBefore ? 'forced' : 'complement';
  return 'internal';
}
