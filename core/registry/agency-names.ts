/**
 * How a name on a published list of agencies is matched to a registered party. Lists spell the
 * same office many ways ("Sheriff's Office", "SHERIFFS OFFICE", "Co. Sheriff"), so a name is
 * compared first as written, then normalised; a name that fits two parties is never guessed.
 */

// Whole words only, after case and punctuation are gone.
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bdept\b/g, 'department'],
  [/\bco\b/g, 'county'],
  [/\bcnty\b/g, 'county'],
  [/\bsheriff s\b/g, 'sheriffs'],
  [/\bsheriff office\b/g, 'sheriffs office'],
  [/\bpd\b/g, 'police department'],
  [/\band\b/g, ' '],
];

/** A name as compared: lower case, apostrophes dropped, punctuation as spaces, common abbreviations spelled out. */
export function normaliseAgencyName(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [word, spelled] of WORDS) text = text.replace(word, spelled);
  return text.replace(/\s+/g, ' ').trim();
}

/** The readable, stable part of an id made from a name: its normalised words joined by "-". */
export function agencySlug(name: string, max = 80): string {
  return normaliseAgencyName(name).replace(/ /g, '-').slice(0, max).replace(/-+$/, '');
}

/** A registered party as a candidate, with its state when known (null: any state). */
export type Candidate = { id: string; name: string; state: string | null };

export type Match = { partyId: string } | { ambiguous: string[] } | { none: true };

/**
 * The party a listed name in a state is: among candidates of that state or of no known state,
 * the one with exactly this name; else the one with the same normalised name. Two at either
 * step is ambiguous, and the caller must say which (a names file), not the matcher.
 */
export function matchAgency(candidates: readonly Candidate[], state: string, name: string): Match {
  const inState = candidates.filter((party) => party.state === null || party.state === state);
  const exact = inState.filter((party) => party.name.trim() === name.trim());
  if (exact.length === 1) return { partyId: (exact[0] as Candidate).id };
  if (exact.length > 1) return { ambiguous: exact.map((party) => party.id).sort() };
  const wanted = normaliseAgencyName(name);
  const close = inState.filter((party) => normaliseAgencyName(party.name) === wanted);
  if (close.length === 1) return { partyId: (close[0] as Candidate).id };
  if (close.length > 1) return { ambiguous: close.map((party) => party.id).sort() };
  return { none: true };
}
