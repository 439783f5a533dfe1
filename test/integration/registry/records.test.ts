import { beforeAll, describe, expect, it } from 'vitest';
import type { RegisterRecordInput } from '../../../core/registry/record-input.ts';
import { readableSubjects, recordsByIds, recordsOfSubjects, registerRecords } from '../../../core/registry/records.ts';
import { registerParty } from '../../../core/registry/parties.ts';
import { subjectKeyOf } from '../../../core/registry/subject-key.ts';
import { useTestDatabase } from '../../support/database.ts';
import { registerTestParties } from '../../support/parties.ts';

const SHERIFF = 'cook-sheriff';
const CLERK = 'cook-clerk';
const BROKER = 'acme-data';
const SECRET = 'integration-test-secret-of-32-characters';

/** A person's subject key, from a booking number. */
const person = (booking: number) => subjectKeyOf(SECRET, 'CB_NUMBER', String(booking));
const ALICE = person(1001);
const BOB = person(1002);

function item(id: string, overrides: Partial<RegisterRecordInput> = {}): RegisterRecordInput {
  return {
    id,
    subjectKey: ALICE,
    originPartyId: SHERIFF,
    sourceSystem: 'jail-management',
    sourceRecordId: `src-${id}`,
    categories: ['NAME', 'DATE_OF_BIRTH'],
    createdAt: '2025-03-01T09:30:00-06:00',
    ...overrides,
  };
}

const COUNTS = /* cypher */ `
  RETURN COUNT { (:Record) } AS records, COUNT { (:Subject) } AS subjects,
         COUNT { ()-[:ABOUT]->() } AS about, COUNT { ()-[:ORIGINATED]->() } AS originated`;

describe('registering records', () => {
  const ctx = useTestDatabase();
  const counts = () => ctx.db.read(async (tx) => (await tx.run(COUNTS))[0]);
  /** Asserts that `work` fails as described and that the graph is as it was before. */
  async function refusedWithoutWriting(work: () => Promise<unknown>, error: object): Promise<void> {
    const before = await counts();
    await expect(work()).rejects.toMatchObject(error);
    expect(await counts()).toEqual(before);
  }

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      [SHERIFF, 'COUNTY_AGENCY'],
      [CLERK, 'COUNTY_AGENCY'],
      [BROKER, 'DATA_BROKER'],
    ]);
  });

  it('registers a batch in one transaction: records, their subjects and origins', async () => {
    const result = await registerRecords(ctx.db, [
      item('rec-1', { categories: ['PHOTO', 'NAME', 'SSN'] }),
      item('rec-2'),
      item('rec-3', { subjectKey: BOB, sourceSystem: ' CCOMS ' }),
    ]);
    expect(result).toEqual({ created: 3, unchanged: 0 });
    expect(await counts()).toEqual({ records: 3, subjects: 2, about: 3, originated: 3 });
    const [first, third] = await recordsByIds(ctx.db, ['rec-1', 'rec-3']);
    // Categories are a set, shown in the order of the Category enum; text is trimmed.
    expect(first).toEqual({
      id: 'rec-1',
      originId: SHERIFF,
      sourceSystem: 'jail-management',
      sourceRecordId: 'src-rec-1',
      subjectKey: ALICE,
      categories: ['SSN', 'NAME', 'PHOTO'],
      createdAt: '2025-03-01T09:30:00-06:00',
    });
    expect(third).toMatchObject({ subjectKey: BOB, sourceSystem: 'CCOMS' });
  });

  it('counts a resubmission with the same content as unchanged, whatever the order of its categories', async () => {
    const again = [item('rec-1', { categories: ['SSN', 'PHOTO', 'NAME'] }), item('rec-2')];
    expect(await registerRecords(ctx.db, again)).toEqual({ created: 0, unchanged: 2 });
    expect(await registerRecords(ctx.db, [...again, item('rec-4')])).toEqual({ created: 1, unchanged: 2 });
    expect(await counts()).toEqual({ records: 4, subjects: 2, about: 4, originated: 4 });
  });

  it('refuses the same id with other content, and writes nothing of the batch', async () => {
    await refusedWithoutWriting(
      () => registerRecords(ctx.db, [item('rec-5'), item('rec-2', { categories: ['SSN'] })]),
      {
        message: expect.stringMatching(
          /^input\[1\]: record rec-2 differs from the one already registered in categories;/,
        ),
        extensions: { code: 'CONFLICTING_RESUBMISSION', field: 'input[1].categories' },
      },
    );
    await refusedWithoutWriting(
      () => registerRecords(ctx.db, [item('rec-2', { subjectKey: BOB, createdAt: '2025-03-01T15:30:00Z' })]),
      {
        message: expect.stringContaining('already registered in subjectKey, createdAt;'),
        extensions: { code: 'CONFLICTING_RESUBMISSION', field: 'input[0].subjectKey' },
      },
    );
    expect(await recordsByIds(ctx.db, ['rec-5'])).toEqual([]);
  });

  it('refuses another id for a source record already registered, naming the id that holds it', async () => {
    await refusedWithoutWriting(
      () => registerRecords(ctx.db, [item('rec-6'), item('rec-1-again', { sourceRecordId: 'src-rec-1' })]),
      {
        message: expect.stringContaining('cook-sheriff already registered record rec-1 for source record "src-rec-1"'),
        extensions: { code: 'CONFLICTING_RESUBMISSION', field: 'input[1].sourceRecordId' },
      },
    );
    // The same source record id in another system, or of another agency, is another record.
    const elsewhere = [
      item('rec-7', { sourceRecordId: 'src-rec-1', sourceSystem: 'CCOMS' }),
      item('clerk-1', { sourceRecordId: 'src-rec-1', originPartyId: CLERK }),
    ];
    expect(await registerRecords(ctx.db, elsewhere)).toEqual({ created: 2, unchanged: 0 });
  });

  it('refuses a record id taken by another agency without describing that record', async () => {
    const attempt = () => registerRecords(ctx.db, [item('clerk-1', { originPartyId: SHERIFF })]);
    await refusedWithoutWriting(attempt, {
      message: 'input[0]: record id clerk-1 is already taken by a record of another agency; nothing was written',
      extensions: { code: 'CONFLICTING_RESUBMISSION', field: 'input[0].id' },
    });
  });

  it('refuses a batch with one bad item, naming its index and field, and never shows a bad subject key', async () => {
    const identifier = '123-45-6789';
    const batch = [item('rec-8'), item('rec-9'), item('rec-10', { subjectKey: identifier })];
    await refusedWithoutWriting(() => registerRecords(ctx.db, batch), {
      message: expect.stringMatching(/^input\[2\]\.subjectKey: record rec-10: subjectKey must be 64 lower-case hex/),
      extensions: { code: 'BAD_USER_INPUT', field: 'input[2].subjectKey', value: '<redacted>' },
    });
    await expect(registerRecords(ctx.db, batch)).rejects.not.toThrow(identifier);
    expect(await recordsByIds(ctx.db, ['rec-8', 'rec-9'])).toEqual([]);
  });

  it('refuses an origin that is not registered, or not a county agency', async () => {
    await refusedWithoutWriting(
      () => registerRecords(ctx.db, [item('rec-11'), item('rec-12', { originPartyId: 'nobody' })]),
      {
        message: expect.stringContaining(
          'input[1].originPartyId (record rec-12): no party is registered with id "nobody"',
        ),
        extensions: { code: 'NOT_FOUND', field: 'input[1].originPartyId', value: 'nobody' },
      },
    );
    await refusedWithoutWriting(() => registerRecords(ctx.db, [item('rec-13', { originPartyId: BROKER })]), {
      message: expect.stringContaining('"acme-data" is a DATA_BROKER, and a record\'s origin must be a COUNTY_AGENCY'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input[0].originPartyId', value: BROKER },
    });
  });

  it('refuses a createdAt more than 5 minutes ahead, and accepts one within them', async () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    await refusedWithoutWriting(
      () => registerRecords(ctx.db, [item('rec-14', { createdAt: '2025-06-01T07:06:00-05:00' })], now),
      {
        message: expect.stringContaining('createdAt 2025-06-01T07:06:00-05:00 is more than 5 minutes after now'),
        extensions: { code: 'BAD_USER_INPUT', field: 'input[0].createdAt' },
      },
    );
    const soon = [item('rec-14', { createdAt: '2025-06-01T07:04:00-05:00' })];
    expect(await registerRecords(ctx.db, soon, now)).toEqual({ created: 1, unchanged: 0 });
  });

  it('refuses empty or repeated categories, out-of-range text, a bad id and repeats within the batch', async () => {
    const cases: Array<[RegisterRecordInput[], string]> = [
      [[item('rec-15', { categories: [] })], 'input[0].categories'],
      [[item('rec-15', { categories: ['SSN', 'NAME', 'SSN'] })], 'input[0].categories'],
      [[item('rec-15', { sourceSystem: '   ' })], 'input[0].sourceSystem'],
      [[item('rec-15', { sourceSystem: 'x'.repeat(101) })], 'input[0].sourceSystem'],
      [[item('rec-15', { sourceRecordId: 'x'.repeat(201) })], 'input[0].sourceRecordId'],
      [[item('rec 15')], 'input[0].id'],
      [[item('rec-15'), item('rec-15')], 'input[1].id'],
      [[item('rec-15'), item('rec-16', { sourceRecordId: 'src-rec-15' })], 'input[1].sourceRecordId'],
    ];
    for (const [batch, field] of cases) {
      await refusedWithoutWriting(() => registerRecords(ctx.db, batch), {
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    const longest = item('rec-15', { sourceSystem: 'é'.repeat(100), sourceRecordId: '👤'.repeat(200) });
    expect(await registerRecords(ctx.db, [longest])).toEqual({ created: 1, unchanged: 0 });
  });

  it('takes 1,000 records in four queries (the record clock among them), and refuses 1,001 naming the count', async () => {
    const batch = Array.from({ length: 1000 }, (_, n) => item(`bulk-${n}`, { subjectKey: person(20_000 + (n % 400)) }));
    const queries: string[] = [];
    const unobserve = ctx.db.observe((query) => queries.push(query));
    try {
      expect(await registerRecords(ctx.db, batch)).toEqual({ created: 1000, unchanged: 0 });
    } finally {
      unobserve();
    }
    expect(queries).toHaveLength(4);
    const page = await recordsOfSubjects(ctx.db, [
      { subjectKey: person(20_000), originId: null, first: 500, after: null },
    ]);
    expect(page[0]?.[1].nodes).toHaveLength(3);
    await refusedWithoutWriting(() => registerRecords(ctx.db, [...batch, item('bulk-1000')]), {
      message: 'registerRecords takes at most 1,000 records per call, got 1,001: split the batch',
      extensions: { code: 'BAD_USER_INPUT', field: 'input', value: 1001 },
    });
  });
});

describe('reading subjects and records', () => {
  const ctx = useTestDatabase();

  beforeAll(async () => {
    for (const id of [SHERIFF, CLERK]) await registerParty(ctx.db, { id, name: id, kind: 'COUNTY_AGENCY' });
    await registerRecords(ctx.db, [
      item('a-3'),
      item('a-1'),
      item('a-2', { originPartyId: CLERK }),
      item('b-1', { subjectKey: BOB, originPartyId: CLERK }),
    ]);
  });

  it("pages through a subject's records in id order, all of them or one agency's", async () => {
    const all = { subjectKey: ALICE, originId: null, first: 2, after: null };
    const sheriffs = { subjectKey: ALICE, originId: SHERIFF, first: 2, after: null };
    const rest = { subjectKey: ALICE, originId: null, first: 2, after: 'a-2' };
    const nobody = { subjectKey: person(9), originId: null, first: 2, after: null };
    const pages = new Map(
      (await recordsOfSubjects(ctx.db, [all, sheriffs, rest, nobody])).map(([key, page]) => [key, page]),
    );
    expect(pages.get(all)?.nodes.map((r) => r.id)).toEqual(['a-1', 'a-2']);
    expect(pages.get(all)?.pageInfo.hasNextPage).toBe(true);
    expect(pages.get(sheriffs)?.nodes.map((r) => r.id)).toEqual(['a-1', 'a-3']);
    expect(pages.get(sheriffs)?.pageInfo.hasNextPage).toBe(false);
    expect(pages.get(rest)?.nodes.map((r) => r.id)).toEqual(['a-3']);
    expect(pages.get(nobody)?.nodes).toEqual([]);
  });

  it('answers a subject only for those who may read one of its records', async () => {
    const questions = [
      { subjectKey: ALICE, originId: null },
      { subjectKey: BOB, originId: SHERIFF },
      { subjectKey: BOB, originId: CLERK },
      { subjectKey: person(9), originId: null },
    ];
    const answered = (await readableSubjects(ctx.db, questions)).map(([question]) => question);
    expect(answered).toEqual([
      { subjectKey: ALICE, originId: null },
      { subjectKey: BOB, originId: CLERK },
    ]);
  });
});
