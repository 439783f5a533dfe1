/**
 * What the small generated county answers, gathered in one plain JSON value so that two
 * databases can be compared answer by answer: the traces of the planted subjects to
 * immigration agents, exposure (all time and the county year 2024), every finding of the
 * compliance cast's window, the county-wide annual report of 2024, the deletion scopes and
 * accountings of some planted flows, and whether the ledgers verify. Only the service's own
 * functions are called, with their plainest arguments, so that the same gathering runs on a
 * database made by an earlier version of the service and on one migrated since.
 */
import type { Manifest } from '../../scripts/seed/generate.ts';
import { findings } from '../../core/compliance/findings/index.ts';
import { verifyComplianceLedger } from '../../core/compliance/documents.ts';
import { accounting } from '../../core/lineage/accounting.ts';
import { deletionScope } from '../../core/lineage/deletion-scope.ts';
import { exposure, type ExposureRow } from '../../core/lineage/exposure.ts';
import { verifyLedger } from '../../core/lineage/ledger.ts';
import { tracedSubjectHistories, traceHistories, type ArrivalRow } from '../../core/lineage/trace.ts';
import { annualReport } from '../../core/reporting/annual.ts';
import type { Database } from '../../infra/db.ts';
import { instantOrder } from '../../infra/scalars.ts';

/** The window of the compliance cast, and the instant (h)'s "not yet answered" is judged against. */
const WINDOW = { from: '2019-01-01T00:00:00-06:00', until: '2026-01-01T00:00:00-06:00' };
const NOW = Date.parse('2026-06-01T00:00:00Z');
const YEAR_2024 = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };

/** An instant as nanoseconds since the epoch, as text: the same instant compares equal whatever its offset. */
const instant = (at: string) => instantOrder(at).toString();

function arrival(row: ArrivalRow) {
  return {
    recordId: row.recordId,
    partyId: row.partyId,
    at: instant(row.at),
    hopCount: row.hopCount,
    direct: row.direct,
    immigrationAgent: row.immigrationAgent,
    intermediaries: row.intermediaries,
    categories: [...row.categories].sort(),
    chain: row.chain.map((hop) => hop.disclosureId),
  };
}

function counts(row: ExposureRow) {
  const line = ({ key, recordCount, individualCount, arrivalCount }: ExposureRow['direct']) => ({
    key,
    recordCount,
    individualCount,
    arrivalCount,
  });
  return {
    total: line(row),
    direct: line(row.direct),
    indirect: line(row.indirect),
    byHopCount: row.byHopCount.map(line),
    byCategory: row.byCategory.map(line),
    byOriginAgency: row.byOriginAgency.map(line),
    byIntermediary: row.byIntermediary.map(line),
    byAgent: row.byAgent.map(line),
  };
}

export async function gatherAnswers(db: Database, manifest: Manifest) {
  const subjects = [...new Set(manifest.planted.map((flow) => flow.subjectKey))].sort();
  const traces: Record<string, unknown> = {};
  for (const subjectKey of subjects) {
    const histories = await tracedSubjectHistories(db, subjectKey, { facts: true });
    traces[subjectKey] = (await traceHistories(db, histories, { target: { immigrationAgents: true } })).map(arrival);
  }
  const scopes: Record<string, unknown> = {};
  const accountings: Record<string, unknown> = {};
  for (const flow of manifest.planted.slice(0, 8)) {
    const first = flow.disclosureIds[0] as string;
    const scope = await deletionScope(db, { violatingDisclosureIds: [first] });
    scopes[first] = scope.holders.map((holder) => ({
      holderId: holder.holderId,
      subjectCount: holder.subjectCount,
      categories: holder.categories,
      records: holder.pairs.map((pair) => `${pair.recordId}: ${pair.chain.map((hop) => hop.disclosureId).join(' ')}`),
    }));
    const account = await accounting(db, flow.subjectKey, null);
    accountings[flow.subjectKey] = account.entries.map((entry) => ({
      ...entry,
      firstAt: instant(entry.firstAt),
      lastAt: instant(entry.lastAt),
      chain: entry.chain?.map((hop) => hop.disclosureId) ?? null,
    }));
  }
  const found = await findings(db, { window: WINDOW, now: NOW });
  const report = await annualReport(db, { year: 2024, now: new Date(NOW) });
  return {
    traces,
    exposure: { all: counts(await exposure(db, null)), 2024: counts(await exposure(db, YEAR_2024)) },
    findings: found.map((finding) => ({
      id: finding.id,
      subsection: finding.subsection,
      severity: finding.severity,
      partyIds: finding.partyIds,
      disclosureIds: finding.disclosureIds,
      recordCount: finding.recordCount,
      individualCount: finding.individualCount,
    })),
    report,
    scopes,
    accountings,
    ledgers: {
      disclosures: (await verifyLedger(db)).ok,
      compliance: (await verifyComplianceLedger(db)).ok,
    },
  };
}
