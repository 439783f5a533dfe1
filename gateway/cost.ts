import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf } from './documents.ts';

/**
 * What one operation costs, from the work it really asks for, once its variables are
 * coerced and the schema's defaults applied: a page size passed as a variable or left at its
 * default counts as much as one written out.
 *
 *   cost(field) = weight(field) + size(field) × Σ cost(each field selected under it)
 *
 * size is a page's `first` (its default when not given) for a paged field, LIST_SIZE for a
 * list without pages (a chain's hops, a breakdown's rows), 1 otherwise (a page's own `nodes`
 * included, which its `first` counted): nested pages multiply.
 * weight is 1, or WEIGHTS' for a field that reads a window of the county's history: its
 * weight per county month of the window (an open end counts from HISTORY_STARTS, or to now).
 */

/**
 * The most one operation may cost: the explorer's heaviest page (a person's 25 records with
 * 100 arrivals each and their chains) costs about a third of it, an AUDITOR's 500 arrivals of
 * traceRecords about a thirtieth; three nested pages of 500 cost over a hundred times it.
 */
export const MAX_COST = 1_000_000;
/** What a list without pages is taken to hold: a chain's hops, a party's intervals. */
export const LIST_SIZE = 5;
/** Where an open window starts: before the county's first records. */
const HISTORY_STARTS = Date.parse('2000-01-01T00:00:00Z');
const MONTH_MS = 30 * 86_400_000;

/** A field's weight: fixed, or per county month of the window its arguments name. */
type Weight = { fixed: number } | { perMonth: number; window: (args: Record<string, unknown>) => Window };
type Window = { from?: unknown; until?: unknown };

const fromUntil = (args: Record<string, unknown>): Window => ({ from: args.from, until: args.until });

/**
 * Fields whose work grows with a window of history, or is fixed and large: every rule of the
 * findings over the window's disclosures, exposure over the window's arrivals, a party's
 * lineage, a year's report. The SDL's descriptions state each.
 */
export const WEIGHTS: Record<string, Weight> = {
  'Query.findings': { perMonth: 2_000, window: fromUntil },
  'Party.findings': { perMonth: 2_000, window: fromUntil },
  'Query.exposure': { perMonth: 1_000, window: fromUntil },
  'Party.exposure': { perMonth: 1_000, window: fromUntil },
  'Query.upstream': { perMonth: 500, window: fromUntil },
  'Party.upstream': { perMonth: 500, window: fromUntil },
  'Query.downstream': { perMonth: 500, window: fromUntil },
  'Party.downstream': { perMonth: 500, window: fromUntil },
  'Query.downstreamOfDisclosure': { perMonth: 200, window: fromUntil },
  'Disclosure.downstream': { perMonth: 200, window: fromUntil },
  'Query.accounting': { fixed: 2_000 },
  'Query.trace': { fixed: 2_000 },
  'Query.traceRecords': { fixed: 10_000 },
  'Record.lineage': { fixed: 20 },
  'Query.chains': { fixed: 2_000 },
  'Query.deletionScope': { fixed: 50_000 },
  'Query.deletionScopeOfThirdParty': { fixed: 50_000 },
  'Query.annualReport': { fixed: 200_000 },
  'Query.monthlyRecipients': { fixed: 2_000 },
  'Query.disclosureCount': { fixed: 1_000 },
  'Query.verifyLedger': { fixed: 200_000 },
  'Query.verifyComplianceLedger': { fixed: 200_000 },
  'Query.verifyAccessLog': { fixed: 200_000 },
};

function months(window: Window, now: number): number {
  const at = (value: unknown, fallback: number) => (typeof value === 'string' ? Date.parse(value) : fallback);
  const from = at(window.from, HISTORY_STARTS);
  const until = at(window.until, now);
  if (!Number.isFinite(from) || !Number.isFinite(until)) return 1;
  return Math.max(1, Math.ceil((until - from) / MONTH_MS));
}

export type Cost = { cost: number; largest: Array<{ path: string; cost: number }> };

/**
 * The cost of the operation a request names, or null when the request cannot be costed
 * (no such operation, variables that do not coerce): execution refuses those itself.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  now = Date.now(),
): Cost | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName == null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) return null;
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors !== undefined) return null;
  const fragments = fragmentsOf(document);
  const contributions: Array<{ path: string; cost: number }> = [];
  // A fragment costs the same wherever it is spread on the same type: costed once, so that
  // fragments spreading fragments twice over cannot make the costing itself exponential.
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, type: GraphQLNamedType, path: string, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, type, path, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition === undefined ? type : schema.getType(selection.typeCondition.name.value);
        if (on !== undefined && on !== null) total += selectionCost(selection.selectionSet, on, path, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on === undefined || on === null) continue;
        const key = `${fragment.name.value}\u0000${type.name}`;
        let spread = fragmentCosts.get(key);
        if (spread === undefined) {
          spread = selectionCost(fragment.selectionSet, on, path, new Set(seen).add(fragment.name.value));
          fragmentCosts.set(key, spread);
        }
        total += spread;
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, path: string, seen: Set<string>): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const field = fieldOf(parent, name);
    if (field === undefined) return 0;
    const args = getArgumentValues(field, node, coerced.coerced);
    const coordinate = `${parent.name}.${name}`;
    const weight = WEIGHTS[coordinate];
    const own =
      weight === undefined ? 1 : 'fixed' in weight ? weight.fixed : weight.perMonth * months(weight.window(args), now);
    const type = getNullableType(field.type);
    // A connection's `nodes` is the page its field's `first` already counted. A page size
    // below zero (which the field refuses) counts as none, never as a discount on the rest.
    const size =
      typeof args.first === 'number' ? Math.max(0, args.first) : isListType(type) && name !== 'nodes' ? LIST_SIZE : 1;
    const here = `${path}.${node.alias?.value ?? name}`;
    const below =
      node.selectionSet === undefined
        ? 0
        : size * selectionCost(node.selectionSet, getNamedType(field.type), here, seen);
    const cost = own + below;
    if (own > 1) contributions.push({ path: here.slice(1), cost });
    return cost;
  };

  const cost = selectionCost(operation.selectionSet, root, '', new Set());
  return { cost, largest: contributions.sort((a, b) => b.cost - a.cost).slice(0, 3) };
}

/** A field of an object type, or of an interface (its own field); a union has none. */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type)) return type.getFields()[name];
  if (isAbstractType(type) && 'getFields' in type)
    return (type as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name];
  return undefined;
}
