import { describe, expect, it } from 'vitest';
import { firstOf } from '../../../core/lineage/accounting.ts';

/** An accounting line's first arrival at its recipient, as the service chooses it. */
describe("an accounting line's first arrival", () => {
  const arrival = (name: string, at: string, hopCount: number) => ({ name, at, hopCount });
  // A broker reached twice: first through a reseller (two hops), later straight from the agency.
  const viaReseller = arrival('via the reseller', '2024-03-01T09:00:00-06:00', 2);
  const straight = arrival('straight', '2024-05-01T10:00:00-05:00', 1);

  it("is the earliest of the recipient's arrivals, whatever order they come in", () => {
    expect(firstOf([straight, viaReseller])).toBe(viaReseller);
    expect(firstOf([viaReseller, straight])).toBe(viaReseller);
    expect(firstOf([])).toBeUndefined();
  });

  it('compares instants, not the text of their offsets', () => {
    // 15:00 UTC both: stated in Chicago and in Kathmandu, which sorts first as text.
    const chicago = arrival('chicago', '2024-03-01T09:00:00-06:00', 3);
    const kathmandu = arrival('kathmandu', '2024-03-01T20:45:00+05:45', 2);
    const earlier = arrival('a second earlier', '2024-03-01T20:44:59+05:45', 4);
    expect(firstOf([chicago, kathmandu])).toBe(kathmandu);
    expect(firstOf([chicago, kathmandu, earlier])).toBe(earlier);
  });

  it('at one instant, the one of fewer hops, and the first listed among equals', () => {
    const alsoDirect = arrival('also direct', '2024-03-01T15:00:00Z', 1);
    expect(firstOf([viaReseller, alsoDirect])).toBe(alsoDirect);
    const twin = arrival('twin', viaReseller.at, 2);
    expect(firstOf([viaReseller, twin])).toBe(viaReseller);
  });
});
