import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The rules the gateway's graphql-armor runs (its own packages), with the gateway's limits.
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  buildSchema,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLError,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../../explorer/src/generated/graphql.ts';
import { operationCost } from '../../../gateway/cost.ts';
import { LIMITS } from '../../../gateway/limits.ts';
import { PAGES } from '../../../explorer/src/load.ts';
import { PARTY_SEARCH_READ } from '../../../explorer/src/search.ts';

/** The page sizes the explorer passes (explorer/src/load.ts), by document: `first` is 100 elsewhere. */
const PAGE_SIZES: Record<string, Record<string, number>> = {
  ExplorerSubjectChainsDocument: { first: PAGES.records, arrivals: PAGES.arrivals },
  ExplorerDisclosureChainsDocument: { first: PAGES.scopeRecords, arrivals: PAGES.arrivals },
  ExplorerDisclosureDeletionScopeDocument: { first: PAGES.scopeHolders, records: PAGES.scopeRecords },
  ExplorerPartyDeletionScopeDocument: { first: PAGES.scopeHolders, records: PAGES.scopeRecords },
  ExplorerPartySearchDocument: { first: PARTY_SEARCH_READ },
};

/**
 * Values for every variable an operation declares: the explorer's page sizes, and for a
 * window the whole history (the widest the time window's sliders give), so that the cost is
 * the most the explorer can make the document cost.
 */
function variablesOf(operation: string, document: DocumentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  visit(document, {
    VariableDefinition(node) {
      const variable = node.variable.name.value;
      const type = print(node.type).replace(/!$/, '');
      values[variable] =
        type === 'Int'
          ? (PAGE_SIZES[operation]?.[variable] ?? 100)
          : type === 'DateTime'
            ? variable === 'until'
              ? new Date().toISOString()
              : '2000-01-01T00:00:00Z'
            : type.startsWith('[')
              ? ['x']
              : variable === 'subjectKey'
                ? 'a'.repeat(64)
                : 'x';
    },
  });
  return values;
}

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
        maxAliasesRule({ n: LIMITS.maxAliases, allowList: [], onReject: [reject], propagateOnRejection: false }),
      ]);
      refused.push(...errors.map((error) => `${name}: ${error.message}`));
      // The cost, with the page sizes the explorer asks for and open windows (the whole history).
      const measured = operationCost(schema, document, null, variablesOf(name, document));
      if (measured === null || measured.cost > LIMITS.maxCost) refused.push(`${name}: costs ${measured?.cost}`);
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
