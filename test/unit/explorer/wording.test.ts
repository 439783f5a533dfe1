import { describe, expect, it } from 'vitest';
import { agentText, intervalText, readableFinding, RECORDS_BEGIN } from '../../../explorer/src/format.ts';
import { partyLabel } from '../../../explorer/src/elements.ts';

describe('intervals in words', () => {
  it('say "since the start of the records" for an interval that begins before any record, never a placeholder date', () => {
    // The demo records ICE's enforcement as beginning in 1900: "always".
    const always = { from: '1900-01-01T00:00:00Z', until: null };
    expect(intervalText(always)).toBe('since the start of the records, to now');
    expect(intervalText(always)).not.toMatch(/1899|1900|GMT/);
    expect(intervalText({ from: RECORDS_BEGIN, until: '2025-07-01T05:00:00Z' })).toBe(
      'since the start of the records, until 2025-07-01 00:00 CDT',
    );
    expect(agentText([always])).toBe('Immigration agent since the start of the records, to now');
  });

  it('say "to now" for an open end and give both county times of a closed interval', () => {
    expect(intervalText({ from: '2024-01-01T06:00:00Z', until: null })).toBe('from 2024-01-01 00:00 CST to now');
    expect(intervalText({ from: '2024-01-01T06:00:00Z', until: '2025-01-01T06:00:00Z' })).toBe(
      'from 2024-01-01 00:00 CST until 2025-01-01 00:00 CST',
    );
    // A real date just after the records begin is a date.
    expect(intervalText({ from: '2000-02-01T06:00:00Z', until: null })).toBe('from 2000-02-01 00:00 CST to now');
  });

  it("put the same words in a party's label in the graph", () => {
    const ice = {
      id: 'ice',
      name: 'U.S. Immigration and Customs Enforcement',
      kind: 'GOVERNMENT_AGENCY',
      agentIntervals: [{ from: '1900-01-01T00:00:00Z', until: null }],
    };
    const label = partyLabel(ice, true).replaceAll('\n', ' ');
    expect(label).toContain('agent since the start of the records');
    expect(label).not.toMatch(/1899|1900|still running/);
  });
});

describe('a finding in words', () => {
  const names = new Map([
    ['cook-sheriff', 'Cook County Sheriff'],
    ['regional-justice-exchange', 'Regional criminal justice data exchange'],
    ['acme-data', 'Acme Data Services'],
    ['ice', 'U.S. Immigration and Customs Enforcement'],
  ]);

  it("names the parties and gives county time where the service's explanation gives ids and ISO instants", () => {
    const explanation =
      'Indirectly, through regional-justice-exchange, acme-data, personal information of 1 individual(s) (1 record(s)) created by cook-sheriff reached ice, an immigration agent at the time, by disclosure demo-0004 on 2025-03-10T16:45:00-05:00 (legal basis given: NONE). Sec. 46-37(e) forbids disclosure to immigration agents, directly or indirectly.';
    expect(readableFinding(explanation, names)).toBe(
      'Indirectly, through Regional criminal justice data exchange, Acme Data Services, personal information of 1 individual(s) (1 record(s)) created by Cook County Sheriff reached U.S. Immigration and Customs Enforcement, an immigration agent at the time, by disclosure demo-0004 on 2025-03-10 16:45 CDT (legal basis given: none). Sec. 46-37(e) forbids disclosure to immigration agents, directly or indirectly.',
    );
  });

  it('replaces whole ids only, a possessive included, and leaves words that merely contain an id', () => {
    expect(readableFinding("acme-data passed cook-sheriff's information to ice in 2025-03.", names)).toBe(
      "Acme Data Services passed Cook County Sheriff's information to U.S. Immigration and Customs Enforcement in 2025-03.",
    );
    expect(readableFinding('the justice office gave prices to services', names)).toBe(
      'the justice office gave prices to services',
    );
    expect(readableFinding('more than 365 days before 2026-06-01T00:00:00Z.', names)).toBe(
      'more than 365 days before 2026-05-31 19:00 CDT.',
    );
  });
});
