import { describe, expect, it } from 'vitest';
import { parse, print } from 'graphql';
import { directRoutes } from '../../../gateway/direct-route.ts';
import { readSupergraph } from '../../../gateway/gateway.ts';
import { WORKLOAD_DOCUMENTS } from '../../../bench/workload.ts';

const routeOf = directRoutes(readSupergraph());
const subgraphOf = (text: string, operationName?: string) => routeOf(parse(text), operationName)?.subgraph ?? null;

describe('which operations one subgraph answers whole', () => {
  it('takes a field of one subgraph, with fields below it of that subgraph, to it', () => {
    expect(subgraphOf('query P($id: ID!) { party(id: $id) { id name kind isThirdParty } }')).toBe('registry');
    expect(subgraphOf('{ disclosureCount(year: 2025) }')).toBe('reporting');
    expect(subgraphOf('{ disclosure(id: "d") { id at from { id } to { id } } }')).toBe('lineage');
  });

  it('takes every operation of the load benchmark straight to its subgraph', () => {
    expect(
      Object.fromEntries(Object.entries(WORKLOAD_DOCUMENTS).map(([kind, text]) => [kind, subgraphOf(text)])),
    ).toEqual({
      trace: 'lineage',
      accounting: 'lineage',
      downstream: 'lineage',
      findings: 'compliance',
      disclosureCount: 'reporting',
    });
  });

  it('leaves to the planner a field another subgraph resolves, at any depth', () => {
    expect(subgraphOf('{ party(id: "p") { id disclosuresSent { totalCount } } }')).toBeNull();
    expect(subgraphOf('{ disclosure(id: "d") { from { id kind } } }')).toBeNull();
    expect(subgraphOf('{ party(id: "p") { ... on Party { agreements { id } } } }')).toBeNull();
    expect(subgraphOf('{ party(id: "p") { ...F } } fragment F on Party { findings { nodes { id } } }')).toBeNull();
  });

  it('reads a field a subgraph only references as its own where it provides it, and nowhere else', () => {
    // TracedArrival.party provides the party's name; Disclosure.from does not.
    expect(subgraphOf('{ trace(subjectKey: "s", first: 1) { nodes { party { id name } } } }')).toBe('lineage');
    expect(subgraphOf('{ disclosure(id: "d") { from { id name } } }')).toBeNull();
    // Only on the party it provides: not on another party below it.
    expect(
      subgraphOf(
        '{ trace(subjectKey: "s", first: 1) { nodes { party { id disclosuresSent { nodes { to { name } } } } } } }',
      ),
    ).toBeNull();
  });

  it('leaves to the planner two root fields, introspection, a subscription and directives it does not know', () => {
    expect(subgraphOf('{ a: party(id: "a") { id } b: party(id: "b") { id } }')).toBeNull();
    expect(subgraphOf('{ __typename }')).toBeNull();
    expect(subgraphOf('{ __schema { queryType { name } } }')).toBeNull();
    expect(subgraphOf('subscription { party(id: "a") { id } }')).toBeNull();
    expect(subgraphOf('{ party(id: "a") { id ... @defer { name } } }')).toBeNull();
    expect(subgraphOf('query Q @anything { party(id: "a") { id } }')).toBeNull();
    expect(subgraphOf('{ party(id: "a") { id name @include(if: true) kind @skip(if: false) } }')).toBe('registry');
  });

  it('takes an interface whose every implementation is the subgraph’s', () => {
    expect(subgraphOf('{ complianceDocuments { id kind ... on Audit { id } } }')).toBe('compliance');
  });

  it('sends the operation asked for and the fragments it uses, nothing else of the document', () => {
    const text = `
      query A { party(id: "a") { ...Named } }
      query B { disclosureCount(year: 2025) }
      fragment Named on Party { name }
      fragment Unused on Party { agreements { id } }`;
    expect(subgraphOf(text)).toBeNull();
    const route = routeOf(parse(text), 'A');
    expect(route?.subgraph).toBe('registry');
    expect(print(route?.document ?? parse('{ a }'))).toBe(
      print(parse('query A { party(id: "a") { ...Named } } fragment Named on Party { name }')),
    );
    expect(subgraphOf(text, 'B')).toBe('reporting');
    expect(subgraphOf(text, 'C')).toBeNull();
  });

  it('walks fragments that spread fragments twice over in linear time', () => {
    // F0 selects a field; each Fi spreads F(i-1) twice: 2^30 copies of one field in all. The
    // walk runs before the cost is checked, so it must not follow each copy.
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0 ? 'fragment F0 on Party { name kind }' : `fragment F${i} on Party { ...F${i - 1} ...F${i - 1} }`,
    );
    const query = `{ party(id: "a") { ...F${levels - 1} } }\n${fragments.join('\n')}`;
    expect(subgraphOf(query)).toBe('registry');
    const refused = query.replace('{ name kind }', '{ name agreements { id } }');
    expect(subgraphOf(refused)).toBeNull();
  });

  it('knows whether the root field may be null', () => {
    expect(routeOf(parse('{ party(id: "a") { id } }'))).toMatchObject({ rootKey: 'party', rootNullable: true });
    expect(routeOf(parse('{ n: disclosureCount(year: 2025) }'))).toMatchObject({ rootKey: 'n', rootNullable: false });
  });
});
