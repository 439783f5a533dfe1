/**
 * Sec. 46-37(g) makes the annual report public; no person may be singled out by it. This is
 * the protection of everything published together: every edition (county-wide and each
 * agency's), every version, every year.
 *
 * The guarantee. A count from 1 to 10 that is hidden stays, given everything published and
 * every relation a reader can count on (release-figures.ts), free to be any of at least ten
 * whole numbers: nothing narrows it below what its marker "1-10" already says.
 *
 * The reader. It is credited with knowing why each count is hidden (a small count lies in
 * [1, 10]; one hidden to protect another is above 10; one hidden because an earlier version
 * hid it, or a zero hidden with the small counts of its column, is only known to be 0 or
 * more, or from 0 to 10), with every relation between figures, and with taking a figure that
 * a later version hides to be unchanged from the earlier one (right wherever it is). So the
 * unknown of a figure is its deviation from the exact value, one per figure of an edition and
 * exact value (shared by the versions that agree on it), and every relation is an equation or
 * inequality in the deviations, which the exact value (deviation 0) always satisfies.
 *
 * The procedure, for an edition about to be published: hide its small counts, and every
 * count an earlier version of it hid; while some hidden count from 1 to 10 (of it or of
 * anything already published) is narrowed below ten values, hide the nearest count above 10
 * of the new edition linked to it by a relation (a complement); where none is left, hide the
 * zeros beside it with the small counts (as 0-10); where nothing is left to hide, refuse,
 * naming the count and the publications that pin it. Counts already narrowed by what was
 * published before are reported by the release audit and do not block a new edition, unless
 * it narrows them further.
 */
import { ConflictError } from '../../infra/errors.ts';
import { feasibleRanges, type Constraint, type Range, type Variable } from './feasible-ranges.ts';
import { countsDocuments, sameAsCounty, type Relation } from './release-figures.ts';

/** Why a figure is shown or hidden, which is what a reader can tell about it. */
export type Reason = 'shown' | 'small' | 'smallOrZero' | 'complement' | 'forced' | 'internal';
/** A hidden count must stay free to be at least this many whole numbers. */
export const PROTECTED_VALUES = 10;
const SMALL_MAX = 10;

const READER_BOUNDS: Record<Exclude<Reason, 'shown'>, Range> = {
  small: { min: 1, max: SMALL_MAX },
  smallOrZero: { min: 0, max: SMALL_MAX },
  complement: { min: SMALL_MAX + 1, max: Infinity },
  forced: { min: 0, max: Infinity },
  internal: { min: 0, max: Infinity },
};

/** One edition of a year as the audit sees it: exact figures, why each is shown or hidden, its relations. */
export type ReleaseEdition = {
  /** For a person: "2024, county-wide, version 2". */
  label: string;
  year: number;
  agencyId: string | null;
  /** Null: the edition about to be published. */
  version: number | null;
  truth: ReadonlyMap<string, number>;
  reasons: Map<string, Reason>;
  relations: readonly Relation[];
  /** The recorded time its figures are as of: public audit relates only editions made as of the same time. */
  asOf?: string | null;
};

/** A hidden count from 1 to 10 and the values a reader can still give it. */
export type CellRange = {
  edition: ReleaseEdition;
  path: string;
  truth: number;
  range: Range;
  values: number;
  /** Public audit only: what the reader would assume of these editions contradicts itself here. */
  contradicted?: true;
};

/**
 * `exact`: the service's check, which knows every exact figure, and credits the reader with
 * each change between versions. `public`: what a reader of the published editions alone can
 * work out: `truth` then holds the shown figures (0 for hidden ones), versions are unrelated,
 * and every relation is assumed to hold.
 */
export type Mode = 'exact' | 'public';

const isSmall = (value: number) => value >= 1 && value <= SMALL_MAX;
/**
 * The unknown a figure of an edition is. Public: one per version. Exact: versions in which the
 * figure has the same exact value share it (a reader who takes a hidden figure to be unchanged
 * from one version to the next is right about those), and versions where it changed do not.
 */
const keyOf = (mode: Mode) => (edition: ReleaseEdition, path: string) =>
  `${edition.year}|${edition.agencyId ?? ''}|${path}${mode === 'public' ? `|v${edition.version}` : `|=${edition.truth.get(path) ?? 0}`}`;
/** The path of a figure from its key. */
const pathOfKey = (key: string) => key.slice(key.indexOf('|', key.indexOf('|') + 1) + 1, key.lastIndexOf('|'));
const figureKey = keyOf('exact');
const valuesIn = ({ min, max }: Range) => (max === Infinity || min === -Infinity ? Infinity : max - min + 1);

/** Every hidden count from 1 to 10 of the release, with the values a reader can still give it. */
export async function auditRelease(
  editions: readonly ReleaseEdition[],
  countyAgencies: readonly string[],
  mode: Mode = 'exact',
): Promise<CellRange[]> {
  const { variables, constraints } = model(editions, countyAgencies, { mode });
  const key = keyOf(mode);
  const watched = editions.flatMap((edition) =>
    [...edition.truth].flatMap(([path, truth]) => {
      const reason = edition.reasons.get(path) ?? 'internal';
      const asked =
        mode === 'public'
          ? reason === 'small' || reason === 'smallOrZero'
          : reason !== 'shown' && reason !== 'internal' && isSmall(truth);
      return asked ? [{ edition, path, truth }] : [];
    }),
  );
  const ranges = await feasibleRanges(
    [...variables.values()],
    constraints,
    new Set(watched.map(({ edition, path }) => key(edition, path))),
    mode === 'public' ? 'unbounded' : 'throw',
  );
  return watched.map(({ edition, path, truth }) => {
    const deviation = ranges.get(key(edition, path)) as Range & { contradicted?: true };
    const range = { min: truth + deviation.min, max: truth + deviation.max };
    const cell: CellRange = { edition, path, truth, range, values: valuesIn(range) };
    return deviation.contradicted ? { ...cell, contradicted: true } : cell;
  });
}

/** Cells a reader can narrow below PROTECTED_VALUES values (a hidden count shown to be 0 is not one from 1 to 10). */
export const narrowed = (cells: readonly CellRange[]) =>
  cells.filter((cell) => cell.values < PROTECTED_VALUES && cell.range.max >= 1);

/**
 * Chooses what the edition about to be published (`version: null` among `editions`) hides,
 * in place in its `reasons`, so that publishing it narrows no hidden count; refuses when that
 * cannot be done.
 */
export async function protectEdition(editions: readonly ReleaseEdition[], countyAgencies: readonly string[]) {
  const candidate = editions.find((edition) => edition.version === null);
  if (candidate === undefined) throw new Error('protectEdition: no edition about to be published');
  const before = editions.filter((edition) => edition !== candidate);
  const baseline = new Map(
    narrowed(await auditRelease(before, countyAgencies)).map((cell) => [
      figureKey(cell.edition, cell.path) + `#${cell.edition.version}`,
      cell.values,
    ]),
  );
  const isNew = (cell: CellRange) => {
    const known = baseline.get(figureKey(cell.edition, cell.path) + `#${cell.edition.version}`);
    return known === undefined || cell.values < known;
  };
  for (;;) {
    const failing = narrowed(await auditRelease(editions, countyAgencies))
      .filter(isNew)
      .sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : 1));
    if (failing.length === 0) return;
    // One more count hidden for each narrowed one, then all of them asked again: a release has hundreds.
    const links = linksOf(editions, countyAgencies);
    const stuck = failing.filter((cell) => !hideNext(cell, candidate, links));
    if (stuck.length === failing.length) throw refusal(failing[0] as CellRange, editions, countyAgencies);
  }
}

const order = (cell: CellRange) => (cell.edition.version === null ? 0 : 1);

/** Which figures share a relation (shown ones included), and the relations between hidden ones. */
type Links = { neighbours: Map<string, string[]>; hidden: readonly Constraint[] };

function linksOf(editions: readonly ReleaseEdition[], countyAgencies: readonly string[]): Links {
  const neighbours = new Map<string, string[]>();
  for (const constraint of model(editions, countyAgencies, { all: true }).constraints) {
    const keys = constraint.terms.map(([key]) => key);
    for (const key of keys) {
      const list = neighbours.get(key);
      if (list === undefined) neighbours.set(key, [...keys]);
      else list.push(...keys);
    }
  }
  return { neighbours, hidden: model(editions, countyAgencies, {}).constraints };
}

/** Hides one more count of the candidate for a narrowed cell; false when nothing is left to hide. */
function hideNext(cell: CellRange, candidate: ReleaseEdition, { neighbours, hidden }: Links): boolean {
  const start = figureKey(cell.edition, cell.path);
  const prefix = `${candidate.year}|${candidate.agencyId ?? ''}|`;
  const own = (key: string) => {
    if (!key.startsWith(prefix)) return null;
    const path = pathOfKey(key);
    return key === figureKey(candidate, path) ? path : null;
  };
  // Nearest first: counts in a relation with the cell, then in a relation with those.
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of neighbours.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
        const path = own(other);
        if (path === null || candidate.reasons.get(path) !== 'shown') continue;
        if ((candidate.truth.get(path) ?? 0) > SMALL_MAX) {
          candidate.reasons.set(path, 'complement');
          return true;
        }
      }
    }
    frontier = next;
  }
  // Nothing above 10 is left to hide: hide the zeros in relations with the cell, with the small
  // counts there (all as 0-10); then those of every count linked with it through hidden ones.
  const asSmallOrZero = (keys: Iterable<string>) => {
    let changed = false;
    for (const key of keys) {
      const path = own(key);
      if (path === null) continue;
      const reason = candidate.reasons.get(path);
      if ((reason === 'shown' && (candidate.truth.get(path) ?? 0) === 0) || reason === 'small') {
        candidate.reasons.set(path, 'smallOrZero');
        changed = true;
      }
    }
    return changed;
  };
  if (asSmallOrZero(neighbours.get(start) ?? [])) return true;
  const linked = linkedThrough(hidden, start);
  return asSmallOrZero([...linked].flatMap((key) => neighbours.get(key) ?? []));
}

/** The figures linked with one through constraints, itself included. */
function linkedThrough(constraints: readonly Constraint[], start: string): Set<string> {
  const linked = new Set([start]);
  for (let grew = true; grew;) {
    grew = false;
    for (const constraint of constraints) {
      const keys = constraint.terms.map(([key]) => key);
      if (!keys.some((key) => linked.has(key)) || keys.every((key) => linked.has(key))) continue;
      for (const key of keys) linked.add(key);
      grew = true;
    }
  }
  return linked;
}

/** The refusal of a publication: the count it would narrow, and the publications that pin it. */
function refusal(cell: CellRange, editions: readonly ReleaseEdition[], countyAgencies: readonly string[]) {
  const linked = linkedThrough(
    model(editions, countyAgencies, { all: true }).constraints,
    figureKey(cell.edition, cell.path),
  );
  const by = editions
    .filter((edition) => [...edition.truth.keys()].some((path) => linked.has(figureKey(edition, path))))
    .map((edition) => edition.label);
  const range = cell.range.min === cell.range.max ? `${cell.range.min}` : `${cell.range.min} to ${cell.range.max}`;
  return new ConflictError(
    `publishing would let a reader narrow ${cell.path} of ${cell.edition.label}, a count from 1 to 10, to ${range}` +
      ` (${cell.values} value${cell.values === 1 ? '' : 's'}), from ${by.join('; ')}; nothing more can be hidden to prevent it`,
    { edition: cell.edition.label, figure: cell.path, publications: by },
  );
}

/**
 * The deviations and their constraints. With `all`, every relation is kept with all its
 * figures, shown ones included (to find what could still be hidden); without, shown figures
 * are constants and only relations between hidden ones remain.
 */
function model(
  editions: readonly ReleaseEdition[],
  countyAgencies: readonly string[],
  { all = false, mode = 'exact' }: { all?: boolean; mode?: Mode },
) {
  const figureKey = keyOf(mode);
  const variables = new Map<string, Variable>();
  for (const edition of editions) {
    for (const [path, truth] of edition.truth) {
      const reason = edition.reasons.get(path) ?? 'internal';
      const own = reason === 'shown' ? { min: 0, max: 0 } : shift(READER_BOUNDS[reason], -truth);
      const key = figureKey(edition, path);
      const seen = variables.get(key);
      variables.set(key, {
        key,
        min: Math.max(seen?.min ?? -Infinity, own.min),
        max: Math.min(seen?.max ?? Infinity, own.max),
      });
    }
  }
  const fixed = (key: string) => !all && variables.get(key)?.min === 0 && variables.get(key)?.max === 0;
  const constraints = new Map<string, Constraint>();
  const add = (terms: Array<[string, number]>, truthSum: number, op: '=' | '<=') => {
    // One that does not hold on the exact figures: no reader can count on it. A public reader assumes them all.
    if (mode === 'exact' && (op === '=' ? truthSum !== 0 : truthSum > 0)) return;
    const live = terms.filter(([key]) => !fixed(key));
    if (live.length === 0) return;
    const signature = `${op}${live.map(([key, c]) => `${c}*${key}`).join('+')}`;
    const rhs = -truthSum;
    const seen = constraints.get(signature);
    if (seen === undefined || rhs < seen.rhs) constraints.set(signature, { terms: live, op, rhs });
  };
  for (const edition of editions) {
    for (const relation of edition.relations) {
      let truthSum = 0;
      const terms: Array<[string, number]> = [];
      for (const [path, coefficient] of relation.terms) {
        const truth = edition.truth.get(path);
        if (truth === undefined) continue; // No such row: a reader knows it is 0.
        truthSum += coefficient * truth;
        terms.push([figureKey(edition, path), coefficient]);
      }
      add(terms, truthSum, relation.op);
    }
  }
  for (const [residual, variable] of countyRelations(editions, countyAgencies, add, mode)) {
    variables.set(residual, variable);
  }
  return { variables: [...variables.values()], constraints: [...constraints.values()] };
}

const shift = (range: Range, by: number): Range => ({ min: range.min + by, max: range.max + by });

/**
 * What ties an agency's edition to the county's of the same year: each agency figure is part
 * of the county's (the very same figure for a row that names the agency), and documents,
 * each received by one agency, add up over the agencies to the county's count, exactly once
 * every agency's edition is out and with an unknown remainder of 0 or more before then.
 * Returns the remainders' variables.
 */
function countyRelations(
  editions: readonly ReleaseEdition[],
  countyAgencies: readonly string[],
  add: (terms: Array<[string, number]>, truthSum: number, op: '=' | '<=') => void,
  mode: Mode,
): Map<string, Variable> {
  const figureKey = keyOf(mode);
  const residuals = new Map<string, Variable>();
  const years = new Set(editions.map((edition) => edition.year));
  for (const year of years) {
    const county = editions.filter((edition) => edition.year === year && edition.agencyId === null);
    const agencies = editions.filter((edition) => edition.year === year && edition.agencyId !== null);
    for (const whole of county) {
      for (const part of agencies) {
        // A reader of the public editions alone cannot tell whether two made at different times agree.
        if (mode === 'public' && part.asOf !== whole.asOf) continue;
        for (const [path, truth] of part.truth) {
          const total = whole.truth.get(path);
          if (total === undefined) continue;
          const same = sameAsCounty(path, part.agencyId as string);
          add(
            [
              [figureKey(part, path), 1],
              [figureKey(whole, path), -1],
            ],
            truth - total,
            same ? '=' : '<=',
          );
        }
      }
      const latest = latestPerAgency(
        mode === 'public' ? agencies.filter((part) => part.asOf === whole.asOf) : agencies,
      );
      const complete = countyAgencies.every((id) => latest.has(id));
      for (const [path, total] of whole.truth) {
        if (!countsDocuments(path)) continue;
        const parts = [...latest.values()].filter((part) => part.truth.has(path));
        const sumOfParts = total - parts.reduce((sum, part) => sum + (part.truth.get(path) ?? 0), 0);
        if (mode === 'exact' && sumOfParts < 0) continue;
        // Exact: the remainder's deviation, from its exact value; public: the remainder itself, with the shown figures.
        const remainder = mode === 'exact' ? sumOfParts : 0;
        const terms: Array<[string, number]> = [
          [figureKey(whole, path), 1],
          ...parts.map((part) => [figureKey(part, path), -1] as [string, number]),
        ];
        if (!complete) {
          const key = `${year}|remainder of ${whole.version ?? 'new'}|${path}`;
          residuals.set(key, { key, min: -remainder, max: Infinity });
          terms.push([key, -1]);
        }
        add(terms, mode === 'exact' ? 0 : sumOfParts, '=');
      }
    }
  }
  return residuals;
}

function latestPerAgency(agencies: readonly ReleaseEdition[]): Map<string, ReleaseEdition> {
  const latest = new Map<string, ReleaseEdition>();
  const rank = (edition: ReleaseEdition) => edition.version ?? Infinity;
  for (const edition of agencies) {
    const seen = latest.get(edition.agencyId as string);
    if (seen === undefined || rank(edition) > rank(seen)) latest.set(edition.agencyId as string, edition);
  }
  return latest;
}
