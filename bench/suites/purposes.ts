/**
 * How well the immigration-purpose vocabulary reads stated purposes: precision and recall of
 * the classifier against a labelled list of reasons (test/fixtures/purposes/labelled.tsv:
 * reason, expected categories, note), written from the categories of the vocabulary, with
 * near misses beside them ("police", "Office of Justice Services", "ice cream truck theft").
 * Whether a reason is flagged at all is the headline; whether it got the expected categories
 * is counted beside it, per (reason, category) pair. Needs no database.
 *
 *   npm run bench -- purposes [--file test/fixtures/purposes/labelled.tsv]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  classifyPurpose,
  PURPOSE_CATEGORIES,
  type PurposeCategory,
  purposeVocabulary,
} from '../../core/compliance/index.ts';
import { round, type Suite, type SuiteResult } from '../harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const LABELLED_PURPOSES = join(ROOT, 'test', 'fixtures', 'purposes', 'labelled.tsv');

export type LabelledPurpose = { line: number; reason: string; expected: PurposeCategory[]; note: string };

/** The labelled reasons of a TSV file with the header `reason  expected  note`; a bad line is named. */
export function readLabelledPurposes(path: string = LABELLED_PURPOSES): LabelledPurpose[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  if (header !== 'reason\texpected\tnote') throw new Error(`${path}: header must be "reason<TAB>expected<TAB>note"`);
  return lines.flatMap((text, index) => {
    if (text.trim() === '') return [];
    const line = index + 2;
    const [reason, expected, note, ...rest] = text.split('\t');
    if (reason === undefined || expected === undefined || note === undefined || rest.length > 0) {
      throw new Error(`${path}:${line}: expected 3 tab-separated columns, got "${text}"`);
    }
    const categories = expected === '' ? [] : expected.split(',');
    for (const category of categories) {
      if (!(PURPOSE_CATEGORIES as readonly string[]).includes(category)) {
        throw new Error(`${path}:${line}: unknown category "${category}"`);
      }
    }
    return [{ line, reason, expected: categories as PurposeCategory[], note }];
  });
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : round(numerator / denominator, 4));

async function run(args: string[]): Promise<SuiteResult> {
  const { values } = parseArgs({ args, options: { file: { type: 'string', default: LABELLED_PURPOSES } } });
  const file = values.file as string;
  const labelled = readLabelledPurposes(file);
  const vocabulary = purposeVocabulary();
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const pairs = { tp: 0, fp: 0, fn: 0 };
  const misclassified: Array<Record<string, unknown>> = [];
  const started = performance.now();
  for (const { line, reason, expected, note } of labelled) {
    const match = classifyPurpose(reason, vocabulary);
    const got = match?.categories ?? [];
    const flagged = got.length > 0;
    const wanted = expected.length > 0;
    counts[flagged ? (wanted ? 'tp' : 'fp') : wanted ? 'fn' : 'tn'] += 1;
    pairs.tp += got.filter((category) => expected.includes(category)).length;
    pairs.fp += got.filter((category) => !expected.includes(category)).length;
    pairs.fn += expected.filter((category) => !got.includes(category)).length;
    const sameCategories = got.length === expected.length && got.every((category) => expected.includes(category));
    if (!sameCategories) {
      misclassified.push({
        line,
        reason,
        // As text, not lists: the file stays as Prettier would write it.
        expected: expected.join(', '),
        got: got.join(', '),
        kind: flagged === wanted ? 'categories' : flagged ? 'false positive' : 'false negative',
        matched: (match?.matches ?? []).map((word) => `"${word.text}"`).join(', '),
        ...(note === '' ? {} : { note }),
      });
    }
  }
  const microsecondsPerReason = round(((performance.now() - started) * 1000) / labelled.length, 1);
  return {
    profile: `${labelled.length} labelled reasons`,
    metrics: {
      reasons: labelled.length,
      precision: ratio(counts.tp, counts.tp + counts.fp),
      recall: ratio(counts.tp, counts.tp + counts.fn),
      truePositives: counts.tp,
      falsePositives: counts.fp,
      falseNegatives: counts.fn,
      trueNegatives: counts.tn,
      categoryPrecision: ratio(pairs.tp, pairs.tp + pairs.fp),
      categoryRecall: ratio(pairs.tp, pairs.tp + pairs.fn),
      microsecondsPerReason,
    },
    targets: { precision: { min: 0.95 }, recall: { min: 0.95 } },
    settings: {
      file: relative(ROOT, file),
      vocabularyVersion: vocabulary.version,
      misclassified,
    },
  };
}

export const purposesSuite: Suite = {
  usage: 'precision and recall of the immigration-purpose classifier on labelled reasons [--file labelled.tsv]',
  run,
};
