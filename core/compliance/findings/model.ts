/**
 * The vocabulary every rule of Sec. 46-37 speaks: what a finding is, what a caller asks for,
 * the reads the rules share, and the few phrasings all findings use alike. Its own file so that
 * the rule modules take it from here rather than from the front door, which imports them.
 */
import type { ComplianceSettings } from '../../../infra/config.ts';
import { instantOrder } from '../../../infra/scalars.ts';
import type { ExposureRow, Window } from '../../lineage/index.ts';
import type { AgreementRow } from '../agreements.ts';
import type { DocumentRow } from '../document-kinds.ts';
import type { PurposeMatch } from '../immigration-purpose.ts';
import type { PurposeVocabulary } from '../purpose-vocabulary.ts';

export const SUBSECTIONS = ['A', 'B', 'C', 'D', 'E', 'F_I', 'F_II', 'F_III', 'F_IV', 'F_V', 'G', 'H'] as const;
export type Subsection = (typeof SUBSECTIONS)[number];
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingRow = {
  /** Stable for the same facts: the subsection and what the finding is about. */
  id: string;
  subsection: Subsection;
  severity: Severity;
  partyIds: string[];
  from: string;
  until: string;
  disclosureIds: string[];
  agreementKeys: string[];
  /** Deletion confirmations the finding rests on ((h): one dated before the holder's own recorded disclosure). */
  deletionIds?: string[];
  /** Retractions the finding rests on ((e): evidence of a flow withdrawn, or contested). */
  retractionIds?: string[];
  /**
   * The stated purpose that reads as immigration enforcement, with the words matched and the
   * vocabulary version that matched them: (f)(i)'s use findings, and (e)'s when the disclosure
   * to the immigration agent stated such a purpose.
   */
  purposeMatch?: PurposeMatch;
  /** Records and distinct individuals concerned, where the rule counts them. */
  recordCount: number | null;
  individualCount: number | null;
  explanation: string;
};

export type FindingFilter = {
  window: Window;
  subsections?: readonly Subsection[] | null;
  partyId?: string | null;
  severity?: Severity | null;
  /** (g)'s audit cycle and (h)'s response days; from the environment unless given. */
  settings?: ComplianceSettings;
  /** The instant the rules judge "not yet" against (h: a notice still within its days). */
  now?: number;
  /** Told how long each step took, in milliseconds: for the benchmark. */
  onStep?: (step: string, ms: number) => void;
  /** Reads of the same window the caller makes anyway (the annual report): the rules reuse them. */
  shared?: SharedReads;
  /**
   * As the service knew things at this recorded time: only what was recorded by then, and
   * "not yet" judged at that time. Now when absent.
   */
  asOf?: string | null;
  /** The immigration-purpose vocabulary; the service's (the repository's, and the operator's) unless given. */
  purposes?: PurposeVocabulary;
};

/** The longest reads of a window, which a caller may start once and share with the rules. */
export type SharedReads = {
  /** County-wide, for (e). */
  exposure?: Promise<ExposureRow>;
  flows?: Promise<Flow[]>;
  /** For (f)(v) and (g). */
  individuals?: Promise<YearCount[]>;
};

/** A disclosure as the rules read it; retracted ones are left out before. */
export type Flow = {
  id: string;
  at: string;
  order: bigint;
  fromId: string;
  fromKind: string;
  toId: string;
  toKind: string;
  purpose: string;
  /** The agencies whose records it carried. */
  origins: string[];
};

/** A standing access grant of a county agency to a third party, as the (f) and (g) rules read it. */
export type GrantAccess = {
  id: string;
  agencyId: string;
  granteeId: string;
  from: string;
  until: string | null;
  dataset: string;
  /** The purpose the grant states. */
  purpose: string;
};

/** Distinct individuals each third party was given in a county year, by agency: (f)(v)'s and (g)'s count. */
export type YearCount = {
  year: { label: string; from: string; until: string };
  byThirdParty: Map<string, { individuals: number; agencies: Map<string, number> }>;
  /** Distinct individuals given to any third party that year. */
  overall: number;
};

/** The most individuals a third party may be given access to in a calendar year without a chief executive's certification. */
export const CEO_CERTIFICATION_THRESHOLD = 500;

export const keyOf = (agreement: AgreementRow) => `${agreement.id}#${agreement.version}`;
/** What every finding about one disclosure says of it: its parties, its instant, the agreements in force. */
export const aboutFlow = (flow: Flow, partyIds: string[], agreements: readonly AgreementRow[] = []) => ({
  partyIds,
  from: flow.at,
  until: flow.at,
  disclosureIds: [flow.id],
  agreementKeys: agreements.map(keyOf),
  recordCount: null,
  individualCount: null,
});

const MAX_LISTED = 20;
export const listed = (ids: readonly string[]) =>
  ids.length <= MAX_LISTED
    ? ids.join(', ')
    : `${ids.slice(0, MAX_LISTED).join(', ')} and ${ids.length - MAX_LISTED} more`;

type Base = Omit<FindingRow, 'id' | 'subsection' | 'severity' | 'explanation'>;
export const documentBase = (
  document: DocumentRow,
  partyIds: string[],
  at: string,
  disclosureIds: string[] = [],
): Base => ({
  partyIds,
  from: at,
  until: at,
  disclosureIds,
  agreementKeys: [],
  recordCount: null,
  individualCount: null,
});
export const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Whether an instant a document states falls in the window; one missing or not a string does not. */
export const inWindowOf =
  (window: { from: string; until: string }) =>
  (at: unknown): boolean =>
    typeof at === 'string' &&
    instantOrder(at) >= instantOrder(window.from) &&
    instantOrder(at) < instantOrder(window.until);

/** The documents of a kind whose `field` (when received, for instance) falls in the window. */
export const ofKindIn = (
  documents: readonly DocumentRow[],
  kind: string,
  field: string,
  window: { from: string; until: string },
): DocumentRow[] => {
  const inWindow = inWindowOf(window);
  return documents.filter((document) => document.kind === kind && inWindow(document.content[field]));
};
