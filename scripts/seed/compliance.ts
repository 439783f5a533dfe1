/**
 * The compliance cast: a few dozen parties of the synthetic county, with records and
 * disclosures of their own (no other flow carries them or reaches the cast), and the papers
 * of Sec. 46-37 for each: agreements, certifications, monthly recipient lists, audits,
 * notices, orders, detainer and access requests, a complaint. Some parties keep every rule;
 * each of the others breaks one, and the manifest names the findings it must give (and the
 * findings over the clean parties: none). The rest of the county has no papers at all, so
 * it is as full of findings as it would be before the section was enforced.
 *
 * Each clean party stands next to a near miss: an amendment that adds a purpose just before
 * a disclosure uses it, a list filed in the last minute of its month, 500 individuals in a
 * county year whose first and last disclosures fall in other years in UTC, a certification
 * that exists but is not the chief executive's, a notice answered within its days.
 *
 * Over 400 lines on purpose: each case of the cast stands beside its near miss and the
 * findings the manifest expects of both.
 */
import { createHash } from 'node:crypto';
import type { Disclosure } from './events.ts';
import { Random } from './random.ts';
import { drawCategories, RecordBlock, systemsOf } from './records.ts';
import type { Party, Registry } from './registry.ts';
import { HOUR, instant, type Zone } from './time.ts';
import { type PartyKind } from '../../core/registry/index.ts';
import { type Channel } from '../../core/lineage/index.ts';

/** The window the manifest's findings are for: the whole history, in county time. */
export const CAST_WINDOW = { from: '2019-01-01T00:00:00-06:00', until: '2026-01-01T00:00:00-06:00' } as const;

const SHERIFF = 'agency:sheriff';
const ICE = 'ice';
const AUDITOR = 'cast:lakeview-auditors';

const PARTIES: ReadonlyArray<readonly [id: string, name: string, kind: PartyKind]> = [
  [AUDITOR, 'Lakeview Compliance Auditors LLP', 'PARTNERSHIP'],
  ['cast:clean-exchange', 'Lakeshore Justice Data Exchange', 'DATA_EXCHANGE'],
  ['cast:court-services', 'Prairie Court Services LLC', 'CORPORATION'],
  ['cast:clean-billing', 'Midway Detainee Health Billing Partners', 'CORPORATION'],
  ['cast:unprotected-vendor', 'Halsted Analytics Inc.', 'CORPORATION'],
  ['cast:off-purpose-vendor', 'Wabash Records Solutions', 'CORPORATION'],
  ['cast:lapsed-vendor', 'Cicero Document Services', 'CONTRACTOR'],
  ['cast:resale-exchange', 'North Branch Data Cooperative', 'DATA_EXCHANGE'],
  ['cast:resale-buyer', 'Kedzie Consumer Data LLC', 'DATA_BROKER'],
  ['cast:certifying-exchange', 'Des Plaines Regional Exchange', 'DATA_EXCHANGE'],
  ['cast:uncertified-recipient', 'Archer Background Screening', 'CORPORATION'],
  ['cast:onward-recipient', 'Pulaski Tenant Reports', 'CORPORATION'],
  ['cast:onward-buyer', 'Harlem Avenue Marketing Data', 'DATA_BROKER'],
  ['cast:listing-exchange', 'Calumet Shared Services Exchange', 'DATA_EXCHANGE'],
  ['cast:listed-recipient', 'Ogden Legal Aid Society', 'ASSOCIATION'],
  ['cast:unlisted-recipient', 'Roosevelt Reentry Network', 'ORGANIZATION'],
  ['cast:unseen-recipient', 'Kinzie Workforce Partners', 'ORGANIZATION'],
  ['cast:large-vendor', 'Irving Park Identity Services', 'CORPORATION'],
  ['cast:private-contractor', 'Belmont Systems Integration', 'CONTRACTOR'],
  ['cast:unaudited-vendor', 'Austin Street Mailing Co.', 'CORPORATION'],
  ['cast:notifying-vendor', 'Western Avenue Print & Mail', 'CORPORATION'],
  ['cast:ceased-exchange', 'Fullerton Data Commons', 'DATA_EXCHANGE'],
  ['cast:ceased-recipient', 'Damen Research Collaborative', 'ORGANIZATION'],
];

/** Parties that keep every rule: no finding may name them. */
const CLEAN = [AUDITOR, 'cast:clean-exchange', 'cast:court-services', 'cast:clean-billing'];

export type ComplianceLine = { type: string; document: Record<string, unknown> };
/** A planted breach: the party in breach (null for a document of an agency) and the findings it must give, no more. */
export type CastEntry = { rule: string; partyId: string | null; findingIds: string[]; note: string };
export type Cast = {
  block: RecordBlock;
  disclosures: Disclosure[];
  /** Read once the disclosures have their ids. */
  documents: () => ComplianceLine[];
  entries: () => CastEntry[];
  clean: readonly string[];
};

/** The registry with the cast's parties after all others: no flow of the county picks them. */
export function withCast(registry: Registry): Registry {
  const parties: Party[] = [...registry.parties];
  for (const [id, name, kind] of PARTIES) parties.push({ index: parties.length, id, name, kind });
  return { ...registry, parties, byId: new Map(parties.map((party) => [party.id, party])) };
}

export function castOf(registry: Registry, seed: number, firstSubject: number, firstRecord: number): Cast {
  return new Caster(registry, seed, firstSubject, firstRecord).cast();
}

/** Seconds of a wall-clock time in Chicago, standard or daylight time as that day has it. */
function local(date: string, time = '09:00'): number {
  const standard = Date.parse(`${date}T${time}:00-06:00`) / 1000;
  return instant(standard, 'chicago').endsWith('-05:00') ? standard - HOUR : standard;
}
const at = (date: string, time?: string) => instant(local(date, time), 'chicago');
/** The last minute of a county month, when a list filed "by the end of the month" still counts. */
function lastMinuteOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const next = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
  return instant(local(next, '00:00') - 60, 'chicago');
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MONTHS_2024 = Array.from({ length: 12 }, (_, index) => `2024-${String(index + 1).padStart(2, '0')}`);

type AgreementTerms = {
  purposes?: string[];
  from?: string;
  until?: string;
  version?: number;
  signedAt?: string;
  prohibitsImmigrationUse?: boolean;
  redisclosureTo?: string[];
  cadence?: 'MONTHLY' | 'NONE';
  /** The title of whoever certified it; the chief executive's unless it says otherwise. */
  certifiedBy?: 'CEO' | 'DEPUTY' | 'NONE';
  public?: boolean;
};

class Caster {
  private readonly registry: Registry;
  private readonly seed: number;
  private readonly random: Random;
  private readonly block: RecordBlock;
  private readonly disclosures: Disclosure[] = [];
  private readonly lines: Array<() => ComplianceLine> = [];
  private readonly planted: Array<() => CastEntry> = [];
  private readonly shared: number[] = [];

  constructor(registry: Registry, seed: number, firstSubject: number, firstRecord: number) {
    this.registry = registry;
    this.seed = seed;
    this.random = Random.stream(seed, 'compliance');
    this.block = new RecordBlock(firstSubject, firstRecord);
  }

  cast(): Cast {
    this.cleanExchange();
    this.cleanBilling();
    this.unprotected();
    this.offPurpose();
    this.lapsed();
    this.resale();
    this.uncertifiedAndOnward();
    this.incompleteLists();
    this.largeWithoutChiefExecutive();
    this.notPublic();
    this.unaudited();
    this.unansweredNotice();
    this.afterCease();
    this.requestsAndComplaints();
    return {
      block: this.block,
      disclosures: this.disclosures,
      documents: () => this.lines.map((line) => line()),
      entries: () => this.planted.map((entry) => entry()),
      clean: CLEAN,
    };
  }

  /** Keeps every rule, under an amendment that adds a purpose; passes records on to a certified recipient it lists. */
  private cleanExchange() {
    const party = 'cast:clean-exchange';
    const recipient = 'cast:court-services';
    this.agreement(party, { until: '2024-07-01T00:00:00-05:00', redisclosureTo: [recipient] });
    this.agreement(party, {
      version: 2,
      signedAt: at('2024-06-14'),
      from: '2024-07-01T00:00:00-05:00',
      purposes: ['CRIMINAL_JUSTICE_ADMINISTRATION', 'COURT_PROCEEDINGS'],
      redisclosureTo: [recipient],
    });
    this.certify(recipient, party, at('2024-01-15'));
    const pool = this.pool(540);
    MONTHS_2024.forEach((month, index) =>
      this.give(at(`${month}-05`), SHERIFF, party, pool.slice(45 * index, 45 * (index + 1))),
    );
    // Allowed from 1 July only, by version 2.
    this.give(at('2024-08-20'), SHERIFF, party, pool.slice(0, 5), 'COURT_PROCEEDINGS');
    const passedOn = ['2024-03', '2024-06', '2024-09'];
    for (const month of passedOn) this.give(at(`${month}-10`), party, recipient, pool.slice(0, 5), undefined, 1);
    for (const month of MONTHS_2024) this.list(party, month, passedOn.includes(month) ? [recipient] : []);
    this.audits(party);
  }

  /**
   * 500 individuals in the county year 2024, no chief executive's certification, not public:
   * no finding. Counted in UTC, 2024 would hold 503 (the five of 31 December 2023, 23:30 in
   * Chicago, and not the one of 31 December 2024, 23:59).
   */
  private cleanBilling() {
    const party = 'cast:clean-billing';
    this.agreement(party, {
      purposes: ['BILLING_AND_PAYMENT'],
      cadence: 'NONE',
      certifiedBy: 'NONE',
      public: false,
    });
    const pool = this.pool(505);
    const give = (when: string, records: number[], zone: Zone = 'chicago') =>
      this.give(when, SHERIFF, party, records, 'BILLING_AND_PAYMENT', 0, zone);
    give(instant(local('2023-12-31', '23:30'), 'utc'), pool.slice(500, 505), 'utc');
    for (let month = 0; month < 10; month++) {
      give(
        at(`2024-${String(month + 2).padStart(2, '0')}-15`),
        pool.slice(50 * month, Math.min(499, 50 * (month + 1))),
      );
    }
    give(instant(local('2024-12-31', '23:59'), 'utc'), pool.slice(499, 500), 'utc');
    this.audits(party, ['2024-02-20', '2025-02-20']);
  }

  /** (f)(i): the agreement forbids disclosure to immigration agents but not use for immigration enforcement. */
  private unprotected() {
    const party = 'cast:unprotected-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'], prohibitsImmigrationUse: false });
    const pool = this.pool(30);
    for (const [index, month] of ['2024-02', '2024-05', '2024-08'].entries()) {
      this.give(
        at(`${month}-12`),
        SHERIFF,
        party,
        pool.slice(10 * index, 10 * (index + 1)),
        'VENDOR_SERVICE_TO_THE_COUNTY',
      );
    }
    this.audits(party);
    this.expect(
      'F_I',
      party,
      () => [`F_I:${SHERIFF}:${party}:${CAST_WINDOW.from}`],
      'an agreement that does not prohibit use for immigration enforcement',
    );
  }

  /** (f)(ii): one disclosure for a purpose the agreement does not name. */
  private offPurpose() {
    const party = 'cast:off-purpose-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'] });
    const pool = this.pool(20);
    this.give(at('2024-03-04'), SHERIFF, party, pool.slice(0, 10), 'VENDOR_SERVICE_TO_THE_COUNTY');
    const marketing = this.give(at('2024-04-04'), SHERIFF, party, pool.slice(10), 'MARKETING');
    this.audits(party);
    this.expect(
      'F_II',
      party,
      () => [`F_II:${marketing.id}`],
      'a disclosure for marketing under an agreement for service to the county',
    );
  }

  /** (f)(i) and (f)(ii): a disclosure the day after the agreement ended; the one in its last minute is none. */
  private lapsed() {
    const party = 'cast:lapsed-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'], until: '2024-06-01T00:00:00-05:00' });
    const pool = this.pool(10);
    this.give(at('2024-05-31', '23:59'), SHERIFF, party, pool.slice(0, 5), 'VENDOR_SERVICE_TO_THE_COUNTY');
    const late = this.give(at('2024-06-02', '10:00'), SHERIFF, party, pool.slice(5), 'VENDOR_SERVICE_TO_THE_COUNTY');
    this.audits(party);
    this.expect(
      'F_I, F_II',
      party,
      () => [`F_I:${SHERIFF}:${party}:${CAST_WINDOW.from}`, `F_II:${late.id}`],
      'a disclosure the day after the agreement expired, with none in force',
    );
  }

  /** (f)(iii): a redisclosure the agreement does not permit (listed, so (f)(iv) has nothing to say). */
  private resale() {
    const party = 'cast:resale-exchange';
    const buyer = 'cast:resale-buyer';
    this.agreement(party, {});
    const pool = this.pool(10);
    this.give(at('2024-03-05'), SHERIFF, party, pool);
    const sold = this.give(at('2024-04-10'), party, buyer, pool.slice(0, 3), undefined, 1);
    this.list(party, '2024-04', [buyer]);
    this.audits(party);
    this.expect(
      'F_III',
      party,
      () => [`F_III:unpermitted:${sold.id}:${SHERIFF}`],
      'a redisclosure its agreement does not permit',
    );
  }

  /**
   * (f)(iii) twice: a permitted recipient that never certified, and a certified recipient
   * that passed the records on again (and, having done so, filed no list: (f)(iv)).
   */
  private uncertifiedAndOnward() {
    const party = 'cast:certifying-exchange';
    const uncertified = 'cast:uncertified-recipient';
    const onward = 'cast:onward-recipient';
    this.agreement(party, { redisclosureTo: [uncertified, onward] });
    this.certify(onward, party, at('2024-03-01'));
    const pool = this.pool(10);
    this.give(at('2024-02-05'), SHERIFF, party, pool);
    const unsigned = this.give(at('2024-03-12'), party, uncertified, pool.slice(0, 3), undefined, 1);
    this.give(at('2024-03-12', '11:00'), party, onward, pool.slice(3, 6), undefined, 1);
    this.list(party, '2024-03', [uncertified, onward]);
    const again = this.give(at('2024-05-20'), onward, 'cast:onward-buyer', pool.slice(3, 5), undefined, 2);
    this.audits(party);
    this.expect(
      'F_III',
      party,
      () => [`F_III:uncertified:${unsigned.id}:${SHERIFF}`],
      'a redisclosure to a recipient with no written certification',
    );
    this.expect(
      'F_III, F_IV',
      onward,
      () => [`F_III:recipient:${again.id}:${SHERIFF}`, `F_IV:no-list:${onward}:2024-05`],
      'a recipient that passed the records on, and filed no list that month',
    );
  }

  /** (f)(iv): a list that leaves out a recipient the lineage shows, and one naming a recipient it never shows. */
  private incompleteLists() {
    const party = 'cast:listing-exchange';
    const [listed, unlisted, unseen] = ['cast:listed-recipient', 'cast:unlisted-recipient', 'cast:unseen-recipient'];
    this.agreement(party, { redisclosureTo: [listed, unlisted, unseen] });
    for (const recipient of [listed, unlisted, unseen]) this.certify(recipient, party, at('2024-01-10'));
    const pool = this.pool(10);
    this.give(at('2024-08-05'), SHERIFF, party, pool);
    this.give(at('2024-09-10'), party, listed, pool.slice(0, 2), undefined, 1);
    this.give(at('2024-09-11'), party, unlisted, pool.slice(2, 4), undefined, 1);
    this.give(at('2024-10-10'), party, listed, pool.slice(4, 6), undefined, 1);
    this.list(party, '2024-09', [listed]);
    this.list(party, '2024-10', [listed, unseen]);
    this.audits(party);
    this.expect(
      'F_IV',
      party,
      () => [`F_IV:missing:${party}:2024-09`, `F_IV:unseen:${party}:2024-10`],
      'a monthly list that leaves out a recipient, and one that names a recipient never seen',
    );
  }

  /** (f)(v): 501 individuals in 2024, the agreement certified by a deputy, not the chief executive. */
  private largeWithoutChiefExecutive() {
    const party = 'cast:large-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'], certifiedBy: 'DEPUTY' });
    const pool = this.pool(501);
    for (const [index, month] of ['2024-03', '2024-06', '2024-09'].entries()) {
      this.give(
        at(`${month}-18`),
        SHERIFF,
        party,
        pool.slice(167 * index, 167 * (index + 1)),
        'VENDOR_SERVICE_TO_THE_COUNTY',
      );
    }
    this.audits(party);
    this.expect(
      'F_V',
      party,
      () => [`F_V:${party}:2024`],
      "501 individuals in 2024 and no chief executive's certification",
    );
  }

  /** (g): 501 individuals in 2024 under an agreement that is not public. */
  private notPublic() {
    const party = 'cast:private-contractor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'], public: false });
    const pool = this.pool(501);
    this.give(at('2024-05-06'), SHERIFF, party, pool.slice(0, 250), 'VENDOR_SERVICE_TO_THE_COUNTY');
    this.give(at('2024-11-06'), SHERIFF, party, pool.slice(250), 'VENDOR_SERVICE_TO_THE_COUNTY');
    this.audits(party);
    this.expect(
      'G',
      party,
      () => [`G:not-public:agr:${party}#1:2024`],
      'an agreement covering 501 individuals that is not public',
    );
  }

  /** (g): given access, never audited. */
  private unaudited() {
    const party = 'cast:unaudited-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'] });
    this.give(at('2024-07-08'), SHERIFF, party, this.pool(8), 'VENDOR_SERVICE_TO_THE_COUNTY');
    this.expect('G', party, () => [`G:audit:${party}:${CAST_WINDOW.until}`], 'given access and never audited');
  }

  /** (h): a violation notice that no cease order or deletion demand followed. */
  private unansweredNotice() {
    const party = 'cast:notifying-vendor';
    this.agreement(party, { purposes: ['VENDOR_SERVICE_TO_THE_COUNTY'] });
    const delivery = this.give(at('2024-02-05'), SHERIFF, party, this.pool(6), 'VENDOR_SERVICE_TO_THE_COUNTY');
    this.audits(party);
    const notice = 'notice:cast:notifying-vendor:1';
    this.document('VIOLATION_NOTICE', () => ({
      id: notice,
      thirdPartyId: party,
      agencyPartyId: SHERIFF,
      at: at('2024-03-01'),
      description: 'An employee emailed a mailing file with names and addresses to a personal account.',
      disclosureIds: [delivery.id],
    }));
    this.expect('H', party, () => [`H:unanswered:${notice}`], 'a violation notice the agency never answered');
  }

  /** (h): a disclosure after a cease order; the notice before it was answered within its days. */
  private afterCease() {
    const party = 'cast:ceased-exchange';
    const recipient = 'cast:ceased-recipient';
    this.agreement(party, { redisclosureTo: [recipient] });
    this.certify(recipient, party, at('2024-01-20'));
    const pool = this.pool(10);
    this.give(at('2024-04-05'), SHERIFF, party, pool);
    this.give(at('2024-04-20'), party, recipient, pool.slice(0, 2), undefined, 1);
    this.list(party, '2024-04', [recipient]);
    const notice = 'notice:cast:ceased-exchange:1';
    this.document('VIOLATION_NOTICE', () => ({
      id: notice,
      thirdPartyId: party,
      agencyPartyId: SHERIFF,
      at: at('2024-05-01'),
      description: 'A recipient reported a request from a federal agency for the records it received.',
    }));
    this.document('CEASE_ORDER', () => ({
      id: 'cease:cast:ceased-exchange:1',
      agencyPartyId: SHERIFF,
      thirdPartyId: party,
      noticeId: notice,
      at: at('2024-05-10'),
      deadline: at('2024-05-17', '17:00'),
    }));
    this.document('DELETION_DEMAND', () => ({
      id: 'deletion:cast:ceased-exchange:1',
      agencyPartyId: SHERIFF,
      thirdPartyId: party,
      noticeId: notice,
      at: at('2024-05-10'),
      deadline: at('2024-06-10', '17:00'),
      violatingDisclosureIds: [],
      since: at('2024-04-05', '00:00'),
    }));
    const after = this.give(at('2024-06-15'), party, recipient, pool.slice(2, 4), undefined, 1);
    this.list(party, '2024-06', [recipient]);
    this.audits(party);
    this.expect('H', party, () => [`H:after-cease:${after.id}`], 'a redisclosure after a cease order');
  }

  /** (a), (b), (c), (d): each planted once, beside the near misses the section allows. */
  private requestsAndComplaints() {
    const subject = this.block.keys[0] as string;
    const detainer = (id: string, disposition: string, minutes: number, reimbursement?: string) =>
      this.document('DETAINER_REQUEST', () => ({
        id,
        agencyPartyId: SHERIFF,
        requesterPartyId: ICE,
        receivedAt: at('2024-09-03', '14:00'),
        subjectKey: subject,
        disposition,
        countyStaffMinutes: minutes,
        ...(reimbursement === undefined ? {} : { reimbursementAgreementReference: reimbursement }),
      }));
    detainer('detainer:cast:honoured', 'HONOURED', 0);
    detainer('detainer:cast:reimbursed', 'HONOURED', 120, 'IGSA-2024-17');
    detainer('detainer:cast:declined-with-staff-time', 'DECLINED', 45);
    detainer('detainer:cast:declined', 'DECLINED', 0);
    const request = (id: string, kind: string, answer: string, warrant: boolean) =>
      this.document('IMMIGRATION_ACCESS_REQUEST', () => ({
        id,
        agencyPartyId: SHERIFF,
        requesterPartyId: ICE,
        receivedAt: at('2024-10-01', '10:00'),
        subjectKey: subject,
        request: kind,
        criminalWarrantShown: warrant,
        nonImmigrationPurposeShown: false,
        answer,
        countyStaffMinutes: 10,
      }));
    request('access:cast:release-date', 'RELEASE_DATE', 'GRANTED', false);
    request('access:cast:with-warrant', 'ACCESS_TO_INDIVIDUAL', 'GRANTED', true);
    request('access:cast:declined', 'INCARCERATION_STATUS', 'DECLINED', false);
    this.document('COMPLAINT', () => ({
      id: 'complaint:cast:1',
      receivedByPartyId: SHERIFF,
      receivedAt: at('2024-10-15'),
      allegation: 'A release date was given to an immigration agent by telephone.',
      partyIds: [ICE],
    }));
    this.document('COMPLAINT_STATUS', () => ({
      id: 'complaint:cast:1:investigating',
      complaintId: 'complaint:cast:1',
      at: at('2024-10-16'),
      status: 'INVESTIGATING',
    }));
    this.document('COMPLAINT_STATUS', () => ({
      id: 'complaint:cast:1:sustained',
      complaintId: 'complaint:cast:1',
      at: at('2024-12-02'),
      status: 'SUSTAINED',
    }));
    this.expect('A', null, () => ['A:detainer:cast:honoured'], 'a detainer honoured with no reimbursement agreement');
    this.expect('B', null, () => ['B:access:cast:release-date'], 'a release date given without a warrant');
    this.expect(
      'C',
      null,
      () => ['C:detainer:cast:declined-with-staff-time'],
      'staff time spent on a declined detainer',
    );
    this.expect('D', null, () => ['D:complaint:cast:1'], 'a complaint, sustained');
  }

  /**
   * The first `size` records of the sheriff's pool: subjects with one record each, created
   * before any of the cast's disclosures. Shared by the cast, so that its subjects stay few
   * (540, on top of the profile's): individuals are counted per third party.
   */
  private pool(size: number): number[] {
    const agency = this.index(SHERIFF);
    while (this.shared.length < size) {
      this.block.addSubject(this.seed);
      const mask = drawCategories(this.registry, agency, this.random);
      const system = this.random.int(systemsOf(this.registry, agency));
      this.shared.push(this.block.addRecord(agency, local('2023-06-01') + this.random.int(90 * 86_400), mask, system));
    }
    return this.shared.slice(0, size);
  }

  private give(
    when: string,
    fromId: string,
    toId: string,
    records: readonly number[],
    purpose = 'CRIMINAL_JUSTICE_ADMINISTRATION',
    level = 0,
    zone: Zone = 'chicago',
  ): Disclosure {
    const from = this.index(fromId);
    const agency = this.registry.parties[from]?.kind === 'COUNTY_AGENCY';
    const disclosure: Disclosure = {
      id: '',
      at: Date.parse(when) / 1000,
      zone,
      level,
      order: this.disclosures.length,
      from,
      to: this.index(toId),
      records: Int32Array.from([...records].sort((a, b) => a - b)),
      masks: new Uint16Array(records.length),
      purpose,
      channel: (agency ? 'DATA_EXCHANGE_FEED' : 'BULK_EXPORT') satisfies Channel,
      legalBasis: null,
      agreementReference: agency ? `agr:${toId}` : null,
      reportedBy: 'SENDER',
      planted: true,
    };
    this.disclosures.push(disclosure);
    return disclosure;
  }

  private agreement(party: string, terms: AgreementTerms) {
    const id = `agr:${party}`;
    const version = terms.version ?? 1;
    const signedAt = terms.signedAt ?? at('2022-12-01', '10:00');
    const certification =
      terms.certifiedBy === 'NONE'
        ? {}
        : {
            certification: {
              signer: terms.certifiedBy === 'DEPUTY' ? 'R. Okafor' : 'M. Lindqvist',
              title: terms.certifiedBy === 'DEPUTY' ? 'Deputy Director of Operations' : 'Chief Executive Officer',
              signedAt,
              chiefExecutive: terms.certifiedBy !== 'DEPUTY',
            },
          };
    this.document('AGREEMENT', () => ({
      id,
      version,
      agencyPartyId: SHERIFF,
      thirdPartyId: party,
      signedAt,
      from: terms.from ?? '2023-01-01T00:00:00-06:00',
      ...(terms.until === undefined ? {} : { until: terms.until }),
      purposes: terms.purposes ?? ['CRIMINAL_JUSTICE_ADMINISTRATION'],
      prohibitsImmigrationDisclosure: true,
      prohibitsImmigrationUse: terms.prohibitsImmigrationUse ?? true,
      permitsRedisclosure: terms.redisclosureTo !== undefined,
      ...(terms.redisclosureTo === undefined ? {} : { redisclosureTo: terms.redisclosureTo }),
      requiresRecipientCertification: terms.redisclosureTo !== undefined,
      recipientListCadence: terms.cadence ?? 'MONTHLY',
      documentSha256: sha256(`${id}#${version}`),
      ...certification,
      public: terms.public ?? true,
    }));
  }

  private certify(recipient: string, thirdParty: string, signedAt: string) {
    const id = `certification:${recipient}:${thirdParty}`;
    this.document('RECIPIENT_CERTIFICATION', () => ({
      id,
      recipientPartyId: recipient,
      thirdPartyId: thirdParty,
      signedAt,
      from: signedAt,
      signer: 'J. Castellanos',
      title: 'General Counsel',
      documentSha256: sha256(id),
    }));
  }

  /** A monthly list, filed in the last minute of its month. */
  private list(party: string, month: string, recipients: string[]) {
    this.document('RECIPIENT_LIST', () => ({
      id: `list:${party}:${month}`,
      thirdPartyId: party,
      month,
      filedAt: lastMinuteOf(month),
      recipientPartyIds: recipients,
    }));
  }

  /** Audits a year apart, so that the audit cycle holds at the end of the manifest's window. */
  private audits(party: string, dates = ['2024-04-15', '2025-04-15']) {
    for (const date of dates) {
      this.document('AUDIT', () => ({
        id: `audit:${party}:${date}`,
        auditorPartyId: AUDITOR,
        thirdPartyId: party,
        at: at(date, '16:00'),
        scope: 'Use, onward disclosure, recipient lists and deletion of county personal information.',
        result: 'COMPLIANT',
      }));
    }
  }

  private document(type: string, document: () => Record<string, unknown>) {
    this.lines.push(() => ({ type, document: document() }));
  }

  private expect(rule: string, partyId: string | null, findingIds: () => string[], note: string) {
    this.planted.push(() => ({ rule, partyId, findingIds: findingIds(), note }));
  }

  private index(id: string): number {
    const party = this.registry.byId.get(id);
    if (party === undefined) throw new Error(`compliance cast: no party ${id}`);
    return party.index;
  }
}
