import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, isEnumType, parse } from 'graphql';
import { isRole, ROLES } from '../../infra/auth/principal.ts';
import type { Database } from '../../infra/db.ts';
import { verifyLedger } from '../../core/lineage/ledger.ts';
import { DELETION_CONFIRMED } from '../../core/lineage/corrections.ts';
import { verifyAccessLog } from '../../infra/access-log.ts';
import { as } from '../support/auth.ts';
import { INJECTION_PAYLOADS, SCALAR_PAYLOADS } from '../support/hostile-values.ts';
import { DELETION_LABEL_WRONG } from '../support/records.ts';
import {
  buildOperation,
  coordinateOf,
  findTargets,
  formatPath,
  requiredScopes,
  rolesFor,
  type Operation,
  type Place,
  type Slot,
  type Target,
} from '../support/schema-walk.ts';
import {
  AGENT,
  RECIPIENT,
  SEEDED_DISCLOSURE,
  SEEDED_RECORD,
  SENDER,
  SEEDED_RETRACTION,
  seedSmallCounty,
  VALID_BY_COORDINATE,
} from '../support/small-county.ts';
import { postGraphQL, useStack } from '../support/stack.ts';

// "Every value reaches Cypher as a parameter; the few identifiers that cannot be parameters
// come from an allow-list." Driven by the composed client schema, so that every string
// argument added later is attacked without editing this file.
const root = join(import.meta.dirname, '..', '..');
const schema = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
const scopes = requiredScopes(parse(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')));
const targets = findTargets(schema);

/** What a refusal of a payload may say; anything else, INTERNAL_SERVER_ERROR above all, is a bug. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICTING_RESUBMISSION']);

/** Valid values for required places: by name first, then by type. */
const VALID_SCALARS: Record<string, string> = { DateTime: '2025-06-01T10:00:00-05:00' };
const VALID_INTS: Record<string, number> = { year: 2025, version: 1 };
const VALID_IDS: Record<string, string> = { fromPartyId: SENDER, toPartyId: RECIPIENT };
/** What a mutation creates under an id it derives rather than one it is given: a published report's is its year. */
const DERIVED_IDS: Record<string, string[]> = {
  'Mutation.publishAnnualReport': [String(VALID_INTS.year)],
  // A decision is kept under the id of the retraction it decides.
  'Mutation.decideRetraction': [`${SEEDED_RETRACTION}:decision`],
};
/** Booleans that must be true for the other values to be valid together. */
const TRUE_BY_COORDINATE = new Set(['RecordAgreementInput.permitsRedisclosure']);
/** A query's `id` names an entity of the type it returns, so that nested fields resolve. */
const EXISTING: Record<string, string> = {
  Party: SENDER,
  Disclosure: SEEDED_DISCLOSURE,
  Record: SEEDED_RECORD,
};

let sequence = 0;

/** `fresh` collects the ids a mutation was given for what it creates: `inj-1`, `inj-2`… */
function validValue(place: Place, fresh: string[]): unknown {
  const { type, name } = place;
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (type.name === 'Int') return VALID_INTS[name] ?? 10;
  if (type.name === 'Float') return 1.5;
  if (type.name === 'Boolean') return TRUE_BY_COORDINATE.has(place.coordinate);
  if (type.name === 'String' || type.name === 'ID') {
    if (VALID_BY_COORDINATE[place.coordinate] !== undefined) return VALID_BY_COORDINATE[place.coordinate];
    if (VALID_IDS[name] !== undefined) return VALID_IDS[name];
    if (name === 'id' && place.operation === 'mutation') {
      sequence += 1;
      fresh.push(`inj-${sequence}`);
      return `inj-${sequence}`;
    }
    if (name === 'id') return EXISTING[place.returns] ?? SENDER;
    return type.name === 'ID' ? SENDER : 'injection test baseline';
  }
  const value = VALID_BY_COORDINATE[place.coordinate] ?? VALID_SCALARS[type.name];
  if (value === undefined) throw new Error(`${place.coordinate}: add a valid ${type.name} to VALID_SCALARS`);
  return value;
}

function describePayload(payload: string): string {
  const shown = JSON.stringify(payload.length > 40 ? payload.slice(0, 40) : payload);
  return payload.length > 40 ? `${shown}… (${payload.length} characters)` : shown;
}

function via(target: Target): string {
  if (target.hops.length === 1) return '';
  return ` (via ${target.hops
    .slice(0, -1)
    .map((hop) => `${hop.parent}.${hop.field}`)
    .join(' → ')})`;
}

type Snapshot = {
  nodesPerLabel: Record<string, number>;
  relationshipsPerType: Record<string, number>;
  constraints: unknown[];
  indexes: unknown[];
  tokens: { labels: string[]; types: string[]; keys: string[] };
  nodes: Record<string, string>;
  relationships: Record<string, string>;
};

/** JSON with keys sorted, so that equal property maps print alike. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stable(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function tally(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of [...names].sort()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

// The ledger and the access log grow with every accepted event and every subject-level read,
// as they should; they are checked by verifying their chains instead (below). The record
// clock moves on with every transaction that records (or resubmits) facts. A deletion
// confirmation labels the records it names, whose label is checked apart (DELETION_LABEL_WRONG).
const NODES = /* cypher */ `
  MATCH (n) WHERE NOT coalesce(n.id IN $exclude, false)
    AND NOT n:LedgerEntry AND NOT n:AccessLogEntry AND NOT n:ChainHead AND NOT n:RecordClock
  RETURN elementId(n) AS key, [label IN labels(n) WHERE label <> '${DELETION_CONFIRMED}'] AS labels,
    properties(n) AS properties`;
const RELATIONSHIPS = /* cypher */ `
  MATCH (a)-[r]->(b)
  WHERE NOT coalesce(a.id IN $exclude, false) AND NOT coalesce(b.id IN $exclude, false)
    AND NOT coalesce(r.id IN $exclude, false)
  RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS properties`;
const CONSTRAINTS = /* cypher */ `
  SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name`;
const INDEXES = /* cypher */ `
  SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name`;
const LABELS = /* cypher */ `CALL db.labels() YIELD label RETURN label ORDER BY label`;
const TYPES = /* cypher */ `CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType`;
const KEYS = /* cypher */ `CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey`;
// What a mutation wrote under an id: a node, or a relationship such as an affiliation.
// What a mutation wrote under an id: a node (with the ids it points at and the types of its
// relationships), or a relationship such as an affiliation.
const CREATED = /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (n {id: id})
    RETURN labels(n) AS labels, properties(n) AS properties,
      [(n)-[]-(m) WHERE m.id IS NOT NULL | m.id] AS neighbours, [(n)-[r]-() | type(r)] AS types,
      reduce(all = [], r IN [(n)-[r]-() | r] | all + keys(r)) AS relationshipKeys
    UNION
    MATCH ()-[r {id: id}]->()
    RETURN [] AS labels, properties(r) AS properties, [] AS neighbours, [type(r)] AS types, keys(r) AS relationshipKeys
  }
  RETURN id, labels, properties, neighbours, types, relationshipKeys`;

/** The whole graph apart from what has an id in `exclude` (nodes with their relationships, and relationships). */
async function snapshot(db: Database, exclude: readonly string[]): Promise<Snapshot> {
  return db.read(async (tx) => {
    const nodes = await tx.run<{ key: string; labels: string[]; properties: object }>(NODES, { exclude });
    const relationships = await tx.run<{ key: string; type: string; from: string; to: string; properties: object }>(
      RELATIONSHIPS,
      { exclude },
    );
    return {
      nodesPerLabel: tally(nodes.flatMap((node) => node.labels)),
      relationshipsPerType: tally(relationships.map((relationship) => relationship.type)),
      constraints: await tx.run(CONSTRAINTS),
      indexes: await tx.run(INDEXES),
      tokens: {
        labels: (await tx.run<{ label: string }>(LABELS)).map((row) => row.label),
        types: (await tx.run<{ relationshipType: string }>(TYPES)).map((row) => row.relationshipType),
        keys: (await tx.run<{ propertyKey: string }>(KEYS)).map((row) => row.propertyKey),
      },
      nodes: Object.fromEntries(nodes.map(({ key, labels, properties }) => [key, stable({ labels, properties })])),
      relationships: Object.fromEntries(relationships.map(({ key, ...rest }) => [key, stable(rest)])),
    };
  });
}

/** What changed between two snapshots, one line per node or relationship. */
function changes(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const kind of ['nodes', 'relationships'] as const) {
    for (const key of new Set([...Object.keys(before[kind]), ...Object.keys(after[kind])])) {
      const [was, is] = [before[kind][key], after[kind][key]];
      if (was === is) continue;
      if (was === undefined) lines.push(`${kind} added: ${is}`);
      else if (is === undefined) lines.push(`${kind} removed: ${was}`);
      else lines.push(`${kind} changed: ${was} → ${is}`);
    }
  }
  return lines;
}

function send(url: string, operation: Operation, headers: Record<string, string>) {
  return postGraphQL(
    url,
    { query: operation.text, variables: operation.variables, operationName: 'Injection' },
    headers,
  );
}

/** Runs `work` over `items`, `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += limit) {
    await Promise.all(items.slice(start, start + limit).map(work));
  }
}

describe('injection through every string argument', () => {
  const ctx = useStack();
  let before: Snapshot;
  /** Ids of what mutations were allowed to write, each checked to hold its payload verbatim. */
  const written: string[] = [];
  /** Property keys those writes used: a first write of a key adds it to the database's tokens. */
  const writtenTokens = { labels: new Set<string>(), types: new Set<string>(), keys: new Set<string>() };

  beforeAll(async () => {
    await seedSmallCounty(ctx.db);
    // One refused request by an immigration agent puts an entry on the access log.
    const refused = await send(
      ctx.stack.gatewayUrl,
      { text: 'query Injection { party(id: "cook-sheriff") { id } }', variables: {} },
      await as(ctx.stack.auth, 'AUDITOR', AGENT),
    );
    expect(refused.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    before = await snapshot(ctx.db, []);
    expect(before.nodesPerLabel).toMatchObject({ Party: 4, Disclosure: 4, Retraction: 1 });
  });

  it('finds every root field of Query and Mutation, and string places to attack', () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`),
    );
    expect(targets.filter((target) => target.hops.length === 1).map(coordinateOf)).toEqual(roots);
    expect(targets.flatMap((target) => target.slots).length).toBeGreaterThan(0);
  });

  for (const target of targets) {
    const coordinate = coordinateOf(target);
    const places = target.slots.map((slot) => formatPath(slot.path)).join(', ') || 'no string arguments';
    it(`${coordinate}${via(target)}: ${places}`, async () => {
      const failures: string[] = [];
      let headers: Record<string, string> = {};

      const attempt = async (slot: Slot | null, payload: string) => {
        const fresh: string[] = [];
        const operation = buildOperation(schema, target, slot, payload, (place) => validValue(place, fresh));
        const where = slot === null ? `${coordinate} (all valid)` : `${coordinate}(${formatPath(slot.path)})`;
        const fail = (what: string): void => {
          failures.push(`${where} ← ${slot === null ? 'valid values' : describePayload(payload)}: ${what}`);
        };
        const { status, body } = await send(ctx.stack.gatewayUrl, operation, headers);
        if (body === null) return fail(`HTTP ${status} with a body that is not JSON`);
        const errors = body.errors ?? [];
        const stringSlot = slot === null || slot.scalar === 'String' || slot.scalar === 'ID';
        for (const error of errors) {
          const code = String(error.extensions?.code);
          const allowed = slot === null ? false : stringSlot ? REFUSALS.has(code) : code === 'BAD_USER_INPUT';
          if (!allowed) fail(`${code}: ${error.message}`);
        }
        if (errors.length > 0) return;
        if (!stringSlot) return fail(`a ${slot.scalar} was accepted instead of refused as BAD_USER_INPUT`);
        // A write the mutation was allowed to make: the payload must be there as data, verbatim.
        // What it wrote carries the id it was given: a fresh one, or the payload sent as the id.
        const ids = [...(slot?.path.at(-1) === 'id' ? [...fresh, payload] : fresh), ...(DERIVED_IDS[coordinate] ?? [])];
        if (target.operation !== 'mutation' || ids.length === 0) return;
        const created = await ctx.db.read((tx) =>
          tx.run<{
            id: string;
            labels: string[];
            properties: Record<string, unknown>;
            neighbours: string[];
            types: string[];
            relationshipKeys: string[];
          }>(CREATED, { ids }),
        );
        for (const node of created) {
          written.push(node.id);
          for (const key of [...Object.keys(node.properties), ...node.relationshipKeys]) writtenTokens.keys.add(key);
          for (const label of node.labels) writtenTokens.labels.add(label);
          for (const type of node.types) writtenTokens.types.add(type);
          if (node.types.includes('DELETED')) writtenTokens.labels.add(DELETION_CONFIRMED);
          // The payload is there as data, or, where it named an existing entity, as a link to it.
          const values = [...Object.values(node.properties).flat(), ...node.neighbours];
          if (slot !== null && !values.includes(payload)) {
            fail(
              `${node.labels.join(':')} ${node.id} was written without the payload verbatim: ${stable(node.properties)}`,
            );
          }
        }
      };

      // The role: the first that the directives of every hop admit and whose all-valid call
      // the resolvers do not refuse as FORBIDDEN (they also scope by organisation); that call
      // must then succeed.
      const roles = rolesFor(target, scopes, ROLES).filter(isRole);
      if (roles.length === 0) throw new Error(`no single role may call ${coordinate}${via(target)}`);
      let role = '';
      for (const candidate of roles) {
        [role, headers] = [candidate, await as(ctx.stack.auth, candidate, SENDER)];
        failures.length = 0;
        await attempt(null, '');
        if (!failures.some((failure) => failure.includes(': FORBIDDEN: '))) break;
      }
      const cases = target.slots.flatMap((slot) =>
        [...INJECTION_PAYLOADS, ...(SCALAR_PAYLOADS[slot.scalar] ?? [])].map((payload) => ({ slot, payload })),
      );
      await inBatches(cases, 4, ({ slot, payload }) => attempt(slot, payload));
      expect(failures, `as ${role} for ${SENDER}`).toEqual([]);
    });
  }

  it('refuses a payload sent straight to a subgraph, without the gateway signature, with HTTP 401', async () => {
    const input = {
      id: 'inj-direct',
      at: '2025-06-01T10:00:00-05:00',
      fromPartyId: SENDER,
      toPartyId: RECIPIENT,
      purpose: `"}) MATCH (n) DETACH DELETE n RETURN 1 //`,
    };
    const party = { id: 'inj-direct', name: `x'}) DETACH DELETE n //`, kind: 'COUNTY_AGENCY' };
    const text = `mutation Injection($input: RecordDisclosureInput!, $party: RegisterPartyInput!) {
      recordDisclosure(input: $input) { created }
      registerParty(input: $party) { created }
    }`;
    for (const [name, url] of Object.entries(ctx.stack.subgraphUrls)) {
      for (const role of ['ADMIN', 'RECORDER'] as const) {
        const { status, body } = await send(
          url,
          { text, variables: { input, party } },
          await as(ctx.stack.auth, role, SENDER),
        );
        expect({ name, role, status, code: body?.errors?.[0]?.extensions?.code, data: body?.data }).toEqual({
          name,
          role,
          status: 401,
          code: 'UNAUTHENTICATED',
          data: undefined,
        });
      }
    }
    const found = await ctx.db.read((tx) => tx.run(CREATED, { ids: ['inj-direct'] }));
    expect(found).toEqual([]);
  });

  it('leaves the database as it was, apart from what the mutations were allowed to write', async () => {
    const after = await snapshot(ctx.db, written);
    expect(changes(before, after)).toEqual([]);
    expect(await ctx.db.read((tx) => tx.run(DELETION_LABEL_WRONG))).toEqual([]);
    // Labels, relationship types and property keys are tokens that only grow: on a fresh
    // database a new one must come from a legitimate write.
    for (const kind of ['labels', 'types', 'keys'] as const) {
      const added = after.tokens[kind].filter((token) => !before.tokens[kind].includes(token));
      expect(
        added.filter((token) => !writtenTokens[kind].has(token)),
        kind,
      ).toEqual([]);
    }
    const withoutTokens = (snap: Snapshot) => ({ ...snap, tokens: null });
    expect(withoutTokens(after)).toEqual(withoutTokens(before));
    expect(await verifyLedger(ctx.db)).toMatchObject({ ok: true });
    expect(await verifyAccessLog(ctx.db)).toMatchObject({ ok: true });
  });
});
