import { describe, expect, it } from 'vitest';
import { rejectLine } from '../../../scripts/import/importer.ts';

/** Each item of the call refused, on the line after its place (as a batch that starts at line 1). */
const lineOf = (index: number) => index + 1;

describe('a reject line', () => {
  it('names the refused field and another line by its number, and leaves the line values out first', () => {
    expect(
      rejectLine(
        5,
        'BAD_USER_INPUT',
        'input[4].id: record r-5 is also input[1]; nothing was written',
        { id: 'r-5' },
        lineOf,
      ),
    ).toBe('line 5: BAD_USER_INPUT: id: record … is also line 2; this line was not written\n');
  });

  it('says "another line of its batch" where a value of the line hid the other line place', () => {
    // The line holds "12": `input[12]` is `input[…]` once the value is left out, and no line is known for it.
    const content = { id: 'r-14', sourceRecordId: '12' };
    expect(
      rejectLine(
        14,
        'BAD_USER_INPUT',
        'input[13].id: record r-14 is also input[12]; a batch names each record once',
        content,
        lineOf,
      ),
    ).toBe('line 14: BAD_USER_INPUT: id: record … is also another line of its batch; a batch names each record once\n');
  });
});
