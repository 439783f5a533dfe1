/**
 * The search box: a subject key (64 hex digits) or a record id opens that person's or that
 * record's chains (AUDITOR only); anything else is looked up as a party's id or name, a
 * disclosure id and, for an AUDITOR, a record id, and the matches are offered.
 */
import type { Client } from './api.ts';
import { countyDate } from './format.ts';
import type { Selection } from './picture.ts';
import { IdLookup, PartySearch, RecordLookup } from './queries/party.ts';
import type { Mode } from './session.ts';

export type SearchKind = 'any' | 'subject' | 'record' | 'party' | 'disclosure';

export type Match = { label: string; selection: Selection };

export type Plan = { open: Selection } | { lookup: string; names: boolean; ids: boolean } | { refuse: string };

const SUBJECT_KEY = /^[0-9a-f]{64}$/i;
export const PARTY_MATCHES = 20;
/**
 * How many of the service's name matches are read: it matches anywhere in a name ("ice" in
 * "services"), and the explorer keeps those that match by word, so it reads more than it shows.
 */
export const PARTY_SEARCH_READ = 200;

/** A name or id as words: lower case, "U.S." and "State's" kept whole, split at anything else. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(?<=\p{L})['’.](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * How well a party matches the text by word, best first: 0 when the text is its id or its
 * name starts with the text, 1 when a word of its name does, 2 when its id starts with it, 3
 * when another word of its id does; null when none does (the text inside a word is no match:
 * "ice" is not in "justice").
 */
export function wordRank(text: string, party: { id: string; name: string }): number | null {
  const wanted = wordsOf(text).join(' ');
  if (wanted === '') return null;
  const name = wordsOf(party.name).join(' ');
  const id = wordsOf(party.id).join(' ');
  if (party.id.toLowerCase() === text.trim().toLowerCase() || name.startsWith(wanted)) return 0;
  if (` ${name}`.includes(` ${wanted}`)) return 1;
  if (id.startsWith(wanted)) return 2;
  if (` ${id}`.includes(` ${wanted}`)) return 3;
  return null;
}

/** The parties that match the text by word, best first, then by name. */
export function byWord<T extends { id: string; name: string }>(text: string, parties: readonly T[]): T[] {
  return parties
    .flatMap((party) => {
      const rank = wordRank(text, party);
      return rank === null ? [] : [{ party, rank }];
    })
    .sort((a, b) => a.rank - b.rank || a.party.name.localeCompare(b.party.name) || a.party.id.localeCompare(b.party.id))
    .map(({ party }) => party);
}

/** What a search means, before any request: pure, so that its rules can be tested. */
export function planSearch(raw: string, kind: SearchKind, mode: Mode): Plan {
  const text = raw.trim();
  if (text === '') return { refuse: "Type a subject key, a record id, a party's name or id, or a disclosure id." };
  const subjectLevel = kind === 'subject' || kind === 'record' || (kind === 'any' && SUBJECT_KEY.test(text));
  if (subjectLevel && mode !== 'AUDITOR') {
    return {
      refuse:
        'Subject keys and record ids are subject-level: only an AUDITOR may search them (who may see what: see docs/glossary.md in the repository).',
    };
  }
  if (kind === 'subject' || (kind === 'any' && SUBJECT_KEY.test(text))) {
    if (!SUBJECT_KEY.test(text))
      return { refuse: `a subject key is 64 hexadecimal digits; "${text.slice(0, 80)}" is not one` };
    return { open: { kind: 'subject', subjectKey: text.toLowerCase() } };
  }
  if (kind === 'record') return { open: { kind: 'record', recordId: text } };
  if (kind === 'disclosure') return { open: { kind: 'disclosure', disclosureId: text } };
  return { lookup: text, names: text.length >= 2, ids: kind === 'any' || kind === 'party' };
}

export async function lookUp(
  client: Client,
  plan: { lookup: string; names: boolean; ids: boolean },
  kind: SearchKind,
  mode: Mode,
): Promise<Match[]> {
  const [byId, byName, record] = await Promise.all([
    plan.ids ? client(IdLookup, { id: plan.lookup }) : null,
    plan.names ? client(PartySearch, { text: plan.lookup, first: PARTY_SEARCH_READ }) : null,
    plan.ids && kind === 'any' && mode === 'AUDITOR' ? client(RecordLookup, { id: plan.lookup }) : null,
  ]);
  const matches: Match[] = [];
  if (byId?.party)
    matches.push({
      label: `Party ${byId.party.name} (${byId.party.id})`,
      selection: { kind: 'party', partyId: byId.party.id },
    });
  if (kind === 'any' && byId?.disclosure) {
    const d = byId.disclosure;
    matches.push({
      label: `Disclosure ${d.id}, ${countyDate(d.at)}, from ${d.from.name} to ${d.to.name}`,
      selection: { kind: 'disclosure', disclosureId: d.id },
    });
  }
  if (record?.record) {
    const found = record.record;
    matches.push({
      label: `Record ${found.id} of ${found.origin.name}`,
      selection: { kind: 'record', recordId: found.id },
    });
  }
  // The service matches inside words; the explorer keeps matches by word (see byWord).
  const named = byWord(plan.lookup, byName?.partySearch.nodes ?? []).filter((party) => party.id !== byId?.party?.id);
  for (const party of named.slice(0, PARTY_MATCHES)) {
    matches.push({ label: `Party ${party.name} (${party.id})`, selection: { kind: 'party', partyId: party.id } });
  }
  return matches;
}
