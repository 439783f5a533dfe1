import { describe, expect, it } from 'vitest';
import { countyDateTime, inIntervals, intervalText, subsectionText, wrap } from '../../../explorer/src/format.ts';
import { byWord, planSearch } from '../../../explorer/src/search.ts';
import { sessionOf } from '../../../explorer/src/session.ts';

const KEY = 'ab'.repeat(32);

function token(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256' })}.${part(claims)}.signature`;
}

describe('the search box', () => {
  it('opens a subject key or a record id for an AUDITOR, and refuses both to an ANALYST before asking anything', () => {
    expect(planSearch(` ${KEY.toUpperCase()} `, 'any', 'AUDITOR')).toEqual({
      open: { kind: 'subject', subjectKey: KEY },
    });
    expect(planSearch('r-0000001', 'record', 'AUDITOR')).toEqual({ open: { kind: 'record', recordId: 'r-0000001' } });
    for (const [text, kind] of [
      [KEY, 'any'],
      [KEY, 'subject'],
      ['r-0000001', 'record'],
    ] as const) {
      expect(planSearch(text, kind, 'ANALYST')).toEqual({
        refuse: expect.stringContaining('only an AUDITOR may search them'),
      });
    }
    expect(planSearch('abc', 'subject', 'AUDITOR')).toEqual({
      refuse: 'a subject key is 64 hexadecimal digits; "abc" is not one',
    });
    expect(planSearch('   ', 'any', 'AUDITOR')).toEqual({ refuse: expect.stringContaining('Type a subject key') });
  });

  it('looks anything else up as a party by name or id and a disclosure id', () => {
    expect(planSearch('sheriff', 'any', 'ANALYST')).toEqual({ lookup: 'sheriff', names: true, ids: true });
    expect(planSearch('x', 'party', 'ANALYST')).toEqual({ lookup: 'x', names: false, ids: true });
    expect(planSearch('d-00000001', 'disclosure', 'ANALYST')).toEqual({
      open: { kind: 'disclosure', disclosureId: 'd-00000001' },
    });
  });
});

describe('signing in', () => {
  const now = Date.parse('2026-12-04T16:00:00Z');
  const exp = now / 1000 + 3600;

  it('reads the role and organisation from the token, preferring AUDITOR', () => {
    const session = sessionOf(
      `Bearer ${token({ sub: 'u', roles: ['ANALYST', 'AUDITOR'], org: 'cook-oiig', exp })}`,
      now,
    );
    expect(session).toMatchObject({ subject: 'u', mode: 'AUDITOR', organisation: 'cook-oiig', expiresAt: exp * 1000 });
    expect(sessionOf(token({ roles: ['ANALYST'], org: 'o', exp }), now).mode).toBe('ANALYST');
  });

  it('refuses, in one sentence each, what is not a token, an expired one and a role the explorer is not for', () => {
    expect(() => sessionOf('not a token', now)).toThrow('that is not a token');
    expect(() => sessionOf('a.%%%.c', now)).toThrow("that token's claims could not be read");
    expect(() => sessionOf(token({ roles: ['AUDITOR'], exp: now / 1000 - 1 }), now)).toThrow(
      'that token expired at 2026-12-04T15:59:59.000Z',
    );
    expect(() => sessionOf(token({ roles: ['REPORTER'], exp }), now)).toThrow(
      'the explorer is for the AUDITOR and ANALYST roles; this token has REPORTER',
    );
  });
});

describe('instants and intervals as the page writes them', () => {
  it("in county time with the zone named, across daylight saving, an interval's end excluded", () => {
    expect(countyDateTime('2025-12-31T23:30:00-06:00')).toBe('2025-12-31 23:30 CST');
    expect(countyDateTime('2025-07-01T05:00:00Z')).toBe('2025-07-01 00:00 CDT');
    expect(intervalText({ from: '2024-01-01T06:00:00Z', until: null })).toBe('from 2024-01-01 00:00 CST to now');
    const interval = [{ from: '2024-01-01T06:00:00Z', until: '2025-01-01T06:00:00Z' }];
    expect(inIntervals(interval, '2024-01-01T06:00:00Z')).toBe(true);
    expect(inIntervals(interval, '2025-01-01T06:00:00Z')).toBe(false);
    expect(subsectionText('F_III')).toBe('(f)(iii)');
    expect(subsectionText('E')).toBe('(e)');
    expect(() => countyDateTime('yesterday')).toThrow('not an instant: "yesterday"');
    expect(wrap('Cook County Department of Emergency Management', 26)).toEqual([
      'Cook County Department of',
      'Emergency Management',
    ]);
    expect(wrap('averyveryverylongwordthatdoesnotfit here', 10)).toEqual([
      'averyveryverylongwordthatdoesnotfit',
      'here',
    ]);
  });
});

describe('the party search, by word', () => {
  const parties = [
    { id: 'acme-data', name: 'Acme Data Services' },
    { id: 'regional-justice-exchange', name: 'Regional criminal justice data exchange' },
    { id: 'cook-oiig', name: 'Cook County Office of the Independent Inspector General' },
    { id: 'ice', name: 'U.S. Immigration and Customs Enforcement' },
    { id: 'ice:contractor-01', name: 'Brightline Analytics' },
    { id: 'police:nice-pd', name: 'Nice Police Department' },
  ];

  it('keeps a party only when a word of its name or id starts with the text', () => {
    // "ice" is inside "services", "justice", "office" and "nice": none of them is a match.
    expect(byWord('ICE', parties).map((party) => party.id)).toEqual(['ice', 'ice:contractor-01']);
    expect(byWord('off', parties).map((party) => party.id)).toEqual(['cook-oiig']);
    expect(byWord('data ex', parties).map((party) => party.id)).toEqual(['regional-justice-exchange']);
    expect(byWord('u.s. imm', parties).map((party) => party.id)).toEqual(['ice']);
    expect(byWord('rvices', parties)).toEqual([]);
  });

  it('puts names that start with the text first, then names with a word that does, then ids', () => {
    const more = [
      { id: 'x-1', name: 'Data Exchange of the North' },
      { id: 'data-partner', name: 'Partner' },
      ...parties,
    ];
    expect(byWord('data', more).map((party) => party.id)).toEqual([
      'x-1',
      'acme-data',
      'regional-justice-exchange',
      'data-partner',
    ]);
  });

  it('refuses a subject key to an ANALYST and names the glossary, a file the repository holds', () => {
    const plan = planSearch(KEY, 'any', 'ANALYST');
    expect(plan).toEqual({ refuse: expect.stringContaining('see docs/glossary.md in the repository') });
    expect(JSON.stringify(plan)).not.toContain('DOMAIN.md');
  });
});
