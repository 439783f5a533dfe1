/**
 * The values a hidden count can still take, given every equation and inequality a reader can
 * set up: for each asked variable, its least and greatest value over a linear system, found
 * by HiGHS (a linear and mixed-integer solver, run in-process as WebAssembly) one connected
 * part of the system at a time. The system is solved over real numbers and its extremes
 * rounded inward to whole ones: the linear relaxation that table-protection audits use. It
 * can leave a reader a value that whole numbers would rule out, never the reverse; the tests'
 * attacker solves over whole numbers to check that this gap is not used.
 *
 * The system is split where nothing links its parts, and each part's answer is kept under a
 * description of the part, so that asking again after one more count is hidden solves only
 * the part that changed.
 */
import * as highsModule from 'highs';
import type { Highs } from 'highs';

// The package's ECMAScript module exports the loader as its default; its types describe the CommonJS one.
const highsLoader = (highsModule as unknown as { default: () => Promise<Highs> }).default;

export type Variable = { key: string; min: number; max: number };
export type Constraint = { terms: Array<[key: string, coefficient: number]>; op: '=' | '<='; rhs: number };
export type Range = { min: number; max: number };
/**
 * `throw`: a system with no solution is an error (one built from exact figures always has
 * one). `unbounded`: its variables are answered as unbounded, with `contradicted` set: a
 * reader whose assumptions contradict each other can be sure of nothing from them.
 */
export type OnContradiction = 'throw' | 'unbounded';

let loaded: Promise<Highs> | undefined;
const highs = () => (loaded ??= highsLoader());

/** Answers kept by a part's description; a release is asked about many times while it is protected. */
const memo = new Map<string, Map<string, Range>>();
/** A part's description can run to many kilobytes: the memo is kept small and emptied when full. */
const MEMO_LIMIT = 2_000;

/** The range of each asked variable (every variable when `asked` is absent). */
export async function feasibleRanges(
  variables: readonly Variable[],
  constraints: readonly Constraint[],
  asked?: ReadonlySet<string>,
  onContradiction: OnContradiction = 'throw',
): Promise<Map<string, Range & { contradicted?: true }>> {
  const solver = await highs();
  const ranges = new Map<string, Range>();
  for (const part of partsOf(variables, constraints)) {
    const wanted = part.variables.filter((variable) => asked === undefined || asked.has(variable.key));
    if (wanted.length === 0) continue;
    if (part.constraints.length === 0) {
      for (const variable of wanted) ranges.set(variable.key, { min: variable.min, max: variable.max });
      continue;
    }
    const description = describe(part.variables, part.constraints);
    let answers = memo.get(description);
    if (answers === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(description, (answers = new Map()));
    }
    const missing = wanted.filter((variable) => !answers.has(variable.key)).map((variable) => variable.key);
    if (missing.length > 0) {
      for (const [key, range] of solvePart(solver, part, new Set(missing), onContradiction)) answers.set(key, range);
    }
    for (const variable of wanted) ranges.set(variable.key, answers.get(variable.key) as Range);
  }
  return ranges;
}

type Part = { variables: Variable[]; constraints: Constraint[] };

/** Connected parts: variables linked by a constraint are in one part. */
function partsOf(variables: readonly Variable[], constraints: readonly Constraint[]): Part[] {
  const parent = new Map(variables.map((variable) => [variable.key, variable.key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  for (const constraint of constraints) {
    const [first, ...rest] = constraint.terms;
    if (first === undefined) continue;
    for (const [key] of rest) parent.set(find(key), find(first[0]));
  }
  const parts = new Map<string, Part>();
  const partOf = (key: string) => {
    const root = find(key);
    let part = parts.get(root);
    if (part === undefined) parts.set(root, (part = { variables: [], constraints: [] }));
    return part;
  };
  for (const variable of variables) partOf(variable.key).variables.push(variable);
  for (const constraint of constraints) {
    const first = constraint.terms[0];
    if (first !== undefined) partOf(first[0]).constraints.push(constraint);
  }
  return [...parts.values()];
}

const EPSILON = 1e-6;
const CONTRADICTED = new Error('the system has no solution');

const bound = (value: number) => (Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : '-inf');

function describe(variables: readonly Variable[], constraints: readonly Constraint[]): string {
  const vars = variables.map((variable) => `${variable.key}[${bound(variable.min)},${bound(variable.max)}]`);
  const rows = constraints.map(
    (constraint) =>
      `${constraint.terms.map(([key, coefficient]) => `${coefficient}*${key}`).join('+')}${constraint.op}${constraint.rhs}`,
  );
  return `${vars.sort().join(';')}|${rows.sort().join(';')}`;
}

/** Least and greatest whole value of every variable of one part. */
function solvePart(
  solver: Highs,
  { variables, constraints }: Part,
  wanted: ReadonlySet<string>,
  onContradiction: OnContradiction,
): Map<string, Range & { contradicted?: true }> {
  const index = new Map(variables.map((variable, position) => [variable.key, position]));
  const infinity = solver.infinity;
  const limit = (value: number) => (Number.isFinite(value) ? value : value > 0 ? infinity : -infinity);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const constraint of constraints) {
    for (const [key, coefficient] of constraint.terms) {
      indices.push(index.get(key) as number);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  const model = solver.createModel();
  try {
    model.options.set('output_flag', false);
    model.passModel({
      numCols: variables.length,
      numRows: constraints.length,
      colCost: variables.map(() => 0),
      colLower: variables.map((variable) => limit(variable.min)),
      colUpper: variables.map((variable) => limit(variable.max)),
      rowLower: constraints.map((constraint) => (constraint.op === '=' ? constraint.rhs : -infinity)),
      rowUpper: constraints.map((constraint) => constraint.rhs),
      matrix: { format: 'csr', numRows: constraints.length, numCols: variables.length, starts, indices, values },
      integrality: variables.map(() => solver.constants.variableType.continuous),
    });
    const ranges = new Map<string, Range & { contradicted?: true }>();
    const { minimize, maximize } = solver.constants.objectiveSense;
    const status = solver.constants.modelStatus;
    variables.forEach((variable, position) => {
      if (!wanted.has(variable.key)) return;
      const extreme = (sense: typeof minimize) => {
        model.changeObjectiveSense(sense);
        model.run();
        const outcome = model.getModelStatus();
        if (outcome === status.unbounded || outcome === status.unboundedOrInfeasible) {
          return sense === minimize ? -Infinity : Infinity;
        }
        if (outcome === status.infeasible && onContradiction === 'unbounded') throw CONTRADICTED;
        if (outcome !== status.optimal) {
          throw new Error(
            `the range of ${variable.key} could not be worked out: the solver stopped with status ${outcome}`,
          );
        }
        // The least whole value at or above the minimum, the greatest at or below the maximum.
        const value = model.getObjectiveValue();
        return sense === minimize ? Math.ceil(value - EPSILON) : Math.floor(value + EPSILON);
      };
      model.changeColCost(position, 1);
      ranges.set(variable.key, { min: extreme(minimize), max: extreme(maximize) });
      model.changeColCost(position, 0);
    });
    return ranges;
  } catch (error) {
    if (error !== CONTRADICTED) throw error;
    return new Map([...wanted].map((key) => [key, { min: -Infinity, max: Infinity, contradicted: true as const }]));
  } finally {
    model.dispose();
  }
}
