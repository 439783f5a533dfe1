/**
 * The words of a stated purpose, as the immigration-purpose vocabulary matches them: whole
 * words, case and accents ignored, with where each stood in the text so that a finding can
 * quote exactly what was written.
 */

export type Word = {
  /** Lower case, accents and invisible characters removed, dotted initials joined: "I.C.E." is "ice". */
  word: string;
  /** Offsets in the text as given (UTF-16 code units, as JavaScript counts), end exclusive. */
  start: number;
  end: number;
};

// Dotted initials first ("I.C.E.", "U.S."), then runs of letters and digits, and "&", which is
// the word "and" ("Customs & Border Protection"). Marks and format characters (a zero-width
// space typed inside "ICE") belong to the word they stand in, so that they can neither split a
// word nor hide one.
const WORDS =
  /(?<![\p{L}\p{N}\p{M}\p{Cf}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}\p{M}\p{Cf}])|[\p{L}\p{N}\p{M}\p{Cf}]+|&/gu;

const normalise = (raw: string) =>
  raw
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}.]/gu, '')
    .toLowerCase();

/** The words of a text, in order; what separates them (spaces, "/", "-", brackets) is not a word. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const found of text.matchAll(WORDS)) {
    const word = found[0] === '&' ? 'and' : normalise(found[0]);
    if (word === '') continue;
    words.push({ word, start: found.index, end: found.index + found[0].length });
  }
  return words;
}
