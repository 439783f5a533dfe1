import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isInstant } from '../../../infra/scalars.ts';
import { storedInstant } from '../../../infra/stored-instant.ts';

const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The driver's own spelling: the instant made a DateTime of its parts and written back. */
function driverText(value: string): string {
  const parts = PARTS.exec(value);
  if (parts === null) throw new RangeError(value);
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone, sign, offsetHours, offsetMinutes] = parts;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60);
  return new neo4j.types.DateTime(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(9, '0')),
    offset,
  ).toString();
}

const digits = (min: number, max: number, width: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));

/** Instants as a county's systems write them: seconds and fractions or not, any offset Neo4j takes. */
const instants = fc
  .tuple(
    digits(1, 9999, 4),
    digits(1, 12, 2),
    digits(1, 31, 2),
    digits(0, 23, 2),
    digits(0, 59, 2),
    fc.option(fc.tuple(digits(0, 59, 2), fc.option(fc.stringMatching(/^\d{1,9}$/)))),
    fc.oneof(
      fc.constant('Z'),
      fc.tuple(fc.constantFrom('+', '-'), digits(0, 18, 2), digits(0, 59, 2)).map(([s, h, m]) => `${s}${h}:${m}`),
    ),
  )
  .map(([year, month, day, hour, minute, seconds, zone]) => {
    const tail = seconds === null ? '' : `:${seconds[0]}${seconds[1] === null ? '' : `.${seconds[1]}`}`;
    return `${year}-${month}-${day}T${hour}:${minute}${tail}${zone}`;
  })
  .filter(isInstant);

describe('an instant as Neo4j gives it back', () => {
  it('is spelled as the driver spells the stored value, for any instant the service accepts', () => {
    fc.assert(
      fc.property(instants, (at) => {
        expect(storedInstant(at)).toBe(driverText(at));
      }),
      { numRuns: 5_000 },
    );
  });

  it('drops a zero fraction and a zero offset, keeps nine digits of any other fraction, adds the seconds', () => {
    expect(storedInstant('2024-05-01T07:00:00.000-05:00')).toBe('2024-05-01T07:00:00-05:00');
    expect(storedInstant('2024-05-01T07:00-05:00')).toBe('2024-05-01T07:00:00-05:00');
    expect(storedInstant('2024-05-01T07:00:00.12+05:30')).toBe('2024-05-01T07:00:00.120000000+05:30');
    expect(storedInstant('2024-05-01T07:00:00-00:00')).toBe('2024-05-01T07:00:00Z');
    expect(storedInstant('0001-01-01T00:00:00.000000001Z')).toBe('0001-01-01T00:00:00.000000001Z');
    for (const at of ['2024-05-01T07:00:00-05:00', '2024-05-01T07:00:00.5+14:00', '1969-12-31T23:59:59.999Z']) {
      expect(storedInstant(at)).toBe(driverText(at));
    }
  });

  it('refuses what is not an instant with an offset', () => {
    expect(() => storedInstant('2024-05-01T07:00:00')).toThrow(/not an instant with an offset/);
  });
});
