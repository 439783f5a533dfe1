/**
 * Scenarios written from the ordinance's definitions, each beside its near miss, through the
 * service's own writes, trace, exposure, findings and annual report:
 * - county personnel: a county agency's contractor passing bookings to an ICE contractor while
 *   its contract runs is the county disclosing directly, through its contractor; the same flow
 *   after the contract ended is indirect; an affiliation that starts at the hop's very instant
 *   (stated in another offset) makes it direct;
 * - (b): a county agency telling an immigration agent a release time with no warrant and no
 *   non-immigration purpose, beside the same told under a criminal warrant;
 * - grants are access: a grant with no agreement is an (f)(i) finding and its grantee is due an
 *   audit under (g); a grant under an agreement that prohibits both is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAgreement } from '../../../core/compliance/agreements.ts';
import { findings } from '../../../core/compliance/findings/index.ts';
import { exposure } from '../../../core/lineage/exposure.ts';
import { recordAccessGrant } from '../../../core/lineage/grants.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { trace } from '../../../core/lineage/trace.ts';
import { annualReport } from '../../../core/reporting/annual.ts';
import { useTestDatabase } from '../../support/database.ts';
import { affiliate, enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';
import { carrying, seedRecords } from '../../support/records.ts';

const YEAR_2021 = { from: '2021-01-01T00:00:00-06:00', until: '2022-01-01T00:00:00-06:00' };
const SETTINGS = { auditCycleDays: 365, noticeResponseDays: 30 };

describe('the findings follow the law as written', () => {
  const ctx = useTestDatabase();
  const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, legalBasis = 'NONE') =>
    recordDisclosure(ctx.db, {
      id,
      at,
      fromPartyId,
      toPartyId,
      purpose: 'victim notification',
      legalBasis: legalBasis as 'NONE',
      ...carrying(id.replace(/^d-/, 'r-')),
    });

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['states-attorney', 'COUNTY_AGENCY'],
      ['sheriff', 'COUNTY_AGENCY'],
      ['notifier', 'CONTRACTOR'],
      ['late-vendor', 'CORPORATION'],
      ['aggregator', 'DATA_BROKER'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['registry-vendor', 'CORPORATION'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    // The aggregator is an ICE contractor from 2021; the notifier the State's Attorney's
    // contractor from January to the end of September 2021.
    await affiliate(ctx.db, 'aggregator', 'CONTRACTOR_OF', 'ice', '2021-01-01T00:00:00-06:00');
    await affiliate(
      ctx.db,
      'notifier',
      'CONTRACTOR_OF',
      'states-attorney',
      '2021-01-01T00:00:00-06:00',
      '2021-10-01T00:00:00-05:00',
    );
    // The late vendor's contract starts at the very instant of its hop, stated in UTC.
    await affiliate(ctx.db, 'late-vendor', 'CONTRACTOR_OF', 'sheriff', '2021-07-01T14:00:00Z');
    await seedRecords(ctx.db, 'states-attorney', ['r-june', 'r-october', 'r-june-in', 'r-october-in']);
    await seedRecords(ctx.db, 'sheriff', ['r-late', 'r-late-in', 'r-early', 'r-early-in']);
    await seedRecords(ctx.db, 'sheriff', ['r-release', 'r-warrant'], ['NAME', 'JAIL_RELEASE_TIME']);
    await hop('d-june-in', '2021-06-01T09:00:00-05:00', 'states-attorney', 'notifier');
    await hop('d-october-in', '2021-10-01T09:00:00-05:00', 'states-attorney', 'notifier');
    // Each booking reaches the notifier first, then the aggregator.
    await recordDisclosure(ctx.db, {
      id: 'd-june',
      at: '2021-06-15T09:00:00-05:00',
      fromPartyId: 'notifier',
      toPartyId: 'aggregator',
      purpose: 'booking feed',
      ...carrying('r-june-in'),
    });
    await recordDisclosure(ctx.db, {
      id: 'd-october',
      at: '2021-10-15T09:00:00-05:00',
      fromPartyId: 'notifier',
      toPartyId: 'aggregator',
      purpose: 'booking feed',
      ...carrying('r-october-in'),
    });
    await hop('d-late-in', '2021-06-01T09:00:00-05:00', 'sheriff', 'late-vendor');
    await hop('d-early-in', '2021-06-01T09:00:00-05:00', 'sheriff', 'late-vendor');
    for (const [id, record, at] of [
      ['d-late', 'r-late-in', '2021-07-01T09:00:00-05:00'], // = 14:00Z, the contract's first instant
      ['d-early', 'r-early-in', '2021-07-01T08:59:59-05:00'], // one second before it
    ] as const) {
      await recordDisclosure(ctx.db, {
        id,
        at,
        fromPartyId: 'late-vendor',
        toPartyId: 'aggregator',
        purpose: 'resale',
        ...carrying(record),
      });
    }
    await hop('d-release', '2021-08-01T09:00:00-05:00', 'sheriff', 'ice');
    await hop('d-warrant', '2021-08-02T09:00:00-05:00', 'sheriff', 'ice', 'CRIMINAL_WARRANT');
    // Standing access: the exchange under no agreement, the registry vendor under one that prohibits both.
    await recordAccessGrant(ctx.db, {
      id: 'grant-open',
      agencyPartyId: 'sheriff',
      granteePartyId: 'exchange',
      dataset: 'jail bookings',
      purpose: 'query rights',
      from: '2021-03-01T00:00:00-06:00',
    });
    await recordAccessGrant(ctx.db, {
      id: 'grant-bound',
      agencyPartyId: 'sheriff',
      granteePartyId: 'registry-vendor',
      dataset: 'warrants',
      purpose: 'query rights',
      from: '2021-03-01T00:00:00-06:00',
    });
    await recordAgreement(ctx.db, {
      id: 'agr-registry',
      version: 1,
      agencyPartyId: 'sheriff',
      thirdPartyId: 'registry-vendor',
      signedAt: '2021-02-01T00:00:00-06:00',
      from: '2021-02-01T00:00:00-06:00',
      until: null,
      purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION'],
      prohibitsImmigrationDisclosure: true,
      prohibitsImmigrationUse: true,
      permitsRedisclosure: false,
      requiresRecipientCertification: true,
      recipientListCadence: 'MONTHLY',
      documentSha256: 'a'.repeat(64),
      public: false,
    });
  });

  it("calls a county contractor's flow direct while its contract runs, naming the agency and the affiliation", async () => {
    const arrivals = await trace(ctx.db, ['r-june-in', 'r-october-in', 'r-late-in', 'r-early-in'], {
      target: { immigrationAgents: true },
    });
    const byHop = new Map(arrivals.map((arrival) => [arrival.chain.at(-1)?.disclosureId, arrival]));
    expect(byHop.get('d-june')).toMatchObject({
      direct: true,
      partyId: 'aggregator',
      intermediaries: ['notifier'],
      actingFor: {
        throughId: 'states-attorney',
        affiliations: [{ kind: 'CONTRACTOR_OF', fromId: 'notifier', toId: 'states-attorney' }],
      },
    });
    // The same feed after the contract ended on 2021-10-01: indirect, through a third party.
    expect(byHop.get('d-october')).toMatchObject({ direct: false, actingFor: null });
    // A contract that starts at the hop's very instant covers it; a second earlier, it does not.
    expect(byHop.get('d-late')).toMatchObject({ direct: true, actingFor: { throughId: 'sheriff' } });
    expect(byHop.get('d-early')).toMatchObject({ direct: false });
    // The recipient's standing comes with its reason: an ICE contractor.
    expect(byHop.get('d-june')?.chain.at(-1)).toMatchObject({
      recipientWasImmigrationAgent: true,
      recipientImmigrationAgent: { throughId: 'ice', affiliations: [{ kind: 'CONTRACTOR_OF', toId: 'ice' }] },
      recipientCountyPersonnel: null,
    });
  });

  it('counts the direct and indirect flows that way in exposure, (e) and the annual report', async () => {
    const exposed = await exposure(ctx.db, YEAR_2021);
    // Direct: d-june, d-late, d-release, d-warrant; indirect: d-october, d-early.
    expect(exposed.direct.arrivalCount).toBe(4);
    expect(exposed.indirect.arrivalCount).toBe(2);
    const e = await findings(ctx.db, { window: YEAR_2021, subsections: ['E'], settings: SETTINGS });
    expect(e.find((finding) => finding.id === 'E:d-june')?.explanation).toMatch(/^Directly/);
    expect(e.find((finding) => finding.id === 'E:d-october')?.explanation).toMatch(/^Indirectly, through notifier/);
    const report = await annualReport(ctx.db, { year: 2021 });
    expect(report.immigration.direct.events).toBe(4);
    expect(report.immigration.indirect.events).toBe(2);
    expect(report.immigration.flows).toContainEqual(
      expect.objectContaining({
        agencyId: 'states-attorney',
        intermediaryId: 'notifier',
        agentId: 'aggregator',
        direct: true,
      }),
    );
  });

  it('finds under (b) a release time told to an immigration agent without a warrant, and not with one', async () => {
    const b = await findings(ctx.db, { window: YEAR_2021, subsections: ['B'], settings: SETTINGS });
    expect(b.map((finding) => finding.id)).toEqual(['B:answer:d-release']);
    expect(b[0]?.explanation).toContain('jail release time');
  });

  it('holds a grantee to (f)(i) and (g) as a third party given access, with or without a disclosure', async () => {
    const fi = await findings(ctx.db, { window: YEAR_2021, subsections: ['F_I'], settings: SETTINGS });
    expect(fi.map((finding) => finding.id)).toContain('F_I:grant:grant-open');
    expect(fi.map((finding) => finding.id)).not.toContain('F_I:grant:grant-bound');
    const g = await findings(ctx.db, { window: YEAR_2021, subsections: ['G'], settings: SETTINGS });
    const audited = g.filter((finding) => finding.id.startsWith('G:audit:')).flatMap((finding) => finding.partyIds);
    expect(audited).toEqual(expect.arrayContaining(['exchange', 'registry-vendor']));
  });
});
