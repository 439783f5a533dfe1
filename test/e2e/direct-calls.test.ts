import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'graphql';
import { directRoutes } from '../../gateway/direct-route.ts';
import { readSupergraph } from '../../gateway/gateway.ts';
import { ROLES, type Role } from '../../infra/auth/principal.ts';
import type { RunningService } from '../../infra/http.ts';
import { as } from '../support/auth.ts';
import { smallCountyOperations } from '../support/small-county-fuzz.ts';
import { AGENT, SEEDED_SUBJECT, SENDER, seedSmallCounty } from '../support/small-county.ts';
import { gatewayBeside, postGraphQL, useNodeEnvOfStart, useStack, type HttpAnswer } from '../support/stack.ts';

// An operation one subgraph answers whole goes to it without the planner: whatever the caller
// sends, the answer must be the planner's, word for word. Two gateways over the same subgraphs,
// one taking those operations straight to their subgraph and one planning every operation.
const RUNS = Number(process.env.DIRECT_CALL_RUNS ?? 300);
const SEED = Number(process.env.DIRECT_CALL_SEED ?? 4637);

const routeOf = directRoutes(readSupergraph());

/** Fields whose answer holds what the read before it wrote: the access log. */
const MOVING = /^Query\.(accessLog|verifyAccessLog)$/;

/** What a caller reads of an answer: its status, its data, and each error's message, code and place. */
function readable(answer: HttpAnswer) {
  return {
    status: answer.status,
    data: answer.body?.data,
    errors: answer.body?.errors?.map((error) => ({
      // The moment a refusal names is the moment each gateway asked.
      message: error.message.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<instant>'),
      code: error.extensions?.['code'],
      path: error.path,
      locations: (error as { locations?: unknown }).locations,
    })),
    text: answer.body === null ? answer.text : undefined,
  };
}

describe('operations one subgraph answers, taken to it without the planner', () => {
  useNodeEnvOfStart();
  const ctx = useStack();
  const gateways: {
    direct?: RunningService;
    planned?: RunningService;
    directDown?: RunningService;
    plannedDown?: RunningService;
  } = {};
  const headers = new Map<string, Record<string, string>>();
  const headersOf = async (role: Role, organisation: string) => {
    const key = `${role}@${organisation}`;
    if (!headers.has(key)) headers.set(key, await as(ctx.stack.auth, role, organisation));
    return headers.get(key) as Record<string, string>;
  };
  const both = async (body: unknown, caller: Record<string, string>, down = false) => {
    const [direct, planned] = down ? [gateways.directDown, gateways.plannedDown] : [gateways.direct, gateways.planned];
    return {
      direct: readable(await postGraphQL((direct as RunningService).url, body, caller)),
      planned: readable(await postGraphQL((planned as RunningService).url, body, caller)),
    };
  };

  beforeAll(async () => {
    await seedSmallCounty(ctx.db);
    gateways.direct = await gatewayBeside(ctx.stack, { directCalls: true });
    gateways.planned = await gatewayBeside(ctx.stack, { directCalls: false });
    // The registry at an address nothing listens on.
    const down = { subgraphUrls: { ...ctx.stack.subgraphUrls, registry: 'http://127.0.0.1:9/graphql' } };
    gateways.directDown = await gatewayBeside(ctx.stack, { ...down, directCalls: true });
    gateways.plannedDown = await gatewayBeside(ctx.stack, { ...down, directCalls: false });
  });
  afterAll(async () => {
    await Promise.all(Object.values(gateways).map((gateway) => gateway?.stop()));
  });

  it(`answers ${RUNS} random queries (seed ${SEED}) as the planner does`, async () => {
    const queries = smallCountyOperations().filter(
      (operation) => operation.operation === 'query' && !MOVING.test(operation.coordinate),
    );
    const callers = fc.record({
      role: fc.constantFrom(...ROLES),
      organisation: fc.oneof(
        { weight: 6, arbitrary: fc.constant(SENDER) },
        { weight: 1, arbitrary: fc.constantFrom('cook-oiig', AGENT) },
      ),
    });
    const tally = { direct: 0, planned: 0, answered: 0 };
    await fc.assert(
      fc.asyncProperty(queries, callers, async (operation, caller) => {
        let document;
        try {
          document = parse(operation.text);
        } catch {
          document = null;
        }
        const direct = document !== null && routeOf(document) !== null;
        tally[direct ? 'direct' : 'planned'] += 1;
        const answers = await both(
          { query: operation.text, variables: operation.variables },
          await headersOf(caller.role, caller.organisation),
        );
        tally.answered += answers.direct.data === undefined || answers.direct.data === null ? 0 : 1;
        expect(answers.direct, operation.text).toEqual(answers.planned);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`direct calls: ${JSON.stringify(tally)}`);
    // Most generated queries are of one subgraph, and many reach their resolvers.
    expect(tally.direct).toBeGreaterThan(RUNS / 2);
    expect(tally.answered).toBeGreaterThan(RUNS / 10);
  }, 300_000);

  it('answers variables that do not fit, a missing party, a refused role and fragments as the planner does', async () => {
    const auditor = await headersOf('AUDITOR', 'cook-oiig');
    const cases: Array<[unknown, Record<string, string>]> = [
      [{ query: 'query P($id: ID!) { party(id: $id) { id name } }', variables: { id: { no: 1 } } }, auditor],
      [{ query: 'query P($id: ID!) { party(id: $id) { id name } }', variables: {} }, auditor],
      [{ query: 'query P($id: ID!) { party(id: $id) { id name } }', variables: { id: 'no-such-party' } }, auditor],
      [
        {
          query:
            'query D($p: ID!, $f: DateTime!, $u: DateTime!) { downstream(partyId: $p, from: $f, until: $u) { recordCount } }',
          variables: { p: SENDER, f: '2025-13-01T00:00:00Z', u: '2026-01-01T00:00:00-06:00' },
        },
        auditor,
      ],
      [
        {
          query:
            'query D($p: ID!, $f: DateTime!, $u: DateTime!) { downstream(partyId: $p, from: $f, until: $u) { recordCount arrivalCount } }',
          variables: { p: SENDER, f: '2025-01-01T00:00:00-06:00', u: '2026-01-01T00:00:00+01:00' },
        },
        auditor,
      ],
      [{ query: `{ party(id: "${SENDER}") { id ...F } } fragment F on Party { name kind }` }, auditor],
      [
        {
          query: `query A { party(id: "${SENDER}") { id } } query B { disclosureCount(year: 2025) }`,
          operationName: 'B',
        },
        auditor,
      ],
      [{ query: `{ disclosureCount(year: 2025) }` }, await headersOf('RECORDER', SENDER)],
      [{ query: `{ party(id: "${SENDER}") { id name } }` }, await headersOf('AUDITOR', AGENT)],
      [{ query: `{ party(id: "${SENDER}") { id name } }` }, {}],
      [
        { query: `{ accounting(subjectKey: "${SEEDED_SUBJECT}") { entries { recipient { id name } kind count } } }` },
        auditor,
      ],
    ];
    for (const [body, caller] of cases) {
      const answers = await both(body, caller);
      expect(answers.direct, JSON.stringify(body)).toEqual(answers.planned);
    }
  });

  it('fails a query of a subgraph that cannot be reached as the planner does, naming it', async () => {
    const auditor = await headersOf('AUDITOR', 'cook-oiig');
    const answers = await both({ query: `{ party(id: "${SENDER}") { id name } }` }, auditor, true);
    expect(answers.direct.errors?.[0]?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(answers.direct).toEqual(answers.planned);
  });
});
