/**
 * The rules of Sec. 46-37 as a table, in the order `findings` runs them: each names its
 * subsection, the step the benchmark reports it under, the reads of the window it rests on, and
 * how to run it. Adding a rule is adding a row; the front door (index.ts) starts the reads the
 * wanted rows name, all together, and runs the rows.
 */
import type { ComplianceSettings } from '../../../infra/config.ts';
import type { Database } from '../../../infra/db.ts';
import type { ExposureRow } from '../../lineage/index.ts';
import type { AgreementRow } from '../agreements.ts';
import type { DocumentRow } from '../document-kinds.ts';
import { allCertifications, allRecipientLists } from '../recipients.ts';
import { auditFindings } from './audits.ts';
import { afterOrderFindings, noticeFindings } from './deletion.ts';
import { complaintFindings, detainerFindings, resourceFindings } from './detainers-and-complaints.ts';
import { type ClassifyPurpose, immigrationUseFindings, immigrationUseGrantFindings } from './immigration-use.ts';
import { accessRequestFindings, requestersAtTheirRequests, statusAnswerFindings } from './immigration-agents.ts';
import {
  type FindingRow,
  type Flow,
  type GrantAccess,
  inWindowOf,
  ofKindIn,
  type Subsection,
  type YearCount,
} from './model.ts';
import { recipientListFindings, redisclosureFindings } from './redisclosure.ts';
import {
  accessWithoutProhibition,
  ceoCertificationFindings,
  grantsWithoutProhibition,
  purposeFindings,
} from './third-parties.ts';

/** The reads of a window the rules rest on, each made at most once per call however many rules need it. */
export type Reads = {
  agreements: AgreementRow[];
  flows: Flow[];
  documents: DocumentRow[];
  grants: GrantAccess[];
  years: YearCount[];
  /**
   * Not waited for with the other reads: (e) waits for it while they run, and (b)'s answers
   * only when their turn comes, so that (b) alone does not hold the other reads back.
   */
  arrivals: Promise<ExposureRow>;
  /** (e)'s findings: the lineage engine's work, the longest, done while the other reads run. */
  exposed: FindingRow[];
  /** (h)'s disclosures after a deletion, a read of their own that runs beside the others. */
  deletedThenSent: FindingRow[];
};
export type ReadName = keyof Reads;

/** What a rule may know besides its reads. */
export type RuleContext = {
  /** For the small reads a rule makes on its turn: they are timed as part of its step. */
  db: Database;
  window: { from: string; until: string };
  asOf: string | null;
  settings: ComplianceSettings;
  /** The instant, in milliseconds, "not yet" is judged against; read on the rule's turn, not before. */
  now: () => number;
  /** The immigration-purpose vocabulary of the call, each distinct purpose read once. */
  classify: ClassifyPurpose;
};

export type Rule = {
  subsection: Subsection;
  /** The name `onStep` reports the rule's time under. */
  step: string;
  reads: readonly ReadName[];
  run: (reads: Reads, context: RuleContext) => readonly FindingRow[] | Promise<readonly FindingRow[]>;
};

/** A row whose `run` sees only the reads it names, so that a read it uses and forgets to name does not compile. */
const rule = <const N extends ReadName>(entry: {
  subsection: Subsection;
  step: string;
  reads: readonly N[];
  run: (reads: Pick<Reads, N>, context: RuleContext) => readonly FindingRow[] | Promise<readonly FindingRow[]>;
}): Rule => entry;

export const RULES: readonly Rule[] = [
  // (e): no disclosure of personal information to an immigration agent, directly or indirectly.
  rule({ subsection: 'E', step: '(e)', reads: ['exposed'], run: ({ exposed }) => exposed }),
  // (f)(i): a third party given access must prohibit disclosure to immigration agents and use
  // for immigration enforcement.
  rule({
    subsection: 'F_I',
    step: '(f)(i)',
    reads: ['flows', 'agreements'],
    run: ({ flows, agreements }, { window }) => accessWithoutProhibition(flows, agreements, window),
  }),
  // (f)(i), for access given by a standing grant rather than by a disclosure.
  rule({
    subsection: 'F_I',
    step: '(f)(i) grants',
    reads: ['grants', 'agreements'],
    run: ({ grants, agreements }, { window }) => grantsWithoutProhibition(grants, agreements, window),
  }),
  // (f)(i): no use for the enforcement of immigration laws: a disclosure whose stated purpose
  // says it was for that use.
  rule({
    subsection: 'F_I',
    step: '(f)(i) immigration use',
    reads: ['flows'],
    run: ({ flows }, { classify }) => immigrationUseFindings(flows, classify),
  }),
  // (f)(i), use, for a standing grant whose stated purpose is immigration enforcement.
  rule({
    subsection: 'F_I',
    step: '(f)(i) immigration use by grant',
    reads: ['grants'],
    run: ({ grants }, { classify, window }) => immigrationUseGrantFindings(grants, classify, window),
  }),
  // (f)(ii): use and disclosure only for a purpose specified in the written agreement.
  rule({
    subsection: 'F_II',
    step: '(f)(ii)',
    reads: ['flows', 'agreements'],
    run: ({ flows, agreements }) => purposeFindings(flows, agreements),
  }),
  // (f)(iii): any redisclosure by a recipient is prohibited; a third party's only where the
  // agency permits it, to a recipient that certified compliance in writing.
  rule({
    subsection: 'F_III',
    step: '(f)(iii)',
    reads: ['flows', 'agreements'],
    run: async ({ flows, agreements }, { db, asOf }) =>
      redisclosureFindings(flows, agreements, await allCertifications(db, asOf)),
  }),
  // (f)(iv): a monthly list of the recipients, open to audit.
  rule({
    subsection: 'F_IV',
    step: '(f)(iv)',
    reads: ['flows'],
    run: async ({ flows }, { db, asOf, window }) =>
      recipientListFindings(flows, await allRecipientLists(db, asOf), window),
  }),
  // (f)(v): over 500 individuals in a year, a certification executed by the chief executive.
  rule({
    subsection: 'F_V',
    step: '(f)(v)',
    reads: ['years', 'agreements'],
    run: ({ years, agreements }) => ceoCertificationFindings(years, agreements),
  }),
  // (a): a detainer request is declined unless the federal government reimburses all costs in writing.
  rule({
    subsection: 'A',
    step: '(a)',
    reads: ['documents'],
    run: ({ documents }, { window }) => detainerFindings(ofKindIn(documents, 'DETAINER_REQUEST', 'receivedAt', window)),
  }),
  // (b): no access or facilities for an immigration agent without a criminal warrant or a
  // law-enforcement purpose unrelated to immigration.
  rule({
    subsection: 'B',
    step: '(b)',
    reads: ['documents'],
    run: async ({ documents }, { db, asOf, window }) => {
      const requests = ofKindIn(documents, 'IMMIGRATION_ACCESS_REQUEST', 'receivedAt', window);
      return accessRequestFindings(requests, await requestersAtTheirRequests(db, requests, asOf));
    },
  }),
  // (b): nor any word to one about an individual's incarceration status or release date.
  rule({
    subsection: 'B',
    step: '(b) answers',
    reads: ['arrivals'],
    run: async ({ arrivals }) => statusAnswerFindings((await arrivals).arrivals),
  }),
  // (c): no county resources spent on an ICE detainer beyond what the section provides.
  rule({
    subsection: 'C',
    step: '(c)',
    reads: ['documents'],
    run: ({ documents }, { window }) => resourceFindings(ofKindIn(documents, 'DETAINER_REQUEST', 'receivedAt', window)),
  }),
  // (d): complaints of violations, received and followed up.
  rule({
    subsection: 'D',
    step: '(d)',
    reads: ['documents'],
    run: ({ documents }, { window }) => complaintFindings(documents, inWindowOf(window)),
  }),
  // (g): third parties audited regularly; their agreements made publicly available.
  rule({
    subsection: 'G',
    step: '(g)',
    reads: ['flows', 'grants', 'documents', 'years', 'agreements'],
    run: ({ flows, grants, documents, years, agreements }, { window, settings }) =>
      auditFindings(flows, grants, documents, years, agreements, window, settings),
  }),
  // (h): on notice of a violation, the agency makes the third party cease and, where possible, delete.
  rule({
    subsection: 'H',
    step: '(h) notices',
    reads: ['documents'],
    run: ({ documents }, { window, settings, now }) => noticeFindings(documents, window, settings, now()),
  }),
  // (h): once ordered to cease, the third party discloses no more.
  rule({
    subsection: 'H',
    step: '(h) after a cease order',
    reads: ['flows', 'documents'],
    run: ({ flows, documents }) => afterOrderFindings(flows, documents),
  }),
  // (h): once it confirmed a deletion, it passes on no more of what it deleted.
  rule({
    subsection: 'H',
    step: '(h) after a deletion',
    reads: ['deletedThenSent'],
    run: ({ deletedThenSent }) => deletedThenSent,
  }),
];
