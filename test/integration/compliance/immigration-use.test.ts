/**
 * (f)(i), use for immigration enforcement, read from stated purposes on the real graph, as an
 * adversary would try it: a third party named "Office of Justice Services" is not ICE; one that
 * writes "assist I.C.E." or picks "immigration (civil/administrative)" from a dropdown is
 * flagged, whether the county or a third party sent it, and so is a standing grant for HSI. The
 * (e) finding of a disclosure to an immigration agent carries the same evidence, and the annual
 * report counts the new findings with the rest of (f)(i).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../../../core/compliance/findings/index.ts';
import { purposeVocabulary } from '../../../core/compliance/purpose-vocabulary.ts';
import { recordAccessGrant } from '../../../core/lineage/grants.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { annualReport } from '../../../core/reporting/index.ts';
import { useTestDatabase } from '../../support/database.ts';
import { enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';
import { carrying, seedRecords } from '../../support/records.ts';

const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };
const VERSION = purposeVocabulary({}).version;

describe('(f)(i): stated purposes that reveal immigration enforcement', () => {
  const ctx = useTestDatabase();
  const send = (
    id: string,
    at: string,
    fromPartyId: string,
    toPartyId: string,
    purpose: string,
    ...records: string[]
  ) => recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose, ...carrying(...records) });
  const useFindings = async (options: { asOf?: string } = {}) =>
    (await findings(ctx.db, { window: YEAR_2024, subsections: ['F_I'], ...options })).filter(
      (finding) => finding.purposeMatch !== undefined,
    );

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['clerk', 'COUNTY_AGENCY'],
      ['justice-services', 'ORGANIZATION'],
      ['vendor', 'CORPORATION'],
      ['broker', 'DATA_BROKER'],
      ['exchange', 'DATA_EXCHANGE'],
      ['ice', 'GOVERNMENT_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '2003-03-01T00:00:00Z');
    await seedRecords(ctx.db, 'sheriff', ['r1', 'r2', 'r3', 'r4']);
    // Not ICE: "Office", "Justice", "Services" all hold "ice"; nor a county agency's own hop.
    await send('d-ojs', '2024-02-01T09:00:00-06:00', 'sheriff', 'justice-services', 'Office of Justice Services', 'r1');
    await send('d-county', '2024-02-02T09:00:00-06:00', 'sheriff', 'clerk', 'ICE hold', 'r1');
    await send('d-cream', '2024-02-03T09:00:00-06:00', 'sheriff', 'vendor', 'ice cream truck theft', 'r1');
    // ICE in dotted initials, to a vendor; the vendor passes it on "for immigration".
    await send('d-assist', '2024-03-01T09:00:00-06:00', 'sheriff', 'vendor', 'assist I.C.E.', 'r2');
    await send('d-onward', '2024-03-02T09:00:00-06:00', 'vendor', 'broker', 'immigration (civil/administrative)', 'r2');
    // To ICE itself: (e), with the detainer named in its purpose, and (f)(i) use beside it.
    await send('d-detainer', '2024-04-01T09:00:00-05:00', 'sheriff', 'ice', 'ICE detainer - release date', 'r3');
    // The purpose code that says the opposite ("non-immigration") is not immigration enforcement.
    await send('d-plain', '2024-04-02T09:00:00-05:00', 'sheriff', 'ice', 'NON_IMMIGRATION_LAW_ENFORCEMENT', 'r4');
    // Outside the window.
    await send('d-2025', '2025-01-02T09:00:00-06:00', 'sheriff', 'vendor', 'assist ICE', 'r1');
    await recordAccessGrant(ctx.db, {
      id: 'g-hsi',
      agencyPartyId: 'sheriff',
      granteePartyId: 'exchange',
      dataset: 'bookings',
      purpose: 'HSI human trafficking task force',
      from: '2024-05-01T00:00:00-05:00',
    });
    await recordAccessGrant(ctx.db, {
      id: 'g-police',
      agencyPartyId: 'sheriff',
      granteePartyId: 'exchange',
      dataset: 'warrants',
      purpose: 'Police service calls',
      from: '2024-05-01T00:00:00-05:00',
    });
  });

  it('flags the disclosures and the grant whose purposes name immigration enforcement, and nothing else', async () => {
    const found = await useFindings();
    expect(found.map((finding) => finding.id).sort()).toEqual([
      'F_I:use:d-assist',
      'F_I:use:d-detainer',
      'F_I:use:d-onward',
      'F_I:use:grant:g-hsi',
    ]);
    expect(found.every((finding) => finding.subsection === 'F_I' && finding.severity === 'HIGH')).toBe(true);
  });

  it('names the words as written, their categories and the vocabulary version', async () => {
    const found = await useFindings();
    const assist = found.find((finding) => finding.id === 'F_I:use:d-assist');
    expect(assist?.purposeMatch).toEqual({
      purpose: 'assist I.C.E.',
      categories: ['ICE'],
      matches: [{ category: 'ICE', text: 'I.C.E.', phrase: 'ice', start: 7, end: 13 }],
      vocabularyVersion: VERSION,
    });
    expect(assist?.disclosureIds).toEqual(['d-assist']);
    expect(assist?.partyIds).toEqual(['sheriff', 'vendor']);
    expect(assist?.explanation).toContain('"I.C.E." (ICE)');
    expect(assist?.explanation).toContain(VERSION);
    const onward = found.find((finding) => finding.id === 'F_I:use:d-onward');
    expect(onward?.purposeMatch?.categories).toEqual(['IMMIGRATION']);
    expect(onward?.partyIds).toEqual(['vendor', 'broker', 'sheriff']);
    expect(onward?.explanation).toMatch(/^vendor passed on personal information created by sheriff to broker/);
    const grant = found.find((finding) => finding.id === 'F_I:use:grant:g-hsi');
    expect(grant?.purposeMatch?.categories).toEqual(['HSI']);
    expect(grant?.explanation).toContain('potential exposure');
  });

  it('gives the (e) finding of a disclosure to an immigration agent the same evidence', async () => {
    const e = await findings(ctx.db, { window: YEAR_2024, subsections: ['E'] });
    const detainer = e.find((finding) => finding.id === 'E:d-detainer');
    expect(detainer?.purposeMatch).toMatchObject({
      categories: ['ICE_DETAINER'],
      matches: [{ text: 'ICE detainer' }],
      vocabularyVersion: VERSION,
    });
    expect(detainer?.explanation).toContain('"ICE detainer" (ICE_DETAINER)');
    const fI = (await useFindings()).find((finding) => finding.id === 'F_I:use:d-detainer');
    expect(fI?.purposeMatch).toEqual(detainer?.purposeMatch);
    const plain = e.find((finding) => finding.id === 'E:d-plain');
    expect(plain).toBeDefined();
    expect(plain?.purposeMatch).toBeUndefined();
  });

  it('finds nothing as the service knew things before any of it was recorded', async () => {
    expect(await useFindings({ asOf: '2024-01-01T00:00:00Z' })).toEqual([]);
  });

  it('records the version of the vocabulary it was given', async () => {
    const vocabulary = { version: 'empty@0 sha256:0000000000000000', terms: [] };
    const found = await findings(ctx.db, { window: YEAR_2024, subsections: ['F_I', 'E'], purposes: vocabulary });
    expect(found.filter((finding) => finding.purposeMatch !== undefined)).toEqual([]);
  });

  it('is counted in the annual report with the rest of (f)(i)', async () => {
    const all = await findings(ctx.db, { window: YEAR_2024, subsections: ['F_I'] });
    const report = await annualReport(ctx.db, { year: 2024 });
    const row = report.findings.find((entry) => entry.subsection === 'F_I');
    expect(row?.total).toBe(all.length);
    expect(all.length).toBeGreaterThan(4);
  });
});
