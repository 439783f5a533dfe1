/**
 * One NDJSON line per event, in the layouts `npm run import` reads (scripts/import/layouts.ts).
 * Members in a fixed order and optional members left out when empty, so that the same
 * events always give the same bytes. Disclosure lines are built by hand: there are
 * millions of them and JSON.stringify of nested objects is the slow part.
 */
import type { ComplianceLine } from './compliance.ts';
import type { Deletion, Disclosure, Retraction } from './events.ts';
import type { Grant } from './grants.ts';
import { recordId, type RecordBlock } from './records.ts';
import type { AffiliationRow, EnforcementRow, Party, Registry } from './registry.ts';
import { instant } from './time.ts';
import { categoriesJson } from './vocabulary.ts';

export function partyLine(party: Party): string {
  return JSON.stringify({ id: party.id, name: party.name, kind: party.kind });
}

export function enforcementLine(row: EnforcementRow): string {
  return JSON.stringify({
    id: row.id,
    partyId: row.partyId,
    from: instant(row.from, 'utc'),
    ...(row.until === null ? {} : { until: instant(row.until, 'utc') }),
    basis: row.basis,
  });
}

export function affiliationLine(row: AffiliationRow): string {
  return JSON.stringify({
    id: row.id,
    fromPartyId: row.fromPartyId,
    kind: row.kind,
    toPartyId: row.toPartyId,
    from: instant(row.from, 'utc'),
    ...(row.until === null ? {} : { until: instant(row.until, 'utc') }),
    ...(row.reference === null ? {} : { reference: row.reference }),
  });
}

export function recordLine(registry: Registry, block: RecordBlock, record: number): string {
  const agency = registry.agencies[block.origin(record)] as Registry['agencies'][number];
  const system = agency.spec.systems[block.system(record)] as string;
  const createdAt = block.createdAt(record);
  const year = new Date(createdAt * 1000).getUTCFullYear();
  // Agency systems stamp in UTC or in Chicago time; either is an instant with an offset.
  const zone = record % 3 === 0 ? 'chicago' : 'utc';
  return (
    `{"id":"${recordId(record)}","subjectKey":"${block.subjectKey(record)}","originPartyId":"${agency.id}",` +
    `"sourceSystem":"${system}","sourceRecordId":"${year}-${String(record).padStart(8, '0')}",` +
    `"categories":${categoriesJson(block.mask(record))},"createdAt":"${instant(createdAt, zone)}"}`
  );
}

export function disclosureLine(registry: Registry, disclosure: Disclosure): string {
  const parties = registry.parties;
  let line =
    `{"id":"${disclosure.id}","at":"${instant(disclosure.at, disclosure.zone)}",` +
    `"fromPartyId":"${(parties[disclosure.from] as Party).id}","toPartyId":"${(parties[disclosure.to] as Party).id}",` +
    `"purpose":"${disclosure.purpose}","channel":"${disclosure.channel}"`;
  if (disclosure.legalBasis !== null) line += `,"legalBasis":"${disclosure.legalBasis}"`;
  if (disclosure.agreementReference !== null)
    line += `,"agreementReference":${JSON.stringify(disclosure.agreementReference)}`;
  if (disclosure.reportedBy !== null) line += `,"reportedBy":"${disclosure.reportedBy}"`;
  const carried: string[] = [];
  for (let index = 0; index < disclosure.records.length; index++) {
    const id = recordId(disclosure.records[index] as number);
    const mask = disclosure.masks[index] as number;
    carried.push(mask === 0 ? `{"recordId":"${id}"}` : `{"recordId":"${id}","categories":${categoriesJson(mask)}}`);
  }
  return `${line},"records":[${carried.join(',')}]}`;
}

export function grantLine(grant: Grant): string {
  return JSON.stringify({
    id: grant.id,
    agencyPartyId: grant.agencyPartyId,
    granteePartyId: grant.granteePartyId,
    dataset: grant.dataset,
    purpose: grant.purpose,
    from: instant(grant.from, 'chicago'),
    ...(grant.until === null ? {} : { until: instant(grant.until, 'chicago') }),
    ...(grant.agreementReference === null ? {} : { agreementReference: grant.agreementReference }),
  });
}

export function deletionLine(registry: Registry, deletion: Deletion): string {
  return JSON.stringify({
    id: deletion.id,
    holderPartyId: (registry.parties[deletion.holder] as Party).id,
    at: instant(deletion.at, deletion.zone),
    recordIds: deletion.records.map(recordId),
    ...(deletion.reportedBy === null ? {} : { reportedBy: deletion.reportedBy }),
  });
}

export function retractionLine(retraction: Retraction): string {
  return JSON.stringify({
    id: retraction.id,
    disclosureId: retraction.disclosure.id,
    at: instant(retraction.at, retraction.zone),
    reason: retraction.reason,
  });
}

export function complianceLine(line: ComplianceLine): string {
  return JSON.stringify({ type: line.type, document: line.document });
}
