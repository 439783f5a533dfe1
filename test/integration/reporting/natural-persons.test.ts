import { beforeAll, describe, expect, it } from 'vitest';
import { recordEnforcement } from '../../../core/registry/affiliations.ts';
import { annualReport } from '../../../core/reporting/annual.ts';
import { publicRegistry, publishAnnualReport } from '../../../core/reporting/public-registry.ts';
import type { AnnualReport } from '../../../core/reporting/report.ts';
import { tablesOf } from '../../../core/reporting/tables.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { hopsOn, seedRecords } from '../../support/records.ts';

const context = useTestDatabase();
const PERSON = 'Maria Courier-Example';

describe('a natural person in the public report', () => {
  beforeAll(async () => {
    await wipe(context.db);
    await registerTestParties(
      context.db,
      [
        ['sheriff', 'COUNTY_AGENCY'],
        ['courier', 'INDIVIDUAL'],
        ['ice', 'GOVERNMENT_AGENCY'],
      ],
      (id) => (id === 'courier' ? PERSON : id),
    );
    await recordEnforcement(context.db, {
      id: 'e-ice',
      partyId: 'ice',
      from: '2003-03-01T00:00:00Z',
      basis: 'federal',
    });
    const records = Array.from({ length: 14 }, (_, index) => `r-${index}`);
    await seedRecords(context.db, 'sheriff', records);
    const hop = hopsOn(context.db);
    await hop('d-1', '2024-03-01T09:00:00-06:00', 'sheriff', 'courier', records);
    await hop('d-2', '2024-04-01T09:00:00-05:00', 'courier', 'ice', records);
  });

  it('is named to an auditor, and grouped as "individuals" in every table and in the parties of a published edition', async () => {
    const exact = await annualReport(context.db, { year: 2024 });
    expect(exact.immigration.byIntermediary.map((row) => row.label)).toContain(PERSON);

    const published = await publishAnnualReport(context.db, 2024, null, new Date('2025-02-01T12:00:00Z'));
    expect(published.json).not.toContain(PERSON);
    expect(published.json).not.toContain('"courier"');
    const edition = JSON.parse(published.json) as AnnualReport;
    expect(edition.parties.INDIVIDUALS).toEqual({ name: 'individuals, 1', kind: 'INDIVIDUAL' });
    expect(edition.immigration.byIntermediary.map((row) => [row.key, row.label])).toEqual([
      ['INDIVIDUALS', 'individuals, 1'],
    ]);
    const flows = tablesOf(edition).find((table) => table.name === 'immigration-flows');
    expect(flows?.rows.map((row) => row.intermediary)).toEqual(['individuals, 1']);
    expect(JSON.stringify(tablesOf(edition))).not.toContain(PERSON);
    const { reports } = await publicRegistry(context.db);
    expect(reports.map((report) => report.json).join('')).not.toContain(PERSON);
  });
});
