/**
 * Random counties for tests of the public release: disclosures that reached immigration
 * agents (each record from one agency, each disclosure in one month with one legal basis),
 * documents received by one agency each, findings, third parties and their papers; and the
 * annual report of any year, county-wide or for one agency, made from them the way the
 * service counts (an agency's edition counts what involves it).
 */
import { REPORT_SCHEMA_VERSION, type AnnualReport, type Reach, type ReachRow } from '../../core/reporting/report.ts';

export type Random = () => number;

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

type Arrival = {
  year: number;
  subject: string;
  record: string;
  origin: string;
  event: string;
  month: number;
  basis: string;
  direct: boolean;
  intermediaries: string[];
  agent: string;
  categories: string[];
};
type Document = {
  year: number;
  kind: 'NOTICE' | 'DETAINER' | 'REQUEST' | 'COMPLAINT';
  agency: string;
  outcome: string;
};
type Finding = { year: number; agency: string; subsection: string; severity: 'high' | 'medium' | 'low' };
type Paper = {
  year: number;
  thirdParty: string;
  agencies: string[];
  agreement: boolean;
  certified: boolean;
  audited: boolean;
};

export type County = {
  agencies: string[];
  arrivals: Arrival[];
  documents: Document[];
  findings: Finding[];
  papers: Paper[];
};

const SUBSECTIONS = ['A', 'B', 'E', 'F_I', 'H'];
const BASES = ['NONE', 'SUBPOENA', 'WARRANT'];
const CATEGORIES = ['NAME', 'ADDRESS', 'LOCATION'];

/** A county of `agencies` agencies; `scale` sets how many of everything there is. */
export function randomCounty(random: Random, { agencies = 3, scale = 30 } = {}): County {
  const county: County = {
    agencies: Array.from({ length: agencies }, (_, index) => `ag-${index + 1}`),
    arrivals: [],
    documents: [],
    findings: [],
    papers: [],
  };
  for (const year of [2024, 2025]) addTo(county, random, year, scale);
  return county;
}

/** More of everything in a year: what a late filing adds before a second version. */
export function addTo(county: County, random: Random, year: number, scale: number): void {
  const { agencies } = county;
  const count = (mean: number) => Math.floor(random() * mean * 2);
  const events = Array.from({ length: Math.max(1, count(scale / 3)) }, (_, index) => ({
    event: `e-${year}-${county.arrivals.length}-${index}`,
    month: 1 + Math.floor(random() * 12),
    basis: pick(random, BASES),
    direct: random() < 0.4,
    agent: pick(random, ['ia-1', 'ia-2']),
  }));
  for (let index = 0; index < count(scale); index++) {
    const event = pick(random, events);
    const intermediaries = event.direct ? [] : [pick(random, ['tp-1', 'tp-2', 'tp-3', ...agencies])];
    county.arrivals.push({
      year,
      subject: `s-${Math.floor(random() * scale)}`,
      record: `r-${year}-${county.arrivals.length}`,
      origin: pick(random, agencies),
      ...event,
      intermediaries,
      categories: CATEGORIES.filter(() => random() < 0.5),
    });
  }
  const outcomes = {
    NOTICE: ['cease', 'demand', 'both', 'confirmed', 'outstanding'],
    DETAINER: ['declined', 'honoured', 'pending'],
    REQUEST: ['granted', 'declined'],
    COMPLAINT: ['OPEN', 'CLOSED'],
  } as const;
  for (const kind of ['NOTICE', 'DETAINER', 'REQUEST', 'COMPLAINT'] as const) {
    for (let index = 0; index < count(scale / 4); index++) {
      county.documents.push({ year, kind, agency: pick(random, agencies), outcome: pick(random, outcomes[kind]) });
    }
  }
  for (let index = 0; index < count(scale / 2); index++) {
    county.findings.push({
      year,
      agency: pick(random, agencies),
      subsection: pick(random, SUBSECTIONS),
      severity: pick(random, ['high', 'medium', 'low'] as const),
    });
  }
  for (let index = 0; index < count(scale / 3); index++) {
    const agreement = random() < 0.7;
    county.papers.push({
      year,
      thirdParty: `tp-${index + 1}`,
      agencies: agencies.filter(() => random() < 0.5),
      agreement,
      certified: agreement && random() < 0.5,
      audited: random() < 0.5,
    });
  }
}

const reachOf = (arrivals: readonly Arrival[]): Reach => ({
  individuals: new Set(arrivals.map((a) => a.subject)).size,
  records: new Set(arrivals.map((a) => a.record)).size,
  events: new Set(arrivals.map((a) => a.event)).size,
});

function rows(arrivals: readonly Arrival[], keys: (arrival: Arrival) => string[]): ReachRow[] {
  const groups = new Map<string, Arrival[]>();
  for (const arrival of arrivals)
    for (const key of new Set(keys(arrival))) groups.set(key, [...(groups.get(key) ?? []), arrival]);
  return [...groups]
    .map(([key, list]) => ({ key, label: key, ...reachOf(list) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The annual report of a year, county-wide (`agencyId` null) or for one agency, with the year before after the first. */
export function reportOf(county: County, year: number, agencyId: string | null): AnnualReport {
  const report = yearReport(county, year, agencyId);
  if (year > 2024) {
    const before = yearReport(county, year - 1, agencyId);
    report.previousYear = {
      year: year - 1,
      source: 'COMPUTED',
      publishedVersion: null,
      thirdPartiesGivenAccess: before.thirdParties.givenAccess,
      thirdPartiesWithAgreement: before.thirdParties.withAgreement,
      thirdPartiesWithChiefExecutiveCertification: before.thirdParties.withChiefExecutiveCertification,
      thirdPartiesAudited: before.thirdParties.audited,
      individualsDisclosed: before.individualsDisclosed,
      direct: before.immigration.direct,
      indirect: before.immigration.indirect,
      findings: before.findings.reduce((sum, entry) => sum + Number(entry.total), 0),
    };
  }
  return report;
}

function yearReport(county: County, year: number, agencyId: string | null): AnnualReport {
  const involves = (arrival: Arrival) =>
    agencyId === null || arrival.origin === agencyId || arrival.intermediaries.includes(agencyId);
  const arrivals = county.arrivals.filter((a) => a.year === year && involves(a));
  const mine = <T extends { year: number; agency: string }>(items: readonly T[]) =>
    items.filter((item) => item.year === year && (agencyId === null || item.agency === agencyId));
  const documents = (kind: Document['kind']) => mine(county.documents).filter((d) => d.kind === kind);
  const having = (kind: Document['kind'], ...outcomes: string[]) =>
    documents(kind).filter((d) => outcomes.includes(d.outcome)).length;
  const papers = county.papers.filter(
    (p) => p.year === year && p.agencies.length > 0 && (agencyId === null || p.agencies.includes(agencyId)),
  );
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const byMonth = Array.from({ length: 12 }, (_, index) => {
    const list = arrivals.filter((a) => a.month === index + 1);
    return { key: month(index + 1), label: month(index + 1), ...reachOf(list) };
  });
  const found = mine(county.findings);
  const complaints = documents('COMPLAINT');
  const flows = new Map<string, Arrival[]>();
  for (const a of arrivals) {
    const key = JSON.stringify([a.origin, a.intermediaries[0] ?? null, a.agent, a.direct]);
    flows.set(key, [...(flows.get(key) ?? []), a]);
  }
  const all = reachOf(arrivals);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year,
    agencyId,
    window: { from: `${year}-01-01T06:00:00.000Z`, until: `${year + 1}-01-01T06:00:00.000Z` },
    generatedAt: '2026-01-15T12:00:00.000Z',
    asOf: null,
    public: false,
    parties: {},
    thirdParties: {
      givenAccess: papers.length,
      withAgreement: papers.filter((p) => p.agreement).length,
      withChiefExecutiveCertification: papers.filter((p) => p.certified).length,
      audited: papers.filter((p) => p.audited).length,
      granted: 0,
      grantedWithoutDisclosure: 0,
    },
    individualsDisclosed: all.individuals as number,
    immigration: {
      events: all.events,
      direct: reachOf(arrivals.filter((a) => a.direct)),
      indirect: reachOf(arrivals.filter((a) => !a.direct)),
      withdrawn: reachOf([]),
      contested: reachOf([]),
      all: { individuals: all.individuals, records: all.records },
      byHopCount: rows(arrivals, (a) => [String(a.intermediaries.length + 1)]),
      byCategory: rows(arrivals, (a) => (a.categories.length === 0 ? ['NONE'] : a.categories)),
      byOriginAgency: rows(arrivals, (a) => [a.origin]),
      byIntermediary: rows(arrivals, (a) => (a.intermediaries.length === 0 ? ['NONE'] : a.intermediaries)),
      byLegalBasis: rows(arrivals, (a) => [a.basis]),
      byMonth,
      flows: [...flows].map(([key, list]) => {
        const [origin, intermediary, agent, direct] = JSON.parse(key) as [string, string | null, string, boolean];
        return { agencyId: origin, intermediaryId: intermediary, agentId: agent, direct, ...reachOf(list) };
      }),
      evidence: { query: 'exposure', from: '', until: '' },
    },
    over500: [],
    violationNotices: {
      received: documents('NOTICE').length,
      ceaseOrdered: having('NOTICE', 'cease', 'both'),
      deletionDemanded: having('NOTICE', 'demand', 'both', 'confirmed'),
      deletionConfirmed: having('NOTICE', 'confirmed'),
      outstanding: having('NOTICE', 'outstanding'),
      evidence: { query: 'complianceDocuments', kinds: [], from: '', until: '' },
    },
    findings: SUBSECTIONS.map((subsection) => {
      const of = found.filter((f) => f.subsection === subsection);
      const severity = (level: string) => of.filter((f) => f.severity === level).length;
      return {
        subsection,
        total: of.length,
        high: severity('high'),
        medium: severity('medium'),
        low: severity('low'),
        evidence: { query: 'findings', from: '', until: '', subsections: [subsection] },
      };
    }),
    detainerRequests: {
      received: documents('DETAINER').length,
      declined: having('DETAINER', 'declined'),
      honoured: having('DETAINER', 'honoured'),
      pending: having('DETAINER', 'pending'),
      evidence: { query: 'complianceDocuments', kinds: [], from: '', until: '' },
    },
    accessRequests: [
      {
        request: 'ACCESS_TO_INDIVIDUAL',
        received: documents('REQUEST').length,
        granted: having('REQUEST', 'granted'),
        declined: having('REQUEST', 'declined'),
        evidence: { query: 'complianceDocuments', kinds: [], from: '', until: '' },
      },
    ],
    complaints: ['CLOSED', 'OPEN'].map((status) => ({
      status,
      count: complaints.filter((c) => c.outcome === status).length,
      evidence: { query: 'complianceDocuments', kinds: [], from: '', until: '' },
    })),
    previousYear: null,
  };
}
