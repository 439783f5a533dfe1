/**
 * A reader who collects everything published (every edition, agency and county, every
 * version, every year) and works out what each hidden count can be. It shares no code with
 * the service's protection: it names figures its own way, sets up its own equations from what
 * the figures mean, and solves them with another solver (YALPS, integer branch and bound).
 *
 * What it counts on:
 * - a marker's range: "1-10" is 1 to 10, "0-10" is 0 to 10, "withheld" is above 10 unless an
 *   earlier version of the edition already hid it (then 0 or more);
 * - within an edition: direct and indirect disclosures make all disclosures; disclosures by
 *   month and by legal basis add up to them; findings by severity add up to each subsection;
 *   detainer dispositions add up to those received; a notice answered was answered by an
 *   order or a demand; demands confirmed are demands; a row's individuals are at most its
 *   records; records by origin agency add up to all records, which no breakdown row exceeds;
 *   one hop is within no intermediary (a county contractor's hop can make two without one);
 * - across editions of a year: an agency's figure is at most the county's, the same for a
 *   row naming the agency; documents add up over agencies to the county's (exactly once every
 *   agency is published);
 * - across years: the year before, as a report sets it beside its own, is that year's
 *   edition; across versions, when told (an announcement), how much each figure changed.
 *
 * Over 400 lines on purpose: its figures, equations and solver stand apart from the
 * service's code, in one file, so that it cannot share a mistake with it.
 */
import { solve, type Constraint, type Model } from 'yalps';

export type PublishedEdition = { year: number; agencyId: string | null; version: number; json: string };
type Report = Record<string, unknown> & {
  year: number;
  agencyId: string | null;
  immigration: Record<string, unknown>;
  previousYear: Record<string, unknown> | null;
};
type Term = [name: string, coefficient: number];
type Relation = { terms: Term[]; op: '=' | '<=' | '>='; value: number };

/** A hidden count and the values the attacker finds it can still take; `truth` when the test told it. */
export type Recovery = { edition: string; figure: string; marker: string; min: number; max: number; truth?: number };

const HEADROOM = 1_000_000;

/**
 * `exact`, when given, holds each edition's exact figures (as `json`): never used to attack,
 * only to tell the test which recovered counts were small and whether the attack was right.
 */
export function attackRelease(
  published: readonly PublishedEdition[],
  agencies: readonly string[],
  {
    announced = new Map<string, number>(),
    exact = [] as readonly PublishedEdition[],
    together = ((_a, _b) => true) as (a: PublishedEdition, b: PublishedEdition) => boolean,
  } = {},
): Recovery[] {
  const reader = new Reader(agencies, together);
  const sorted = [...published].sort((a, b) => a.year - b.year || a.version - b.version);
  for (const edition of sorted) reader.read(edition);
  reader.linkVersions(announced);
  reader.linkAgencies();
  reader.linkYears();
  if (reader.broken.length > 0)
    throw new Error(`the attacker's relations do not hold: ${reader.broken.slice(0, 5).join('; ')}`);
  const truths = new Map<string, number>();
  for (const edition of exact) {
    const key = `${edition.year}/${edition.agencyId ?? 'county'}/v${edition.version}`;
    Reader.figuresOf(JSON.parse(edition.json) as Report, (name, value) => truths.set(`${key}:${name}`, Number(value)));
  }
  return reader.ranges().map((recovery) => {
    const truth = truths.get(`${recovery.edition}:${recovery.figure}`);
    return truth === undefined ? recovery : { ...recovery, truth };
  });
}

/** Recoveries that narrow a count from 1 to 10 (all hidden ones, when truths are unknown) below ten values. */
export const pinned = (recoveries: readonly Recovery[]) =>
  recoveries.filter((r) => (r.truth === undefined || (r.truth >= 1 && r.truth <= 10)) && r.max - r.min + 1 < 10);

/** Recoveries that rule out the truth: the attacker's model of the report is wrong there. */
export const mistaken = (recoveries: readonly Recovery[]) =>
  recoveries.filter((r) => r.truth !== undefined && (r.truth < r.min || r.truth > r.max));

class Reader {
  private readonly known = new Map<string, number>();
  private readonly unknown = new Map<string, { min: number; max: number; marker: string; edition: string }>();
  private readonly relations: Relation[] = [];
  private readonly editions: Array<{
    key: string;
    year: number;
    agencyId: string | null;
    version: number;
    names: Set<string>;
    source: PublishedEdition;
  }> = [];
  private readonly hiddenBefore = new Map<string, Set<string>>();

  private readonly agencies: readonly string[];
  /** Whether two editions were made from the same data (told by an announcement; every pair by default). */
  private readonly together: (a: PublishedEdition, b: PublishedEdition) => boolean;

  constructor(agencies: readonly string[], together: (a: PublishedEdition, b: PublishedEdition) => boolean) {
    this.agencies = agencies;
    this.together = together;
  }

  read(edition: PublishedEdition): void {
    const report = JSON.parse(edition.json) as Report;
    const key = `${edition.year}/${edition.agencyId ?? 'county'}/v${edition.version}`;
    const names = new Set<string>();
    const editionOf = `${edition.year}/${edition.agencyId ?? 'county'}`;
    const before = this.hiddenBefore.get(editionOf) ?? new Set<string>();
    const hiddenNow = new Set(before);
    const figure = (name: string, value: unknown) => {
      const full = `${key}:${name}`;
      names.add(name);
      if (typeof value === 'number') {
        this.known.set(full, value);
        return;
      }
      hiddenNow.add(name);
      const bounds =
        value === '1-10'
          ? { min: 1, max: 10 }
          : value === '0-10'
            ? { min: 0, max: 10 }
            : before.has(name) || name.startsWith('previous/')
              ? { min: 0, max: HEADROOM }
              : { min: 11, max: HEADROOM };
      this.unknown.set(full, { ...bounds, marker: String(value), edition: key });
    };
    Reader.figuresOf(report, figure);
    this.hiddenBefore.set(editionOf, hiddenNow);
    this.editions.push({
      key,
      year: edition.year,
      agencyId: edition.agencyId,
      version: edition.version,
      names,
      source: edition,
    });
    this.within(key, report, names);
  }

  static figuresOf(report: Report, figure: (name: string, value: unknown) => void): void {
    const reach = (prefix: string, value: unknown) => {
      const row = value as Record<string, unknown>;
      for (const measure of ['individuals', 'records', 'events']) figure(`${prefix}/${measure}`, row[measure]);
    };
    for (const [field, value] of Object.entries(report.thirdParties as object)) figure(`papers/${field}`, value);
    figure('individualsDisclosed', report.individualsDisclosed);
    const immigration = report.immigration;
    figure('events', immigration.events);
    for (const how of ['direct', 'indirect', 'withdrawn', 'contested']) reach(how, immigration[how]);
    for (const table of ['byHopCount', 'byCategory', 'byOriginAgency', 'byIntermediary', 'byLegalBasis', 'byMonth']) {
      for (const row of immigration[table] as Array<{ key: string }>) reach(`${table}=${row.key}`, row);
    }
    for (const flow of immigration.flows as Array<Record<string, unknown>>) {
      reach(
        `flow=${String(flow.agencyId)}>${String(flow.intermediaryId)}>${String(flow.agentId)}>${String(flow.direct)}`,
        flow,
      );
    }
    const notices = report.violationNotices as Record<string, unknown>;
    for (const field of ['received', 'ceaseOrdered', 'deletionDemanded', 'deletionConfirmed', 'outstanding']) {
      figure(`notices/${field}`, notices[field]);
    }
    for (const entry of report.findings as Array<Record<string, unknown>>) {
      for (const field of ['total', 'high', 'medium', 'low'])
        figure(`findings=${String(entry.subsection)}/${field}`, entry[field]);
    }
    const detainers = report.detainerRequests as Record<string, unknown>;
    for (const field of ['received', 'declined', 'honoured', 'pending']) figure(`detainers/${field}`, detainers[field]);
    for (const entry of report.accessRequests as Array<Record<string, unknown>>) {
      for (const field of ['received', 'granted', 'declined'])
        figure(`requests=${String(entry.request)}/${field}`, entry[field]);
    }
    for (const entry of report.complaints as Array<Record<string, unknown>>)
      figure(`complaints=${String(entry.status)}`, entry.count);
    const previous = report.previousYear;
    if (previous !== null) {
      for (const field of Object.keys(previous)) {
        if (field.startsWith('thirdParties') || field === 'individualsDisclosed' || field === 'findings') {
          figure(`previous/${field}`, previous[field]);
        }
      }
      reach('previous/direct', previous.direct);
      reach('previous/indirect', previous.indirect);
    }
  }

  private within(key: string, report: Report, names: ReadonlySet<string>): void {
    const at = (name: string) => `${key}:${name}`;
    const sum = (list: string[], op: Relation['op'], whole: string) =>
      this.relate([...list.map((name) => [at(name), 1] as Term), [at(whole), -1]], op, 0);
    sum(['direct/events', 'indirect/events'], '=', 'events');
    const rows = (prefix: string, measure: string) =>
      [...names].filter((name) => name.startsWith(`${prefix}=`) && name.endsWith(`/${measure}`));
    sum(rows('byMonth', 'events'), '=', 'events');
    sum(rows('byLegalBasis', 'events'), '=', 'events');
    // Every record came from one agency: records by origin are all the records, which no row exceeds.
    const allRecords = `${key}:all-records`;
    this.unknown.set(allRecords, { min: 0, max: HEADROOM, marker: 'unpublished', edition: key });
    this.relate([...rows('byOriginAgency', 'records').map((name) => [at(name), 1] as Term), [allRecords, -1]], '=', 0);
    for (const table of ['byHopCount', 'byCategory', 'byIntermediary', 'byLegalBasis', 'byMonth', 'flow']) {
      const list = rows(table, 'records');
      for (const name of list)
        this.relate(
          [
            [at(name), 1],
            [allRecords, -1],
          ],
          '<=',
          0,
        );
      // Every record that reached an agent is in some row of each breakdown.
      if (list.length > 0) this.relate([...list.map((name) => [at(name), 1] as Term), [allRecords, -1]], '>=', 0);
    }
    for (const measure of ['individuals', 'records', 'events']) {
      const one = `byHopCount=1/${measure}`;
      const none = `byIntermediary=NONE/${measure}`;
      // One hop has no intermediary (a county contractor's hop can make two without one).
      if (names.has(one) || names.has(none))
        this.relate(
          [
            [at(one), 1],
            [at(none), -1],
          ],
          '<=',
          0,
        );
    }
    for (const name of names) {
      if (!name.endsWith('/individuals') || name.startsWith('previous')) continue;
      this.relate(
        [
          [at(name), 1],
          [at(name.replace(/individuals$/, 'records')), -1],
        ],
        '<=',
        0,
      );
    }
    for (const entry of report.findings as Array<{ subsection: string }>) {
      const f = `findings=${entry.subsection}`;
      sum([`${f}/high`, `${f}/medium`, `${f}/low`], '=', `${f}/total`);
    }
    sum(['detainers/declined', 'detainers/honoured', 'detainers/pending'], '=', 'detainers/received');
    sum(['notices/ceaseOrdered', 'notices/outstanding'], '<=', 'notices/received');
    sum(['notices/deletionDemanded', 'notices/outstanding'], '<=', 'notices/received');
    sum(['notices/ceaseOrdered', 'notices/deletionDemanded', 'notices/outstanding'], '>=', 'notices/received');
    sum(['notices/deletionConfirmed'], '<=', 'notices/deletionDemanded');
  }

  /** With an announcement of how much each figure changed, one version gives the next. */
  linkVersions(announced: ReadonlyMap<string, number>): void {
    for (const later of this.editions) {
      const earlier = this.editions.find(
        (other) =>
          other.year === later.year && other.agencyId === later.agencyId && other.version === later.version - 1,
      );
      if (earlier === undefined) continue;
      for (const name of later.names) {
        if (!earlier.names.has(name)) continue;
        const change = announced.get(`${later.year}/${later.agencyId ?? 'county'}:${name}`);
        if (change === undefined) continue;
        this.relate(
          [
            [`${later.key}:${name}`, 1],
            [`${earlier.key}:${name}`, -1],
          ],
          '=',
          change,
        );
      }
    }
  }

  linkAgencies(): void {
    for (const county of this.editions.filter((edition) => edition.agencyId === null)) {
      const parts = this.editions.filter(
        (edition) =>
          edition.year === county.year && edition.agencyId !== null && this.together(edition.source, county.source),
      );
      for (const part of parts) {
        for (const name of part.names) {
          if (!county.names.has(name) || name.startsWith('previous')) continue;
          const own = name.includes(`=${part.agencyId}/`) || name.startsWith(`flow=${part.agencyId}>`);
          this.relate(
            [
              [`${part.key}:${name}`, 1],
              [`${county.key}:${name}`, -1],
            ],
            own ? '=' : '<=',
            0,
          );
        }
      }
      const latest = new Map<string, (typeof parts)[number]>();
      for (const part of parts) {
        const seen = latest.get(part.agencyId as string);
        if (seen === undefined || seen.version < part.version) latest.set(part.agencyId as string, part);
      }
      const complete = this.agencies.every((id) => latest.has(id));
      for (const name of county.names) {
        if (!/^(notices|detainers|requests|complaints)/.test(name)) continue;
        const terms: Term[] = [[`${county.key}:${name}`, 1]];
        for (const part of latest.values()) if (part.names.has(name)) terms.push([`${part.key}:${name}`, -1]);
        this.relate(terms, complete ? '=' : '>=', 0);
      }
    }
  }

  /** The year before in a report is that year's latest edition before it, figure for figure. */
  linkYears(): void {
    const fields: Array<[string, string]> = [
      ['previous/thirdPartiesGivenAccess', 'papers/givenAccess'],
      ['previous/thirdPartiesWithAgreement', 'papers/withAgreement'],
      ['previous/thirdPartiesWithChiefExecutiveCertification', 'papers/withChiefExecutiveCertification'],
      ['previous/thirdPartiesAudited', 'papers/audited'],
      ['previous/individualsDisclosed', 'individualsDisclosed'],
      ...['direct', 'indirect'].flatMap((how) =>
        ['individuals', 'records', 'events'].map((m) => [`previous/${how}/${m}`, `${how}/${m}`] as [string, string]),
      ),
    ];
    for (const edition of this.editions) {
      const before = this.editions
        .filter((other) => other.year === edition.year - 1 && other.agencyId === edition.agencyId)
        .sort((a, b) => b.version - a.version)[0];
      if (before === undefined || !edition.names.has('previous/findings')) continue;
      for (const [mine, theirs] of fields)
        this.relate(
          [
            [`${edition.key}:${mine}`, 1],
            [`${before.key}:${theirs}`, -1],
          ],
          '=',
          0,
        );
      const totals = [...before.names].filter((name) => name.startsWith('findings=') && name.endsWith('/total'));
      this.relate(
        [[`${edition.key}:previous/findings`, 1], ...totals.map((name) => [`${before.key}:${name}`, -1] as Term)],
        '=',
        0,
      );
    }
  }

  /** A relation over figures; a figure no edition shows (a row it has not) is 0. */
  private relate(terms: Term[], op: Relation['op'], value: number): void {
    let constant = value;
    const live: Term[] = [];
    for (const [name, coefficient] of terms) {
      if (this.unknown.has(name)) live.push([name, coefficient]);
      else constant -= coefficient * (this.known.get(name) ?? 0);
    }
    if (live.length > 0) this.relations.push({ terms: live, op, value: constant });
    else if (op === '=' ? constant !== 0 : op === '<=' ? constant < 0 : constant > 0) {
      this.broken.push(terms.map(([name, c]) => `${c}*${name}`).join(' + ') + ` ${op} ${value}`);
    }
  }

  /** Relations the shown figures break on their own: the attacker's model of the report is wrong there. */
  readonly broken: string[] = [];

  ranges(): Recovery[] {
    // Counts no relation links are solved apart: each hidden count with the counts linked to it.
    const parent = new Map([...this.unknown.keys()].map((name) => [name, name]));
    const root = (name: string): string => {
      let at = name;
      while (parent.get(at) !== at) at = parent.get(at) as string;
      return at;
    };
    for (const relation of this.relations) {
      for (const [name] of relation.terms.slice(1)) parent.set(root(name), root(relation.terms[0]?.[0] as string));
    }
    const recoveries: Recovery[] = [];
    for (const [variable, bounds] of this.unknown) {
      if (bounds.marker !== '1-10' && bounds.marker !== '0-10') continue;
      const group = root(variable);
      const relations = this.relations.filter((relation) => root(relation.terms[0]?.[0] as string) === group);
      const names = [...this.unknown.keys()].filter((name) => root(name) === group);
      const constraints = new Map<string, Constraint>();
      const variables = new Map<string, Map<string, number>>(names.map((name) => [name, new Map()]));
      relations.forEach((relation, index) => {
        constraints.set(
          `r${index}`,
          relation.op === '='
            ? { equal: relation.value }
            : relation.op === '<='
              ? { max: relation.value }
              : { min: relation.value },
        );
        for (const [name, c] of relation.terms) {
          const row = variables.get(name) as Map<string, number>;
          row.set(`r${index}`, (row.get(`r${index}`) ?? 0) + c);
        }
      });
      for (const name of names) {
        const { min, max } = this.unknown.get(name) as { min: number; max: number };
        constraints.set(`bound:${name}`, { min, max });
        (variables.get(name) as Map<string, number>).set(`bound:${name}`, 1);
      }
      (variables.get(variable) as Map<string, number>).set('objective', 1);
      const extreme = (direction: 'minimize' | 'maximize') => {
        const model: Model = { direction, objective: 'objective', constraints, variables, integers: true };
        const solution = solve(model);
        if (solution.status !== 'optimal') {
          if (process.env.ATTACKER_DEBUG) {
            for (const relation of relations)
              console.error(
                relation.op,
                relation.value,
                relation.terms
                  .map(([n, c]) => `${c}*${n}[${this.unknown.get(n)?.min},${this.unknown.get(n)?.max}]`)
                  .join(' '),
              );
          }
          throw new Error(`the attacker's model is ${solution.status} for ${variable}`);
        }
        return Math.round(solution.result);
      };
      const [edition, figure] = variable.split(':') as [string, string];
      recoveries.push({ edition, figure, marker: bounds.marker, min: extreme('minimize'), max: extreme('maximize') });
    }
    return recoveries;
  }
}
