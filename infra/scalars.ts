import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.ts';

/** An instant with its offset, as the county's systems record it: 2025-03-01T09:30:00-06:00. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant (as accepted above, or as Neo4j writes one) as nanoseconds since the epoch, to
 * order instants exactly, sub-millisecond digits included, whatever their offsets.
 */
export function instantOrder(value: string): bigint {
  const parts = PARTS.exec(value);
  if (parts === null) throw new RangeError(`not an instant with an offset: ${JSON.stringify(value)}`);
  const [, minutes, seconds = '00', fraction = '', offset] = parts;
  const millis = Date.parse(`${minutes}:${seconds}${offset}`);
  return BigInt(millis) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

const NANOS_PER_SECOND = 1_000_000_000n;

/** An instant as `epochOf` hands it back: epoch seconds, nanosecond, second of the minute, offset; nulls when unset. */
export type Epoch = readonly [number | null, number | null, number | null, number | null];

/**
 * An instant Neo4j hands back as integers (Cypher `[t.epochSeconds, t.nanosecond, t.second,
 * t.offsetSeconds]`) rather than as a temporal value, which the driver decodes with integer
 * arithmetic of its own at several microseconds each: a history of 100,000 records has
 * hundreds of thousands of them. Gives its instantOrder, and the text the driver writes for it
 * (the local time at its offset, seconds always, the fraction as nine digits when there is
 * one, then `Z` or the offset), so that nothing shown changes. Neo4j's epochSeconds rounds
 * toward zero, so before 1970 an instant with a fraction is one second early of it; its
 * second of the minute, which does not, tells which. Null when the value was (a property not set).
 */
export function epochInstant(value: Epoch): { order: bigint; text: string } | null {
  const [truncated, nanos, secondOfMinute, offset] = value;
  if (truncated === null || nanos === null || secondOfMinute === null) return null;
  const seconds = epochSecond(truncated, secondOfMinute, offset);
  const whole = new Date((seconds + (offset ?? 0)) * 1000).toISOString().slice(0, -5);
  const fraction = nanos === 0 ? '' : `.${String(nanos).padStart(9, '0')}`;
  return {
    order: BigInt(seconds) * NANOS_PER_SECOND + BigInt(nanos),
    text: `${whole}${fraction}${offsetText(offset ?? 0)}`,
  };
}

/** The epoch second an instant falls in, from Neo4j's epochSeconds (see epochInstant). */
function epochSecond(truncated: number, secondOfMinute: number, offset: number | null): number {
  const local = truncated + (offset ?? 0);
  return ((local % 60) + 60) % 60 === secondOfMinute ? truncated : truncated - 1;
}

/** epochInstant's order alone, for a caller that only compares instants: null for an unset one. */
export function epochOrder(value: Epoch): bigint | null {
  const [truncated, nanos, secondOfMinute, offset] = value;
  if (truncated === null || nanos === null || secondOfMinute === null) return null;
  return BigInt(epochSecond(truncated, secondOfMinute, offset)) * NANOS_PER_SECOND + BigInt(nanos);
}

/** Cypher for a temporal value as the integers epochInstant reads. */
export const epochOf = (value: string) =>
  `[${value}.epochSeconds, ${value}.nanosecond, ${value}.second, ${value}.offsetSeconds]`;

/** An offset as the driver writes it: `Z`, or the sign, hours and minutes (and seconds when there are any). */
function offsetText(offsetSeconds: number): string {
  if (offsetSeconds === 0) return 'Z';
  const size = Math.abs(offsetSeconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const seconds = size % 60;
  return `${offsetSeconds < 0 ? '-' : '+'}${two(Math.floor(size / 3600))}:${two(Math.floor(size / 60) % 60)}${seconds === 0 ? '' : `:${two(seconds)}`}`;
}

/**
 * The canonical form of an instant: in UTC, written with `Z`, the fraction's digits kept
 * (none when it is zero). Neo4j orders two datetimes of one instant by their offsets when the
 * offsets differ, so `=` is false and `<` true between `07:00-05:00` and `12:00Z`: every
 * instant the service stores to compare, or compares against, is in this one form. What a
 * caller wrote is kept beside it for evidence, never compared.
 */
export function utc(value: string): string {
  return utcOfOrder(instantOrder(value));
}

/** `utc` of an instant already read as its instantOrder, for a caller that needs both. */
export function utcOfOrder(nanos: bigint): string {
  let seconds = nanos / NANOS_PER_SECOND;
  let fraction = nanos % NANOS_PER_SECOND;
  if (fraction < 0n) {
    seconds -= 1n;
    fraction += NANOS_PER_SECOND;
  }
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  return fraction === 0n ? `${whole}Z` : `${whole}.${fraction.toString().padStart(9, '0').replace(/0+$/, '')}Z`;
}

/** `utc`, passing an absent instant through. */
export const utcOrNull = (value: string | null | undefined): string | null => (value == null ? null : utc(value));

/** Two instants (or two absences of one) that name the same moment, whatever their offsets. */
export const sameInstant = (a: string | null, b: string | null): boolean =>
  a === b || (a !== null && b !== null && instantOrder(a) === instantOrder(b));

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last instants whose UTC form has a four-digit year: what `utc` can write and Neo4j read back. */
const EARLIEST = instantOrderOfUtc('0001-01-01T00:00:00');
const LATEST = instantOrderOfUtc('9999-12-31T23:59:59') + NANOS_PER_SECOND - 1n;

function instantOrderOfUtc(text: string): bigint {
  return BigInt(Date.parse(`${text}Z`)) * 1_000_000n;
}

/**
 * True for a real instant: every part in its range (no 30 February, no hour 24), an offset
 * within ±18:00, as Neo4j accepts, and a UTC year from 0001 to 9999. A lenient check here
 * would let a bad value reach Cypher and fail there, where it can only be reported as an
 * internal error.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = INSTANT.exec(value);
  if (parts === null) return false;
  // The sign (group 7) is not a number and is not needed: the bound is symmetric.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, , offsetHours = 0, offsetMinutes = 0] = parts
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const partsInRange =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetMinutes <= 59 &&
    offsetHours * 60 + offsetMinutes <= 18 * 60;
  if (!partsInRange) return false;
  const order = instantOrder(value);
  return order >= EARLIEST && order <= LATEST;
}

function parseInstant(value: unknown): string {
  if (isInstant(value)) return value;
  throw new GraphQLError(
    `DateTime must be an ISO 8601 instant with an offset, e.g. 2025-03-01T09:30:00-06:00; got ${JSON.stringify(value)}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, value } },
  );
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with its UTC offset, e.g. 2025-03-01T09:30:00-06:00.',
  serialize: (value) => parseInstant(value),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
