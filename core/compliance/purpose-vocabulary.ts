/**
 * The vocabulary of stated purposes that reveal immigration enforcement, Sec. 46-37(f)(i): a
 * data file in the repository (config/immigration-purposes.json) that an operator extends with
 * a file of their own named by IMMIGRATION_PURPOSES_FILE, merged in. Its version, a name and a
 * hash of what was merged, goes into every finding it produced, so that a finding can be told
 * apart from one a later vocabulary would have made.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../infra/config.ts';
import { wordsOf } from './purpose-words.ts';

export const PURPOSE_CATEGORIES = [
  'ICE',
  'ICE_DETAINER',
  'HSI',
  'ERO',
  'CBP',
  'REMOVAL',
  'DHS',
  'USCIS',
  'IMMIGRATION',
] as const;
export type PurposeCategory = (typeof PURPOSE_CATEGORIES)[number];

/** The file as written: phrases by category, and phrases whose words are not immigration ("ice cream"). */
export type PurposeVocabularyFile = {
  name: string;
  version: string;
  description?: string;
  categories: Partial<Record<PurposeCategory, string[]>>;
  notImmigration?: string[];
};

/** One word of a phrase: matched whole, or as the start of a word when written with a final "*". */
export type Pattern = { word: string; prefix: boolean };
/** A phrase ready to match; `category` null for a phrase of notImmigration. */
export type Term = { category: PurposeCategory | null; phrase: string; patterns: Pattern[] };

export type PurposeVocabulary = {
  /** "name@version" of each file merged, and the first 16 hex digits of the SHA-256 of the merged phrases. */
  version: string;
  terms: Term[];
};

export const PURPOSE_VOCABULARY_FILE = join(import.meta.dirname, '..', '..', 'config', 'immigration-purposes.json');
export const PURPOSE_VOCABULARY_VARIABLE = 'IMMIGRATION_PURPOSES_FILE';

const MAX_PHRASE_WORDS = 12;
const KEYS = new Set(['name', 'version', 'description', 'categories', 'notImmigration']);

/** The words of a phrase as patterns; null when it has none. */
function patternsOf(phrase: string): Pattern[] | null {
  const patterns = phrase
    .split(/\s+/)
    .filter((part) => part !== '')
    .flatMap((part) => {
      const prefix = part.endsWith('*');
      const words = wordsOf(prefix ? part.slice(0, -1) : part);
      return words.map(({ word }, index) => ({ word, prefix: prefix && index === words.length - 1 }));
    });
  return patterns.length === 0 ? null : patterns;
}

/** Every problem of a list of phrases, named by where it stands in the file. */
function phraseProblems(value: unknown, at: string): string[] {
  if (!Array.isArray(value)) return [`${at} must be a list of phrases, got ${JSON.stringify(value)}`];
  return value.flatMap((phrase, index) => {
    const where = `${at}[${index}]`;
    if (typeof phrase !== 'string') return [`${where} must be a string, got ${JSON.stringify(phrase)}`];
    if (/\*(?!\s|$)/.test(phrase)) return [`${where} "${phrase}": "*" may only end a word`];
    const patterns = patternsOf(phrase);
    if (patterns === null) return [`${where} "${phrase}" has no word to match`];
    if (patterns.length > MAX_PHRASE_WORDS) return [`${where} "${phrase}" has more than ${MAX_PHRASE_WORDS} words`];
    if (patterns.some((pattern) => pattern.prefix && pattern.word.length < 3)) {
      return [`${where} "${phrase}": a word ending in "*" needs at least 3 letters before it`];
    }
    return [];
  });
}

/** Checks a vocabulary file's content; every problem is named in one error. */
export function parsePurposeVocabulary(value: unknown, source: string): PurposeVocabularyFile {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`the file must hold a JSON object, got ${JSON.stringify(value)?.slice(0, 80)}`);
  } else {
    const file = value as Record<string, unknown>;
    for (const key of Object.keys(file)) if (!KEYS.has(key)) problems.push(`unknown key "${key}"`);
    for (const key of ['name', 'version'] as const) {
      if (typeof file[key] !== 'string' || (file[key] as string).trim() === '') {
        problems.push(`"${key}" must be a non-empty string, got ${JSON.stringify(file[key])}`);
      }
    }
    if (file.description !== undefined && typeof file.description !== 'string') {
      problems.push(`"description" must be a string`);
    }
    const categories = file.categories;
    if (typeof categories !== 'object' || categories === null || Array.isArray(categories)) {
      problems.push(`"categories" must be an object of phrase lists by category, got ${JSON.stringify(categories)}`);
    } else {
      for (const [category, phrases] of Object.entries(categories)) {
        if (!(PURPOSE_CATEGORIES as readonly string[]).includes(category)) {
          problems.push(`unknown category "${category}" (known: ${PURPOSE_CATEGORIES.join(', ')})`);
        }
        problems.push(...phraseProblems(phrases, `categories.${category}`));
      }
    }
    if (file.notImmigration !== undefined) problems.push(...phraseProblems(file.notImmigration, 'notImmigration'));
  }
  if (problems.length > 0) {
    throw new ConfigError(`immigration purpose vocabulary ${source} is not valid:\n- ${problems.join('\n- ')}`);
  }
  return value as PurposeVocabularyFile;
}

/** Reads and checks one vocabulary file; one that cannot be read or is not JSON is named as such. */
export function readPurposeVocabulary(path: string): PurposeVocabularyFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`immigration purpose vocabulary ${path} cannot be read: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`immigration purpose vocabulary ${path} is not JSON: ${(error as Error).message}`);
  }
  return parsePurposeVocabulary(value, path);
}

/** The base file with the operator's extensions merged in, ready to match. */
export function compilePurposeVocabulary(files: readonly PurposeVocabularyFile[]): PurposeVocabulary {
  const phrases = new Map<string, Set<string>>();
  const add = (key: string, list: readonly string[] | undefined) => {
    const set = phrases.get(key) ?? new Set<string>();
    for (const phrase of list ?? []) set.add(phrase.trim().replace(/\s+/g, ' ').toLowerCase());
    phrases.set(key, set);
  };
  for (const file of files) {
    for (const category of PURPOSE_CATEGORIES) add(category, file.categories[category]);
    add('notImmigration', file.notImmigration);
  }
  const merged = Object.fromEntries([...phrases].map(([key, set]) => [key, [...set].sort()]));
  const hash = createHash('sha256').update(JSON.stringify(merged)).digest('hex').slice(0, 16);
  const terms = Object.entries(merged).flatMap(([key, list]) =>
    list.map((phrase) => ({
      category: key === 'notImmigration' ? null : (key as PurposeCategory),
      phrase,
      patterns: patternsOf(phrase) as Pattern[],
    })),
  );
  return { version: `${files.map((file) => `${file.name}@${file.version}`).join('+')} sha256:${hash}`, terms };
}

const loaded = new Map<string, PurposeVocabulary>();

/**
 * The vocabulary the service runs with: the repository's file, and the operator's named by
 * IMMIGRATION_PURPOSES_FILE when set. Read once per extension file; a bad file throws a
 * ConfigError (code BAD_CONFIGURATION) that names the file and every problem in it.
 */
export function purposeVocabulary(env: NodeJS.ProcessEnv = process.env): PurposeVocabulary {
  const extension = env[PURPOSE_VOCABULARY_VARIABLE]?.trim() || null;
  const key = extension ?? '';
  const cached = loaded.get(key);
  if (cached !== undefined) return cached;
  const files = [readPurposeVocabulary(PURPOSE_VOCABULARY_FILE)];
  if (extension !== null) files.push(readPurposeVocabulary(extension));
  const vocabulary = compilePurposeVocabulary(files);
  loaded.set(key, vocabulary);
  return vocabulary;
}
