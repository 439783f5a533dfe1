import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashQuery } from '../../../infra/access-log.ts';
import { canonicalJson, chainHash, checkChainLabel, GENESIS_HASH } from '../../../infra/chain.ts';

// One entry's content, with the key order scrambled and a string that needs escaping.
const content = {
  subjects: [],
  seq: 1,
  principal: 'auditor-7',
  note: 'café "q"\n',
  at: '2025-03-01T15:30:00.123Z',
  roles: ['AUDITOR'],
  outcome: 'ALLOWED',
  reason: null,
};
const CANONICAL =
  '{"at":"2025-03-01T15:30:00.123Z","note":"café \\"q\\"\\n","outcome":"ALLOWED","principal":"auditor-7","roles":["AUDITOR"],"seq":1,"subjects":[]}';
// Computed once outside Node, with Python's json.dumps(content, sort_keys=True,
// separators=(",", ":"), ensure_ascii=False) and with `printf ... | sha256sum`; both agreed.
const EXPECTED_HASH = '651676d317b744f32b1b8771dc8a7394b2ecf2a1e946d4ca1d0f4bf1dfd91c16';

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops null-valued keys and has no whitespace', () => {
    expect(canonicalJson(content)).toBe(CANONICAL);
    expect(canonicalJson({ b: { d: 1, c: [{ z: true, y: null }] }, a: 'x' })).toBe(
      '{"a":"x","b":{"c":[{"z":true}],"d":1}}',
    );
  });

  it('is the same whatever order the keys were written in, every time', () => {
    const reversed = Object.fromEntries(Object.entries(content).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(content));
    expect(canonicalJson(content)).toBe(canonicalJson(structuredClone(content)));
  });

  it('refuses what it could not encode the same way twice, showing the value', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN is not a finite number/);
    expect(() => canonicalJson({ s: 'a\uD800' })).toThrow(/not valid UTF-16/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/cannot encode/);
    expect(() => canonicalJson([undefined])).toThrow(/cannot encode undefined/);
  });
});

describe('the chain hash', () => {
  it('is sha256(prevHash + "\\n" + canonicalJson(content)) in hex, as an auditor recomputes it', () => {
    const independent = createHash('sha256')
      .update(`${'0'.repeat(64)}\n${CANONICAL}`)
      .digest('hex');
    expect(independent).toBe(EXPECTED_HASH);
    expect(chainHash(GENESIS_HASH, content)).toBe(EXPECTED_HASH);
  });

  it('changes with the previous hash and with any field', () => {
    expect(chainHash('f'.repeat(64), content)).not.toBe(EXPECTED_HASH);
    expect(chainHash(GENESIS_HASH, { ...content, seq: 2 })).not.toBe(EXPECTED_HASH);
  });

  it('takes entry labels only from its allow-list', () => {
    expect(checkChainLabel('AccessLogEntry')).toBe('AccessLogEntry');
    expect(() => checkChainLabel('Party) DETACH DELETE (x')).toThrow(/got "Party\) DETACH DELETE \(x"/);
  });

  it('hashes a GraphQL document as the SHA-256 of its text', () => {
    expect(hashQuery('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
