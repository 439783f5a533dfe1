import { describe, expect, it } from 'vitest';
import { epochInstant, epochOf, epochOrder, instantOrder, utc } from '../../../infra/scalars.ts';
import { useTestDatabase } from '../../support/database.ts';

/**
 * Histories read instants as integers rather than as Neo4j temporal values (the driver's
 * decoding of those was most of a large history's cost). What an answer shows and how it
 * orders must not change: the text and the order made from the integers are checked here
 * against the driver's own text of the same stored value, and against instantOrder.
 */
const WRITTEN = [
  '2025-07-01T09:00:00-05:00',
  '2025-07-01T14:00:00Z',
  '2024-02-29T23:59:59.999999999Z',
  '2024-03-10T02:30:00.5-06:00',
  '2024-11-03T01:30:00.000000001-05:00',
  '2025-01-01T00:00:00.120Z',
  '1969-12-31T23:59:59.5Z',
  '1969-12-31T23:59:00.25Z',
  '1950-06-15T12:34:56.789-04:00',
  '1969-12-31T23:59:59.999999999Z',
  '1970-01-01T00:00:00.000000001Z',
  '1900-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.123456789Z',
  '2026-06-30T18:45:07.000042+05:45',
  '1969-12-31T19:00:00.5-05:00',
  '2025-12-31T23:30:00-14:00',
];

describe('an instant read as epoch seconds and nanoseconds', () => {
  const ctx = useTestDatabase();

  it('shows the text the driver would, and orders as instantOrder, for every kind of instant stored', async () => {
    const rows = await ctx.db.read((tx) =>
      tx.run<{ text: string; epoch: [number, number, number, number] }>(
        `UNWIND $stored AS s WITH datetime(s) AS t RETURN t AS text, ${epochOf('t')} AS epoch`,
        // As the service stores instants to compare (in UTC) and as stated (in the caller's offset).
        { stored: [...WRITTEN.map(utc), ...WRITTEN] },
      ),
    );
    expect(rows).toHaveLength(2 * WRITTEN.length);
    for (const [index, { text, epoch }] of rows.entries()) {
      const written = WRITTEN[index % WRITTEN.length] as string;
      const read = epochInstant(epoch);
      expect({ written, text: read?.text }).toEqual({ written, text });
      expect(read?.order).toBe(instantOrder(written));
      expect(epochOrder(epoch)).toBe(instantOrder(written));
    }
    const [unset] = await ctx.db.read((tx) =>
      tx.run<{ epoch: [null, null, null, null] }>(`WITH {} AS n RETURN ${epochOf('n.at')} AS epoch`),
    );
    expect(epochInstant(unset?.epoch ?? [0, 0, 0, 0])).toBeNull();
    expect(epochOrder(unset?.epoch ?? [0, 0, 0, 0])).toBeNull();
  });
});
