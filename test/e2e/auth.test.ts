import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT } from 'jose';
import { graphql } from '../generated/gql.ts';
import { issueDevelopmentToken } from '../../infra/auth/tokens.ts';
import { as } from '../support/auth.ts';
import { carrying, seedRecords, subjectKeyFor } from '../support/records.ts';
import { affiliate, enforcesImmigrationLaw } from '../support/immigration.ts';
import { execute, postGraphQL, request, useStack } from '../support/stack.ts';
import { registerTestParties } from '../support/parties.ts';

const PartyName = graphql(/* GraphQL */ `
  query PartyName($id: ID!) {
    party(id: $id) {
      name
    }
  }
`);

const RecordFor = graphql(/* GraphQL */ `
  mutation RecordFor($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      created
    }
  }
`);

const Trace = graphql(/* GraphQL */ `
  query AgentTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: PARTY, partyId: "acme-data" }, first: 10) {
      nodes {
        record {
          id
        }
      }
    }
  }
`);

const ENTRIES_OF = /* cypher */ `
  MATCH (e:AccessLogEntry {organisation: $organisation}) RETURN e.outcome AS outcome, e.operation AS operation,
    e.records AS records ORDER BY e.seq`;

const REFUSALS = /* cypher */ `
  MATCH (e:AccessLogEntry {outcome: 'REFUSED'}) RETURN e.principal AS principal, e.organisation AS organisation,
    e.operation AS operation, e.reason AS reason ORDER BY e.seq`;

/** The clerk's first record sent to the broker: a disclosure the clerk's recorder may record. */
const clerkSends = (id: string, at: string) => ({
  id,
  at,
  fromPartyId: 'cook-clerk',
  toPartyId: 'acme-data',
  purpose: 'bulk court records',
  ...carrying('clerk-record-1'),
});

describe('authentication and authorisation', () => {
  const ctx = useStack();
  const gateway = () => ctx.stack.gatewayUrl;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const claims = { subject: 'someone', roles: ['AUDITOR' as const], organisation: 'cook-oiig' };

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['cook-clerk', 'COUNTY_AGENCY'],
      ['ice', 'GOVERNMENT_AGENCY'],
      ['acme-data', 'DATA_BROKER'],
      ['old-vendor', 'DATA_BROKER'],
    ]);
    await seedRecords(ctx.db, 'cook-clerk', ['clerk-record-1', 'clerk-record-2']);
    await enforcesImmigrationLaw(ctx.db, 'ice', '1900-01-01T00:00:00Z');
    await affiliate(ctx.db, 'acme-data', 'CONTRACTOR_OF', 'ice', '2024-01-01T00:00:00Z');
    await affiliate(ctx.db, 'old-vendor', 'CONTRACTOR_OF', 'ice', '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  });

  const refusal = async (headers: Record<string, string>) => {
    const result = await execute(gateway(), PartyName, { id: 'cook-sheriff' }, headers);
    expect(result.data?.party ?? null).toBeNull();
    return result.errors?.[0];
  };

  it('lets a valid token through', async () => {
    const result = await execute(gateway(), PartyName, { id: 'cook-sheriff' }, await as(ctx.stack.auth, 'AUDITOR'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.party?.name).toBe('cook-sheriff');
  });

  it('refuses a request without a token on a protected field', async () => {
    expect(await refusal({})).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an expired token, saying so', async () => {
    const expired = await issueDevelopmentToken(claims, ctx.stack.auth, -60);
    const error = await refusal(bearer(expired));
    expect(error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(error?.message).toMatch(/token expired at/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      sub: 'mallory',
      roles: ['AUDITOR'],
      org: 'cook-oiig',
      iss: ctx.stack.auth.issuer,
      aud: ctx.stack.auth.audience,
      exp: now + 600,
    })}.`;
    expect(await refusal(bearer(unsigned))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['AUDITOR'], org: 'cook-oiig' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('mallory')
      .setIssuer(ctx.stack.auth.issuer)
      .setAudience(ctx.stack.auth.audience)
      .setExpirationTime('10m')
      .sign(privateKey);
    const error = await refusal(bearer(forged));
    expect(error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(error?.message).toMatch(/signature|key/);
  });

  it('refuses a token for another audience or from another issuer, naming the expected value', async () => {
    const otherAudience = await issueDevelopmentToken(claims, { ...ctx.stack.auth, audience: 'another-service' });
    expect((await refusal(bearer(otherAudience)))?.message).toContain(`"aud" must be "${ctx.stack.auth.audience}"`);
    const otherIssuer = await issueDevelopmentToken(claims, { ...ctx.stack.auth, issuer: 'someone-else' });
    expect((await refusal(bearer(otherIssuer)))?.message).toContain(`"iss" must be "${ctx.stack.auth.issuer}"`);
  });

  it('refuses a role the field does not allow, naming the roles it needs', async () => {
    const error = await refusal(await as(ctx.stack.auth, 'REPORTER'));
    expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(error?.message).toContain('Query.party needs the role');
  });

  it("logs the gateway's refusal of a request named to defeat the report: a name too long, a lone surrogate, a huge query", async () => {
    const operation = `${'N'.repeat(5_000)}\uD800`;
    const padding = `# ${'x'.repeat(1_200_000)}\n`;
    const answer = await postGraphQL(
      gateway(),
      {
        query: `${padding}query ${'N'.repeat(5_000)} { party(id: "cook-sheriff") { name } }`,
        operationName: operation,
      },
      await as(ctx.stack.auth, 'REPORTER'),
    );
    expect(answer.body?.errors?.length).toBeGreaterThan(0);
    const rows = await ctx.db.read((tx) => tx.run<{ operation: string; reason: string }>(REFUSALS));
    const logged = rows.filter((row) => row.operation.startsWith('NNNN'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.operation).toHaveLength(1000);
  });

  it("logs the gateway's refusals of a signed-in caller made on the HTTP request itself, before any GraphQL", async () => {
    const reporter = await as(ctx.stack.auth, 'REPORTER');
    const sent: Array<[number, string, string]> = [
      [400, 'application/json', '{"query": }'],
      [415, 'text/plain', '{"query":"{ __typename }"}'],
      [413, 'application/json', `"${'x'.repeat(9 * 1024 * 1024)}"`],
    ];
    const before = (await ctx.db.read((tx) => tx.run(REFUSALS))).length;
    for (const [status, type, body] of sent) {
      const answer = await request(gateway(), { method: 'POST', headers: { ...reporter, 'content-type': type }, body });
      expect(answer.status).toBe(status);
    }
    // Without a valid token the refusal goes to the server's log only, as every such refusal does.
    await request(gateway(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    const rows = (await ctx.db.read((tx) => tx.run<Record<string, string>>(REFUSALS))).slice(before);
    expect(rows.map(({ principal, operation, reason }) => ({ principal, operation, reason }))).toEqual([
      {
        principal: 'test-reporter',
        operation: 'unparsed request',
        reason: expect.stringMatching(/^BAD_REQUEST: the request body is not valid JSON/) as string,
      },
      {
        principal: 'test-reporter',
        operation: 'unparsed request',
        reason: expect.stringMatching(/^BAD_REQUEST: a GraphQL request must be sent as application\/json/) as string,
      },
      {
        principal: 'test-reporter',
        operation: 'unparsed request',
        reason: expect.stringMatching(
          /^BAD_REQUEST: the request body is \d+ bytes; the gateway reads at most/,
        ) as string,
      },
    ]);
  });

  it('refuses a subgraph reached directly, without the gateway signature', async () => {
    const response = await fetch(ctx.stack.subgraphUrls.registry, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as(ctx.stack.auth, 'ADMIN')) },
      body: JSON.stringify({ query: '{ party(id: "cook-sheriff") { name } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a subgraph request whose signature does not match what was sent', async () => {
    const response = await fetch(ctx.stack.subgraphUrls.registry, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tracker-caller': Buffer.from(JSON.stringify({ principal: null, requestId: 'x' })).toString('base64url'),
        'x-tracker-timestamp': String(Date.now()),
        'x-tracker-signature': 'AAAA',
      },
      body: JSON.stringify({ query: '{ party(id: "cook-sheriff") { name } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('lets a RECORDER record only for its own agency', async () => {
    const input = clerkSends('clerk-0001', '2025-05-01T10:00:00-05:00');
    const refused = await execute(
      gateway(),
      RecordFor,
      { input },
      await as(ctx.stack.auth, 'RECORDER', 'cook-sheriff'),
    );
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.errors?.[0]?.message).toContain('fromPartyId is "cook-clerk"');
    const allowed = await execute(gateway(), RecordFor, { input }, await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'));
    expect(allowed.data?.recordDisclosure.created).toBe(true);
  });

  it('refuses everything to an immigration agent, at the time of the request, and logs the attempt', async () => {
    const ice = await execute(gateway(), PartyName, { id: 'cook-sheriff' }, await as(ctx.stack.auth, 'AUDITOR', 'ice'));
    expect(ice.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(ice.errors?.[0]?.message).toContain('organisation ice is an immigration agent');
    expect(ice.data?.party ?? null).toBeNull();

    // A broker under a running ICE contract is one too; one whose contract ended is not.
    const broker = await execute(
      gateway(),
      PartyName,
      { id: 'cook-sheriff' },
      await as(ctx.stack.auth, 'ANALYST', 'acme-data'),
    );
    expect(broker.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const former = await execute(
      gateway(),
      PartyName,
      { id: 'cook-sheriff' },
      await as(ctx.stack.auth, 'ANALYST', 'old-vendor'),
    );
    expect(former.errors).toBeUndefined();

    // Every refusal is logged; these are the ones of organisations that are immigration agents.
    const refusals = (await ctx.db.read((tx) => tx.run<{ organisation: string }>(REFUSALS))).filter((entry) =>
      ['ice', 'acme-data', 'old-vendor'].includes(entry.organisation),
    );
    expect(refusals).toEqual([
      expect.objectContaining({ principal: 'test-auditor', organisation: 'ice', operation: 'PartyName' }),
      expect.objectContaining({ principal: 'test-analyst', organisation: 'acme-data', operation: 'PartyName' }),
    ]);
  });

  it("refuses an immigration agent's read of a person's records, logging the refusal and no access", async () => {
    const clerk = await as(ctx.stack.auth, 'RECORDER', 'cook-clerk');
    const given = {
      id: 'clerk-0002',
      at: '2025-06-01T10:00:00-05:00',
      fromPartyId: 'cook-clerk',
      toPartyId: 'acme-data',
      purpose: 'bulk court records',
      ...carrying('clerk-record-2'),
    };
    expect((await execute(gateway(), RecordFor, { input: given }, clerk)).data?.recordDisclosure.created).toBe(true);
    const subjectKey = subjectKeyFor('clerk-record-2');
    // The read runs beside the gatekeeper's question; the answer must still be only the refusal.
    const refused = await execute(gateway(), Trace, { subjectKey }, await as(ctx.stack.auth, 'AUDITOR', 'acme-data'));
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.data?.trace ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('clerk-record-2');
    const shown = await execute(gateway(), Trace, { subjectKey }, await as(ctx.stack.auth, 'AUDITOR'));
    expect(shown.data?.trace.nodes.map((node) => node.record.id)).toContain('clerk-record-2');
    const entries = await ctx.db.read((tx) =>
      tx.run<{ outcome: string; operation: string; records: string[] }>(ENTRIES_OF, { organisation: 'acme-data' }),
    );
    const traces = entries.filter((entry) => entry.operation === 'AgentTrace');
    expect(traces).toEqual([{ outcome: 'REFUSED', operation: 'AgentTrace', records: [] }]);
  });

  it('writes nothing an immigration agent sends: its mutation waits for the gatekeeper and stops there', async () => {
    // acme-data holds the record (the test above gave it), so the send would be valid from anyone else.
    const onward = {
      id: 'acme-0001',
      at: '2025-07-01T10:00:00-05:00',
      fromPartyId: 'acme-data',
      toPartyId: 'old-vendor',
      purpose: 'resale',
      ...carrying('clerk-record-2'),
    };
    const refused = await execute(
      gateway(),
      RecordFor,
      { input: onward },
      await as(ctx.stack.auth, 'RECORDER', 'acme-data'),
    );
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.errors?.[0]?.message).toContain('organisation acme-data is an immigration agent');
    const written = async (id: string) =>
      (
        await ctx.db.read((tx) => tx.run<{ n: number }>('MATCH (d:Disclosure {id: $id}) RETURN count(d) AS n', { id }))
      )[0]?.n;
    expect(await written('acme-0001')).toBe(0);
    // An organisation the registry does not hold writes nothing either.
    const stranger = await execute(
      gateway(),
      RecordFor,
      { input: { ...onward, id: 'stranger-0001', fromPartyId: 'nobody-registered' } },
      await as(ctx.stack.auth, 'RECORDER', 'nobody-registered'),
    );
    expect(stranger.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await written('stranger-0001')).toBe(0);
  });

  it('refuses a request whole when one of its fields is refused: the write beside it is never made', async () => {
    // The clerk's recorder may record this disclosure, but not the audit sent with it in one document.
    const input = clerkSends('clerk-beside-audit-0001', '2025-05-02T10:00:00-05:00');
    const audit = {
      id: 'audit-beside-0001',
      auditorPartyId: 'cook-oiig',
      thirdPartyId: 'acme-data',
      at: '2025-05-02T10:00:00-05:00',
      scope: 'recipient lists',
      result: 'COMPLIANT',
    };
    const query = `mutation Both($input: RecordDisclosureInput!, $audit: RecordAuditInput!) {
      recordDisclosure(input: $input) { created }
      recordAudit(input: $audit) { created }
    }`;
    const answer = await postGraphQL(
      gateway(),
      { query, variables: { input, audit } },
      await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'),
    );
    expect(answer.body?.data ?? null).toBeNull();
    expect(answer.body?.errors).toHaveLength(1);
    expect(answer.body?.errors?.[0]?.message).toContain('Mutation.recordAudit needs the role AUDITOR');
    const written = await ctx.db.read((tx) =>
      tx.run<{ n: number }>('MATCH (d:Disclosure {id: $id}) RETURN count(d) AS n', { id: input.id }),
    );
    expect(written[0]?.n).toBe(0);
  });
});
