import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { internalSecret, signInternalRequest } from '../../infra/auth/internal.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { DEFAULT_MAX_TOKEN_LIFETIME, issueDevelopmentToken } from '../../infra/auth/tokens.ts';
import { connectionFromEnv } from '../../scripts/neo4j/server.ts';
import { exposureFromEnv } from '../../infra/config.ts';
import { as } from '../support/auth.ts';
import { enforcesImmigrationLaw } from '../support/immigration.ts';
import { registerTestParties } from '../support/parties.ts';
import { carrying, seedRecords } from '../support/records.ts';
import { postGraphQL, request, useStack, type HttpAnswer } from '../support/stack.ts';
import { countyMonth } from '../../infra/calendar.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const codes = (answer: HttpAnswer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code);

const RECORD_DISCLOSURES = `mutation Batch($input: [RecordDisclosureInput!]!) {
  recordDisclosures(input: $input) { created }
}`;
const item = (id: string, recordId: string) => ({
  id,
  at: '2025-03-01T10:00:00-06:00',
  fromPartyId: 'cook-clerk',
  toPartyId: 'exchange',
  purpose: 'court calendar feed',
  ...carrying(recordId),
});

describe('a hostile caller through the gateway', () => {
  const ctx = useStack();
  const gateway = () => ctx.stack.gatewayUrl;
  const count = async (cypher: string) =>
    ((await ctx.db.read((tx) => tx.run<{ n: number }>(cypher)))[0] as { n: number }).n;

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['cook-clerk', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
      ['ice', 'GOVERNMENT_AGENCY'],
    ]);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    await seedRecords(ctx.db, 'cook-sheriff', ['sheriff-1', 'sheriff-2', 'sheriff-3'], ['NAME', 'JAIL_RELEASE_TIME']);
    await seedRecords(ctx.db, 'cook-clerk', ['clerk-1']);
    await recordDisclosure(ctx.db, {
      id: 'feed-1',
      at: '2025-02-01T00:00:00Z',
      fromPartyId: 'cook-sheriff',
      toPartyId: 'exchange',
      purpose: 'booking feed',
      ...carrying('sheriff-1', 'sheriff-2', 'sheriff-3'),
    });
  });

  describe('errors that tell nothing the caller may not read', () => {
    it("answers a batch naming another agency's record exactly as one naming a record that does not exist", async () => {
      const clerk = await as(ctx.stack.auth, 'RECORDER', 'cook-clerk');
      const send = (recordId: string) =>
        postGraphQL(
          gateway(),
          {
            query: RECORD_DISCLOSURES,
            variables: { input: [item('clerk-ok', 'clerk-1'), item('clerk-bad', recordId)] },
          },
          clerk,
        );
      const foreign = await send('sheriff-1');
      const missing = await send('no-such-1');
      const shape = (answer: HttpAnswer, id: string) => JSON.parse(answer.text.replaceAll(id, '<record>')) as unknown;
      expect(shape(foreign, 'sheriff-1')).toEqual(shape(missing, 'no-such-1'));
      expect(codes(foreign)).toEqual(['NOT_FOUND']);
      // It names the caller's own input, and nothing of what is stored: not the categories.
      expect(foreign.body?.errors?.[0]?.message).toBe(
        'disclosure clerk-bad: no record is registered with id sheriff-1',
      );
      expect(foreign.text).not.toMatch(/JAIL_RELEASE_TIME|cook-sheriff/);
      // The batch is all or nothing: its first, good item was not written either.
      expect(await count("MATCH (d:Disclosure {id: 'clerk-ok'}) RETURN count(d) AS n")).toBe(0);
    });

    it('gives cursors that do not decode to ids, and refuses one altered or made up', async () => {
      const auditor = await as(ctx.stack.auth, 'AUDITOR');
      const page = (after: string | null) =>
        postGraphQL(
          gateway(),
          {
            query: `query Page($after: String) { disclosure(id: "feed-1") {
              records(first: 1, after: $after) { nodes { record { id } } pageInfo { endCursor hasNextPage } } } }`,
            variables: { after },
          },
          auditor,
        );
      type Records = {
        disclosure: { records: { nodes: Array<{ record: { id: string } }>; pageInfo: { endCursor: string } } };
      };
      const first = (await page(null)).body?.data as Records;
      const cursor = first.disclosure.records.pageInfo.endCursor;
      for (const decoded of [Buffer.from(cursor, 'base64url'), Buffer.from(cursor, 'base64')]) {
        expect(decoded.toString('latin1')).not.toMatch(/sheriff-\d/);
      }
      const second = (await page(cursor)).body?.data as Records;
      expect(second.disclosure.records.nodes.map((node) => node.record.id)).toEqual(['sheriff-2']);
      const altered = cursor.slice(0, -2) + (cursor.endsWith('AA') ? 'BB' : 'AA');
      const search = await postGraphQL(
        gateway(),
        { query: '{ partySearch(text: "cook", first: 1) { pageInfo { endCursor } } }' },
        auditor,
      );
      const elsewhere = (search.body?.data as { partySearch: { pageInfo: { endCursor: string } } }).partySearch.pageInfo
        .endCursor;
      for (const bad of [altered, Buffer.from('sheriff-1').toString('base64'), elsewhere.slice(1)]) {
        const refused = await page(bad);
        expect(codes(refused), bad).toEqual(['BAD_USER_INPUT']);
        expect(refused.text).not.toMatch(/sheriff-\d/);
      }
    });
  });

  describe('fail closed', () => {
    it('refuses a principal whose organisation is not a registered party, however close its name, and logs it', async () => {
      for (const organisation of ['ICE', 'ice ', 'nobody-at-all']) {
        const answer = await postGraphQL(
          gateway(),
          { query: '{ party(id: "cook-sheriff") { name } }' },
          await as(ctx.stack.auth, 'AUDITOR', organisation),
        );
        const data = answer.body?.data as { party?: unknown } | null | undefined;
        expect({ data: data?.party ?? null, codes: codes(answer) }, organisation).toEqual({
          data: null,
          codes: ['FORBIDDEN'],
        });
        expect(answer.body?.errors?.[0]?.message).toContain('is not a registered party');
      }
      const logged = await count(
        "MATCH (e:AccessLogEntry {outcome: 'REFUSED'}) WHERE e.reason CONTAINS 'is not a registered party' RETURN count(e) AS n",
      );
      expect(logged).toBeGreaterThanOrEqual(3);
      // A member of the public acts for no organisation, and reads what is open to everyone.
      const reader = await postGraphQL(
        gateway(),
        { query: '{ publicRegistry { reports { year } } }' },
        await as(ctx.stack.auth, 'PUBLIC', 'public'),
      );
      expect(reader.body).toEqual({ data: { publicRegistry: { reports: [] } } });
    });

    it('refuses a token valid for longer than the configured lifetime, or issued in the future', async () => {
      const claims = { subject: 'long-lived', roles: ['AUDITOR' as Role], organisation: 'cook-oiig' };
      const now = Math.floor(Date.now() / 1000);
      for (const token of [
        await issueDevelopmentToken(claims, ctx.stack.auth, 100 * 365 * 86_400),
        await issueDevelopmentToken(claims, ctx.stack.auth, DEFAULT_MAX_TOKEN_LIFETIME + 1),
        await issueDevelopmentToken(claims, ctx.stack.auth, 3600, now + 600),
      ]) {
        const answer = await postGraphQL(
          gateway(),
          { query: '{ party(id: "cook-sheriff") { name } }' },
          { authorization: `Bearer ${token}` },
        );
        expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      }
      const fine = await issueDevelopmentToken(claims, ctx.stack.auth, DEFAULT_MAX_TOKEN_LIFETIME, now + 30);
      const answer = await postGraphQL(
        gateway(),
        { query: '{ party(id: "cook-sheriff") { name } }' },
        { authorization: `Bearer ${fine}` },
      );
      expect(answer.body).toEqual({ data: { party: { name: 'cook-sheriff' } } });
    });
  });

  describe('signed internal calls that cannot be replayed', () => {
    const signed = (audience: string, pathName: string, body: string, role: Role = 'AUDITOR') => {
      const requestId = crypto.randomUUID();
      const principal = { id: `test-${role.toLowerCase()}`, roles: [role], organisation: 'cook-oiig', requestId };
      return {
        'content-type': 'application/json',
        ...signInternalRequest(internalSecret(), { principal, requestId }, body, { audience, path: pathName }),
      };
    };
    const send = (url: string, headers: Record<string, string>, body: string) =>
      request(url, { method: 'POST', headers, body });

    it('refuses a captured call a second time, and at another subgraph or path', async () => {
      const body = JSON.stringify({ query: '{ party(id: "cook-sheriff") { name } }' });
      const headers = signed('registry', '/graphql', body);
      const registry = ctx.stack.subgraphUrls.registry;
      expect((await send(registry, headers, body)).body).toEqual({ data: { party: { name: 'cook-sheriff' } } });
      const again = await send(registry, headers, body);
      expect({ status: again.status, codes: codes(again) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
      expect(again.body?.errors?.[0]?.message).toMatch(/already answered once/);
      // Signed for the registry, sent to the lineage subgraph: refused there.
      const fresh = signed('registry', '/graphql', body);
      const elsewhere = await send(ctx.stack.subgraphUrls.lineage, fresh, body);
      expect({ status: elsewhere.status, codes: codes(elsewhere) }).toEqual({
        status: 401,
        codes: ['UNAUTHENTICATED'],
      });
      const otherPath = await send(
        new URL('/internal/refusals', registry).href,
        signed('registry', '/graphql', body),
        body,
      );
      expect(otherPath.status).toBe(401);
    });

    it('publishes once for a captured publication sent again', async () => {
      const body = JSON.stringify({ query: 'mutation { publishAnnualReport(year: 2024) { version } }' });
      const headers = signed('reporting', '/graphql', body, 'REPORTER');
      const before = await count('MATCH (r:PublishedReport) RETURN count(r) AS n');
      const first = await send(ctx.stack.subgraphUrls.reporting, headers, body);
      expect(codes(first)).toEqual([]);
      for (let replay = 0; replay < 3; replay += 1) {
        expect((await send(ctx.stack.subgraphUrls.reporting, headers, body)).status).toBe(401);
      }
      expect(await count('MATCH (r:PublishedReport) RETURN count(r) AS n')).toBe(before + 1);
    });

    it('logs the operation name the gateway signed, not one the body carries, and refuses a signed one that is no name', async () => {
      // A planner's document for the subgraph may be anonymous or named its own way: the
      // caller's name is the signed one. Asked as the immigration agent, the call is refused and logged.
      const body = JSON.stringify({ query: 'query PlannersOwn { party(id: "cook-sheriff") { name } }' });
      const requestId = crypto.randomUUID();
      const principal = { id: 'test-auditor', roles: ['AUDITOR' as Role], organisation: 'ice', requestId };
      const caller = (operation: unknown) =>
        ({ principal, requestId, operation }) as Parameters<typeof signInternalRequest>[1];
      const target = { audience: 'registry', path: '/graphql' };
      const registry = ctx.stack.subgraphUrls.registry;
      const named = await send(
        registry,
        {
          'content-type': 'application/json',
          ...signInternalRequest(internalSecret(), caller('CallersOwn'), body, target),
        },
        body,
      );
      expect(codes(named)).toEqual(['FORBIDDEN']);
      const logged = await ctx.db.read((tx) =>
        tx.run<{ operation: string }>(
          `MATCH (e:AccessLogEntry {requestId: $requestId}) RETURN e.operation AS operation`,
          { requestId },
        ),
      );
      expect(logged).toEqual([{ operation: 'CallersOwn' }]);
      const notAName = await send(
        registry,
        { 'content-type': 'application/json', ...signInternalRequest(internalSecret(), caller(42), body, target) },
        body,
      );
      expect({ status: notAName.status, codes: codes(notAName) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    });
  });

  describe('bounded publishing, and text that is Unicode', () => {
    it('publishes only a county year that has ended, and keeps who published it', async () => {
      const reporter = await as(ctx.stack.auth, 'REPORTER');
      const publish = (year: number) =>
        postGraphQL(
          gateway(),
          {
            query: 'mutation P($year: Int!) { publishAnnualReport(year: $year) { year publishedBy } }',
            variables: { year },
          },
          reporter,
        );
      // The county's year (America/Chicago), which on New Year's night is not yet the UTC one.
      const running = Number(countyMonth(new Date().toISOString()).slice(0, 4));
      for (const year of [9998, running, running + 1]) {
        const refused = await publish(year);
        expect({ codes: codes(refused), data: refused.body?.data ?? null }, String(year)).toEqual({
          codes: ['BAD_USER_INPUT'],
          data: null,
        });
      }
      const done = await publish(running - 1);
      expect(done.body).toEqual({ data: { publishAnnualReport: { year: running - 1, publishedBy: 'test-reporter' } } });
      // Who published is the county's to know, not the public's.
      const publicView = await postGraphQL(
        gateway(),
        { query: '{ publicRegistry { reports { year publishedBy } } }' },
        await as(ctx.stack.auth, 'PUBLIC', 'public'),
      );
      expect(codes(publicView)).toContain('FORBIDDEN');
    });

    it('refuses a lone surrogate in variables or in the document with BAD_USER_INPUT, and stores nothing', async () => {
      const admin = await as(ctx.stack.auth, 'ADMIN');
      const before = await count('MATCH (p:Party) RETURN count(p) AS n');
      const mutation = 'mutation R($input: RegisterPartyInput!) { registerParty(input: $input) { created } }';
      // JSON.stringify writes a lone surrogate as the escape \ud800, as a client's JSON may.
      const inVariables = JSON.stringify({
        query: mutation,
        variables: { input: { id: 'lone-1', name: 'Broken \ud800 name', kind: 'DATA_BROKER' } },
      });
      const inDocument = JSON.stringify({
        query:
          'mutation { registerParty(input: { id: "lone-2", name: "Broken \ud83d", kind: DATA_BROKER }) { created } }',
      });
      for (const body of [inVariables, inDocument]) {
        expect(body).toMatch(/\\ud8/);
        const answer = await request(gateway(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...admin },
          body,
        });
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
        expect(answer.body?.errors?.[0]?.message).toMatch(/not valid Unicode/);
      }
      expect(await count('MATCH (p:Party) RETURN count(p) AS n')).toBe(before);
    });
  });
});

describe('a production deployment, closed by default', () => {
  const ctx = useStack();
  let closed: Stack;
  let metered: Stack;
  const METRICS_TOKEN = 'm'.repeat(40);

  beforeAll(async () => {
    await registerTestParties(ctx.db, [['cook-oiig', 'COUNTY_AGENCY']]);
    const production = { NODE_ENV: 'production', CORS_ORIGINS: 'https://audit.example.org' };
    const options = { host: '127.0.0.1', port: () => 0, logging: false as const };
    closed = await startStack(ctx.db, { ...options, exposure: exposureFromEnv(production) });
    metered = await startStack(ctx.db, { ...options, exposure: exposureFromEnv({ ...production, METRICS_TOKEN }) });
  });
  afterAll(async () => {
    await closed?.stop();
    await metered?.stop();
  });

  it('answers no introspection, suggests no field names and serves no GraphiQL', async () => {
    const auditor = await as(closed.auth, 'AUDITOR');
    const introspection = await postGraphQL(closed.gatewayUrl, { query: '{ __schema { types { name } } }' }, auditor);
    expect(introspection.body?.data ?? null).toBeNull();
    const typo = await postGraphQL(closed.gatewayUrl, { query: '{ part(id: "x") { name } }' }, auditor);
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.text).not.toMatch(/Did you mean/);
    const page = await request(closed.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.text).not.toMatch(/graphiql/i);
  });

  it('serves /metrics to no one, or to the bearer of its token only', async () => {
    const metricsOf = (stack: Stack, headers: Record<string, string> = {}) =>
      request(new URL('/metrics', stack.gatewayUrl).href, { headers });
    expect((await metricsOf(closed)).status).toBe(404);
    expect((await metricsOf(metered)).status).toBe(401);
    expect((await metricsOf(metered, { authorization: 'Bearer wrong' })).status).toBe(401);
    const allowed = await metricsOf(metered, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toMatch(/# HELP/);
  });

  it('allows only the origins it lists, and never reflects another', async () => {
    const preflight = (origin: string) =>
      request(closed.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const evil = await preflight('https://evil.example.com');
    // A browser on another origin is not told it may read the answer: its origin is not echoed.
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('*');
    const listed = await preflight('https://audit.example.org');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://audit.example.org');
  });

  it('will not start without the secrets and keys production needs, and says what to set', () => {
    const started = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    for (const variable of ['INTERNAL_SIGNING_SECRET', 'SUBJECT_KEY_SECRET', 'AUTH_JWKS_URL', 'AUTH_ISSUER']) {
      expect(started.stderr).toContain(`set ${variable}`);
    }
    const http = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'http://idp.example.org/jwks.json',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(http.stderr).toContain('AUTH_JWKS_URL must be an https URL');
  });

  // On a server NEO4J_URI names, its files are its operator's: only the project's own is checked.
  it.skipIf(connectionFromEnv() !== undefined)('keeps the Neo4j store and logs readable by their owner only', () => {
    const home = path.join(ROOT, '.neo4j');
    const open: string[] = [];
    for (const top of ['data', 'logs', 'password']) {
      const root = path.join(home, top);
      const entries = statSync(root).isDirectory()
        ? [root, ...readdirSync(root, { recursive: true }).map((entry) => path.join(root, String(entry)))]
        : [root];
      for (const entry of entries) {
        const stats = statSync(entry, { throwIfNoEntry: false });
        // Neither group nor others may read, write or enter anything the service keeps.
        if (stats !== undefined && (stats.mode & 0o077) !== 0)
          open.push(`${path.relative(home, entry)} ${(stats.mode & 0o777).toString(8)}`);
      }
    }
    expect(open).toEqual([]);
  });
});
