import type { Database } from '../../infra/db.ts';
import { ConflictError, InputError } from '../../infra/errors.ts';
import { MONTH } from '../compliance/index.ts';
import { withdrawnBy } from '../lineage/index.ts';
import { recordedNow } from '../../infra/recorded.ts';
import { utc, utcOrNull } from '../../infra/scalars.ts';
import { countyYear } from '../../infra/calendar.ts';

// Years are the county's: the bounds are midnight in Chicago, in UTC as every compared instant is.
export const DISCLOSURE_COUNT_IN_YEAR = /* cypher */ `
  MATCH (d:Disclosure)
  WHERE d.at >= datetime($from) AND d.at < datetime($until)
  RETURN count(d) AS count`;

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) {
    throw new InputError(`year must be a calendar year from 1900 to 9998, got ${year}`, 'year', year);
  }
  return year;
}

export async function disclosureCountInYear(db: Database, year: number): Promise<number> {
  const window = countyYear(checkYear(year));
  const [row] = await db.read((tx) =>
    tx.run<{ count: number }>(DISCLOSURE_COUNT_IN_YEAR, { from: utc(window.from), until: utc(window.until) }),
  );
  return row?.count ?? 0;
}

export function checkMonth(month: string): { year: number; month: number } {
  const match = MONTH.exec(month);
  if (match === null) throw new InputError(`month must be YYYY-MM, got "${month}"`, 'month', month);
  return { year: checkYear(Number(match[1])), month: Number(match[2]) };
}

/** (f)(iv): whom a third party passed county personal information on to in a window, by recipient. */
export const RECIPIENTS_SEEN = /* cypher */ `
  MATCH (s:Party {id: $thirdPartyId})-[:SENT]->(d:Disclosure)-[:TO]->(r:Party)
  WHERE d.at >= datetime($from) AND d.at < datetime($until) AND r.kind <> 'COUNTY_AGENCY'
    AND NOT ${withdrawnBy('d', 'null')}
  MATCH (d)-[:CARRIED]->(rec:Record)
  RETURN r.id AS recipientId, count(DISTINCT d) AS disclosures, count(DISTINCT rec) AS records
  ORDER BY recipientId`;

export type RecipientSeenRow = { recipientId: string; disclosures: number; records: number };

export type PublishedReportRow = {
  id: string;
  version: number;
  year: number;
  agencyId: string | null;
  publishedAt: string;
  /** The recorded time its figures are as of: made again as of it, the report gives them again. */
  asOf: string | null;
  /** The principal who published it, and its organisation. */
  publishedBy: string | null;
  sha256: string;
  json: string;
};

const PUBLISHED_FIELDS = /* cypher */ `r {.id, .version, .year, .agencyId, .publishedAt, .asOf, .publishedBy, .sha256,
  .json}`;

export const LATEST_VERSION = /* cypher */ `
  MATCH (r:PublishedReport {id: $id}) RETURN max(r.version) AS version`;
export const CREATE_PUBLISHED = /* cypher */ `
  CREATE (r:PublishedReport {key: $id + '#' + $version, id: $id, version: $version, year: $year,
    agencyId: $agencyId, publishedAt: datetime($publishedAt), asOf: datetime($asOf), publishedBy: $publishedBy,
    recordedAt: datetime($recordedAt), sha256: $sha256, json: $json, exactJson: $exactJson})
  RETURN ${PUBLISHED_FIELDS} AS row`;
/** The latest version of a report published by $asOf (ever, when null): its exact figures and its public edition. */
export const LATEST_EXACT = /* cypher */ `
  MATCH (r:PublishedReport {id: $id})
  WHERE $asOf IS NULL OR r.recordedAt <= datetime($asOf)
  RETURN r.version AS version, r.exactJson AS exactJson, r.json AS json ORDER BY r.version DESC LIMIT 1`;
/** Every published edition with the exact figures it was protected from: the release a new edition joins. */
export const RELEASE = /* cypher */ `
  MATCH (r:PublishedReport)
  WHERE $asOf IS NULL OR r.recordedAt <= datetime($asOf)
  RETURN r {.year, .agencyId, .version, .json, .exactJson} AS row ORDER BY r.year, r.agencyId, r.version`;
export const COUNTY_AGENCY_IDS = /* cypher */ `
  MATCH (p:Party {kind: 'COUNTY_AGENCY'}) RETURN p.id AS id ORDER BY id`;
export const ALL_PUBLISHED = /* cypher */ `
  MATCH (r:PublishedReport) RETURN ${PUBLISHED_FIELDS} AS row ORDER BY r.publishedAt DESC, r.id, r.version DESC`;

/** The id a published report goes under: its year, and its agency for an agency's report. */
export const publishedId = (year: number, agencyId: string | null) =>
  agencyId === null ? String(year) : `${year}:${agencyId}`;

/** Counted after the record clock is taken, which a second publication then waits for. */
export const PUBLISHED_COUNT = /* cypher */ `MATCH (r:PublishedReport) RETURN count(r) AS published`;

/**
 * Stores a new version of a published report; versions of one id are numbered in one
 * transaction. Refused when anything was published after the release it was protected
 * against was read (`releaseSize` editions): it must be protected again.
 */
export async function storePublished(
  db: Database,
  report: Omit<PublishedReportRow, 'id' | 'version'> & { exactJson: string; releaseSize: number },
): Promise<PublishedReportRow> {
  const id = publishedId(report.year, report.agencyId);
  const { releaseSize, ...stored } = report;
  return db.write(async (tx) => {
    // Publications one at a time: the record clock is written first, so a second one waits
    // here for the first to commit, and then sees that the release it was protected against grew.
    const recordedAt = await recordedNow(tx);
    const [count] = await tx.run<{ published: number }>(PUBLISHED_COUNT);
    if (count?.published !== releaseSize) {
      throw new ConflictError(
        `another edition was published while edition ${id} was being protected; publish it again`,
        id,
      );
    }
    const [latest] = await tx.run<{ version: number | null }>(LATEST_VERSION, { id });
    const version = (latest?.version ?? 0) + 1;
    const [created] = await tx.run<{ row: PublishedReportRow }>(CREATE_PUBLISHED, {
      ...stored,
      asOf: utcOrNull(stored.asOf),
      id,
      version,
      recordedAt,
    });
    return (created as { row: PublishedReportRow }).row;
  });
}

export async function allPublished(db: Database): Promise<PublishedReportRow[]> {
  return (await db.read((tx) => tx.run<{ row: PublishedReportRow }>(ALL_PUBLISHED))).map((row) => row.row);
}

/** The exact report behind the latest published version for a year (and agency), if one was published. */
export async function latestPublishedExact(
  db: Database,
  year: number,
  agencyId: string | null,
  asOf: string | null = null,
): Promise<{ version: number; exactJson: string; json: string } | null> {
  const [row] = await db.read((tx) =>
    tx.run<{ version: number; exactJson: string; json: string }>(LATEST_EXACT, {
      id: publishedId(year, agencyId),
      asOf: utcOrNull(asOf),
    }),
  );
  return row ?? null;
}

export type PublishedEditionRow = {
  year: number;
  agencyId: string | null;
  version: number;
  json: string;
  exactJson: string;
};

/**
 * Everything published (by the recorded time `asOf`, when given), with its exact figures, and
 * the county's agencies: what a new edition is protected against. A public edition made again
 * as of a published one's time is protected against what was published before it, as it was.
 */
export async function publishedRelease(
  db: Database,
  asOf: string | null = null,
): Promise<{ editions: PublishedEditionRow[]; agencies: string[] }> {
  const [editions, agencies] = await Promise.all([
    db.read((tx) => tx.run<{ row: PublishedEditionRow }>(RELEASE, { asOf: utcOrNull(asOf) })),
    db.read((tx) => tx.run<{ id: string }>(COUNTY_AGENCY_IDS)),
  ]);
  return { editions: editions.map((row) => row.row), agencies: agencies.map((row) => row.id) };
}
