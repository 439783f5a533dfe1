/** OpenLineage run events as an Airflow or Spark integration sends them, for the tests. */

export const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/airflow';
export const SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
export const FACET_SCHEMA_URL = 'https://county.example/openlineage/CountyDisclosureFacet.json';

type Dataset = { namespace: string; name: string; inputFacets?: Record<string, unknown> };

/** The custom facet naming records a run read from a county dataset. */
export const countyDisclosure = (recordIds: string[], more: Record<string, unknown> = {}) => ({
  countyDisclosure: { _producer: PRODUCER, _schemaURL: FACET_SCHEMA_URL, recordIds, ...more },
});

export function runEvent(
  runId: string,
  inputs: Dataset[],
  outputs: Dataset[],
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    eventType: 'COMPLETE',
    eventTime: '2025-03-01T09:30:00-06:00',
    run: { runId, facets: {} },
    job: { namespace: 'cook-airflow', name: 'nightly_export.push_to_vendor', facets: {} },
    inputs,
    outputs,
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
    ...more,
  };
}
