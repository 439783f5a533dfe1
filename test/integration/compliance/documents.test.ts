/**
 * The documents of (a), (b), (c), (d), (g) and (h) and their findings: each rule planted and
 * beside a near miss (a reimbursed detainer, a warrant shown, a status changed, an audit on the
 * last day of the cycle, an order on the last day allowed, a record received again after its
 * deletion). And the compliance ledger: it verifies, and names a document edited behind the
 * service's back.
 *
 * Over 400 lines on purpose: every rule shares the one world of near misses built here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAgreement } from '../../../core/compliance/agreements.ts';
import { recordDocument, verifyComplianceLedger } from '../../../core/compliance/documents.ts';
import { findings, type Subsection } from '../../../core/compliance/findings/index.ts';
import { confirmDeletion, decideRetraction, retractDisclosure } from '../../../core/lineage/corrections.ts';
import { recordDisclosure } from '../../../core/lineage/record-disclosure.ts';
import { registerRecords } from '../../../core/registry/records.ts';
import { useTestDatabase } from '../../support/database.ts';
import { enforcesImmigrationLaw } from '../../support/immigration.ts';
import { registerTestParties } from '../../support/parties.ts';
import { carrying, seedRecords, subjectKeyFor } from '../../support/records.ts';

const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };
const SETTINGS = { auditCycleDays: 365, noticeResponseDays: 30 };
const NOW = Date.parse('2025-06-01T00:00:00Z');

describe('documents of (a) to (h), and their findings', () => {
  const ctx = useTestDatabase();
  const ids = async (subsection: Subsection, window = YEAR_2024, now = NOW) =>
    (await findings(ctx.db, { window, subsections: [subsection], settings: SETTINGS, now })).map(
      (finding) => finding.id,
    );
  const doc = (kind: Parameters<typeof recordDocument>[1], input: Record<string, unknown>) =>
    recordDocument(ctx.db, kind, input);
  const hop = (id: string, at: string, fromPartyId: string, toPartyId: string, ...records: string[]) =>
    recordDisclosure(ctx.db, { id, at, fromPartyId, toPartyId, purpose: 'COURT_PROCEEDINGS', ...carrying(...records) });

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['sheriff', 'COUNTY_AGENCY'],
      ['opr', 'COUNTY_AGENCY'],
      ['oiig', 'COUNTY_AGENCY'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['broker', 'DATA_BROKER'],
      ['vendor', 'CORPORATION'],
    ]);
    await seedRecords(ctx.db, 'sheriff', ['r1', 'r2']);
    await registerTestParties(ctx.db, [
      ['village-pd', 'GOVERNMENT_AGENCY'],
      ['usps-inspector', 'GOVERNMENT_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    // A 287(g) agreement that ended on 2024-03-01; the postal inspectors never enforce immigration law.
    await enforcesImmigrationLaw(ctx.db, 'village-pd', '2019-01-01T00:00:00-06:00', '2024-03-01T00:00:00-06:00');
  });

  it('(a) and (c): a detainer honoured without reimbursement, and staff time spent outside what the section allows', async () => {
    const detainer = (
      id: string,
      disposition: string,
      reimbursementAgreementReference: string | null,
      countyStaffMinutes: number,
    ) =>
      doc('DETAINER_REQUEST', {
        id,
        agencyPartyId: 'sheriff',
        requesterPartyId: 'ice',
        receivedAt: '2024-03-01T08:00:00-06:00',
        subjectKey: subjectKeyFor(id),
        disposition,
        reimbursementAgreementReference,
        countyStaffMinutes,
      });
    await detainer('det-honoured', 'HONOURED', null, 45);
    await detainer('det-reimbursed', 'HONOURED', 'federal-reimbursement-2024', 45);
    await detainer('det-declined', 'DECLINED', null, 0);
    await detainer('det-declined-slowly', 'DECLINED', null, 30);
    expect(await ids('A')).toEqual(['A:det-honoured']);
    expect(await ids('C')).toEqual(['C:det-declined-slowly', 'C:det-honoured']);
  });

  it('(b): access or answers given without a criminal warrant or a non-immigration purpose', async () => {
    const request = (
      id: string,
      answer: string,
      criminalWarrantShown: boolean,
      requesterPartyId = 'ice',
      receivedAt = '2024-04-01T08:00:00-05:00',
    ) =>
      doc('IMMIGRATION_ACCESS_REQUEST', {
        id,
        agencyPartyId: 'sheriff',
        requesterPartyId,
        receivedAt,
        subjectKey: null,
        request: 'RELEASE_DATE',
        criminalWarrantShown,
        nonImmigrationPurposeShown: false,
        answer,
        countyStaffMinutes: 5,
      });
    await request('ask-answered', 'GRANTED', false);
    await request('ask-warrant', 'GRANTED', true);
    await request('ask-declined', 'DECLINED', false);
    // The village's 287(g) agreement ran until 2024-03-01 (06:00 UTC): a request an instant
    // before its end, stated in UTC, is an immigration agent's; one a month later is not.
    await request('ask-287g', 'GRANTED', false, 'village-pd', '2024-03-01T05:59:59Z');
    await request('ask-287g-ended', 'GRANTED', false, 'village-pd', '2024-04-01T08:00:00-05:00');
    await request('ask-postal', 'GRANTED', false, 'usps-inspector', '2024-04-01T08:00:00-05:00');
    const all = await findings(ctx.db, { window: YEAR_2024, subsections: ['B'], settings: SETTINGS, now: NOW });
    expect(all.map((finding) => finding.id)).toEqual(['B:ask-287g', 'B:ask-answered']);
    const found = all.find((finding) => finding.id === 'B:ask-answered');
    expect(found?.explanation).toContain('an immigration agent at the time');
    expect(found?.explanation).toContain('granted ice release date (request ask-answered');
  });

  it('(d): every complaint received in the window, with its latest status', async () => {
    await doc('COMPLAINT', {
      id: 'c-1',
      receivedByPartyId: 'opr',
      receivedAt: '2024-05-01T10:00:00-05:00',
      allegation: 'Release date given to ICE by phone',
      partyIds: ['sheriff', 'ice'],
      linkedDisclosureIds: [],
    });
    await doc('COMPLAINT', {
      id: 'c-old',
      receivedByPartyId: 'opr',
      receivedAt: '2023-05-01T10:00:00-05:00',
      allegation: 'Older',
    });
    await doc('COMPLAINT_STATUS', {
      id: 'c-1-a',
      complaintId: 'c-1',
      at: '2024-05-02T10:00:00-05:00',
      status: 'INVESTIGATING',
    });
    let [found] = await findings(ctx.db, { window: YEAR_2024, subsections: ['D'], settings: SETTINGS, now: NOW });
    expect(found).toMatchObject({ id: 'D:c-1', severity: 'MEDIUM', partyIds: ['opr', 'ice', 'sheriff'] });
    expect(found?.explanation).toContain('Status: INVESTIGATING');
    await doc('COMPLAINT_STATUS', {
      id: 'c-1-b',
      complaintId: 'c-1',
      at: '2024-06-02T10:00:00-05:00',
      status: 'SUSTAINED',
    });
    [found] = await findings(ctx.db, { window: YEAR_2024, subsections: ['D'], settings: SETTINGS, now: NOW });
    expect(found).toMatchObject({ id: 'D:c-1', severity: 'HIGH' });
    await expect(
      doc('COMPLAINT_STATUS', { id: 'c-x', complaintId: 'c-none', at: '2024-06-02T10:00:00-05:00', status: 'CLOSED' }),
    ).rejects.toMatchObject({
      message: 'complaint status c-x: no document is recorded with id c-none',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('(g): a third party given access and not audited within the cycle, counting to the last day', async () => {
    await hop('g-1', '2024-02-01T09:00:00-06:00', 'sheriff', 'exchange', 'r1');
    await hop('g-2', '2024-02-01T09:00:00-06:00', 'sheriff', 'broker', 'r1');
    await hop('g-3', '2024-02-01T09:00:00-06:00', 'sheriff', 'vendor', 'r1');
    // 365 days before the window's end: within the cycle. 366: not. The vendor: never.
    await doc('AUDIT', {
      id: 'au-1',
      auditorPartyId: 'oiig',
      thirdPartyId: 'exchange',
      at: '2024-01-02T00:00:00-06:00',
      scope: 'all',
      result: 'COMPLIANT',
    });
    await doc('AUDIT', {
      id: 'au-2',
      auditorPartyId: 'oiig',
      thirdPartyId: 'broker',
      at: '2024-01-01T00:00:00-06:00',
      scope: 'all',
      result: 'COMPLIANT',
    });
    expect(await ids('G')).toEqual([`G:audit:broker:${YEAR_2024.until}`, `G:audit:vendor:${YEAR_2024.until}`]);
  });

  it('(g): an agreement covering more than 500 individuals in a year that is not public', async () => {
    const many = Array.from({ length: 501 }, (_, index) => `m-${index}`);
    await registerRecords(
      ctx.db,
      many.slice(0, 500).map((id) => ({
        id,
        subjectKey: subjectKeyFor(id),
        originPartyId: 'sheriff',
        sourceSystem: 't',
        sourceRecordId: id,
        categories: ['NAME'],
        createdAt: '2020-01-01T00:00:00Z',
      })),
    );
    await registerRecords(
      ctx.db,
      many.slice(500).map((id) => ({
        id,
        subjectKey: subjectKeyFor(id),
        originPartyId: 'sheriff',
        sourceSystem: 't',
        sourceRecordId: id,
        categories: ['NAME'],
        createdAt: '2020-01-01T00:00:00Z',
      })),
    );
    await recordAgreement(ctx.db, {
      id: 'ag-broker',
      version: 1,
      agencyPartyId: 'sheriff',
      thirdPartyId: 'broker',
      signedAt: '2023-12-01T00:00:00-06:00',
      from: '2024-01-01T00:00:00-06:00',
      purposes: ['COURT_PROCEEDINGS'],
      prohibitsImmigrationDisclosure: true,
      prohibitsImmigrationUse: true,
      permitsRedisclosure: false,
      requiresRecipientCertification: false,
      recipientListCadence: 'NONE',
      documentSha256: 'e'.repeat(64),
      public: false,
    });
    await hop('g-many', '2024-08-01T09:00:00-05:00', 'sheriff', 'broker', ...many);
    expect(await ids('G')).toContain('G:not-public:ag-broker#1:2024');
    // Over 2023 and 2024: the agreement covered no one in 2023, so that year has no finding.
    expect(await ids('G', { from: '2023-01-01T00:00:00-06:00', until: YEAR_2024.until })).not.toContain(
      'G:not-public:ag-broker#1:2023',
    );
  });

  it('(h): a notice not followed by an order in time, and disclosures after a cease order or a confirmed deletion', async () => {
    const notice = (id: string, at: string) =>
      doc('VIOLATION_NOTICE', {
        id,
        thirdPartyId: 'broker',
        agencyPartyId: 'sheriff',
        at,
        description: 'passed records to ICE',
      });
    await notice('n-late', '2024-09-01T09:00:00-05:00');
    await notice('n-on-time', '2024-09-02T09:00:00-05:00');
    await notice('n-recent', '2024-12-20T09:00:00-06:00');
    // 30 days after n-on-time exactly; for n-late it is 31 days.
    await doc('CEASE_ORDER', {
      id: 'co-1',
      agencyPartyId: 'sheriff',
      thirdPartyId: 'broker',
      noticeId: 'n-on-time',
      at: '2024-10-02T09:00:00-05:00',
      deadline: '2024-10-09T09:00:00-05:00',
    });
    await doc('DELETION_DEMAND', {
      id: 'dd-1',
      agencyPartyId: 'sheriff',
      thirdPartyId: 'broker',
      noticeId: 'n-on-time',
      at: '2024-10-02T09:00:00-05:00',
      deadline: '2024-10-09T09:00:00-05:00',
      since: '2024-09-01T00:00:00-05:00',
    });
    // (h) wants both: a cease order alone, or a deletion demand alone, does not answer a notice;
    // a cease order that records why deletion was not possible does.
    const exchangeNotice = (id: string) =>
      doc('VIOLATION_NOTICE', {
        id,
        thirdPartyId: 'exchange',
        agencyPartyId: 'sheriff',
        at: '2024-11-01T09:00:00-05:00',
        description: 'a record went where it should not',
      });
    const answer = (kind: 'CEASE_ORDER' | 'DELETION_DEMAND', id: string, noticeId: string, extra = {}) =>
      doc(kind, {
        id,
        agencyPartyId: 'sheriff',
        thirdPartyId: 'exchange',
        noticeId,
        at: '2024-11-05T09:00:00-06:00',
        deadline: '2024-11-20T09:00:00-06:00',
        ...(kind === 'DELETION_DEMAND' ? { since: '2024-10-15T00:00:00-05:00' } : {}),
        ...extra,
      });
    await exchangeNotice('n-cease-only');
    await answer('CEASE_ORDER', 'co-only', 'n-cease-only');
    await exchangeNotice('n-delete-only');
    await answer('DELETION_DEMAND', 'dd-only', 'n-delete-only');
    await exchangeNotice('n-not-possible');
    await answer('CEASE_ORDER', 'co-not-possible', 'n-not-possible', {
      deletionNotPossibleReason: 'the exchange keeps no copy: queries are answered live',
    });
    await hop('h-before', '2024-10-01T09:00:00-05:00', 'broker', 'vendor', 'r1');
    await hop('h-after', '2024-10-03T09:00:00-05:00', 'broker', 'vendor', 'r1');
    // The vendor deletes r1, gets it again, and passes it on: no finding. The exchange deletes r1 and passes it on.
    await confirmDeletion(ctx.db, {
      id: 'x-vendor',
      holderPartyId: 'vendor',
      at: '2024-10-10T09:00:00-05:00',
      recordIds: ['r1'],
    });
    await hop('h-again', '2024-10-11T09:00:00-05:00', 'broker', 'vendor', 'r1');
    await hop('h-vendor', '2024-10-12T09:00:00-05:00', 'vendor', 'exchange', 'r1');
    await confirmDeletion(ctx.db, {
      id: 'x-exchange',
      holderPartyId: 'exchange',
      at: '2024-10-13T09:00:00-05:00',
      recordIds: ['r1'],
    });
    await hop('h-deleted', '2024-10-14T09:00:00-05:00', 'exchange', 'vendor', 'r1');
    // The exchange deletes r2; a colluder's re-delivery, withdrawn by an auditor, cannot cover
    // the exchange's later send: it delivered nothing.
    await hop('h-r2-in', '2024-10-20T09:00:00-05:00', 'sheriff', 'exchange', 'r2');
    await confirmDeletion(ctx.db, {
      id: 'x-r2',
      holderPartyId: 'exchange',
      at: '2024-10-21T09:00:00-05:00',
      recordIds: ['r2'],
    });
    await hop('h-cover', '2024-10-22T09:00:00-05:00', 'broker', 'exchange', 'r2');
    await retractDisclosure(ctx.db, {
      id: 'ret-cover',
      disclosureId: 'h-cover',
      filedByPartyId: 'broker',
      at: '2024-10-24T09:00:00-05:00',
      reason: 'reported in error',
    });
    await decideRetraction(
      ctx.db,
      { retractionId: 'ret-cover', outcome: 'ACCEPTED' },
      { principal: 'auditor@test', organisation: 'oiig' },
    );
    await hop('h-after-cover', '2024-10-23T09:00:00-05:00', 'exchange', 'vendor', 'r2');
    // n-recent is still within its 30 days on 2025-01-05; by 2025-06-01 it is not.
    expect(await ids('H', YEAR_2024, Date.parse('2025-01-05T00:00:00Z'))).toEqual([
      'H:after-cease:h-after',
      'H:after-cease:h-again',
      'H:after-deletion:h-after-cover',
      'H:after-deletion:h-deleted',
      'H:unanswered:n-cease-only',
      'H:unanswered:n-delete-only',
      'H:unanswered:n-late',
    ]);
    const explained = await findings(ctx.db, { window: YEAR_2024, subsections: ['H'], settings: SETTINGS, now: NOW });
    expect(explained.find((finding) => finding.id === 'H:unanswered:n-cease-only')?.explanation).toContain(
      'a cease order but no deletion demand',
    );
    expect(explained.find((finding) => finding.id === 'H:unanswered:n-delete-only')?.explanation).toContain(
      'a deletion demand but no cease order',
    );
    expect(await ids('H')).toContain('H:unanswered:n-recent');
  });

  it('refuses bad documents with one clear error each, records each once, and keeps a ledger that shows edits', async () => {
    const input = {
      id: 'au-9',
      auditorPartyId: 'oiig',
      thirdPartyId: 'vendor',
      at: '2024-01-05T00:00:00Z',
      scope: 'x',
      result: 'COMPLIANT',
    };
    await expect(doc('AUDIT', { ...input, result: 'FINE' })).rejects.toMatchObject({
      message: 'audit au-9: result must be one of COMPLIANT, NOT_COMPLIANT, INCONCLUSIVE, got "FINE"',
      extensions: { code: 'BAD_USER_INPUT', field: 'result', value: 'FINE' },
    });
    await expect(doc('AUDIT', { ...input, scope: undefined })).rejects.toMatchObject({
      message: 'audit au-9: scope is required',
    });
    await expect(doc('AUDIT', { ...input, at: '2999-01-01T00:00:00Z' })).rejects.toMatchObject({
      extensions: { field: 'at' },
    });
    await expect(
      doc('DETAINER_REQUEST', {
        id: 'd-bad',
        agencyPartyId: 'sheriff',
        requesterPartyId: 'ice',
        receivedAt: '2024-01-01T00:00:00Z',
        subjectKey: 'Alice',
        disposition: 'PENDING',
        countyStaffMinutes: 0,
      }),
    ).rejects.toMatchObject({ extensions: { field: 'subjectKey', value: 'Alice' } });
    await expect(doc('AUDIT', { ...input, thirdPartyId: 'nobody' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(
      doc('DELETION_DEMAND', {
        id: 'dd',
        agencyPartyId: 'sheriff',
        thirdPartyId: 'broker',
        at: '2024-01-01T00:00:00Z',
        deadline: '2024-02-01T00:00:00Z',
      }),
    ).rejects.toMatchObject({ extensions: { field: 'violatingDisclosureIds' } });
    expect((await doc('AUDIT', input)).created).toBe(true);
    expect((await doc('AUDIT', input)).created).toBe(false);
    await expect(doc('AUDIT', { ...input, scope: 'y' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICTING_RESUBMISSION' },
    });

    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({ ok: true });
    const tamper = (cypher: string) =>
      ctx.db.write((tx) => tx.run(`MATCH (d:ComplianceDocument {key: 'AUDIT:au-9'}) ${cypher}`));
    // The property copy of a field, edited: found.
    await tamper(`SET d.result = 'NOT_COMPLIANT'`);
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('AUDIT:au-9 no longer matches'),
    });
    await tamper(`SET d.result = 'COMPLIANT'`);
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({ ok: true });
    // The content itself, edited: found.
    await tamper(`SET d.content = replace(d.content, 'COMPLIANT', 'NOT_COMPLIANT')`);
    expect(await verifyComplianceLedger(ctx.db)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('AUDIT:au-9 no longer matches'),
    });
  });
});
