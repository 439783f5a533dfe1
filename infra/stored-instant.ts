const PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The text an instant with its offset reads back as once Neo4j stores it as `datetime(value)`
 * and the repository boundary converts it (db.ts toPlain): `2024-05-01T07:00:00.000-05:00`
 * comes back as `2024-05-01T07:00:00-05:00`. The ledger hashes instants in this form, so a
 * load that computes entries without the database must spell them the same way: the local
 * date and time as written, seconds always, the fraction as nine digits when it is not zero,
 * then `Z` for a zero offset or the offset's sign, hours and minutes. That is the driver's
 * own `DateTime.toString`, written here on the text: a first load spells two million of
 * them, and the driver's integer arithmetic was a sixteenth of its pass. For an instant
 * `isInstant` accepts (the test compares the two over generated instants).
 */
export function storedInstant(value: string): string {
  const parts = PARTS.exec(value);
  if (parts === null) throw new RangeError(`not an instant with an offset: ${JSON.stringify(value)}`);
  const [, minutes, second = '00', fraction = '', zone, sign, offsetHours, offsetMinutes] = parts;
  const nanos = fraction.padEnd(9, '0');
  const time = `${minutes}:${second}${nanos === '000000000' ? '' : `.${nanos}`}`;
  const offset = zone === 'Z' ? 0 : Number(offsetHours) * 60 + Number(offsetMinutes);
  if (offset === 0) return `${time}Z`;
  return `${time}${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`;
}
