/**
 * Sec. 46-37(g) makes public the annual report and every agreement covering more than 500
 * individuals. Publishing stores the public edition of a report as it was published (a new
 * version each time); the registry lists those and the agreements that must be public: every
 * agreement its agency marked public, and every agreement in force in a year a published
 * report covers with a third party that report names among those given more than 500.
 */
import { createHash } from 'node:crypto';
import { agreementsInForceDuring, allAgreements, type AgreementRow } from '../compliance/index.ts';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { fence } from '../../infra/recorded.ts';
import { annualReport } from './annual.ts';
import { INDIVIDUALS } from './annual-figures.ts';
import { publicEdition } from './public-edition.ts';
import type { AnnualReport } from './report.ts';
import {
  allPublished,
  checkYear,
  latestPublishedExact,
  publishedRelease,
  storePublished,
  type PublishedReportRow,
} from './published.ts';
import { countyYear } from '../../infra/calendar.ts';

/**
 * Publishes the report of a county year as the service knows it now: a fence on the record
 * clock first, so that the report is made of exactly what was recorded by then and made again
 * as of that time gives the same figures, whatever is filed afterwards.
 */
export async function publishAnnualReport(
  db: Database,
  year: number,
  agencyId: string | null,
  now = new Date(),
  publishedBy: string | null = null,
): Promise<PublishedReportRow> {
  // (g): the annual report of a year is published once the year is over, not while it runs.
  const ends = countyYear(checkYear(year)).until;
  if (Date.parse(ends) > now.getTime()) {
    throw new InputError(
      `year ${year} has not ended in county time (it ends at ${ends}); only a county year that has ended can be published`,
      'year',
      year,
    );
  }
  const asOf = await fence(db);
  const [exact, release] = await Promise.all([
    annualReport(db, { year, agencyId, now, asOf, groupIndividuals: true }),
    publishedRelease(db, asOf),
  ]);
  // Protected against everything published before it; stored only if nothing was published meanwhile.
  const json = JSON.stringify(await publicEdition(exact, release));
  return storePublished(db, {
    releaseSize: release.editions.length,
    year,
    agencyId,
    asOf,
    publishedBy,
    publishedAt: now.toISOString(),
    sha256: createHash('sha256').update(json).digest('hex'),
    json,
    // Kept, never served: the next year's report sets its figures beside its own.
    exactJson: JSON.stringify(exact),
  });
}

/**
 * A published report with the third parties given more than 500 named: its public edition,
 * or, where that groups natural persons as INDIVIDUALS, its exact figures (the latest version).
 */
async function largeThirdParties(db: Database, report: PublishedReportRow): Promise<AnnualReport> {
  const edition = JSON.parse(report.json) as AnnualReport;
  if (!edition.over500.some((row) => row.thirdPartyId === INDIVIDUALS)) return edition;
  const exact = await latestPublishedExact(db, report.year, report.agencyId);
  return exact === null ? edition : (JSON.parse(exact.exactJson) as AnnualReport);
}

export type PublicAgreementRow = AgreementRow & { markedPublic: boolean; required: boolean };

export async function publicRegistry(
  db: Database,
): Promise<{ agreements: PublicAgreementRow[]; reports: PublishedReportRow[] }> {
  const [agreements, reports] = await Promise.all([allAgreements(db), allPublished(db)]);
  const latest = new Map<string, PublishedReportRow>();
  for (const report of reports) {
    const seen = latest.get(report.id);
    if (seen === undefined || report.version > seen.version) latest.set(report.id, report);
  }
  const required = new Set<string>();
  for (const report of latest.values()) {
    const { window, over500 } = await largeThirdParties(db, report);
    for (const { thirdPartyId } of over500) {
      for (const agreement of agreementsInForceDuring(agreements, thirdPartyId, window)) {
        required.add(`${agreement.id}#${agreement.version}`);
      }
    }
  }
  return {
    agreements: agreements
      .map((agreement) => ({
        ...agreement,
        markedPublic: agreement.public,
        required: required.has(`${agreement.id}#${agreement.version}`),
      }))
      .filter((agreement) => agreement.markedPublic || agreement.required),
    reports,
  };
}
