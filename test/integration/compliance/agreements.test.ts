import { beforeAll, describe, expect, it } from 'vitest';
import {
  agreementsInForce,
  allAgreements,
  recordAgreement,
  type AgreementInput,
} from '../../../core/compliance/agreements.ts';
import { verifyComplianceLedger } from '../../../core/compliance/documents.ts';
import { recordCertification, recordRecipientList } from '../../../core/compliance/recipients.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const base: AgreementInput = {
  id: 'ag',
  version: 1,
  agencyPartyId: 'sheriff',
  thirdPartyId: 'exchange',
  signedAt: '2023-12-01T00:00:00-06:00',
  from: '2024-01-01T00:00:00-06:00',
  until: null,
  purposes: ['COURT_PROCEEDINGS'],
  prohibitsImmigrationDisclosure: true,
  prohibitsImmigrationUse: true,
  permitsRedisclosure: false,
  requiresRecipientCertification: false,
  recipientListCadence: 'NONE',
  documentSha256: 'c'.repeat(64),
  public: false,
};

describe('agreements, certifications and recipient lists', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['clerk', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
    ]);
  });

  it('keeps amendments as versions: the later governs from its own start, and ending it ends the agreement', async () => {
    await recordAgreement(ctx.db, base);
    const amended = await recordAgreement(ctx.db, {
      ...base,
      version: 2,
      from: '2024-07-01T00:00:00-05:00',
      until: '2025-01-01T00:00:00-06:00',
      purposes: ['COURT_PROCEEDINGS', 'PUBLIC_HEALTH'],
    });
    expect(amended).toMatchObject({
      created: true,
      agreement: { version: 2, purposes: ['COURT_PROCEEDINGS', 'PUBLIC_HEALTH'] },
    });
    const all = await allAgreements(ctx.db);
    const at = (instant: string) =>
      agreementsInForce(all, 'sheriff', 'exchange', instantOrder(instant)).map((agreement) => agreement.version);
    expect(at('2024-03-01T00:00:00Z')).toEqual([1]);
    expect(at('2024-07-01T05:00:00Z')).toEqual([2]);
    expect(at('2024-12-31T23:59:59-06:00')).toEqual([2]);
    // The amendment ended it: version 1's open end does not come back.
    expect(at('2025-01-01T00:00:00-06:00')).toEqual([]);
    expect(at('2023-12-31T23:59:59-06:00')).toEqual([]);
  });

  it('refuses, with one clear error each, what cannot be an agreement', async () => {
    const refused = (input: Partial<AgreementInput>) => recordAgreement(ctx.db, { ...base, ...input });
    await expect(refused({ version: 4 })).rejects.toMatchObject({
      message: 'agreement ag: version 4 amends version 3, which is not recorded',
      extensions: { code: 'BAD_USER_INPUT', field: 'version' },
    });
    await expect(refused({ version: 3, thirdPartyId: 'broker' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'thirdPartyId', value: 'broker' },
    });
    await expect(refused({ id: 'other', agencyPartyId: 'exchange', thirdPartyId: 'broker' })).rejects.toMatchObject({
      message: 'agreement other: exchange is not a county agency (DATA_EXCHANGE)',
    });
    await expect(refused({ id: 'other', thirdPartyId: 'clerk' })).rejects.toMatchObject({
      message: 'agreement other: clerk is a county agency, not a third party',
    });
    await expect(refused({ id: 'other', purposes: ['MARKETING'] })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'purposes', value: 'MARKETING' },
    });
    await expect(refused({ id: 'other', redisclosureTo: ['broker'] })).rejects.toMatchObject({
      extensions: { field: 'redisclosureTo' },
    });
    await expect(refused({ id: 'other', thirdPartyId: 'nobody' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(refused({ public: true })).rejects.toMatchObject({ extensions: { code: 'CONFLICTING_RESUBMISSION' } });
    expect((await allAgreements(ctx.db)).map((agreement) => `${agreement.id}#${agreement.version}`)).toEqual([
      'ag#1',
      'ag#2',
    ]);
  });

  it('records certifications and lists once by id, and refuses bad months and self-listing', async () => {
    const certification = {
      id: 'cert',
      recipientPartyId: 'broker',
      thirdPartyId: 'exchange',
      signedAt: '2024-01-01T00:00:00Z',
      from: '2024-01-01T00:00:00Z',
      signer: 'S. Igner',
      title: 'Director',
      documentSha256: 'd'.repeat(64),
    };
    expect((await recordCertification(ctx.db, certification)).created).toBe(true);
    expect((await recordCertification(ctx.db, certification)).created).toBe(false);
    await expect(recordCertification(ctx.db, { ...certification, title: 'CEO' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICTING_RESUBMISSION' },
    });
    const list = {
      id: 'l',
      thirdPartyId: 'exchange',
      month: '2024-02',
      filedAt: '2024-02-29T12:00:00-06:00',
      recipientPartyIds: [],
    };
    expect((await recordRecipientList(ctx.db, list)).list.recipientIds).toEqual([]);
    await expect(recordRecipientList(ctx.db, { ...list, id: 'l2', month: '2024-13' })).rejects.toMatchObject({
      message: 'recipient list l2: month must be YYYY-MM, got "2024-13"',
    });
    await expect(
      recordRecipientList(ctx.db, { ...list, id: 'l3', recipientPartyIds: ['exchange'] }),
    ).rejects.toMatchObject({
      extensions: { field: 'recipientPartyIds' },
    });
  });

  it('stamps agreements, certifications and lists in the compliance ledger, which finds an edited property or a re-pointed party', async () => {
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({ ok: true, entries: 4 });
    const edit = (cypher: string) => ctx.db.write((tx) => tx.run(cypher));
    await edit(`MATCH (a:Agreement {key: 'ag#2'}) SET a.public = true`);
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    await edit(`MATCH (a:Agreement {key: 'ag#2'}) SET a.public = false`);
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({ ok: true });
    await edit(
      `MATCH (:Party)-[w:WITH]-(a:Agreement {key: 'ag#1'}), (b:Party {id: 'broker'}) DELETE w CREATE (a)-[:WITH]->(b)`,
    );
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      reason: 'entry 1: AGREEMENT ag#1 no longer matches what was recorded',
    });
  });
});
