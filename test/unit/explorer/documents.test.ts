import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The rules the gateway's graphql-armor runs (its own packages), with the gateway's limits.
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { buildSchema, parse, specifiedRules, validate, visit, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../../explorer/src/generated/graphql.ts';
import { LIMITS } from '../../../gateway/limits.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));

/** Every operation the explorer sends, as codegen wrote it (fragments appended). */
const operations = Object.entries(generated).flatMap(([name, value]) =>
  name.endsWith('Document') &&
  value instanceof generated.TypedDocumentString &&
  /^\s*(query|mutation)/.test(String(value))
    ? [{ name, text: String(value) }]
    : [],
);

describe("the explorer's documents", () => {
  it('are all queries, valid against the API, and within every limit the gateway sets', () => {
    expect(operations.length).toBeGreaterThan(15);
    const refused: string[] = [];
    for (const { name, text } of operations) {
      expect(text, name).toMatch(/^\s*query /);
      const document = parse(text, { maxTokens: LIMITS.maxTokens });
      const reject = (_context: unknown, error: GraphQLError) => refused.push(`${name}: ${error.message}`);
      const errors = validate(schema, document, [
        ...specifiedRules,
        maxDepthRule({ n: LIMITS.maxDepth, onReject: [reject], propagateOnRejection: false }),
        costLimitRule({ maxCost: LIMITS.maxCost, onReject: [reject], propagateOnRejection: false }),
        maxAliasesRule({ n: LIMITS.maxAliases, allowList: [], onReject: [reject], propagateOnRejection: false }),
      ]);
      refused.push(...errors.map((error) => `${name}: ${error.message}`));
    }
    expect(refused).toEqual([]);
  });

  it('that an ANALYST sends name no subject key or record: the gateway refuses a whole document that does', () => {
    const auditorOnly =
      /^Explorer(SubjectChains|RecordChains|DisclosureChains|RecordLookup|DisclosureCarried|Accounting|DisclosureDeletionScope|PartyDeletionScope|DisclosureScopeSummary|PartyScopeSummary)Document$/;
    const subjectLevel = new Set(['subjectKey', 'record', 'records', 'recordId', 'recordIds', 'subject', 'subjects']);
    const named: string[] = [];
    let checked = 0;
    for (const { name, text } of operations) {
      if (auditorOnly.test(name)) continue;
      checked += 1;
      visit(parse(text), {
        Field(node) {
          if (subjectLevel.has(node.name.value)) named.push(`${name}: ${node.name.value}`);
        },
      });
    }
    expect(checked).toBeGreaterThan(8);
    expect(named).toEqual([]);
  });
});
