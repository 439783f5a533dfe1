/**
 * Findings, rule by rule: each plants a violation and sees exactly the expected finding, and
 * a near miss beside it that must not fire (the day after an agreement expires, the 500th and
 * 501st individual, the last minute of a month or year in Chicago against UTC, a recipient
 * list filed on the last day of the month, a certification in force from the very instant).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAgreement, type AgreementInput } from '../../../core/compliance/agreements.ts';
import { findings, type Subsection } from '../../../core/compliance/findings/index.ts';
import { recordCertification, recordRecipientList } from '../../../core/compliance/recipients.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { recordAffiliation, recordEnforcement } from '../../../core/registry/affiliations.ts';
import { registerRecords } from '../../../core/registry/records.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';
import { carrying, seedRecords, subjectKeyFor } from '../../support/records.ts';

const SHA = 'a'.repeat(64);
const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };
const YEAR_2025 = { from: '2025-01-01T00:00:00-06:00', until: '2026-01-01T00:00:00-06:00' };

const agreement = (
  overrides: Partial<AgreementInput> & Pick<AgreementInput, 'id' | 'agencyPartyId' | 'thirdPartyId'>,
): AgreementInput => ({
  version: 1,
  signedAt: '2023-12-01T00:00:00-06:00',
  from: '2024-01-01T00:00:00-06:00',
  until: '2025-01-01T00:00:00-06:00',
  purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION'],
  prohibitsImmigrationDisclosure: true,
  prohibitsImmigrationUse: true,
  permitsRedisclosure: false,
  requiresRecipientCertification: true,
  recipientListCadence: 'MONTHLY',
  documentSha256: SHA,
  public: false,
  ...overrides,
});

describe('findings of Sec. 46-37', () => {
  const ctx = useTestDatabase();
  const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, purpose: string, ...records: string[]) =>
    recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose, ...carrying(...records) });
  const ids = async (window: { from: string; until: string }, subsection: Subsection) =>
    (await findings(ctx.db, { window, subsections: [subsection] })).map((finding) => finding.id).sort();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['clerk', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
      ['vendor', 'CORPORATION'],
      ['contractor', 'CORPORATION'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['big-vendor', 'CORPORATION'],
      ['small-vendor', 'CORPORATION'],
    ]);
    await recordEnforcement(ctx.db, { id: 'e-ice', partyId: 'ice', from: '2003-03-01T00:00:00Z', basis: 'federal' });
    await recordAffiliation(ctx.db, {
      id: 'contract',
      fromPartyId: 'contractor',
      kind: 'CONTRACTOR_OF',
      toPartyId: 'ice',
      from: '2024-01-01T00:00:00-06:00',
      until: '2024-09-01T00:00:00-05:00',
    });
    await seedRecords(ctx.db, 'sheriff', ['r1', 'r2', 'r3']);
    await recordAgreement(
      ctx.db,
      agreement({
        id: 'ag-exchange',
        agencyPartyId: 'sheriff',
        thirdPartyId: 'exchange',
        permitsRedisclosure: true,
        redisclosureTo: ['broker'],
      }),
    );
    await recordCertification(ctx.db, {
      id: 'cert-broker',
      recipientPartyId: 'broker',
      thirdPartyId: 'exchange',
      signedAt: '2024-07-01T00:00:00-05:00',
      from: '2024-07-02T12:00:00-05:00',
      signer: 'B. Roker',
      title: 'Chief Executive Officer',
      documentSha256: SHA,
    });
    // (f)(ii): the purpose in the agreement's words (a code, spelled as people write it); the
    // last minute before the agreement expires; a purpose it does not permit; the day after.
    await hop(
      'd-ok',
      '2024-06-01T09:00:00-05:00',
      'sheriff',
      'exchange',
      'Criminal justice administration',
      'r1',
      'r2',
    );
    await hop(
      'd-last-minute',
      '2024-12-31T23:59:00-06:00',
      'sheriff',
      'exchange',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      'r3',
    );
    await hop('d-marketing', '2024-07-01T09:00:00-05:00', 'sheriff', 'exchange', 'marketing', 'r3');
    await hop('d-expired', '2025-01-02T09:00:00-06:00', 'sheriff', 'exchange', 'CRIMINAL_JUSTICE_ADMINISTRATION', 'r2');
    // (f)(iii): to the permitted recipient a minute before its certification, and at its very start;
    // to a recipient the agreement does not name; onward by a recipient (to ICE: also (e)).
    // (f)(ii) for a redisclosure: a purpose the exchange's agreement names, then one it does not.
    await hop(
      'd-uncertified',
      '2024-07-02T11:59:00-05:00',
      'exchange',
      'broker',
      'criminal-justice administration',
      'r1',
    );
    await hop('d-certified', '2024-07-02T12:00:00-05:00', 'exchange', 'broker', 'feed', 'r2');
    await hop('d-unpermitted', '2024-07-03T09:00:00-05:00', 'exchange', 'vendor', 'resale', 'r1');
    await hop('d-by-recipient', '2024-07-04T09:00:00-05:00', 'broker', 'ice', 'lookup', 'r1');
    // (f)(iv): the exchange's July list, filed on its last day, leaves out the vendor and names a
    // party it never sent to; a disclosure at 23:30 on 31 July in Chicago (UTC: 1 August) is July's.
    await hop('d-july-night', '2024-08-01T04:30:00Z', 'exchange', 'broker', 'CRIMINAL_JUSTICE_ADMINISTRATION', 'r2');
    await recordRecipientList(ctx.db, {
      id: 'list-exchange-2024-07',
      thirdPartyId: 'exchange',
      month: '2024-07',
      filedAt: '2024-07-31T17:00:00-05:00',
      recipientPartyIds: ['broker', 'contractor'],
    });
    // (e): direct, to ICE; and to ICE's contractor the day after the contract ended (not an agent then).
    await hop('d-direct', '2024-08-10T09:00:00-05:00', 'sheriff', 'ice', 'inquiry', 'r3');
    await hop('d-after-contract', '2024-09-02T09:00:00-05:00', 'sheriff', 'contractor', 'inquiry', 'r3');
  });

  it('(e) reports every disclosure that reached an immigration agent, direct or indirect, and no other', async () => {
    expect(await ids(YEAR_2024, 'E')).toEqual(['E:d-by-recipient', 'E:d-direct']);
    const [indirect] = await findings(ctx.db, { window: YEAR_2024, subsections: ['E'], partyId: 'broker' });
    expect(indirect).toMatchObject({
      severity: 'HIGH',
      disclosureIds: ['d-ok', 'd-uncertified', 'd-by-recipient'],
      recordCount: 1,
      individualCount: 1,
    });
    expect(indirect?.explanation).toContain('Indirectly, through exchange, broker,');
    expect(indirect?.explanation).toContain('legal basis given: NONE');
  });

  it('(f)(i) names access with no agreement prohibiting immigration disclosure and use, from the day after expiry', async () => {
    expect(await ids(YEAR_2024, 'F_I')).toEqual([
      `F_I:sheriff:contractor:${YEAR_2024.from}`,
      `F_I:sheriff:ice:${YEAR_2024.from}`,
    ]);
    expect(await ids(YEAR_2025, 'F_I')).toEqual([`F_I:sheriff:exchange:${YEAR_2025.from}`]);
  });

  it('(f)(ii) names a purpose the agreement does not permit, and a disclosure with no agreement', async () => {
    expect(await ids(YEAR_2024, 'F_II')).toEqual([
      'F_II:d-after-contract',
      'F_II:d-direct',
      'F_II:d-marketing',
      'F_II:redisclosure:d-certified:sheriff',
      'F_II:redisclosure:d-unpermitted:sheriff',
    ]);
    const [marketing] = await findings(ctx.db, { window: YEAR_2024, subsections: ['F_II'], partyId: 'exchange' });
    expect(marketing).toMatchObject({ severity: 'MEDIUM', agreementKeys: ['ag-exchange#1'] });
    expect(marketing?.explanation).toContain(
      '"marketing", which is not among the purposes agreement ag-exchange#1 permits',
    );
    expect(await ids(YEAR_2025, 'F_II')).toEqual(['F_II:d-expired']);
  });

  it('(f)(iii) names an unpermitted redisclosure, any redisclosure by a recipient, and a recipient not yet certified', async () => {
    expect(await ids(YEAR_2024, 'F_III')).toEqual([
      'F_III:recipient:d-by-recipient:sheriff',
      'F_III:uncertified:d-uncertified:sheriff',
      'F_III:unpermitted:d-unpermitted:sheriff',
    ]);
  });

  it('(f)(iv) reconciles each county month: no list, names left out, names never seen', async () => {
    expect(await ids(YEAR_2024, 'F_IV')).toEqual([
      'F_IV:missing:exchange:2024-07',
      'F_IV:no-list:broker:2024-07',
      'F_IV:unseen:exchange:2024-07',
    ]);
    const missing = (await findings(ctx.db, { window: YEAR_2024, subsections: ['F_IV'], severity: 'MEDIUM' })).find(
      (finding) => finding.id === 'F_IV:missing:exchange:2024-07',
    );
    expect(missing?.partyIds).toEqual(['exchange', 'vendor']);
  });

  it('(f)(v) counts distinct individuals per third party per county year: 501 fires, 500 does not', async () => {
    const ids501 = Array.from({ length: 501 }, (_, index) => `big-${index}`);
    const ids500 = Array.from({ length: 501 }, (_, index) => `small-${index}`);
    await registerRecords(
      ctx.db,
      [...ids501, ...ids500.slice(0, 499)].map((id) => record(id)),
    );
    await registerRecords(
      ctx.db,
      ids500.slice(499).map((id) => record(id)),
    );
    await recordAgreement(
      ctx.db,
      agreement({ id: 'ag-big', agencyPartyId: 'clerk', thirdPartyId: 'big-vendor', ...YEAR_2025_TERMS }),
    );
    await recordAgreement(
      ctx.db,
      agreement({ id: 'ag-small', agencyPartyId: 'clerk', thirdPartyId: 'small-vendor', ...YEAR_2025_TERMS }),
    );
    await hop(
      'big-june',
      '2025-06-01T09:00:00-05:00',
      'clerk',
      'big-vendor',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      ...ids501.slice(0, 500),
    );
    // 23:30 on New Year's Eve in Chicago is already 2026 in UTC: it counts for 2025.
    await hop(
      'big-eve',
      '2026-01-01T05:30:00Z',
      'clerk',
      'big-vendor',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      ids501[500] as string,
    );
    await hop(
      'small-june',
      '2025-06-01T09:00:00-05:00',
      'clerk',
      'small-vendor',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      ...ids500.slice(0, 499),
    );
    await hop(
      'small-eve',
      '2026-01-01T05:30:00Z',
      'clerk',
      'small-vendor',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      ids500[499] as string,
    );
    // Midnight in Chicago: 2026, not counted for 2025.
    await hop(
      'small-2026',
      '2026-01-01T06:00:00Z',
      'clerk',
      'small-vendor',
      'CRIMINAL_JUSTICE_ADMINISTRATION',
      ids500[500] as string,
    );
    const found = await findings(ctx.db, { window: YEAR_2025, subsections: ['F_V'] });
    expect(found.map((finding) => [finding.id, finding.individualCount])).toEqual([['F_V:big-vendor:2025', 501]]);
    expect(found[0]?.explanation).toContain('by agency: clerk: 501');

    await recordAgreement(
      ctx.db,
      agreement({
        id: 'ag-big',
        version: 2,
        agencyPartyId: 'clerk',
        thirdPartyId: 'big-vendor',
        ...YEAR_2025_TERMS,
        from: '2025-03-01T00:00:00-06:00',
        certification: {
          signer: 'C. Eo',
          title: 'Chief Executive Officer',
          signedAt: '2025-02-20T00:00:00-06:00',
          chiefExecutive: true,
        },
      }),
    );
    expect(await ids(YEAR_2025, 'F_V')).toEqual([]);
  });

  it('filters by party and severity, and refuses a window without both ends', async () => {
    const broker = await findings(ctx.db, { window: YEAR_2024, partyId: 'broker' });
    expect(broker.every((finding) => finding.partyIds.includes('broker'))).toBe(true);
    expect(broker.map((finding) => finding.subsection)).toContain('F_III');
    const low = await findings(ctx.db, { window: YEAR_2024, severity: 'LOW' });
    expect(low.map((finding) => finding.id)).toEqual(['F_IV:unseen:exchange:2024-07']);
    await expect(findings(ctx.db, { window: { from: YEAR_2024.from } })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'until' },
    });
  });
});

const YEAR_2025_TERMS = { from: '2025-01-01T00:00:00-06:00', until: null, signedAt: '2024-12-01T00:00:00-06:00' };

const record = (id: string) => ({
  id,
  subjectKey: subjectKeyFor(id),
  originPartyId: 'clerk',
  sourceSystem: 'test',
  sourceRecordId: id,
  categories: ['NAME' as const],
  createdAt: '2020-01-01T00:00:00Z',
});
