import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIST_SIZE, MAX_COST, operationCost, WEIGHTS } from '../../../gateway/cost.ts';
import { LIMITS } from '../../../gateway/limits.ts';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'));
const cost = (text: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(text), null, variables)?.cost ?? Number.NaN;

const NESTED = /* GraphQL */ `
  query Nested($n: Int!) {
    parties(first: $n) {
      nodes {
        disclosuresSent(first: $n) {
          nodes {
            to {
              disclosuresSent(first: $n) {
                nodes {
                  to {
                    disclosuresReceived(first: $n) {
                      nodes {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('what an operation costs', () => {
  it('counts a page size passed as a variable, or left at its default, as one written out', () => {
    const literal = cost('{ parties(first: 500) { nodes { id name } } }');
    expect(cost('query P($n: Int!) { parties(first: $n) { nodes { id name } } }', { n: 500 })).toBe(literal);
    expect(cost('{ parties { nodes { id name } } }')).toBe(cost('{ parties(first: 100) { nodes { id name } } }'));
    expect(literal).toBeGreaterThan(500 * 2);
  });

  it('multiplies nested pages: four of 500, or of their defaults, are far over the limit', () => {
    expect(cost(NESTED, { n: 500 })).toBeGreaterThan(100 * MAX_COST);
    expect(cost(NESTED, { n: 100 })).toBeGreaterThan(MAX_COST);
    expect(cost(NESTED, { n: 5 })).toBeLessThan(MAX_COST);
  });

  it('takes no discount from a page size below zero, which its field refuses anyway', () => {
    const heavy = '{ findings(from: "1900-01-01T00:00:00Z", until: "8000-12-01T00:00:00Z", first: 1) { totalCount } }';
    const alone = cost(heavy);
    const withNegative = cost(heavy.replace(/ }$/, ' b: parties(first: -100000000) { nodes { id } } }'));
    expect(withNegative).toBeGreaterThanOrEqual(alone);
    expect(withNegative).toBeGreaterThan(MAX_COST);
  });

  it('costs fragments that spread fragments twice over at what they ask for, in linear time', () => {
    // F0 selects a field; each Fi spreads F(i-1) twice: 2^30 copies of one field in all.
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0
        ? 'fragment F0 on Query { disclosureCount(year: 2024) }'
        : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
    );
    const query = `{ ...F${levels - 1} }\n${fragments.join('\n')}`;
    expect(cost(query)).toBeGreaterThan(MAX_COST);
  });

  it('weighs a window by its months: a county year of findings passes, six thousand years do not', () => {
    const findings = (from: string, until: string) =>
      cost(`{ findings(from: "${from}", until: "${until}", first: 1) { totalCount } }`);
    expect(findings('2024-01-01T00:00:00-06:00', '2025-01-01T00:00:00-06:00')).toBeLessThan(MAX_COST);
    expect(findings('2016-01-01T00:00:00-06:00', '2026-01-01T00:00:00-06:00')).toBeLessThan(MAX_COST);
    expect(findings('1900-01-01T00:00:00Z', '8000-12-01T00:00:00Z')).toBeGreaterThan(100 * MAX_COST);
    // An open window runs over the whole history, which exposure may read whole.
    expect(cost('{ exposure { arrivalCount } }')).toBeLessThan(MAX_COST);
  });

  it('lets the largest page the schema promises pass: 500 arrivals of traceRecords with their chains', () => {
    const query = /* GraphQL */ `
      query Big($ids: [ID!]!) {
        traceRecords(recordIds: $ids, to: { kind: IMMIGRATION_AGENTS }, first: 500) {
          totalCount
          nodes {
            record {
              id
            }
            subjectKey
            party {
              id
              name
              kind
            }
            at
            hopCount
            kind
            categories
            chain {
              disclosure {
                id
                at
                purpose
              }
              from {
                id
                name
              }
              to {
                id
                name
              }
              at
              categories
              recipientWasImmigrationAgent
            }
          }
        }
      }
    `;
    const measured = cost(query, { ids: Array.from({ length: 1000 }, (_, i) => `r-${i}`) });
    expect(measured).toBeGreaterThan(20_000);
    expect(measured).toBeLessThan(MAX_COST);
  });
});

describe('the cost model, as the schema states it', () => {
  it("states each weighed field's cost in its description, and the model on Query", () => {
    for (const [coordinate, weight] of Object.entries(WEIGHTS)) {
      const [type, field] = coordinate.split('.') as [string, string];
      const description = (schema.getType(type) as GraphQLObjectType).getFields()[field]?.description ?? '';
      const stated =
        'fixed' in weight
          ? `Cost: ${weight.fixed.toLocaleString('en-US')}.`
          : `Cost: ${weight.perMonth.toLocaleString('en-US')} per county month of the window`;
      expect(description, coordinate).toContain(stated);
    }
    const model = schema.getQueryType()?.description ?? '';
    expect(model).toContain(`at most ${MAX_COST.toLocaleString('en-US')}`);
    expect(model).toContain(`${LIST_SIZE} times`);
    expect(model).toContain(`${LIMITS.requestDeadlineMs / 1000} s`);
  });
});
