/**
 * Two callers who send the same query at the same moment each get their own answer. A gateway
 * may fold identical subgraph calls in flight into one (Hive's HTTP executor does so unless told
 * not to): the call would then carry the first caller's signature alone, the second caller would
 * be given an answer made for someone else, and the access log would hold one read where there
 * were two. Here a sheriff's recorder and a clerk's recorder ask for the sheriff's record
 * together, many times over: each sheriff's read shows it and is logged, each clerk's read
 * answers as for a record that does not exist. Nor may a browser or a proxy keep an answer to
 * hand it out again: every answer says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { as } from '../support/auth.ts';
import { seedRecords } from '../support/records.ts';
import { registerTestParties } from '../support/parties.ts';
import { postGraphQL, request, useStack } from '../support/stack.ts';

const SHERIFF = 'cook-sheriff';
const CLERK = 'cook-clerk';
const RECORD = 'jms-shared-1';
const TIMES = 12;

const RECORD_BY_ID = `query SameText($id: ID!) { record(id: $id) { id categories origin { id } } }`;

describe('the same query from two callers at once', () => {
  const ctx = useStack();

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      [SHERIFF, 'COUNTY_AGENCY'],
      [CLERK, 'COUNTY_AGENCY'],
    ]);
    await seedRecords(ctx.db, SHERIFF, [RECORD]);
  });

  it("gives each caller the answer it may see, and logs each caller's read", async () => {
    const sheriff = await as(ctx.stack.auth, 'RECORDER', SHERIFF, 'sheriff-recorder');
    const clerk = await as(ctx.stack.auth, 'RECORDER', CLERK, 'clerk-recorder');
    const body = { query: RECORD_BY_ID, variables: { id: RECORD } };

    // All at once, alternating, so that each caller's subgraph call is in flight beside the other's.
    const callers = Array.from({ length: 2 * TIMES }, (_, index) => (index % 2 === 0 ? 'sheriff' : 'clerk'));
    const answers = await Promise.all(
      callers.map((caller) => postGraphQL(ctx.stack.gatewayUrl, body, caller === 'sheriff' ? sheriff : clerk)),
    );
    const seen = answers.map((answer, index) => [callers[index], answer.status, answer.body]);
    expect(seen).toEqual(
      callers.map((caller) => [
        caller,
        200,
        caller === 'sheriff'
          ? { data: { record: { id: RECORD, categories: expect.any(Array), origin: { id: SHERIFF } } } }
          : { data: { record: null } },
      ]),
    );

    // Every sheriff's read that showed the record is in the access log under its own request id.
    const [logged] = await ctx.db.read((tx) =>
      tx.run<{ reads: number; ids: number }>(
        `MATCH (e:AccessLogEntry {principal: 'sheriff-recorder', outcome: 'ALLOWED'})
         WHERE $record IN e.records
         RETURN count(e) AS reads, count(DISTINCT e.requestId) AS ids`,
        { record: RECORD },
      ),
    );
    expect(logged).toEqual({ reads: TIMES, ids: TIMES });
  });

  it('tells browsers and proxies to keep no copy of an answer, asked by POST or by GET, refused or not', async () => {
    const sheriff = await as(ctx.stack.auth, 'RECORDER', SHERIFF, 'sheriff-recorder');
    const variables = { id: RECORD };
    const asked = [
      await postGraphQL(ctx.stack.gatewayUrl, { query: RECORD_BY_ID, variables }, sheriff),
      await request(
        `${ctx.stack.gatewayUrl}?${new URLSearchParams({ query: RECORD_BY_ID, variables: JSON.stringify(variables) })}`,
        { headers: { ...sheriff, accept: 'application/json' } },
      ),
      await postGraphQL(ctx.stack.gatewayUrl, { query: RECORD_BY_ID, variables }),
    ];
    expect(asked.map((answer) => [answer.status, answer.headers.get('cache-control')])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [expect.any(Number), 'no-store'],
    ]);
    expect(asked[1]?.body).toEqual(asked[0]?.body);
  });
});
