/**
 * Whether a stated purpose (a disclosure's, an access grant's, a search reason, a dropdown
 * value such as "Immigration (civil/administrative)") reveals immigration enforcement, and by
 * which words: Sec. 46-37(f)(i) forbids a third party's *use* of personal information for the
 * enforcement of immigration laws, not only disclosure to an immigration agent.
 *
 * Matching is on whole words, so "police", "service", "justice", "Office", "Vice unit" and
 * "practice" never read as ICE. Where a word is ambiguous the county's stricter reading is
 * taken, and the choices stand in the vocabulary file:
 * - "HSI" (Homeland Security Investigations) is ICE's investigative directorate. Its task
 *   forces (human trafficking, child exploitation) also investigate crimes, but what reaches
 *   HSI reaches ICE, so "HSI human trafficking task force" is flagged: an auditor, not the
 *   matcher, decides that a given one was a non-immigration purpose.
 * - "ICE" alone is the agency, whatever its case ("assist ice"); it stops being one only in
 *   the phrases notImmigration lists ("ice cream", "ice storm", "ICE (in case of emergency)",
 *   "ice methamphetamine"). "ICE contact" is flagged: it reads as contact with ICE as readily
 *   as an emergency contact, and only the longer emergency-contact phrasings are excluded.
 * - "DHS" alone is the federal department; "Illinois DHS" and "DHS (Human Services)" are the
 *   state's Department of Human Services, and the county's and state's homeland-security
 *   emergency-management offices are not immigration agencies.
 * - "removal" alone is snow, graffiti or a child; only the immigration terms of art
 *   ("removal proceedings", "order of removal", "expedited removal") count, as do deportation
 *   and its forms. "deportation officer" is ERO's job title.
 * - Any mention of immigration ("Immigration (civil/administrative)", "immigration status
 *   check") counts, except the legal-aid and rights phrases the vocabulary lists: a purpose
 *   that names immigration in a disclosure of personal information is for an auditor to see.
 */
import { type PurposeCategory, PURPOSE_CATEGORIES, type PurposeVocabulary, type Term } from './purpose-vocabulary.ts';
import { type Word, wordsOf } from './purpose-words.ts';

/** One phrase of the vocabulary found in a purpose: the category, and the text exactly as written. */
export type PurposeWordMatch = {
  category: PurposeCategory;
  /** The words as the purpose wrote them ("I.C.E."), not as the vocabulary spells them. */
  text: string;
  /** The vocabulary's phrase that matched ("ice"). */
  phrase: string;
  /** Offsets in the purpose, end exclusive (UTF-16 code units). */
  start: number;
  end: number;
};

/** Why a purpose reads as immigration enforcement: the evidence a finding carries. */
export type PurposeMatch = {
  purpose: string;
  categories: PurposeCategory[];
  matches: PurposeWordMatch[];
  vocabularyVersion: string;
};

type Span = { term: Term; first: number; last: number };

const matchesAt = (words: readonly Word[], at: number, term: Term) =>
  at + term.patterns.length <= words.length &&
  term.patterns.every(({ word, prefix }, index) => {
    const said = (words[at + index] as Word).word;
    return prefix ? said.startsWith(word) : said === word;
  });

const inside = (inner: Span, outer: Span) =>
  outer.first <= inner.first && inner.last <= outer.last && outer.last - outer.first > inner.last - inner.first;

/**
 * The immigration-enforcement categories a purpose names, with the words that name them; null
 * when it names none. A match wholly inside a notImmigration phrase ("ice" in "ice cream") does
 * not count, nor one wholly inside a longer match ("homeland security" in "Homeland Security
 * Investigations" is HSI, not also DHS).
 */
export function classifyPurpose(purpose: string, vocabulary: PurposeVocabulary): PurposeMatch | null {
  const words = wordsOf(purpose);
  const found: Span[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (const term of vocabulary.terms) {
      if (matchesAt(words, at, term)) found.push({ term, first: at, last: at + term.patterns.length - 1 });
    }
  }
  const excluded = found.filter((span) => span.term.category === null);
  const positive = found.filter((span) => span.term.category !== null);
  const kept = positive.filter(
    (span) =>
      !excluded.some((outer) => outer.first <= span.first && span.last <= outer.last) &&
      !positive.some((outer) => inside(span, outer)),
  );
  if (kept.length === 0) return null;
  const seen = new Set<string>();
  const matches: PurposeWordMatch[] = [];
  for (const { term, first, last } of kept) {
    const key = `${term.category}:${first}:${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = (words[first] as Word).start;
    const end = (words[last] as Word).end;
    matches.push({
      category: term.category as PurposeCategory,
      text: purpose.slice(start, end),
      phrase: term.phrase,
      start,
      end,
    });
  }
  matches.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
  const named = new Set(matches.map((match) => match.category));
  return {
    purpose,
    categories: PURPOSE_CATEGORIES.filter((category) => named.has(category)),
    matches,
    vocabularyVersion: vocabulary.version,
  };
}

/** Classifies each distinct purpose once: a county year repeats the same few purposes many times. */
export function purposeClassifier(vocabulary: PurposeVocabulary): (purpose: string) => PurposeMatch | null {
  const known = new Map<string, PurposeMatch | null>();
  return (purpose) => {
    if (!known.has(purpose)) known.set(purpose, classifyPurpose(purpose, vocabulary));
    return known.get(purpose) ?? null;
  };
}

/** The evidence in words, for an explanation: `"I.C.E." (ICE), "removal proceedings" (REMOVAL)`. */
export function matchedWords(match: PurposeMatch): string {
  return match.matches.map((word) => `"${word.text}" (${word.category})`).join(', ');
}
