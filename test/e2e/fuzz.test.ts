import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'graphql';
import { ROLES, type Role } from '../../infra/auth/principal.ts';
import { verifyAccessLog } from '../../infra/access-log.ts';
import type { Database } from '../../infra/db.ts';
import { verifyLedger } from '../../core/lineage/ledger.ts';
import { graphCounts } from '../integration/import/counts.ts';
import { as } from '../support/auth.ts';
import type { FuzzOperation } from '../support/fuzz-operations.ts';
import { problemsOf } from '../support/response-checks.ts';
import { requiredScopes, rolesFor } from '../support/schema-walk.ts';
import { smallCountyOperations } from '../support/small-county-fuzz.ts';
import { AGENT, RECIPIENT, SENDER, seedSmallCounty } from '../support/small-county.ts';
import { postGraphQL, useNodeEnvOfStart, useStack, type HttpAnswer } from '../support/stack.ts';

// Hostile input, property-based: operations built from the composed client schema, with
// valid and invalid arguments and random selections, sent through the gateway as every role.
// FUZZ_RUNS sets the budget (README, Tests); FUZZ_SEED replays another sequence.
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 4637);

const root = join(import.meta.dirname, '..', '..');
const operations = smallCountyOperations();

const scopes = requiredScopes(parse(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')));

/** Who calls: a role acting for an organisation (the immigration agent now and then), or a bad or missing token. */
type Caller = { role: Role; organisation: string } | 'anonymous' | 'forged';

/** Mostly a role the root field admits, so that most calls get past the role check; now and then any. */
function callersOf(operation: FuzzOperation): fc.Arbitrary<Caller> {
  const [parent, field] = operation.coordinate.split('.') as [string, string];
  const admitted = rolesFor({ operation: operation.operation, hops: [{ parent, field }], slots: [] }, scopes, ROLES);
  const role = fc.oneof(
    { weight: admitted.length > 0 ? 4 : 0, arbitrary: fc.constantFrom(...(admitted.length > 0 ? admitted : ROLES)) },
    { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
  ) as fc.Arbitrary<Role>;
  // RECIPIENT is the agent's contractor, and so refused like the agent itself.
  const organisation = fc.oneof(
    { weight: 8, arbitrary: fc.constant(SENDER) },
    { weight: 1, arbitrary: fc.constantFrom('cook-oiig', RECIPIENT, AGENT) },
  );
  return fc.oneof(
    { weight: 20, arbitrary: fc.record({ role, organisation }) },
    { weight: 1, arbitrary: fc.constantFrom<Caller>('anonymous', 'forged') },
  );
}
const calls = operations.chain((operation) => callersOf(operation).map((caller) => ({ operation, caller })));

/**
 * The graph as a user would count it, without the access log: every subject-level read and
 * every refused immigration agent appends to it, as it should, and its chain is verified
 * at the end instead.
 */
async function counts(db: Database): Promise<Record<string, number>> {
  const all = await graphCounts(db);
  delete all[':AccessLogEntry'];
  return all;
}

function differences(before: Record<string, number>, after: Record<string, number>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => before[key] !== after[key])
    .map((key) => `${key} ${before[key] ?? 0} → ${after[key] ?? 0}`);
}

/**
 * Whether the root field gave no answer: then a mutation must have written nothing. An error
 * below an answered root (a field the role may not read) follows a write that was made.
 */
function rootFailed(answer: HttpAnswer, operation: FuzzOperation): boolean {
  const data = answer.body?.data as Record<string, unknown> | null | undefined;
  return data === undefined || data === null || data[operation.root] === undefined || data[operation.root] === null;
}

describe('fuzzing the gateway with operations built from the schema', () => {
  useNodeEnvOfStart();
  const ctx = useStack();
  let baseline: Record<string, number>;
  const headers = new Map<string, Record<string, string>>();

  async function headersOf(caller: Caller): Promise<Record<string, string>> {
    if (caller === 'anonymous') return {};
    if (caller === 'forged') return { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' };
    const key = `${caller.role}@${caller.organisation}`;
    if (!headers.has(key)) headers.set(key, await as(ctx.stack.auth, caller.role, caller.organisation));
    return headers.get(key) as Record<string, string>;
  }

  beforeAll(async () => {
    await seedSmallCounty(ctx.db);
    // A first refused request by the immigration agent opens the access log's chain.
    const refused = await postGraphQL(
      ctx.stack.gatewayUrl,
      { query: `{ party(id: "${SENDER}") { id } }` },
      await as(ctx.stack.auth, 'AUDITOR', AGENT),
    );
    expect(refused.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    baseline = await counts(ctx.db);
  });

  it(
    `answers ${RUNS} random operations (seed ${SEED}) without a 5xx, an uncoded error, a stack trace or a partial write`,
    async () => {
      const tally = { query: 0, mutation: 0, accepted: 0, written: 0, costly: 0, codes: new Map<string, number>() };
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(calls, async ({ operation, caller }) => {
          const answer = await postGraphQL(
            ctx.stack.gatewayUrl,
            { query: operation.text, variables: operation.variables },
            await headersOf(caller),
          );
          const problems = problemsOf(answer);
          const failed = rootFailed(answer, operation);
          // Each run is compared with the graph just before it, shrinking's reruns included.
          const [before, now] = [baseline, await counts(ctx.db)];
          baseline = now;
          const changed = differences(before, now);
          if (operation.operation === 'mutation' && !failed) {
            tally.written += changed.length > 0 ? 1 : 0;
          } else if (changed.length > 0) {
            // A refused mutation wrote nothing, and no query writes (the access log apart).
            problems.push(`the graph changed after a refusal: ${changed.join(', ')}`);
          }
          tally[operation.operation] += 1;
          tally.accepted += failed ? 0 : 1;
          for (const error of answer.body?.errors ?? []) {
            const code = String(error.extensions?.code);
            tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
            // Refused for its cost: counted from the variables sent, over the limit it names.
            if (error.extensions?.cost !== undefined) {
              tally.costly += 1;
              if (!(Number(error.extensions.cost) > Number(error.extensions.limit))) {
                problems.push(`refused for a cost ${String(error.extensions.cost)} within its limit`);
              }
            }
          }
          if (problems.length > 0) {
            throw new Error(`as ${JSON.stringify(caller)}, HTTP ${answer.status}:\n${problems.join('\n')}`);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const codes = [...tally.codes].sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`);
      console.log(
        `fuzz: ${RUNS} operations in ${seconds} s (${tally.query} queries, ${tally.mutation} mutations; ` +
          `${tally.accepted} answered, ${tally.written} mutations wrote, ${tally.costly} refused for their cost); ` +
          `error codes: ${codes.join(', ')}`,
      );
      // The generator sends page sizes and windows far past the limit: some must be refused for cost.
      expect(tally.costly).toBeGreaterThan(0);
    },
    Math.max(120_000, RUNS * 1_000),
  );

  it('leaves the disclosure ledger and the access log verifiable', async () => {
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true });
    expect(await verifyAccessLog(ctx.db)).toMatchObject({ ok: true });
  });
});
