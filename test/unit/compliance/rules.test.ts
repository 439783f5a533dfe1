import { describe, expect, it } from 'vitest';
import type { Database } from '../../../infra/db.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import type { AgreementRow } from '../../../core/compliance/agreements.ts';
import type { DocumentRow } from '../../../core/compliance/document-kinds.ts';
import { afterOrderFindings } from '../../../core/compliance/findings/deletion.ts';
import { SUBSECTIONS, type Flow } from '../../../core/compliance/findings/model.ts';
import { type Reads, type RuleContext, RULES } from '../../../core/compliance/findings/rules.ts';
import { purposeFindings, purposePermitted } from '../../../core/compliance/findings/third-parties.ts';

// A rule that runs on its reads alone must never reach for the database.
const noDatabase = new Proxy({} as Database, {
  get: () => {
    throw new Error('a rule that should run on its reads alone read the database');
  },
});

const context: RuleContext = {
  db: noDatabase,
  window: { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' },
  asOf: null,
  settings: { auditCycleDays: 365, noticeResponseDays: 30 },
  now: () => Date.parse('2025-06-01T00:00:00Z'),
  classify: () => null,
};

const flow = (
  id: string,
  at: string,
  from: [string, string],
  to: [string, string],
  extra: Partial<Flow> = {},
): Flow => ({
  id,
  at,
  order: instantOrder(at),
  fromId: from[0],
  fromKind: from[1],
  toId: to[0],
  toKind: to[1],
  purpose: 'PUBLIC_HEALTH',
  origins: from[1] === 'COUNTY_AGENCY' ? [from[0]] : [],
  ...extra,
});

const agreement = (agencyId: string, thirdPartyId: string, overrides: Partial<AgreementRow> = {}): AgreementRow => ({
  id: `${agencyId}-${thirdPartyId}`,
  version: 1,
  agencyId,
  thirdPartyId,
  signedAt: '2023-12-01T00:00:00Z',
  from: '2024-01-01T00:00:00Z',
  until: null,
  purposes: ['PUBLIC_HEALTH'],
  purposeText: null,
  prohibitsImmigrationDisclosure: true,
  prohibitsImmigrationUse: true,
  permitsRedisclosure: false,
  redisclosureTo: [],
  requiresRecipientCertification: false,
  recipientListCadence: 'NONE',
  documentSha256: '0'.repeat(64),
  certifiedBy: null,
  certifierTitle: null,
  certifiedAt: null,
  certifiedByChiefExecutive: false,
  public: true,
  ...overrides,
});

const AGENCY: [string, string] = ['health', 'COUNTY_AGENCY'];
const CLINIC: [string, string] = ['clinic', 'PRIVATE_ENTITY'];
const LAB: [string, string] = ['lab', 'PRIVATE_ENTITY'];
const BROKER: [string, string] = ['broker', 'PRIVATE_ENTITY'];
const SHERIFF: [string, string] = ['sheriff', 'COUNTY_AGENCY'];

const ruleAt = (step: string) => {
  const found = RULES.find((rule) => rule.step === step);
  if (found === undefined) throw new Error(`no rule ${step}`);
  return found;
};

describe('the table of rules', () => {
  it('covers every subsection of Sec. 46-37 at least once', () => {
    const covered = new Set(RULES.map((rule) => rule.subsection));
    for (const subsection of SUBSECTIONS) expect(covered, subsection).toContain(subsection);
  });

  it('keeps the step names the benchmark reports, once each, in the order they run', () => {
    expect(RULES.map((rule) => rule.step)).toEqual([
      '(e)',
      '(f)(i)',
      '(f)(i) grants',
      '(f)(i) immigration use',
      '(f)(i) immigration use by grant',
      '(f)(ii)',
      '(f)(iii)',
      '(f)(iv)',
      '(f)(v)',
      '(a)',
      '(b)',
      '(b) answers',
      '(c)',
      '(d)',
      '(g)',
      '(h) notices',
      '(h) after a cease order',
      '(h) after a deletion',
    ]);
  });
});

describe('(f)(ii): use and disclosure only for the purposes in the agreement', () => {
  const agreements = [
    agreement('health', 'clinic', { purposes: ['PUBLIC_HEALTH'], purposeText: 'Vaccination outreach' }),
    agreement('health', 'lab', { purposes: ['MEDICAL_TREATMENT'] }),
  ];
  const flows = [
    // Permitted: the code, written the way people write it, and the agreement's own words.
    flow('d1', '2024-03-01T12:00:00Z', AGENCY, CLINIC, { purpose: 'public health' }),
    flow('d2', '2024-03-02T12:00:00Z', AGENCY, CLINIC, { purpose: 'vaccination-outreach' }),
    // Not a purpose the agreement permits.
    flow('d3', '2024-03-03T12:00:00Z', AGENCY, CLINIC, { purpose: 'MARKETING' }),
    // No agreement between them at all.
    flow('d4', '2024-03-04T12:00:00Z', AGENCY, BROKER),
    // Between agencies: not the subsection's business.
    flow('d5', '2024-03-05T12:00:00Z', AGENCY, SHERIFF, { purpose: 'MARKETING' }),
    // A third party passing the agency's records on, for a purpose its own agreement does not permit.
    flow('d6', '2024-03-06T12:00:00Z', LAB, BROKER, { purpose: 'MARKETING', origins: ['health'] }),
    // Before the agreement took effect.
    flow('d7', '2023-12-15T12:00:00Z', AGENCY, LAB, { purpose: 'MEDICAL_TREATMENT' }),
  ];

  it('reads a purpose as the agreement wrote it, a code or its own words', () => {
    expect(purposePermitted('Public-Health', agreements[0] as AgreementRow)).toBe(true);
    expect(purposePermitted('vaccination outreach', agreements[0] as AgreementRow)).toBe(true);
    expect(purposePermitted('MARKETING', agreements[0] as AgreementRow)).toBe(false);
  });

  it('finds each disclosure outside the agreement, with its parties, evidence and severity', () => {
    const found = purposeFindings(flows, agreements);
    expect(
      found.map(({ id, subsection, severity, partyIds, disclosureIds, agreementKeys }) => ({
        id,
        subsection,
        severity,
        partyIds,
        disclosureIds,
        agreementKeys,
      })),
    ).toEqual([
      {
        id: 'F_II:d3',
        subsection: 'F_II',
        severity: 'MEDIUM',
        partyIds: ['health', 'clinic'],
        disclosureIds: ['d3'],
        agreementKeys: ['health-clinic#1'],
      },
      {
        id: 'F_II:d4',
        subsection: 'F_II',
        severity: 'HIGH',
        partyIds: ['health', 'broker'],
        disclosureIds: ['d4'],
        agreementKeys: [],
      },
      {
        id: 'F_II:redisclosure:d6:health',
        subsection: 'F_II',
        severity: 'MEDIUM',
        partyIds: ['health', 'lab', 'broker'],
        disclosureIds: ['d6'],
        agreementKeys: ['health-lab#1'],
      },
      {
        id: 'F_II:d7',
        subsection: 'F_II',
        severity: 'HIGH',
        partyIds: ['health', 'lab'],
        disclosureIds: ['d7'],
        agreementKeys: [],
      },
    ]);
    expect(found[0]?.explanation).toContain(
      'for "MARKETING", which is not among the purposes agreement health-clinic#1',
    );
    expect(found[1]?.explanation).toContain('with no written agreement in force between them');
  });

  it('runs from the table on its reads alone', async () => {
    const rule = ruleAt('(f)(ii)');
    expect(rule.subsection).toBe('F_II');
    expect([...rule.reads].sort()).toEqual(['agreements', 'flows']);
    expect(await rule.run({ flows, agreements } as Reads, context)).toEqual(purposeFindings(flows, agreements));
  });
});

describe('(h): no disclosure by a third party after a cease order', () => {
  const order: DocumentRow = {
    kind: 'CEASE_ORDER',
    id: 'order-1',
    content: { agencyPartyId: 'health', thirdPartyId: 'clinic', at: '2024-06-01T12:00:00Z', noticeId: 'notice-1' },
  };
  const flows = [
    flow('before', '2024-05-31T12:00:00Z', CLINIC, BROKER, { origins: ['health'] }),
    flow('same-instant', '2024-06-01T07:00:00-05:00', CLINIC, LAB, { origins: ['health'] }),
    flow('after', '2024-07-01T12:00:00Z', CLINIC, BROKER, { origins: ['health'] }),
    // Another third party, not under the order.
    flow('other', '2024-07-01T12:00:00Z', LAB, BROKER, { origins: ['health'] }),
    // The agency's own disclosure to the third party is not the third party's.
    flow('to-it', '2024-07-02T12:00:00Z', AGENCY, CLINIC),
  ];
  const documents: DocumentRow[] = [
    order,
    { kind: 'DELETION_DEMAND', id: 'demand-1', content: { thirdPartyId: 'clinic', at: '2024-06-01T12:00:00Z' } },
  ];

  it('finds every disclosure by the ordered party from the order on, naming the agency, the party and the recipient', () => {
    const found = afterOrderFindings(flows, documents);
    expect(
      found.map(({ id, subsection, severity, partyIds, disclosureIds }) => ({
        id,
        subsection,
        severity,
        partyIds,
        disclosureIds,
      })),
    ).toEqual([
      {
        id: 'H:after-cease:same-instant',
        subsection: 'H',
        severity: 'HIGH',
        partyIds: ['health', 'clinic', 'lab'],
        disclosureIds: ['same-instant'],
      },
      {
        id: 'H:after-cease:after',
        subsection: 'H',
        severity: 'HIGH',
        partyIds: ['health', 'clinic', 'broker'],
        disclosureIds: ['after'],
      },
    ]);
    expect(found[1]?.explanation).toBe(
      'clinic disclosed personal information to broker on 2024-07-01T12:00:00Z (disclosure after), after cease order order-1 of 2024-06-01T12:00:00Z by health. Sec. 46-37(h).',
    );
  });

  it('finds nothing with no cease order on record', () => {
    expect(afterOrderFindings(flows, documents.slice(1))).toEqual([]);
  });

  it('runs from the table on its reads alone', async () => {
    const rule = ruleAt('(h) after a cease order');
    expect(rule.subsection).toBe('H');
    expect([...rule.reads].sort()).toEqual(['documents', 'flows']);
    expect(await rule.run({ flows, documents } as Reads, context)).toEqual(afterOrderFindings(flows, documents));
  });
});
