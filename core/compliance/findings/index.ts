/**
 * Findings of Sec. 46-37, as checks: each names its subsection, the
 * parties, the time window, the evidence (disclosures, chains, documents) and an explanation
 * an auditor can paste into a letter. Evaluated over a window [from, until) on what the
 * graph holds now, every rule of the table: (a) to (h).
 *
 * The front door of the folder: the rules stand in rules.ts, one module per family beside it;
 * here the reads the wanted rules name are started together, and the rules run in table order.
 */
import { complianceSettings } from '../../../infra/config.ts';
import type { Database } from '../../../infra/db.ts';
import { InputError } from '../../../infra/errors.ts';
import { checkWindow, exposure } from '../../lineage/index.ts';
import { allAgreements } from '../agreements.ts';
import { DOCUMENT_KINDS } from '../document-kinds.ts';
import { documentsOfKinds } from '../documents.ts';
import { afterDeletionFindings } from './after-deletion.ts';
import { purposeClassifier } from '../immigration-purpose.ts';
import { purposeVocabulary } from '../purpose-vocabulary.ts';
import { immigrationAgentFindings } from './immigration-agents.ts';
import type { ClassifyPurpose } from './immigration-use.ts';
import { type FindingFilter, type FindingRow, type SharedReads, SUBSECTIONS } from './model.ts';
import { flowsInWindow, grantsInWindow, individualsByYear } from './reads.ts';
import { type ReadName, type Reads, type RuleContext, RULES } from './rules.ts';

export {
  CEO_CERTIFICATION_THRESHOLD,
  type FindingFilter,
  type FindingRow,
  type Flow,
  type GrantAccess,
  SEVERITIES,
  type Severity,
  type SharedReads,
  SUBSECTIONS,
  type Subsection,
  type YearCount,
} from './model.ts';
export { FLOWS_IN_WINDOW, flowsInWindow, GRANTS_IN_WINDOW, individualsByYear, INDIVIDUALS_RECEIVED } from './reads.ts';
export { purposePermitted } from './third-parties.ts';
export { type ReadName, type Reads, type Rule, type RuleContext, RULES } from './rules.ts';

type ReadContext = {
  db: Database;
  window: { from: string; until: string };
  asOf: string | null;
  shared: SharedReads | undefined;
  classify: ClassifyPurpose;
  started: <N extends ReadName>(name: N) => Promise<Awaited<Reads[N]>>;
};

type Starter<N extends ReadName> = {
  /** Reported to `onStep` under this name, timed from its own start: the reads overlap. */
  step?: string;
  /** Handed to the rules as a promise, for a rule to wait for on its turn (see Reads.arrivals). */
  unawaited?: true;
  /** Reads it builds on, started before it. */
  uses?: readonly ReadName[];
  start: (context: ReadContext) => Promise<Awaited<Reads[N]>>;
};

// In the order they are started: the lineage engine's first, as the longest.
const READS: { [N in ReadName]: Starter<N> } = {
  arrivals: {
    unawaited: true,
    start: ({ db, window, asOf, shared }) => shared?.exposure ?? exposure(db, window, null, asOf),
  },
  agreements: { start: ({ db, asOf }) => allAgreements(db, asOf) },
  flows: {
    step: 'disclosures of the window',
    start: ({ db, window, asOf, shared }) => shared?.flows ?? flowsInWindow(db, window, asOf),
  },
  exposed: {
    step: '(e) exposure',
    uses: ['arrivals'],
    start: ({ db, asOf, started, classify }) => immigrationAgentFindings(db, started('arrivals'), asOf, classify),
  },
  years: {
    step: 'individuals per year',
    start: ({ db, window, asOf, shared }) => shared?.individuals ?? individualsByYear(db, window, asOf),
  },
  deletedThenSent: {
    step: '(h) reads after a deletion',
    start: ({ db, window, asOf }) => afterDeletionFindings(db, window, asOf),
  },
  documents: { start: ({ db, asOf }) => documentsOfKinds(db, DOCUMENT_KINDS, asOf) },
  grants: { start: ({ db, window, asOf }) => grantsInWindow(db, window, asOf) },
};

function checkFilter(filter: FindingFilter): { from: string; until: string } {
  const { from, until } = filter.window;
  if (from == null || until == null) {
    throw new InputError('findings need a window with both from and until', from == null ? 'from' : 'until', null);
  }
  checkWindow(filter.window);
  return { from, until };
}

/** Every finding of the rules asked for, in the window, for the party and severity asked for. */
export async function findings(db: Database, filter: FindingFilter): Promise<FindingRow[]> {
  const window = checkFilter(filter);
  const asOf = filter.asOf ?? null;
  // Read before any query starts, so that a bad vocabulary file stops the call at once.
  const classify = purposeClassifier(filter.purposes ?? purposeVocabulary());
  const wanted = new Set(filter.subsections ?? SUBSECTIONS);
  const rules = RULES.filter((rule) => wanted.has(rule.subsection));
  const needed = new Set(rules.flatMap((rule) => rule.reads));
  for (const name of needed) for (const used of READS[name].uses ?? []) needed.add(used);
  // The reads that do not depend on one another run together: Neo4j and the lineage engine
  // share the machine's cores. Each step's time runs from the start, so they overlap.
  const timed = async <T>(name: string, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await work;
    filter.onStep?.(name, performance.now() - started);
    return value;
  };
  const started = new Map<ReadName, Promise<unknown>>();
  const start = <N extends ReadName>(name: N): Promise<Awaited<Reads[N]>> => {
    const running = started.get(name);
    if (running !== undefined) return running as Promise<Awaited<Reads[N]>>;
    const read: Starter<N> = READS[name];
    const work = read.start({ db, window, asOf, shared: filter.shared, classify, started: start });
    const reported = read.step === undefined ? work : timed(read.step, work);
    started.set(name, reported);
    return reported;
  };
  for (const name of Object.keys(READS) as ReadName[]) if (needed.has(name)) start(name);
  const reads: Partial<Record<ReadName, unknown>> = {};
  await Promise.all(
    [...started].map(async ([name, work]) => {
      reads[name] = READS[name].unawaited === true ? work : await work;
    }),
  );
  const context: RuleContext = {
    db,
    window,
    asOf,
    settings: filter.settings ?? complianceSettings(),
    now: () => filter.now ?? (asOf === null ? Date.now() : Date.parse(asOf)),
    classify,
  };
  let clock = performance.now();
  const found: FindingRow[] = [];
  for (const rule of rules) {
    // One at a time: a county year's findings outnumber what a spread call may carry.
    for (const finding of await rule.run(reads as Reads, context)) found.push(finding);
    const now = performance.now();
    filter.onStep?.(rule.step, now - clock);
    clock = now;
  }
  return found
    .filter((finding) => filter.partyId == null || finding.partyIds.includes(filter.partyId))
    .filter((finding) => filter.severity == null || finding.severity === filter.severity)
    .sort((a, b) => (a.subsection < b.subsection ? -1 : a.subsection > b.subsection ? 1 : a.id < b.id ? -1 : 1));
}
