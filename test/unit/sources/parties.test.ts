import { describe, expect, it } from 'vitest';
import { normaliseName, PartyNames } from '../../../scripts/sources/parties.ts';

const names = new PartyNames(
  [
    { id: 'hpd', name: 'Houston Police Department', kind: 'GOVERNMENT_AGENCY' },
    { id: 'acme-1', name: 'Acme, Inc.', kind: 'CORPORATION' },
    { id: 'acme-2', name: 'ACME LLC', kind: 'CORPORATION' },
  ],
  { 'Acme Detective Agency': 'hpd' },
);

describe('organisation names to parties', () => {
  it('matches an id, then a name exactly, then a name normalised', () => {
    expect(names.resolve('hpd')).toEqual({ partyId: 'hpd' });
    expect(names.resolve('Houston Police Department')).toEqual({ partyId: 'hpd' });
    expect(names.resolve('  the HOUSTON police-department. ')).toEqual({ partyId: 'hpd' });
    expect(normaliseName('Smith & Wesson Co.')).toBe('smith and wesson');
  });

  it('never guesses: no match, or more than one, is unknown', () => {
    expect(names.resolve('Houston Police')).toEqual({ unknown: 'none' });
    expect(names.resolve('Acme Corp')).toEqual({ unknown: 'several' });
  });

  it('lets the names file decide over every match', () => {
    expect(names.resolve('ACME DETECTIVE AGENCY')).toEqual({ partyId: 'hpd' });
  });
});
