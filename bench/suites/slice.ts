/**
 * Latency of the slice query through the gateway over HTTP: one agency, its disclosures
 * to many recipients, a page of them with every recipient's name. Seeds its own parties
 * (ids starting "bench-") in the project's Neo4j and removes them afterwards.
 *
 *   npm run bench -- slice [--recipients 5000] [--page 100] [--iterations 200]
 */
import { parseArgs } from 'node:util';
import { ensureNeo4j } from '../../scripts/neo4j/server.ts';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { startStack } from '../../scripts/stack.ts';
import { Database } from '../../infra/db.ts';
import { migrate } from '../../infra/migrations.ts';
import { PARTIES_BY_IDS } from '../../core/registry/index.ts';
import { DEVELOPMENT_PRINCIPALS } from '../../infra/auth/dev-principals.ts';
import { issueDevelopmentToken } from '../../infra/auth/tokens.ts';
import { percentile, round, type Suite, type SuiteResult } from '../harness.ts';

const SEED = /* cypher */ `
  MERGE (agency:Party {id: 'bench-agency'}) SET agency.name = 'Bench agency', agency.kind = 'COUNTY_AGENCY'
  WITH agency
  UNWIND range(0, $recipients - 1) AS i
  CREATE (r:Party {id: 'bench-r-' + i, name: 'Recipient ' + i, kind: 'DATA_BROKER'})
  CREATE (agency)-[:SENT]->(:Disclosure {id: 'bench-d-' + i, purpose: 'bench',
    at: datetime('2025-01-01T00:00:00-06:00') + duration({minutes: i})})-[:TO]->(r)`;
const CLEAN = /* cypher */ `
  MATCH (n) WHERE (n:Party OR n:Disclosure) AND n.id STARTS WITH 'bench-' DETACH DELETE n`;

const QUERY = /* GraphQL */ `
  query Bench($first: Int!) {
    party(id: "bench-agency") {
      name
      disclosuresSent(first: $first) {
        nodes {
          id
          at
          to {
            id
            name
          }
        }
      }
    }
  }
`;

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({
    args,
    options: {
      recipients: { type: 'string', default: '5000' },
      page: { type: 'string', default: '100' },
      iterations: { type: 'string', default: '200' },
    },
  });
  const recipients = Number(values.recipients);
  const page = Number(values.page);
  const iterations = Number(values.iterations);
  const connection = await ensureNeo4j();
  const db = new Database(connection);
  await db.verify();
  await migrate(db);
  await db.write((tx) => tx.run(CLEAN));
  await db.write((tx) => tx.run(SEED, { recipients }));
  await developmentPrincipals(db);
  const stack = await startStack(db, { host: '127.0.0.1', port: () => 0, logging: false });
  const token = await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS.AUDITOR, stack.auth);
  try {
    const ask = async () => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { first: page } }),
      });
      const body = (await response.json()) as { data?: { party: { disclosuresSent: { nodes: unknown[] } } } };
      if (body.data?.party.disclosuresSent.nodes.length !== Math.min(page, recipients)) {
        throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
      }
    };
    for (let i = 0; i < 20; i += 1) await ask(); // warm-up: JIT, connection pools, query plans
    let recipientQueries = 0;
    const unobserve = db.observe((query) => {
      if (query === PARTIES_BY_IDS) recipientQueries += 1;
    });
    const times: number[] = [];
    const memoryBefore = process.memoryUsage().rss;
    for (let i = 0; i < iterations; i += 1) {
      const start = performance.now();
      await ask();
      times.push(performance.now() - start);
    }
    unobserve();
    times.sort((a, b) => a - b);
    return {
      profile: `${recipients} recipients`,
      metrics: {
        p50Ms: round(percentile(times, 50), 2),
        p95Ms: round(percentile(times, 95), 2),
        p99Ms: round(percentile(times, 99), 2),
        maxMs: round(times.at(-1) ?? 0, 2),
        registryPartyQueriesPerRequest: recipientQueries / iterations,
        rssGrowthMiB: round((process.memoryUsage().rss - memoryBefore) / 2 ** 20),
      },
      targets: { registryPartyQueriesPerRequest: { max: 2 } },
      settings: { recipients, page, iterations, query: 'party.disclosuresSent(first: page) { to { name } }' },
    };
  } finally {
    await stack.stop();
    await db.write((tx) => tx.run(CLEAN));
    await db.close();
  }
}

export const slice: Suite = {
  usage:
    "latency of a page of one agency's disclosures with every recipient, through the gateway [--recipients N] [--page N] [--iterations N]",
  run,
};
