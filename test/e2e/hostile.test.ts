/**
 * Hostile callers at every door: oversized bodies, malformed requests, deep and costly queries.
 * Over 400 lines because they share one stack, started once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_LIMITS } from '../../gateway/http-limits.ts';
import { LIMITS } from '../../gateway/limits.ts';
import { CALL_LIMITS } from '../../core/lineage/disclosure-input.ts';
import { MAX_RECORDS_PER_CONFIRMATION } from '../../core/lineage/corrections.ts';
import { graphCounts } from '../integration/import/counts.ts';
import { as } from '../support/auth.ts';
import { rawBody, rawRequest, type RawAnswer } from '../support/raw-http.ts';
import { problemsOf } from '../support/response-checks.ts';
import { AGENT, SEEDED_DISCLOSURE, SEEDED_SUBJECT, SENDER, seedSmallCounty } from '../support/small-county.ts';
import { gatewayBeside, postGraphQL, request, useNodeEnvOfStart, useStack, type HttpAnswer } from '../support/stack.ts';
import { type RunningService } from '../../infra/http.ts';

// Hostile input at the door: what is refused before any GraphQL work, with which status and
// code, and what a one-subject trace for another client costs while it goes on. The
// latencies are printed, never asserted (STYLE.md: tests never assert timings).

const TRACE = /* GraphQL */ `
  query HostileTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {
      totalCount
      nodes {
        party {
          id
        }
        hopCount
      }
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation HostileRegister($input: RegisterPartyInput!) {
    registerParty(input: $input) {
      created
    }
  }
`;

const codesOf = (answer: HttpAnswer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code);

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `${sorted.length} traces, p50 ${at(0.5).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
}

describe('hostile input at the gateway', () => {
  useNodeEnvOfStart();
  const ctx = useStack();
  const latencies: string[] = [];
  let auditor: Record<string, string>;
  let admin: Record<string, string>;

  /** One-subject traces for another client, one after another, until `hostile` settles (at least `least`). */
  async function tracesDuring(url: string, what: string, hostile: Promise<unknown>, least = 5): Promise<void> {
    let settled = false;
    const done = hostile.finally(() => {
      settled = true;
    });
    const times: number[] = [];
    while (!settled || times.length < least) {
      const answer = await postGraphQL(url, { query: TRACE, variables: { subjectKey: SEEDED_SUBJECT } }, auditor);
      // It answered, and in full: that is all that is asserted of it.
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body?.errors).toBeUndefined();
      // The seeded record reaches the broker, ICE's contractor, and through it ICE.
      expect(answer.body?.data).toMatchObject({ trace: { totalCount: 2 } });
      times.push(answer.ms);
    }
    await done;
    latencies.push(`${what}: ${summary(times)}`);
  }

  async function unchanged<T>(work: () => Promise<T>): Promise<T> {
    const before = await graphCounts(ctx.db);
    const result = await work();
    const after = await graphCounts(ctx.db);
    delete before[':AccessLogEntry'];
    delete after[':AccessLogEntry'];
    expect(after).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    await seedSmallCounty(ctx.db);
    auditor = await as(ctx.stack.auth, 'AUDITOR', SENDER);
    admin = await as(ctx.stack.auth, 'ADMIN', SENDER);
    // A first refused request by the immigration agent opens the access log's chain.
    await postGraphQL(
      ctx.stack.gatewayUrl,
      { query: '{ parties { nodes { id } } }' },
      await as(ctx.stack.auth, 'AUDITOR', AGENT),
    );
    await tracesDuring(ctx.stack.gatewayUrl, 'nothing else going on', Promise.resolve(), 20);
  });

  afterAll(() => {
    console.log(`one-subject trace through the gateway while hostile input arrives:\n  ${latencies.join('\n  ')}`);
  });

  describe('oversized bodies', () => {
    it(`refuses a body over ${HTTP_LIMITS.maxBodyBytes} bytes with 413, on its Content-Length alone`, async () => {
      const pad = 'x'.repeat(10 * 1024 * 1024);
      const body = JSON.stringify({
        query: REGISTER,
        variables: { input: { id: 'hostile-big', name: 'big', kind: 'COUNTY_AGENCY' }, pad },
      });
      const answer = await unchanged(() => postGraphQL(ctx.stack.gatewayUrl, body, admin));
      expect({ status: answer.status, codes: codesOf(answer) }).toEqual({ status: 413, codes: ['BAD_REQUEST'] });
      expect(answer.body?.errors?.[0]?.message).toMatch(/at most 8388608/);

      // Announced and never sent: the refusal comes before a byte of the body.
      const head = [
        'POST /graphql HTTP/1.1',
        `Host: ${new URL(ctx.stack.gatewayUrl).host}`,
        'Content-Type: application/json',
        `Content-Length: ${HTTP_LIMITS.maxBodyBytes + 1}`,
        '',
        '',
      ].join('\r\n');
      const announced = await rawRequest(ctx.stack.gatewayUrl, head, '', { everyMs: 0, waitMs: 5_000 });
      expect(announced.status).toBe(413);
      expect(rawBody(announced)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });

      // Five at once, while another client traces.
      const uploads = Array.from({ length: 5 }, () => postGraphQL(ctx.stack.gatewayUrl, body, admin));
      await tracesDuring(ctx.stack.gatewayUrl, 'five 10 MB bodies at once', Promise.all(uploads));
      for (const upload of await Promise.all(uploads)) expect(upload.status).toBe(413);
    });

    it('refuses a body of no stated length (chunked) with 411', async () => {
      const head = [
        'POST /graphql HTTP/1.1',
        `Host: ${new URL(ctx.stack.gatewayUrl).host}`,
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
        '',
        '',
      ].join('\r\n');
      const chunk = JSON.stringify({ query: '{ __typename }' });
      const body = `${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`;
      const answer = await rawRequest(ctx.stack.gatewayUrl, head, body, { everyMs: 0, waitMs: 2_000 });
      expect(answer.status).toBe(411);
      expect(rawBody(answer)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('refuses a URL larger than the header limit with 431', async () => {
      const query = `{ ${'__typename '.repeat(10_000)}}`;
      const answer = await request(`${ctx.stack.gatewayUrl}?query=${encodeURIComponent(query)}`, { headers: auditor });
      expect(answer.status).toBe(431);
    });

    it('still takes the largest call a client may make: a disclosure of 10,000 records', async () => {
      expect(LIMITS.maxListItems).toBeGreaterThanOrEqual(CALL_LIMITS.recordsPerDisclosure);
      expect(LIMITS.maxListItems).toBeGreaterThanOrEqual(MAX_RECORDS_PER_CONFIRMATION);
      const records = Array.from({ length: CALL_LIMITS.recordsPerDisclosure }, (_, i) => ({
        recordId: `cook-sheriff-booking-2025-${String(i).padStart(12, '0')}`,
        categories: ['NAME', 'DATE_OF_BIRTH', 'RESIDENTIAL_ADDRESS'],
      }));
      const input = {
        id: 'hostile-largest',
        at: '2025-06-01T10:00:00-05:00',
        fromPartyId: SENDER,
        toPartyId: 'cook-oiig',
        purpose: 'the largest disclosure one call may carry',
        channel: 'BULK_EXPORT',
        records,
      };
      const query = /* GraphQL */ `
        mutation HostileLargestDisclosure($input: RecordDisclosureInput!) {
          recordDisclosure(input: $input) {
            created
          }
        }
      `;
      const recorder = await as(ctx.stack.auth, 'RECORDER', SENDER);
      const answer = await unchanged(() =>
        postGraphQL(ctx.stack.gatewayUrl, { query, variables: { input } }, recorder),
      );
      // Past both limits to the service, which refuses the unknown records by name.
      expect(codesOf(answer)).toEqual(['NOT_FOUND']);
      expect(answer.body?.errors?.[0]?.message).toMatch(
        /no record is registered with id cook-sheriff-booking-2025-0+,/,
      );
    });
  });

  describe('documents too deep or too wide', () => {
    it('refuses nesting beyond the depth limit, and far beyond it, before any subgraph is called', async () => {
      // Three levels a hop (as in limits.test.ts): one hop more than the limit allows.
      let selection = 'id';
      for (let hop = 0; hop < Math.ceil(LIMITS.maxDepth / 3); hop += 1) {
        selection = `disclosuresSent(first: 1) { nodes { to { id ${selection} } } }`;
      }
      const over = await postGraphQL(
        ctx.stack.gatewayUrl,
        { query: `{ party(id: "${SENDER}") { ${selection} } }` },
        auditor,
      );
      expect({ status: over.status, codes: codesOf(over) }).toEqual({
        status: 400,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
      });
      expect(over.body?.errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${LIMITS.maxDepth}`));

      // Far beyond: a parser that recursed into it would overflow its stack (it did: HTTP 500).
      const far = `{ party(id: "x") { ${'affiliations { '.repeat(100_000)}id${' }'.repeat(100_000)} } }`;
      const deep = await postGraphQL(ctx.stack.gatewayUrl, { query: far }, auditor);
      expect({ status: deep.status, codes: codesOf(deep) }).toEqual({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
      expect(deep.body?.errors?.[0]?.message).toMatch(/nests brackets more than 64 levels deep/);

      // And variables nested as deep, written by hand: JSON.stringify would overflow here.
      const query = 'query Q($ids: [ID!]!) { deletionScope(violatingDisclosureIds: $ids) { __typename } }';
      const ids = `${'['.repeat(100_000)}"${SEEDED_DISCLOSURE}"${']'.repeat(100_000)}`;
      const variables = await postGraphQL(
        ctx.stack.gatewayUrl,
        `{"query":${JSON.stringify(query)},"variables":{"ids":${ids}}}`,
        auditor,
      );
      expect({ status: variables.status, codes: codesOf(variables) }).toEqual({
        status: 400,
        codes: ['BAD_USER_INPUT'],
      });
      expect(variables.body?.errors?.[0]?.message).toMatch(/nests deeper than/);
      await tracesDuring(
        ctx.stack.gatewayUrl,
        'five 100,000-level documents at once',
        Promise.all(Array.from({ length: 5 }, () => postGraphQL(ctx.stack.gatewayUrl, { query: far }, auditor))),
      );
    });

    it('refuses thousands of aliases', async () => {
      // 1,000 aliases fit under the token limit and meet the alias limit; 10,000 meet the token limit first.
      for (const [count, code, message] of [
        [1_000, 'GRAPHQL_VALIDATION_FAILED', /aliases limit of 15/i],
        [10_000, 'GRAPHQL_PARSE_FAILED', /token limit of 4000/i],
      ] as const) {
        const aliases = Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
        const answer = await postGraphQL(ctx.stack.gatewayUrl, { query: `{ ${aliases} }` }, auditor);
        expect({ count, status: answer.status, codes: codesOf(answer) }).toEqual({ count, status: 400, codes: [code] });
        expect(answer.body?.errors?.[0]?.message).toMatch(message);
      }
    });
  });

  describe('huge lists in variables', () => {
    const DELETION_SCOPE = 'query Q($ids: [ID!]!) { deletionScope(violatingDisclosureIds: $ids) { __typename } }';

    it('refuses 1,000,000 ids: by size, or, packed small enough to fit, by length before parsing the document', async () => {
      const ids = Array.from({ length: 1_000_000 }, (_, i) => `disclosure-${i}`);
      const big = await postGraphQL(ctx.stack.gatewayUrl, { query: DELETION_SCOPE, variables: { ids } }, auditor);
      expect({ status: big.status, codes: codesOf(big) }).toEqual({ status: 413, codes: ['BAD_REQUEST'] });

      // An ID may be sent as an integer: a million of them take 2 MB.
      const packed = `{"query":${JSON.stringify(DELETION_SCOPE)},"variables":{"ids":[${Array(1_000_000).fill('1').join(',')}]}}`;
      const small = await postGraphQL(ctx.stack.gatewayUrl, packed, auditor);
      expect({ status: small.status, codes: codesOf(small) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
      expect(small.body?.errors?.[0]?.message).toMatch(/\$ids holds 1000000 items; a list may hold at most 10000/);
      await tracesDuring(
        ctx.stack.gatewayUrl,
        'five packed lists of 1,000,000 ids at once',
        Promise.all(Array.from({ length: 5 }, () => postGraphQL(ctx.stack.gatewayUrl, packed, auditor))),
      );
    });

    it(`refuses a list one longer than ${LIMITS.maxListItems} inside an input, and writes nothing`, async () => {
      const recordIds = Array.from({ length: LIMITS.maxListItems + 1 }, (_, i) => `r-${i}`);
      const query = /* GraphQL */ `
        mutation HostileConfirmDeletion($input: ConfirmDeletionInput!) {
          confirmDeletion(input: $input) {
            created
          }
        }
      `;
      const input = { id: 'hostile-confirm', holderPartyId: SENDER, at: '2025-06-01T10:00:00-05:00', recordIds };
      const recorder = await as(ctx.stack.auth, 'RECORDER', SENDER);
      const answer = await unchanged(() =>
        postGraphQL(ctx.stack.gatewayUrl, { query, variables: { input } }, recorder),
      );
      expect({ status: answer.status, codes: codesOf(answer) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
      expect(answer.body?.errors?.[0]?.message).toMatch(/\$input\.recordIds holds 10001 items/);
    });
  });

  describe('malformed requests', () => {
    it('refuses bodies that are not a GraphQL request object with 400 BAD_REQUEST', async () => {
      const bodies: Array<string | Blob> = [
        '{"query": ',
        '{"query": "{ __typename }"} trailing',
        '{"query": }',
        "{'query': '{ __typename }'}",
        '',
        'null',
        '42',
        '"{ __typename }"',
        '{"query": 42}',
        '{"query": "{ __typename }", "variables": "not an object"}',
        // Not UTF-8.
        new Blob([new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]),
      ];
      for (const body of bodies) {
        const answer = await unchanged(() =>
          request(ctx.stack.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...admin },
            body,
          }),
        );
        const shown = String(body).slice(0, 40);
        expect({ shown, status: answer.status, codes: codesOf(answer) }).toEqual({
          shown,
          status: 400,
          codes: ['BAD_REQUEST'],
        });
        expect(problemsOf(answer)).toEqual([]);
      }
    });

    it('refuses a body that is not JSON in a short answer of its own, never repeating the body', async () => {
      const large = `{"query": "${'x'.repeat(4_000_000)}", }`;
      for (const [body, at] of [
        [large, ` (at character ${large.length})`],
        ['{"query": }', ''],
        ['{"query": ', ''],
        ['', ''],
      ] as const) {
        const answer = await unchanged(() =>
          request(ctx.stack.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...admin },
            body,
          }),
        );
        const shown = body.slice(0, 20);
        expect({ shown, status: answer.status, body: answer.body }).toEqual({
          shown,
          status: 400,
          body: {
            errors: [
              {
                message: `the request body is not valid JSON${at}: a GraphQL request is one JSON object, with "query" and, if any, "variables"`,
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          },
        });
      }
    });

    it('refuses what is not sent as application/json with 415, and writes nothing', async () => {
      const operation = {
        query: REGISTER,
        variables: { input: { id: 'hostile-type', name: 'typed', kind: 'COUNTY_AGENCY' } },
      };
      const form = new FormData();
      form.set('operations', JSON.stringify(operation));
      form.set('map', '{}');
      const cases: Array<[string, RequestInit]> = [
        ['text/plain', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(operation) }],
        ['multipart without the preflight header', { body: form }],
        ['multipart with it', { headers: { 'apollo-require-preflight': 'true' }, body: form }],
        ['a form', { body: new URLSearchParams({ query: REGISTER, variables: JSON.stringify(operation.variables) }) }],
        ['application/graphql', { headers: { 'content-type': 'application/graphql' }, body: REGISTER }],
        ['no content type', { body: new Blob([JSON.stringify(operation)]) }],
      ];
      for (const [what, init] of cases) {
        const answer = await unchanged(() =>
          request(ctx.stack.gatewayUrl, {
            method: 'POST',
            ...init,
            headers: { ...admin, ...(init.headers as Record<string, string> | undefined) },
          }),
        );
        expect({ what, status: answer.status, codes: codesOf(answer) }).toEqual({
          what,
          status: 415,
          codes: ['BAD_REQUEST'],
        });
        expect(answer.body?.errors?.[0]?.message).toMatch(/must be sent as application\/json/);
      }
      // The same request as JSON is taken: the refusals above were for the type alone.
      const accepted = await postGraphQL(ctx.stack.gatewayUrl, operation, admin);
      expect(accepted.body).toEqual({ data: { registerParty: { created: true } } });
    });

    it('refuses a subscription, which this API does not have, as invalid rather than failing', async () => {
      const answer = await postGraphQL(
        ctx.stack.gatewayUrl,
        { query: 'subscription { parties { nodes { id } } }' },
        auditor,
      );
      expect({ status: answer.status, codes: codesOf(answer) }).toEqual({
        status: 400,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
      });
    });
  });

  describe('slow clients', () => {
    // A gateway with short HTTP timeouts in front of the same subgraphs, so that the test
    // waits seconds, not the production 10 s and 30 s (gateway/http-limits.ts).
    const timeouts = { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, timeoutCheckMs: 250 };
    let gateway: RunningService;
    beforeAll(async () => {
      gateway = await gatewayBeside(ctx.stack, { http: timeouts });
    });
    afterAll(async () => gateway?.stop());

    const headOf = (url: string, length: number) =>
      [
        'POST /graphql HTTP/1.1',
        `Host: ${new URL(url).host}`,
        'Content-Type: application/json',
        `Content-Length: ${length}`,
        '',
        '',
      ].join('\r\n');

    it('cuts off clients that send their body or headers a byte at a time, answering others meanwhile', async () => {
      const body = JSON.stringify({
        query: REGISTER,
        variables: { input: { id: 'hostile-slow', name: 'slow', kind: 'COUNTY_AGENCY' } },
      });
      const slow: Array<Promise<RawAnswer>> = [];
      // 50 slowloris bodies: headers at once, then a byte every 100 ms of a body that would take minutes.
      for (let i = 0; i < 50; i += 1) {
        slow.push(rawRequest(gateway.url, headOf(gateway.url, body.length), body, { everyMs: 100, waitMs: 15_000 }));
      }
      // 10 that never finish their headers.
      const headers = `POST /graphql HTTP/1.1\r\nHost: x\r\n${'X-Padding: y\r\n'.repeat(1_000)}`;
      for (let i = 0; i < 10; i += 1) {
        slow.push(rawRequest(gateway.url, '', headers, { everyMs: 20, waitMs: 15_000 }));
      }
      const answers = await unchanged(async () => {
        await tracesDuring(gateway.url, '50 slow bodies and 10 slow headers, a byte at a time', Promise.all(slow));
        return Promise.all(slow);
      });
      for (const answer of answers) {
        expect({ status: answer.status, closed: answer.closed }).toEqual({ status: 408, closed: true });
      }
    });

    it('drops a client that hangs up halfway through its body, and answers the next one', async () => {
      const body = JSON.stringify({ query: '{ __typename }' });
      const answers = await unchanged(async () => {
        const cut: RawAnswer[] = [];
        for (let i = 0; i < 20; i += 1) {
          // Half the body, then the connection closed: no answer is owed, none may hang or crash.
          cut.push(
            await rawRequest(gateway.url, headOf(gateway.url, body.length), body.slice(0, 9), {
              everyMs: 0,
              waitMs: 50,
            }),
          );
        }
        return cut;
      });
      expect(answers.every((answer) => answer.status === null)).toBe(true);
      const next = await postGraphQL(gateway.url, { query: '{ __typename }' }, auditor);
      expect({ status: next.status, body: next.body }).toEqual({
        status: 200,
        body: { data: { __typename: 'Query' } },
      });
    });

    it('cuts off a client that states a length and stops sending', async () => {
      const answer = await rawRequest(gateway.url, headOf(gateway.url, 1_000), '{"query":', {
        everyMs: 0,
        waitMs: 15_000,
      });
      expect({ status: answer.status, closed: answer.closed }).toEqual({ status: 408, closed: true });
    });
  });
});
