/** A mapping of the auditor's own over NDJSON: no holder, so the sender discloses directly. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMapping } from '../../../scripts/sources/mapping.ts';
import { runSource } from '../../../scripts/sources/run.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/sources');

describe('a mapping file over NDJSON', () => {
  const ctx = useTestDatabase();

  it('writes records and disclosures, refusing an ambiguous local time and a bad identifier without either', async () => {
    await registerTestParties(
      ctx.db,
      [
        ['ccso', 'COUNTY_AGENCY'],
        ['hpd', 'GOVERNMENT_AGENCY'],
      ],
      (id) => (id === 'ccso' ? "Cook County Sheriff's Office" : 'Houston Police Department'),
    );
    const summary = await runSource(ctx.db, {
      file: path.join(FIXTURES, 'sheriff-shares.ndjson'),
      mapping: await loadMapping(path.join(FIXTURES, 'sheriff-shares.mapping.yaml')),
      params: {},
      secret: 'a test secret of at least thirty-two characters',
    });
    expect([summary.committed, summary.refused]).toEqual([1, 2]);
    expect(summary.rejects).toEqual([
      expect.stringMatching(/^line 2: TIME_AMBIGUOUS: sentAt: /),
      expect.stringMatching(/^line 3: BAD_IDENTIFIER: /),
    ]);
    for (const reject of summary.rejects) expect(reject).not.toMatch(/A12345678901|warrant|Houston|12/);
    const rows = await ctx.db.read((tx) =>
      tx.run<{
        from: string;
        to: string;
        at: string;
      }>(/* cypher */ `MATCH (s:Party)-[:SENT]->(d:Disclosure)-[:TO]->(r:Party)
         RETURN s.id AS from, r.id AS to, toString(d.atStated) AS at`),
    );
    expect(rows).toEqual([{ from: 'ccso', to: 'hpd', at: '2024-07-04T12:30:00-05:00' }]);
  });
});
