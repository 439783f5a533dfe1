/**
 * Operations generated from the schema for the fuzz tests: arguments of every type, valid and
 * hostile. Over 400 lines because the walk over the type system stands in one place.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * fast-check arbitraries for GraphQL operations built from a client schema: one root field of
 * Query or Mutation, its arguments and those of the fields below it given plausible values,
 * wrong ones, nulls, missing or extra input fields, long lists, and strings of every kind;
 * a random selection of bounded depth. Nothing here knows the tracker's fields.
 */

export type FuzzArgument = {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  /** Written into the document as a literal instead of sent as a variable. */
  inline: boolean;
  /** The type the variable is declared with: usually the argument's, sometimes a wrong one. */
  declared: string;
};

export type FuzzSelection =
  | { kind: 'field'; alias: string | null; field: string; args: FuzzArgument[]; selection: FuzzSelection[] | null }
  | { kind: 'fragment'; on: string; selection: FuzzSelection[] };

export type FuzzOperation = {
  operation: 'query' | 'mutation';
  /** The root field's coordinate, `Query.party`. */
  coordinate: string;
  /** The root field's response key. */
  root: string;
  text: string;
  variables: Record<string, unknown>;
};

export type FuzzOptions = {
  /** A valid value for a coordinate (`Type.field(argument)`, `Input.field`), if it has one. */
  validAt: (coordinate: string) => unknown;
  /** Ids that exist in the graph under test. */
  knownIds: readonly string[];
  /** Strings meant to break things: injections, unicode, control characters. */
  hostileStrings: readonly string[];
  /** Values a custom scalar's format admits but the service should refuse, by scalar. */
  hostileScalars: Record<string, readonly string[]>;
  /** How many object levels a selection goes below the root field. */
  maxDepth: number;
  /**
   * Whether to break things besides strings: nulls, values of other types, unknown enum
   * values and input fields, missing required ones, long lists, wrongly declared variables.
   * Without it most operations pass validation and run, to reach the resolvers.
   */
  wild: boolean;
};

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value of any JSON type, for places that expect another. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 5 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ a: [1, 'b', null], nested: { deeper: true } }),
);

const plausibleInts = fc.constantFrom(2024, 2025, 1, 2, 10, 100, 500);
const ints: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: plausibleInts },
  { weight: 2, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 501, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e20, 1.5, '10') },
);

/** Instants in the past whenever the test runs, so that a seed replays the same answers. */
const validDateTimes: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('2025-05-01T10:00:00-05:00', '2025-06-01T10:00:00-05:00', '2024-01-01T00:00:00Z'),
  },
);
const dateTimes: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: validDateTimes },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2025-06-01',
      'yesterday',
      '1748790000',
      '+275760-09-13T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999999999Z',
      '2099-01-01T00:00:00Z',
      '2025-06-01T10:00:00.1234567891Z',
    ),
  },
);

/**
 * Every page size a caller may ask for, from one to the schema's 500, and the ones just past
 * it; always sent as variables, as a client's would be, so that the cost limit is met with
 * the values execution will really use.
 */
const PAGE_SIZES = fc.constantFrom(1, 2, 25, 100, 250, 499, 500);
const WILD_PAGE_SIZES = fc.oneof(
  { weight: 6, arbitrary: PAGE_SIZES },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 501, 100_000, 2 ** 31 - 1) },
);

/**
 * Ends of a window: an hour, a year, decades and millennia apart, in several offsets, so that
 * windows from a moment to the whole of time (as far as four-digit years go) are asked for.
 */
const WINDOW_ENDS: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: validDateTimes },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0001-01-01T00:00:00Z',
      '1900-01-01T00:00:00Z',
      '1990-01-01T00:00:00-06:00',
      '2000-01-01T00:00:00+05:30',
      '2024-06-01T00:00:00-07:00',
      '2024-06-01T01:00:00-07:00',
      '2099-01-01T00:00:00Z',
      '8000-12-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
    ),
  },
);

/** A page size (`first`) or an end of a window (`from`, `until`, `since`), by its coordinate. */
const PAGE_SIZE = /[(.]first\)?$/;
const WINDOW_END = /[(.](from|until|since)\)?$/;

function isRequired(input: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

/** Operations on one schema: one root field each, tame or wild as `options.wild` says. */
export function fuzzOperations(schema: GraphQLSchema, options: FuzzOptions): fc.Arbitrary<FuzzOperation> {
  const { wild } = options;
  /** `arbitrary`'s value once in `every` draws (never when tame), null otherwise. */
  const now = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
    wild ? fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary }) : fc.constant(null);
  const strings: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...options.hostileStrings) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.nat({ max: 10_000 }).map((n) => `fz-${n}`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(100_000)) },
  );
  const known = fc.constantFrom(...options.knownIds);

  function stringAt(scalar: string, coordinate: string): fc.Arbitrary<unknown> {
    const valid = options.validAt(coordinate);
    const plausible: fc.Arbitrary<unknown> =
      scalar === 'DateTime' ? (wild ? dateTimes : validDateTimes) : valid !== undefined ? fc.constant(valid) : known;
    if (!wild) return scalar === 'DateTime' ? plausible : fc.oneof({ weight: 12, arbitrary: plausible }, strings);
    const hostile = options.hostileScalars[scalar] ?? [];
    return fc.oneof(
      { weight: 6, arbitrary: plausible },
      { weight: 3, arbitrary: strings },
      ...(hostile.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...hostile) }] : []),
      // An ID also takes an integer.
      ...(scalar === 'ID' ? [{ weight: 1, arbitrary: fc.integer() }] : []),
    );
  }

  function scalarAt(name: string, coordinate: string): fc.Arbitrary<unknown> {
    const valid = options.validAt(coordinate);
    if (name === 'Int' && PAGE_SIZE.test(coordinate)) return wild ? WILD_PAGE_SIZES : PAGE_SIZES;
    if (name === 'DateTime' && WINDOW_END.test(coordinate))
      return wild ? fc.oneof(WINDOW_ENDS, dateTimes) : WINDOW_ENDS;
    if (name === 'Int') return wild ? ints : valid !== undefined ? fc.constant(valid) : plausibleInts;
    if (name === 'Float') return wild ? fc.oneof(fc.double(), fc.constantFrom(0, 1.5, 1e308)) : fc.constantFrom(0, 1.5);
    if (name === 'Boolean') {
      return wild ? fc.oneof({ weight: 8, arbitrary: fc.boolean() }, fc.constantFrom('true', 1)) : fc.boolean();
    }
    return stringAt(name, coordinate);
  }

  /** Mostly what the type expects; sometimes null or a value of another type. */
  function valueAt(type: GraphQLInputType, coordinate: string, depth: number): fc.Arbitrary<unknown> {
    if (!wild) return plausibleAt(type, coordinate, depth);
    return fc.oneof(
      { weight: 14, arbitrary: plausibleAt(type, coordinate, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: wrongValue },
    );
  }

  function plausibleAt(type: GraphQLInputType, coordinate: string, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return plausibleAt(type.ofType, coordinate, depth);
    if (isListType(type)) {
      const item = valueAt(type.ofType, coordinate, depth + 1);
      // Long lists repeat one small item, so that a body stays under the gateway's limit.
      const small = plausibleAt(type.ofType, coordinate, depth + 1).filter(
        (value) => (JSON.stringify(value) ?? '').length < 200,
      );
      if (!wild) return fc.array(item, { minLength: 1, maxLength: 3 });
      return fc.oneof(
        { weight: 8, arbitrary: fc.array(item, { maxLength: 3 }) },
        // A single value where a list goes, which GraphQL coerces to a list of one.
        { weight: 2, arbitrary: item },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(101, 1_001, 10_001), small)
            .map(([length, value]) => Array.from({ length }, () => value)),
        },
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 6) return fc.constant({});
      const fields = Object.values(type.getFields());
      const model = Object.fromEntries(
        fields.map((field) => [field.name, valueAt(field.type, `${type.name}.${field.name}`, depth + 1)]),
      );
      const requiredKeys = fields.filter(isRequired).map((field) => field.name);
      return fc
        .tuple(
          fc.record(model, { requiredKeys }),
          // Now and then a field the type does not have, or a required one left out.
          now(fc.constantFrom('unknownField', '__proto__', 'constructor'), 20),
          now(fc.constantFrom(...(requiredKeys.length > 0 ? requiredKeys : ['-'])), 20),
        )
        .map(([value, extra, dropped]) => {
          const result: Record<string, unknown> = { ...value };
          if (extra !== null) Object.defineProperty(result, extra, { value: 1, enumerable: true });
          if (dropped !== null) delete result[dropped];
          return result;
        });
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      if (!wild) return fc.constantFrom(...values);
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', (values[0] ?? 'x').toLowerCase(), 0) },
      );
    }
    return scalarAt(type.name, coordinate);
  }

  function argumentsOf(field: GraphQLField<unknown, unknown>, coordinate: string): fc.Arbitrary<FuzzArgument[]> {
    // A cursor is opaque: only a wild operation makes one up.
    const args = wild ? field.args : field.args.filter((arg) => arg.name !== 'after');
    if (args.length === 0) return fc.constant([]);
    const model = Object.fromEntries(
      args.map((arg) => [
        arg.name,
        fc.record({
          value: valueAt(arg.type, `${coordinate}(${arg.name})`, 0),
          // Page sizes and windows always as variables: the cost must be counted from those.
          inline:
            PAGE_SIZE.test(`(${arg.name})`) || WINDOW_END.test(`(${arg.name})`) || arg.name === 'window'
              ? fc.constant(false)
              : fc.boolean(),
          declared: fc.oneof(
            { weight: 12, arbitrary: fc.constant(String(arg.type)) },
            { weight: wild ? 1 : 0, arbitrary: fc.constantFrom('String', 'Int!', '[ID!]!', 'Boolean') },
          ),
        }),
      ]),
    );
    const requiredKeys = args.filter(isRequired).map((arg) => arg.name);
    return fc
      .tuple(fc.record(model, { requiredKeys }), now(fc.constantFrom(...requiredKeys, '-'), 25))
      .map(([chosen, dropped]) =>
        args.flatMap((arg) => {
          const given = chosen[arg.name];
          if (given === undefined || arg.name === dropped) return [];
          return [{ name: arg.name, type: arg.type, ...given }];
        }),
      );
  }

  const typename: FuzzSelection = { kind: 'field', alias: null, field: '__typename', args: [], selection: null };

  function fieldOf(field: GraphQLField<unknown, unknown>, parent: string, depth: number): fc.Arbitrary<FuzzSelection> {
    return fc
      .record({
        alias: now(fc.constantFrom('a', 'b', 'c'), 8),
        args: argumentsOf(field, `${parent}.${field.name}`),
        selection: selectionOf(field.type, depth),
      })
      .map((parts) => ({ kind: 'field' as const, field: field.name, ...parts }));
  }

  /** Up to three fields of the type (only leaves once `depth` is spent); null for a leaf type. */
  function selectionOf(type: GraphQLOutputType, depth: number): fc.Arbitrary<FuzzSelection[] | null> {
    const named = getNamedType(type);
    if (isLeafType(named)) return fc.constant(null);
    if (isAbstractType(named)) {
      const possible = schema.getPossibleTypes(named);
      if (depth <= 0 || possible.length === 0) return fc.constant([typename]);
      return fc
        .constantFrom(...possible)
        .chain((object) =>
          selectionOf(object, depth - 1).map((selection) => [
            typename,
            { kind: 'fragment' as const, on: object.name, selection: selection ?? [typename] },
          ]),
        );
    }
    if (!isObjectType(named)) return fc.constant([typename]);
    const fields = Object.values(named.getFields()).filter(
      (field) => depth > 0 || isLeafType(getNamedType(field.type)),
    );
    if (fields.length === 0) return fc.constant([typename]);
    return fc
      .shuffledSubarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((field) => fieldOf(field, named.name, depth - 1))));
  }

  const roots = (['query', 'mutation'] as const).flatMap((operation) => {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).map((field) => ({ operation, root: root?.name ?? '', field }));
  });

  return fc
    .constantFrom(...roots)
    .chain(({ operation, root, field }) =>
      fieldOf(field, root, options.maxDepth).map((selection) =>
        render(operation, `${root}.${field.name}`, selection as FuzzSelection & { kind: 'field' }),
      ),
    );
}

/** GraphQL literal for a JSON value, enum names bare where the type says so. */
function literal(value: unknown, type: GraphQLInputType | null): string {
  const inner = type !== null && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    return `[${value.map((item) => literal(item, inner !== null && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner !== null && isInputObjectType(inner) ? inner.getFields() : {};
    const entries = Object.entries(value).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, item]) => `${key}: ${literal(item, fields[key]?.type ?? null)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    return inner !== null && isEnumType(getNamedType(inner)) && NAME.test(value) ? value : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value);
}

function render(
  operation: 'query' | 'mutation',
  coordinate: string,
  root: FuzzSelection & { kind: 'field' },
): FuzzOperation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const argumentsText = (args: FuzzArgument[]) => {
    if (args.length === 0) return '';
    const parts = args.map((arg) => {
      if (arg.inline) return `${arg.name}: ${literal(arg.value, arg.type)}`;
      const name = `v${definitions.length}`;
      definitions.push(`$${name}: ${arg.declared}`);
      variables[name] = arg.value;
      return `${arg.name}: $${name}`;
    });
    return `(${parts.join(', ')})`;
  };
  const selectionText = (selection: FuzzSelection[]): string =>
    `{ ${selection
      .map((item) =>
        item.kind === 'fragment'
          ? `... on ${item.on} ${selectionText(item.selection)}`
          : `${item.alias === null ? '' : `${item.alias}: `}${item.field}${argumentsText(item.args)}${
              item.selection === null ? '' : ` ${selectionText(item.selection)}`
            }`,
      )
      .join(' ')} }`;
  const body = selectionText([root]);
  const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  const text = `${operation} Fuzz${header} ${body}`;
  return {
    operation,
    coordinate,
    root: root.alias ?? root.field,
    text,
    variables,
    // What fast-check prints for a counterexample: the document, and the variables cut short.
    [fc.toStringMethod]: () => `${text}\n  variables: ${JSON.stringify(variables).slice(0, 2000)}`,
  } as FuzzOperation;
}
