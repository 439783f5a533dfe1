import type { Database } from '../shared/db.ts';
import { InputError } from '../shared/errors.ts';

// Years are the county's: the bounds are midnight in Chicago, whatever offset an event carries.
export const DISCLOSURE_COUNT_IN_YEAR = /* cypher */ `
  MATCH (d:Disclosure)
  WHERE d.at >= datetime({year: $year, month: 1, day: 1, timezone: 'America/Chicago'})
    AND d.at < datetime({year: $year + 1, month: 1, day: 1, timezone: 'America/Chicago'})
  RETURN count(d) AS count`;

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) {
    throw new InputError(`year must be a calendar year from 1900 to 9998, got ${year}`, 'year', year);
  }
  return year;
}

export async function disclosureCountInYear(db: Database, year: number): Promise<number> {
  const [row] = await db.read((tx) => tx.run<{ count: number }>(DISCLOSURE_COUNT_IN_YEAR, { year: checkYear(year) }));
  return row?.count ?? 0;
}
