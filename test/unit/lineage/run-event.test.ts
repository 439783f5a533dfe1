import { describe, expect, it } from 'vitest';
import { parseRunEvent } from '../../../core/lineage/run-event.ts';
import { parseNamespaceMap, partyOfNamespace } from '../../../core/lineage/namespaces.ts';
import type { DomainError } from '../../../infra/errors.ts';
import { countyDisclosure, runEvent } from '../../support/run-events.ts';

const RUN = '3b452093-782c-4ef2-9c0c-aafe2aa6f34d';
const good = () =>
  runEvent(
    RUN,
    [{ namespace: 'postgres://sheriff-db:5432', name: 'jail.bookings', inputFacets: countyDisclosure(['r-1']) }],
    [{ namespace: 's3://acme-exchange', name: 'drop/bookings.csv' }],
  );

/** The refusal an event gets: its code, and the path and value it names. */
function refusalOf(event: unknown) {
  try {
    parseRunEvent(event);
  } catch (error) {
    const { extensions, message } = error as DomainError;
    return { code: extensions.code, field: extensions.field, value: extensions.value, message };
  }
  throw new Error('the event was accepted');
}

describe('an OpenLineage run event, as read', () => {
  it('keeps the run, the job, the datasets and the facet', () => {
    const event = parseRunEvent(good());
    expect(event).toMatchObject({
      eventType: 'COMPLETE',
      eventTime: '2025-03-01T09:30:00-06:00',
      runId: RUN,
      job: { namespace: 'cook-airflow', name: 'nightly_export.push_to_vendor' },
      inputs: [
        { path: 'inputs[0]', namespace: 'postgres://sheriff-db:5432', countyDisclosure: { recordIds: ['r-1'] } },
      ],
      outputs: [{ path: 'outputs[0]', countyDisclosure: null }],
    });
  });

  it('refuses an event without eventTime, naming the field', () => {
    const event = { ...good(), eventTime: undefined };
    expect(refusalOf(event)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTime', value: undefined });
  });

  it('refuses an eventTime without an offset: it names no instant', () => {
    expect(refusalOf({ ...good(), eventTime: '2025-03-01T09:30:00' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventTime',
      value: '2025-03-01T09:30:00',
    });
  });

  it('refuses an eventType outside the spec', () => {
    expect(refusalOf({ ...good(), eventType: 'DONE' })).toMatchObject({ field: 'eventType', value: 'DONE' });
  });

  it('refuses a run id that is not a UUID, and a dataset without a namespace', () => {
    expect(refusalOf({ ...good(), run: { runId: 'run-1' } })).toMatchObject({ field: 'run.runId', value: 'run-1' });
    expect(refusalOf({ ...good(), outputs: [{ name: 'x' }] })).toMatchObject({ field: 'outputs[0].namespace' });
  });

  it('refuses a facet without the _producer and _schemaURL every facet carries, or with no records', () => {
    const facet = (value: unknown) => ({
      ...good(),
      inputs: [{ namespace: 'n', name: 'd', inputFacets: { countyDisclosure: value } }],
    });
    expect(refusalOf(facet({ recordIds: ['r-1'] }))).toMatchObject({
      field: 'inputs[0].inputFacets.countyDisclosure._producer',
    });
    const { countyDisclosure: empty } = countyDisclosure([]);
    expect(refusalOf(facet(empty))).toMatchObject({ field: 'inputs[0].inputFacets.countyDisclosure.recordIds' });
    const { countyDisclosure: badChannel } = countyDisclosure(['r-1'], { channel: 'PIGEON' });
    expect(refusalOf(facet(badChannel))).toMatchObject({
      field: 'inputs[0].inputFacets.countyDisclosure.channel',
      value: 'PIGEON',
    });
  });

  it('shows a long value cut, never whole', () => {
    const long = 'x'.repeat(5000);
    const { value, message } = refusalOf({ ...good(), eventTime: long });
    expect(String(value).length).toBeLessThan(300);
    expect(message.length).toBeLessThan(600);
  });
});

describe('the namespace mapping', () => {
  const map = parseNamespaceMap(
    JSON.stringify({
      namespaces: { 'postgres://sheriff-db:5432': 'cook-sheriff' },
      prefixes: { 's3://acme-': 'acme', 's3://acme-exchange-eu': 'acme-eu' },
    }),
  );

  it('matches a namespace exactly, else by its longest prefix, else not at all', () => {
    expect(partyOfNamespace(map, 'postgres://sheriff-db:5432')).toBe('cook-sheriff');
    expect(partyOfNamespace(map, 'postgres://sheriff-db:5433')).toBeNull();
    expect(partyOfNamespace(map, 's3://acme-exchange')).toBe('acme');
    expect(partyOfNamespace(map, 's3://acme-exchange-eu-west')).toBe('acme-eu');
    expect(partyOfNamespace(map, 's3://other')).toBeNull();
  });
});
