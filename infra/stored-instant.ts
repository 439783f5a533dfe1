import neo4j from 'neo4j-driver';

const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The text an instant with its offset reads back as once Neo4j stores it as `datetime(value)`
 * and the repository boundary converts it (db.ts toPlain): `2024-05-01T07:00:00.000-05:00`
 * comes back as `2024-05-01T07:00:00-05:00`. The ledger hashes instants in this form, so a
 * load that computes entries without the database must spell them the same way.
 */
export function storedInstant(value: string): string {
  const parts = PARTS.exec(value);
  if (parts === null) throw new RangeError(`not an instant with an offset: ${JSON.stringify(value)}`);
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
