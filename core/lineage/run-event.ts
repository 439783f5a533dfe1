/**
 * An OpenLineage run event (spec 2-0-2, `$defs/RunEvent`), as Airflow, Spark and dbt emit it
 * and Marquez takes it at `POST /api/v1/lineage`, checked field by field. Only what the
 * service uses is kept: the run, the job, the datasets, and the custom facet
 * `countyDisclosure` an input dataset may carry. Every refusal names the field's path in the
 * caller's own event and the value found there, nothing else.
 */
import { InputError } from '../../infra/errors.ts';
import { CHANNELS, LEGAL_BASES, type Channel, type LegalBasis } from './vocabulary.ts';

/** The run states of the spec; a run sends one START and one of COMPLETE, ABORT or FAIL. */
export const RUN_EVENT_TYPES = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] as const;
export type RunEventType = (typeof RUN_EVENT_TYPES)[number];

/** The name of the custom input-dataset facet that names the records a run took. */
export const COUNTY_DISCLOSURE_FACET = 'countyDisclosure';

/** How many datasets and records one event may name: an event is one HTTP request. */
export const RUN_EVENT_LIMITS = { datasets: 100, records: 10_000 } as const;

/** What the `countyDisclosure` facet says about the records the run read from one dataset. */
export type CountyDisclosureFacet = {
  recordIds: string[];
  purpose: string | null;
  channel: Channel | null;
  legalBasis: LegalBasis | null;
  agreementReference: string | null;
};

export type RunDataset = {
  namespace: string;
  name: string;
  /** Where it sits in the event, e.g. `inputs[0]`, for the answers that name it. */
  path: string;
  countyDisclosure: CountyDisclosureFacet | null;
};

export type RunEvent = {
  eventType: RunEventType;
  eventTime: string;
  runId: string;
  job: { namespace: string; name: string };
  inputs: RunDataset[];
  outputs: RunDataset[];
};

// The service's own instant: an offset is required (a time without one names no instant).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A caller's value as an answer shows it: a long one is cut, so that an error stays readable. */
function shown(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
}

const refuse = (path: string, expected: string, value: unknown): never => {
  const got = value === undefined ? 'nothing' : JSON.stringify(shown(value));
  throw new InputError(`run event: ${path} must be ${expected}, got ${got}`, path, shown(value));
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function object(value: unknown, path: string): Json {
  return isObject(value) ? value : refuse(path, 'an object', value);
}

function text(parent: Json, key: string, path: string, max = 1000): string {
  const value = parent[key];
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    return refuse(`${path}${key}`, `a string of 1 to ${max} characters`, value);
  }
  return value;
}

function optionalText(parent: Json, key: string, path: string, max: number): string | null {
  return parent[key] === undefined || parent[key] === null ? null : text(parent, key, path, max);
}

function oneOf<T extends string>(parent: Json, key: string, path: string, allowed: readonly T[]): T | null {
  const value = parent[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return refuse(`${path}${key}`, `one of ${allowed.join(', ')}`, value);
}

/** The custom facet; as every OpenLineage facet, it says who produced it and its schema. */
function countyDisclosure(value: unknown, path: string): CountyDisclosureFacet {
  const facet = object(value, path);
  const at = `${path}.`;
  text(facet, '_producer', at);
  text(facet, '_schemaURL', at);
  const ids = facet.recordIds;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > RUN_EVENT_LIMITS.records) {
    refuse(`${at}recordIds`, `an array of 1 to ${RUN_EVENT_LIMITS.records} record ids`, ids);
  }
  const recordIds = (ids as unknown[]).map((id, index) =>
    typeof id === 'string' && id.length > 0 && id.length <= 200
      ? id
      : refuse(`${at}recordIds[${index}]`, 'a record id', id),
  );
  return {
    recordIds,
    purpose: optionalText(facet, 'purpose', at, 2000),
    channel: oneOf(facet, 'channel', at, CHANNELS),
    legalBasis: oneOf(facet, 'legalBasis', at, LEGAL_BASES),
    agreementReference: optionalText(facet, 'agreementReference', at, 200),
  };
}

function datasets(event: Json, key: 'inputs' | 'outputs'): RunDataset[] {
  const list = event[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list) || list.length > RUN_EVENT_LIMITS.datasets) {
    return refuse(key, `an array of at most ${RUN_EVENT_LIMITS.datasets} datasets`, list);
  }
  const ownFacets = key === 'inputs' ? 'inputFacets' : 'outputFacets';
  return list.map((item, index) => {
    const path = `${key}[${index}]`;
    const dataset = object(item, path);
    const facets = dataset[ownFacets];
    if (facets !== undefined && facets !== null) object(facets, `${path}.${ownFacets}`);
    const facet = isObject(facets) ? facets[COUNTY_DISCLOSURE_FACET] : undefined;
    if (facet !== undefined && key === 'outputs') {
      // Records leave a dataset of the agency that holds them: the facet belongs to the input.
      refuse(`${path}.outputFacets.${COUNTY_DISCLOSURE_FACET}`, 'absent (the facet goes on an input dataset)', facet);
    }
    return {
      namespace: text(dataset, 'namespace', `${path}.`),
      name: text(dataset, 'name', `${path}.`),
      path,
      countyDisclosure:
        facet === undefined || facet === null
          ? null
          : countyDisclosure(facet, `${path}.${ownFacets}.${COUNTY_DISCLOSURE_FACET}`),
    };
  });
}

/** Checks a parsed JSON body as a run event; the first thing wrong refuses it, named. */
export function parseRunEvent(body: unknown): RunEvent {
  const event = object(body, 'event');
  const eventTime = event.eventTime;
  if (typeof eventTime !== 'string' || !INSTANT.test(eventTime) || Number.isNaN(Date.parse(eventTime))) {
    refuse('eventTime', 'an ISO 8601 instant with its UTC offset, e.g. 2025-03-01T09:30:00-06:00', eventTime);
  }
  text(event, 'producer', '');
  text(event, 'schemaURL', '');
  // The spec leaves eventType optional (a run's metadata may come without a state); this
  // service records state transitions only, so it asks for one.
  const eventType = oneOf(event, 'eventType', '', RUN_EVENT_TYPES) ?? refuse('eventType', 'a run state', undefined);
  const run = object(event.run, 'run');
  const runId = run.runId;
  if (typeof runId !== 'string' || !UUID.test(runId)) refuse('run.runId', 'a UUID', runId);
  const job = object(event.job, 'job');
  return {
    eventType,
    eventTime: eventTime as string,
    runId: (runId as string).toLowerCase(),
    job: { namespace: text(job, 'namespace', 'job.', 500), name: text(job, 'name', 'job.', 500) },
    inputs: datasets(event, 'inputs'),
    outputs: datasets(event, 'outputs'),
  };
}
