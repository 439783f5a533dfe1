import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../infra/chain.ts';
import {
  canonicalCarried,
  canonicalDisclosure,
  canonicalEvent,
  canonicalList,
  type Carried,
} from '../../../core/lineage/ledger.ts';
import type { DisclosureRow } from '../../../core/lineage/disclosures.ts';

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

describe('a list of categories written once for the records that share it', () => {
  it('gives the same records hash text as writing each list where it is carried', () => {
    const shared = ['NAME', 'SSN'];
    const written = new Map<readonly string[], string>([[shared, canonicalList(shared)]]);
    const carried: Carried = [
      ['r-2', shared],
      ['r-1', shared],
      ['r-3', ['NAME']],
    ];
    const texts: string[] = [];
    const text = canonicalCarried(carried, (list) => {
      texts.push(written.get(list) ?? canonicalList(list));
      return texts.at(-1) as string;
    });
    expect(text).toBe(canonicalJson(sortedById(carried)));
    expect(texts).toEqual(['["NAME","SSN"]', '["NAME","SSN"]', '["NAME"]']);
  });
});

describe('a disclosure as its ledger entry hashes it', () => {
  it('is written exactly as the general canonical encoder writes the disclosure event, a null field left out', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    const rows = fc.record({
      id: text,
      at: text,
      fromId: text,
      toId: text,
      purpose: text,
      channel: text,
      legalBasis: text,
      agreementReference: fc.option(text),
      reportedBy: fc.option(text),
      holderUnknown: fc.boolean(),
      recordCount: fc.nat(),
      recordsHash: text,
      recordedAt: text,
    }) as fc.Arbitrary<DisclosureRow>;
    fc.assert(
      fc.property(rows, (row) => {
        expect(canonicalDisclosure(row)).toBe(canonicalJson(canonicalEvent({ type: 'DISCLOSURE', row })));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses a lone surrogate as the general encoder does', () => {
    const row = {
      id: 'd-1',
      at: '2024-05-01T07:00:00-05:00',
      fromId: 'agency:a',
      toId: 'tp:\udc00',
      purpose: 'OTHER',
      channel: 'EMAIL',
      legalBasis: 'NONE',
      agreementReference: null,
      reportedBy: 'SENDER',
      holderUnknown: false,
      recordCount: 1,
      recordsHash: 'x',
      recordedAt: '2024-05-01T12:00:00Z',
    } as DisclosureRow;
    expect(() => canonicalDisclosure(row)).toThrow(/not valid UTF-16/);
    expect(() => canonicalJson(canonicalEvent({ type: 'DISCLOSURE', row }))).toThrow(/not valid UTF-16/);
  });
});
