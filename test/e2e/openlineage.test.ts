import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerParty } from '../../core/registry/index.ts';
import { flowId, grantsOfParties } from '../../core/lineage/index.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { as } from '../support/auth.ts';
import { seedRecords } from '../support/records.ts';
import { request, useStack } from '../support/stack.ts';
import { countyDisclosure, runEvent } from '../support/run-events.ts';

const SHERIFF = 'cook-sheriff';
const CLERK = 'cook-clerk';
const ACME = 'acme-data';
const SHERIFF_DB = 'postgres://sheriff-db.cook.internal:5432';
const CLERK_DB = 'postgres://clerk-db.cook.internal:5432';
const ACME_S3 = 's3://acme-exchange';

const stack = useStack();
const mappingVariable = 'OPENLINEAGE_NAMESPACES';
const previousMapping = process.env[mappingVariable];

const url = () => new URL('/api/v1/lineage', stack.stack.gatewayUrl).href;
const headersOf = async (role: Role, organisation = SHERIFF) => ({
  'content-type': 'application/json',
  ...(await as(stack.stack.auth, role, organisation)),
});

async function send(event: unknown, role: Role = 'RECORDER', organisation = SHERIFF) {
  return request(url(), {
    method: 'POST',
    headers: await headersOf(role, organisation),
    body: typeof event === 'string' ? event : JSON.stringify(event),
  });
}

type Answer = {
  written: Array<{ kind: string; id: string; from: string; to: string; created: boolean }>;
  unmapped: Array<{ path: string; namespace: string }>;
};
type Refusal = { errors: Array<{ message: string; extensions: { code: string; field?: string; value?: unknown } }> };

const COUNTS = /* cypher */ `
  OPTIONAL MATCH (d:Disclosure) WITH count(d) AS disclosures
  OPTIONAL MATCH (g:AccessGrant) RETURN disclosures, count(g) AS grants`;
const REFUSALS_OF = /* cypher */ `
  MATCH (e:AccessLogEntry {outcome: 'REFUSED', principal: $principal, requestId: $requestId})
  RETURN e.operation AS operation, e.reason AS reason`;
const counts = () =>
  stack.db.read(
    async (tx) =>
      (await tx.run<{ disclosures: number; grants: number }>(COUNTS, {}))[0] as { disclosures: number; grants: number },
  );

const sheriffToAcme = (runId: string, recordIds: string[] | null, more: Record<string, unknown> = {}) =>
  runEvent(
    runId,
    [
      {
        namespace: SHERIFF_DB,
        name: 'jail.bookings',
        ...(recordIds === null ? {} : { inputFacets: countyDisclosure(recordIds, { purpose: 'vendor analytics' }) }),
      },
    ],
    [{ namespace: ACME_S3, name: 'drop/bookings.csv' }],
    more,
  );

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'openlineage-'));
  const file = join(dir, 'namespaces.json');
  writeFileSync(
    file,
    JSON.stringify({ namespaces: { [SHERIFF_DB]: SHERIFF, [CLERK_DB]: CLERK }, prefixes: { [ACME_S3]: ACME } }),
  );
  process.env[mappingVariable] = file;
  await registerParty(stack.db, { id: SHERIFF, name: 'Cook County Sheriff', kind: 'COUNTY_AGENCY' });
  await registerParty(stack.db, { id: CLERK, name: 'Cook County Clerk', kind: 'COUNTY_AGENCY' });
  await registerParty(stack.db, { id: ACME, name: 'Acme Data', kind: 'DATA_BROKER' });
  await registerParty(stack.db, { id: 'cook-oiig', name: 'Inspector General', kind: 'COUNTY_AGENCY' });
  await seedRecords(stack.db, SHERIFF, ['sheriff-r1', 'sheriff-r2']);
  await seedRecords(stack.db, CLERK, ['clerk-r1']);
});

afterAll(() => {
  if (previousMapping === undefined) delete process.env[mappingVariable];
  else process.env[mappingVariable] = previousMapping;
});

describe('POST /api/v1/lineage: a COMPLETE run that moved county data', () => {
  it('records a disclosure of the records the facet names, once, however often the event comes', async () => {
    const runId = '11111111-1111-4111-8111-111111111111';
    const event = sheriffToAcme(runId, ['sheriff-r1', 'sheriff-r2']);
    const first = await send(event);
    expect(first.status).toBe(201);
    const id = flowId(
      runId,
      { namespace: SHERIFF_DB, name: 'jail.bookings', path: '', countyDisclosure: null },
      { namespace: ACME_S3, name: 'drop/bookings.csv', path: '', countyDisclosure: null },
    );
    expect((first.body as unknown as Answer).written).toEqual([
      { kind: 'DISCLOSURE', id, from: SHERIFF, to: ACME, created: true },
    ]);
    const before = await counts();

    const again = await send(event);
    expect(again.status).toBe(200);
    expect((again.body as unknown as Answer).written).toEqual([
      { kind: 'DISCLOSURE', id, from: SHERIFF, to: ACME, created: false },
    ]);
    // The run's START, after the fact, writes nothing either.
    const start = await send({ ...event, eventType: 'START' });
    expect(start.status).toBe(200);
    expect((start.body as unknown as Answer).written).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same run completing again with other content, as the core refuses any changed resubmission', async () => {
    const event = sheriffToAcme('12121212-1212-4121-8121-121212121212', ['sheriff-r1']);
    expect((await send(event)).status).toBe(201);
    const before = await counts();
    const later = await send({ ...event, eventTime: '2025-03-02T09:30:00-06:00' });
    expect(later.status).toBe(409);
    expect((later.body as unknown as Refusal).errors[0]?.extensions.code).toBe('CONFLICTING_RESUBMISSION');
    expect(await counts()).toEqual(before);
  });

  it('records access to the dataset, not a disclosure, when no facet names records', async () => {
    const runId = '22222222-2222-4222-8222-222222222222';
    const before = await counts();
    const answer = await send(sheriffToAcme(runId, null));
    expect(answer.status).toBe(201);
    expect((answer.body as unknown as Answer).written).toMatchObject([
      { kind: 'ACCESS_GRANT', from: SHERIFF, to: ACME, created: true },
    ]);
    const grants = (await grantsOfParties(stack.db, [ACME])).flatMap(([, rows]) => rows);
    expect(grants).toContainEqual(
      expect.objectContaining({
        dataset: `${SHERIFF_DB}/jail.bookings`,
        from: '2025-03-01T09:30:00-06:00',
        until: null,
      }),
    );
    expect(await counts()).toEqual({ disclosures: before.disclosures, grants: before.grants + 1 });
  });

  it('acknowledges START, RUNNING, FAIL and ABORT and writes nothing', async () => {
    const before = await counts();
    for (const eventType of ['START', 'RUNNING', 'FAIL', 'ABORT', 'OTHER']) {
      const answer = await send({
        ...sheriffToAcme('33333333-3333-4333-8333-333333333333', ['sheriff-r1']),
        eventType,
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ eventType, written: [] });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('POST /api/v1/lineage, as an adversary', () => {
  it('refuses records the sending agency never held, with the core holder check, writing nothing', async () => {
    const before = await counts();
    const answer = await send(sheriffToAcme('44444444-4444-4444-8444-444444444444', ['sheriff-r1', 'clerk-r1']));
    expect(answer.status).toBe(422);
    const [error] = (answer.body as unknown as Refusal).errors;
    expect(error?.extensions.code).toBe('NOT_FOUND');
    expect(error?.message).toContain('clerk-r1');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['no eventTime', { eventTime: undefined }, 'eventTime'],
    ['an eventTime without offset', { eventTime: '2025-03-01T09:30:00' }, 'eventTime'],
    ['an unknown eventType', { eventType: 'FINISHED' }, 'eventType'],
    ['a run id that is not a UUID', { run: { runId: 'nightly' } }, 'run.runId'],
  ])('answers an event with %s with one coded error naming the field', async (_, change, field) => {
    const answer = await send({ ...sheriffToAcme('55555555-5555-4555-8555-555555555555', ['sheriff-r1']), ...change });
    expect(answer.status).toBe(400);
    const errors = (answer.body as unknown as Refusal).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers a body that is not JSON with 400, and a huge body with 413, unread', async () => {
    const garbage = await send('{"eventType": "COMPLETE", ');
    expect(garbage.status).toBe(400);
    expect((garbage.body as unknown as Refusal).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const huge = await send(
      sheriffToAcme('66666666-6666-4666-8666-666666666666', ['sheriff-r1'], { padding: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect((huge.body as unknown as Refusal).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it.each(['ANALYST', 'THIRD_PARTY', 'AUDITOR'] as const)(
    'refuses a caller with only %s, and writes the refusal to the access log',
    async (role) => {
      const before = await counts();
      const answer = await send(sheriffToAcme('77777777-7777-4777-8777-777777777777', ['sheriff-r1']), role);
      expect(answer.status).toBe(403);
      expect((answer.body as unknown as Refusal).errors[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
      const logged = await stack.db.read((tx) =>
        tx.run<{ operation: string; reason: string }>(REFUSALS_OF, {
          principal: `test-${role.toLowerCase()}`,
          requestId: answer.headers.get('x-request-id'),
        }),
      );
      expect(logged).toEqual([
        {
          operation: 'OpenLineage run event',
          reason: `FORBIDDEN: test-${role.toLowerCase()} may not send run events: that needs RECORDER or ADMIN`,
        },
      ]);
    },
  );

  it('refuses a caller without a token, or with a forged one', async () => {
    const body = JSON.stringify(sheriffToAcme('77777777-7777-4777-8777-777777777778', ['sheriff-r1']));
    const anonymous = await request(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(anonymous.status).toBe(401);
    const forged = await request(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body,
    });
    expect(forged.status).toBe(401);
    expect((forged.body as unknown as Refusal).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a RECORDER of another agency sending the Sheriff's dataset", async () => {
    const answer = await send(sheriffToAcme('88888888-8888-4888-8888-888888888888', ['sheriff-r1']), 'RECORDER', CLERK);
    expect(answer.status).toBe(403);
    expect((answer.body as unknown as Refusal).errors[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'inputs[0].namespace',
      value: SHERIFF_DB,
    });
  });

  it('lets an ADMIN send for any agency', async () => {
    const answer = await send(
      sheriffToAcme('99999999-9999-4999-8999-999999999999', ['sheriff-r2']),
      'ADMIN',
      'cook-oiig',
    );
    expect(answer.status).toBe(201);
  });

  it('reports an output namespace that maps to no party, and does not guess', async () => {
    const before = await counts();
    const event = runEvent(
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      [{ namespace: SHERIFF_DB, name: 'jail.bookings', inputFacets: countyDisclosure(['sheriff-r1']) }],
      [
        { namespace: ACME_S3, name: 'drop/a.csv' },
        { namespace: 'sftp://unknown-vendor.example', name: 'in/bookings.csv' },
      ],
    );
    const answer = await send(event);
    expect(answer.status).toBe(400);
    expect((answer.body as unknown as Refusal).errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'outputs[1].namespace',
      value: 'sftp://unknown-vendor.example',
    });
    expect(await counts()).toEqual(before);
  });

  it('reports an input namespace that maps to no party, and writes nothing for it', async () => {
    const event = runEvent(
      'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      [{ namespace: 'kafka://somewhere:9092', name: 'topic' }],
      [{ namespace: ACME_S3, name: 'drop/b.csv' }],
    );
    const answer = await send(event);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      written: [],
      unmapped: [{ path: 'inputs[0].namespace', namespace: 'kafka://somewhere:9092' }],
    });
  });

  it('refuses a run event sent to the lineage subgraph directly, unsigned', async () => {
    const direct = new URL('/api/v1/lineage', stack.stack.subgraphUrls.lineage).href;
    const answer = await request(direct, {
      method: 'POST',
      headers: await headersOf('RECORDER'),
      body: JSON.stringify(sheriffToAcme('cccccccc-cccc-4ccc-8ccc-cccccccccccc', ['sheriff-r1'])),
    });
    expect(answer.status).toBe(401);
    expect((answer.body as unknown as Refusal).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
