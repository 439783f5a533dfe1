import { describe, expect, it } from 'vitest';
import { bracketDepth, variableExcess } from '../../../gateway/limits.ts';
import { refusalOf } from '../../../gateway/http-limits.ts';

describe('what the gateway checks before parsing', () => {
  it('counts how deep brackets nest, not those in strings, block strings or comments', () => {
    expect(bracketDepth('{ party(id: "x") { id } }', 64)).toBe(2);
    expect(bracketDepth('{ a(b: [[{c: 1}]]) }', 64)).toBe(5);
    expect(bracketDepth('{ a(b: "{{{[[[(((\\"{{{") # {{{{{\n }', 64)).toBe(2);
    expect(bracketDepth('{ a(b: """ {{{{ \\""" {{{ """) }', 64)).toBe(2);
    // It stops counting past the limit, so that a hostile document costs no more than that.
    expect(bracketDepth('{'.repeat(1_000_000), 64)).toBe(65);
  });

  it('finds the first list too long or nesting too deep in variables, by its path', () => {
    expect(variableExcess({ input: { records: [{ recordId: 'r' }] } }, 10, 5)).toBeNull();
    expect(variableExcess({ input: { records: Array(11).fill('r') } }, 10, 5)).toBe(
      '$input.records holds 11 items; a list may hold at most 10',
    );
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(variableExcess({ ids: deep }, 10, 5)).toBe('$ids[0][0][0][0][0] nests deeper than 5 levels');
    expect(variableExcess(undefined, 10, 5)).toBeNull();
  });

  it('refuses a POST by its headers: too large, of no stated length, not JSON', () => {
    const json = { 'content-type': 'application/json; charset=utf-8', 'content-length': '10' };
    expect(refusalOf('POST', json, 100)).toBeNull();
    expect(refusalOf('GET', {}, 100)).toBeNull();
    expect(refusalOf('POST', { ...json, 'content-length': '101' }, 100)?.status).toBe(413);
    expect(refusalOf('POST', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, 100)?.status).toBe(
      411,
    );
    expect(refusalOf('POST', { ...json, 'content-type': 'text/plain' }, 100)).toEqual({
      status: 415,
      message: 'a GraphQL request must be sent as application/json, not text/plain',
    });
    expect(refusalOf('POST', { 'content-length': '10' }, 100)?.message).toMatch(/none was given/);
  });
});
