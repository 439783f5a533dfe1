import { describe, expect, it } from 'vitest';
import { applicableTabs } from '../../../explorer/src/tabs.ts';
import { firstArrival } from '../../../explorer/src/accounting.ts';
import { AGENCY, BROKER, CONTRACTOR, hop, RESELLER } from './fixtures.ts';

describe('the tabs of the side panel', () => {
  it('are only those that apply to what is selected, for the role', () => {
    const auditor = (focus: Parameters<typeof applicableTabs>[0], subject = true) =>
      applicableTabs(focus, 'AUDITOR', subject);
    expect(auditor({ kind: 'root' })).toEqual(['details', 'accounting']);
    expect(auditor({ kind: 'root' }, false)).toEqual(['details']);
    expect(auditor({ kind: 'party', agency: false })).toEqual([
      'details',
      'upstream',
      'downstream',
      'accounting',
      'deletion',
    ]);
    // A deletion scope starts from a disclosure or a third party, never from a county agency.
    expect(auditor({ kind: 'party', agency: true }, false)).toEqual(['details', 'upstream', 'downstream']);
    expect(auditor({ kind: 'disclosure' }, false)).toEqual(['details', 'downstream', 'deletion']);
    expect(auditor({ kind: 'bundle' }, false)).toEqual(['details']);
  });

  it('never include the accounting or the deletion scope for an ANALYST', () => {
    for (const focus of [
      { kind: 'root' },
      { kind: 'party', agency: false },
      { kind: 'disclosure' },
      { kind: 'bundle' },
    ] as const) {
      const tabs = applicableTabs(focus, 'ANALYST', true);
      expect(tabs).not.toContain('accounting');
      expect(tabs).not.toContain('deletion');
      expect(tabs[0]).toBe('details');
    }
    expect(applicableTabs({ kind: 'party', agency: false }, 'ANALYST', false)).toEqual([
      'details',
      'upstream',
      'downstream',
    ]);
  });
});

describe("an accounting line's first arrival", () => {
  const arrival = (at: string, chain: ReturnType<typeof hop>[], kind: 'DIRECT' | 'INDIRECT') => ({
    at,
    kind,
    hopCount: chain.length,
    chain,
  });
  // A broker reached twice: first through the reseller (indirectly), later straight from the agency.
  const viaReseller = arrival(
    '2024-03-01T15:00:00Z',
    [hop('d-1', '2024-02-01T15:00:00Z', AGENCY, RESELLER), hop('d-2', '2024-03-01T15:00:00Z', RESELLER, BROKER)],
    'INDIRECT',
  );
  const straight = arrival('2024-05-01T15:00:00Z', [hop('d-3', '2024-05-01T15:00:00Z', AGENCY, BROKER)], 'DIRECT');

  it("is the earliest of the recipient's arrivals, whatever order the service lists them in", () => {
    expect(firstArrival([straight, viaReseller])).toBe(viaReseller);
    expect(firstArrival([viaReseller, straight])).toBe(viaReseller);
    expect(firstArrival([])).toBeNull();
  });

  it('at one instant, the one of fewer hops', () => {
    const alsoDirect = arrival(viaReseller.at, [hop('d-4', viaReseller.at, AGENCY, BROKER)], 'DIRECT');
    expect(firstArrival([viaReseller, alsoDirect])).toBe(alsoDirect);
    expect(
      firstArrival([
        arrival('2024-06-01T15:00:00Z', [hop('d-5', '2024-06-01T15:00:00Z', BROKER, CONTRACTOR)], 'INDIRECT'),
      ])?.hopCount,
    ).toBe(1);
  });
});
