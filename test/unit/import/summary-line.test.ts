import { describe, expect, it } from 'vitest';
import { importCounts } from '../../../bench/suites/ingest.ts';
import { summaryLine } from '../../../scripts/import.ts';
import type { ImportSummary } from '../../../scripts/import/importer.ts';

const summary: ImportSummary = {
  lines: 9,
  created: 5,
  unchanged: 1,
  refused: 3,
  skipped: 0,
  strictFailed: false,
  seconds: 2,
  rejects: 'chain.disclosures.ndjson.rejects',
  checkedAgain: 0,
  retried: 0,
};
const quiet = 'imported 9 lines: 6 committed (created 5, unchanged 1), 3 refused, in 2.0 s, 5 lines/s';

describe("the import's summary line", () => {
  it('says how many batches read their checks again or were retried, only when some did', () => {
    expect(summaryLine(summary)).toBe(quiet);
    expect(summaryLine({ ...summary, checkedAgain: 1 })).toBe(`${quiet}; 1 batch read its checks again, 0 retried`);
    expect(summaryLine({ ...summary, checkedAgain: 3, retried: 1 })).toBe(
      `${quiet}; 3 batches read their checks again, 1 retried`,
    );
  });

  it('is read back by the ingest benchmark: its refused lines, its batches checked again and retried', () => {
    expect(importCounts(`${summaryLine(summary)}\n`)).toEqual({ refused: 3, checkedAgain: 0, retried: 0 });
    expect(importCounts(`${summaryLine({ ...summary, refused: 0, checkedAgain: 1 })}\n`)).toEqual({
      refused: 0,
      checkedAgain: 1,
      retried: 0,
    });
    expect(importCounts(summaryLine({ ...summary, refused: 12, checkedAgain: 4, retried: 2 }))).toEqual({
      refused: 12,
      checkedAgain: 4,
      retried: 2,
    });
    // Without its summary the benchmark stops rather than count nothing refused.
    expect(() => importCounts('resuming after line 1000\n')).toThrow('the import printed no summary line');
  });
});
