import { describe, expect, it } from 'vitest';
import { applicableTabs } from '../../../explorer/src/tabs.ts';

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
