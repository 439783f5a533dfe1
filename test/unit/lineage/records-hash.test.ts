import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../infra/chain.ts';
import { canonicalCarried, type Carried } from '../../../core/lineage/ledger.ts';

const sortedById = (carried: Carried) => [...carried].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('what a disclosure carried, as its records hash reads it', () => {
  it('is written exactly as the general canonical encoder writes it, whatever the ids and categories hold', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(text, { maxLength: 4 })), { maxLength: 12 }), (carried) => {
        expect(canonicalCarried(carried)).toBe(canonicalJson(sortedById(carried)));
      }),
      { numRuns: 2_000 },
    );
    const awkward: Carried = [
      ['r-2', ['NAME', 'quote " and \\ backslash']],
      ['r-1', []],
      ['r-\u0000\n\u2028', ['é', '😀']],
    ];
    expect(canonicalCarried(awkward)).toBe(canonicalJson(sortedById(awkward)));
  });

  it('refuses a lone surrogate as the general encoder does', () => {
    const lone: Carried = [['r-1', ['\ud800']]];
    expect(() => canonicalCarried(lone)).toThrow(/not valid UTF-16/);
    expect(() => canonicalJson(lone)).toThrow(/not valid UTF-16/);
  });
});
