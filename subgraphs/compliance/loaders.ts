import { accessLogLoader, batchLoader } from '../runtime/loaders.ts';
import type { RequestContext } from '../runtime/context.ts';
import {
  agreementsOfParties,
  allAgreements,
  type AgreementRow,
  documentsConcerning,
  documentsOfKinds,
  type DocumentKind,
  type DocumentRow,
  findings,
  type FindingFilter,
  type FindingRow,
  disclosureFacts,
  disclosuresReceivedCounts,
  type DisclosureFacts,
} from '../../core/compliance/index.ts';

/** Reads the same thing once per request, however many fields ask for it. */
function once<K, V>(read: (key: K) => Promise<V>, keyOf: (key: K) => string = String) {
  const cache = new Map<string, Promise<V>>();
  return (key: K): Promise<V> => {
    const id = keyOf(key);
    let value = cache.get(id);
    if (value === undefined) cache.set(id, (value = read(key)));
    return value;
  };
}

/** A new set per request: a cache never outlives the request that filled it. */
export function createLoaders(base: RequestContext) {
  const db = base.db;
  let agreements: Promise<Map<string, AgreementRow>> | null = null;
  return {
    /** Every subject-level value an answer shows (a detainer's subject, the access log's own) is logged. */
    accessLog: accessLogLoader(base),
    disclosureCountReceived: batchLoader(
      (ids: readonly string[]) => disclosuresReceivedCounts(db, ids),
      () => 0,
    ),
    agreementsOfParty: batchLoader(
      (ids: readonly string[]) => agreementsOfParties(db, ids),
      (): AgreementRow[] => [],
    ),
    disclosureFacts: batchLoader(
      (ids: readonly string[]) => disclosureFacts(db, ids),
      (): DisclosureFacts | null => null,
    ),
    documentsConcerning: batchLoader(
      (ids: readonly string[]) => documentsConcerning(db, ids),
      (): DocumentRow[] => [],
    ),
    /** Every agreement version by "id#version". */
    agreementsByKey: () =>
      (agreements ??= allAgreements(db).then((rows) => new Map(rows.map((row) => [`${row.id}#${row.version}`, row])))),
    /** The documents of one kind. */
    documentsOfKind: once((kind: DocumentKind) => documentsOfKinds(db, [kind])),
    /** The findings of one evaluation (window, rules, severity), whatever party each field filters them by. */
    findings: once(
      (filter: Omit<FindingFilter, 'partyId'>): Promise<FindingRow[]> => findings(db, filter),
      (filter) =>
        JSON.stringify([
          filter.window.from,
          filter.window.until,
          filter.subsections ?? null,
          filter.severity ?? null,
          filter.asOf ?? null,
        ]),
    ),
  };
}

export type ComplianceLoaders = ReturnType<typeof createLoaders>;
