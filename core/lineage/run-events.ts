/**
 * What an OpenLineage run event means for the county. A COMPLETE run that read a dataset of a
 * county agency and wrote a dataset of another party moved the agency's data there:
 *  - with the `countyDisclosure` facet on the input, naming the records it read, that is a
 *    disclosure of those records, at the event's time (a confirmed flow);
 *  - without it, the receiving third party was given the dataset, not known records: an access
 *    grant from the event's time on (potential exposure). Reports keep the two apart.
 * Other run states (START, RUNNING, ABORT, FAIL, OTHER) are acknowledged and write nothing: a
 * run that did not complete is not known to have delivered anything.
 * Each write takes an id made from the run id and the (input, output) pair, so the same event,
 * or the same run's COMPLETE sent again, writes nothing new: the core's own idempotency.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import { partiesByIds, type PartyRow } from '../registry/index.ts';
import { recordAccessGrant, type RecordGrantInput } from './grants.ts';
import { partyOfNamespace, type NamespaceMap } from './namespaces.ts';
import { recordDisclosures } from './record-disclosure.ts';
import { COUNTY_DISCLOSURE_FACET, type RunDataset, type RunEvent } from './run-event.ts';
import type { RecordDisclosureInput } from './vocabulary.ts';

/** A write a run event asks for, with the input dataset (the sender's) it comes from. */
export type RunFlow =
  | { kind: 'DISCLOSURE'; senderPath: string; input: RecordDisclosureInput }
  | { kind: 'ACCESS_GRANT'; senderPath: string; input: RecordGrantInput };

/** A namespace the mapping does not name, where it sits in the event. */
export type Unmapped = { path: string; namespace: string };

export type RunPlan = {
  flows: RunFlow[];
  /** Input namespaces the mapping names no party for: not county data, as far as the service knows. */
  unmapped: Unmapped[];
  /** County-to-county runs without the facet: no third party, no named records; nothing to write. */
  skipped: Array<{ from: string; to: string; reason: string }>;
};

export type RunWrite = { kind: RunFlow['kind']; id: string; from: string; to: string; created: boolean };

/** The id of the write for one (input, output) pair of a run: the same pair of the same run, the same id. */
export function flowId(runId: string, input: RunDataset, output: RunDataset): string {
  const pair = [input.namespace, input.name, output.namespace, output.name].join('\u0000');
  return `ol:${runId}:${createHash('sha256').update(pair).digest('hex').slice(0, 20)}`;
}

const mapped = (map: NamespaceMap, datasets: readonly RunDataset[]) =>
  datasets.map((dataset) => ({ dataset, partyId: partyOfNamespace(map, dataset.namespace) }));

/** Reads the event against the mapping and the registry; writes nothing. */
export async function planRunEvent(db: Database, event: RunEvent, map: NamespaceMap): Promise<RunPlan> {
  const inputs = mapped(map, event.inputs);
  const outputs = mapped(map, event.outputs);
  const unmapped = inputs
    .filter((one) => one.partyId === null)
    .map(({ dataset }) => ({ path: `${dataset.path}.namespace`, namespace: dataset.namespace }));
  if (event.eventType !== 'COMPLETE') return { flows: [], unmapped, skipped: [] };

  const ids = [...new Set([...inputs, ...outputs].flatMap((one) => (one.partyId === null ? [] : [one.partyId])))];
  const parties = new Map<string, PartyRow>((await partiesByIds(db, ids)).map((party) => [party.id, party]));
  for (const { dataset, partyId } of [...inputs, ...outputs]) {
    if (partyId !== null && !parties.has(partyId)) {
      throw new InputError(
        `run event: ${dataset.path}.namespace "${dataset.namespace}" is mapped to party ${partyId}, which is not registered; the county's namespace mapping must name registered parties`,
        `${dataset.path}.namespace`,
        dataset.namespace,
      );
    }
  }
  const county = inputs.filter((one) => one.partyId !== null && parties.get(one.partyId)?.kind === 'COUNTY_AGENCY');
  if (county.length === 0) return { flows: [], unmapped, skipped: [] };
  // County data left for these outputs: an output nobody is mapped to is a recipient unknown,
  // and the event is refused rather than the recipient guessed or the flow dropped.
  const nowhere = outputs.find((one) => one.partyId === null);
  if (nowhere !== undefined) {
    throw new InputError(
      `run event: ${nowhere.dataset.path}.namespace "${nowhere.dataset.namespace}" maps to no party in the county's namespace mapping, and the run read county data; ask the county to map it, then send the event again`,
      `${nowhere.dataset.path}.namespace`,
      nowhere.dataset.namespace,
    );
  }

  const purpose = `OpenLineage run ${event.runId} of job ${event.job.namespace}/${event.job.name}`;
  const flows: RunFlow[] = [];
  const skipped: RunPlan['skipped'] = [];
  for (const input of county) {
    const from = input.partyId as string;
    for (const output of outputs) {
      const to = output.partyId as string;
      if (to === from) continue;
      const id = flowId(event.runId, input.dataset, output.dataset);
      const facet = input.dataset.countyDisclosure;
      if (facet !== null) {
        flows.push({
          kind: 'DISCLOSURE',
          senderPath: input.dataset.path,
          input: {
            id,
            fromPartyId: from,
            toPartyId: to,
            at: event.eventTime,
            purpose: facet.purpose ?? purpose,
            channel: facet.channel ?? 'DATA_EXCHANGE_FEED',
            legalBasis: facet.legalBasis,
            agreementReference: facet.agreementReference,
            records: facet.recordIds.map((recordId) => ({ recordId })),
          },
        });
      } else if (parties.get(to)?.kind !== 'COUNTY_AGENCY') {
        flows.push({
          kind: 'ACCESS_GRANT',
          senderPath: input.dataset.path,
          input: {
            id,
            agencyPartyId: from,
            granteePartyId: to,
            dataset: `${input.dataset.namespace}/${input.dataset.name}`,
            purpose,
            from: event.eventTime,
            until: null,
          },
        });
      } else {
        skipped.push({
          from,
          to,
          reason: `no ${COUNTY_DISCLOSURE_FACET} facet names records, and ${to} is a county agency`,
        });
      }
    }
  }
  return { flows, unmapped, skipped };
}

/** The party each flow is sent by: what the caller must act for. */
export const senderOfFlow = (flow: RunFlow): string =>
  flow.kind === 'DISCLOSURE' ? flow.input.fromPartyId : flow.input.agencyPartyId;

/**
 * Writes a plan through the core's own checks: disclosures in one transaction (a sender
 * reports only records it created or was given), then each grant. A failure part-way leaves
 * what was written; sending the event again completes it, since every id is the same.
 */
export async function recordRunPlan(db: Database, plan: RunPlan): Promise<RunWrite[]> {
  const disclosures = plan.flows.flatMap((flow) => (flow.kind === 'DISCLOSURE' ? [flow.input] : []));
  const grants = plan.flows.flatMap((flow) => (flow.kind === 'ACCESS_GRANT' ? [flow.input] : []));
  const writes: RunWrite[] = [];
  for (const { disclosure, created } of await recordDisclosures(db, disclosures, undefined, {
    senderMustKnow: true,
  })) {
    writes.push({ kind: 'DISCLOSURE', id: disclosure.id, from: disclosure.fromId, to: disclosure.toId, created });
  }
  for (const input of grants) {
    const { grant, created } = await recordAccessGrant(db, input);
    writes.push({ kind: 'ACCESS_GRANT', id: grant.id, from: grant.agencyId, to: grant.granteeId, created });
  }
  return writes;
}
