import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/gql.ts';
import type { RegisterRecordInput, SubjectRecordPageQuery } from '../generated/graphql.ts';
import type { Role } from '../../infra/auth/principal.ts';
import { RECORDS_BY_IDS, RECORDS_OF_SUBJECTS } from '../../core/registry/records.ts';
import { PARTIES_BY_IDS, registerParty } from '../../core/registry/parties.ts';
import { subjectKeyOf, subjectKeySecret } from '../../core/registry/subject-key.ts';
import { as } from '../support/auth.ts';
import { execute, useStack, type GraphQLResponse } from '../support/stack.ts';

const SHERIFF = 'cook-sheriff';
const CLERK = 'cook-clerk';
const OIIG = 'cook-oiig';

const DeriveSubjectKey = graphql(/* GraphQL */ `
  mutation DeriveSubjectKey($kind: IdentifierKind!, $identifier: String!) {
    deriveSubjectKey(kind: $kind, identifier: $identifier)
  }
`);

const RegisterRecords = graphql(/* GraphQL */ `
  mutation RegisterRecords($input: [RegisterRecordInput!]!) {
    registerRecords(input: $input) {
      created
      unchanged
    }
  }
`);

const SubjectRecords = graphql(/* GraphQL */ `
  query SubjectRecords($subjectKey: String!, $first: Int! = 100) {
    subject(subjectKey: $subjectKey) {
      subjectKey
      records(first: $first) {
        nodes {
          id
          categories
          origin {
            name
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const SubjectRecordPage = graphql(/* GraphQL */ `
  query SubjectRecordPage($subjectKey: String!, $after: String) {
    subject(subjectKey: $subjectKey) {
      records(first: 1, after: $after) {
        nodes {
          id
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const RecordById = graphql(/* GraphQL */ `
  query RecordById($id: ID!) {
    record(id: $id) {
      id
      sourceSystem
      sourceRecordId
      createdAt
      categories
      origin {
        id
      }
      subject {
        subjectKey
      }
    }
  }
`);

const RecordsAccessLog = graphql(/* GraphQL */ `
  query RecordsAccessLog {
    accessLog(first: 500) {
      nodes {
        principal
        organisation
        operation
        outcome
        subjects
        records
      }
    }
  }
`);

describe('subjects and records through the gateway', () => {
  const ctx = useStack();
  const send = async <R, V>(document: TypedDocumentNode<R, V>, variables: V, role: Role, organisation = SHERIFF) =>
    execute(ctx.stack.gatewayUrl, document, variables, await as(ctx.stack.auth, role, organisation));
  const derive = async (identifier: string, kind: 'SSN' | 'CB_NUMBER' = 'SSN') =>
    (await send(DeriveSubjectKey, { kind, identifier }, 'RECORDER')).data?.deriveSubjectKey as string;
  const record = (
    id: string,
    subjectKey: string,
    overrides: Partial<RegisterRecordInput> = {},
  ): RegisterRecordInput => ({
    id,
    subjectKey,
    originPartyId: SHERIFF,
    sourceSystem: 'jail-management',
    sourceRecordId: `jms-${id}`,
    categories: ['NAME', 'JAIL_RELEASE_TIME'],
    createdAt: '2025-04-01T08:00:00-05:00',
    ...overrides,
  });
  let alice = '';

  beforeAll(async () => {
    for (const [id, name] of [
      [SHERIFF, 'Cook County Sheriff'],
      [CLERK, 'Clerk of the Circuit Court'],
      [OIIG, 'Office of the Independent Inspector General'],
    ]) {
      await registerParty(ctx.db, { id: id as string, name: name as string, kind: 'COUNTY_AGENCY' });
    }
  });

  it('derives one subject key for one identifier however it is written, as the CLI does', async () => {
    alice = await derive('123-45-6789');
    expect(alice).toMatch(/^[0-9a-f]{64}$/);
    expect(await derive(' 123 45 6789 ')).toBe(alice);
    expect(await derive('１２３４５６７８９')).toBe(alice);
    expect(alice).toBe(subjectKeyOf(subjectKeySecret(), 'SSN', '123456789'));
    expect(await derive('123456789', 'CB_NUMBER')).not.toBe(alice);
    const auditor = await send(DeriveSubjectKey, { kind: 'SSN', identifier: '123456789' }, 'AUDITOR', OIIG);
    expect(auditor.data?.deriveSubjectKey).toBe(alice);
  });

  it('refuses a malformed identifier without repeating it', async () => {
    const refused = await send(DeriveSubjectKey, { kind: 'SSN', identifier: '123-00-4567' }, 'RECORDER');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', value: '<redacted>' });
    expect(refused.errors?.[0]?.message).toContain('group number (digits 4-5) is 00');
    expect(JSON.stringify(refused)).not.toMatch(/123|4567/);
  });

  it("lets a RECORDER register its own agency's records, idempotently", async () => {
    const bob = await derive('234-56-7890');
    const batch = [
      record('jms-1', alice, { categories: ['PHOTO', 'NAME'] }),
      record('jms-2', alice),
      record('jms-3', bob),
    ];
    const first = await send(RegisterRecords, { input: batch }, 'RECORDER');
    expect(first).toEqual({ data: { registerRecords: { created: 3, unchanged: 0 } } });
    const again = await send(RegisterRecords, { input: batch }, 'RECORDER');
    expect(again).toEqual({ data: { registerRecords: { created: 0, unchanged: 3 } } });
    const own = await send(RecordById, { id: 'jms-1' }, 'RECORDER');
    expect(own.data?.record).toEqual({
      id: 'jms-1',
      sourceSystem: 'jail-management',
      sourceRecordId: 'jms-jms-1',
      createdAt: '2025-04-01T08:00:00-05:00',
      categories: ['NAME', 'PHOTO'],
      origin: { id: SHERIFF },
      subject: { subjectKey: alice },
    });
  });

  it('names the bad item of a refused batch, and writes none of it', async () => {
    const batch = [record('jms-4', alice), record('jms-5', alice, { categories: [] })];
    const refused = await send(RegisterRecords, { input: batch }, 'RECORDER');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input[1].categories' });
    expect((await send(RecordById, { id: 'jms-4' }, 'AUDITOR', OIIG)).data?.record).toBeNull();
  });

  it("lets an AUDITOR read a subject's records, and logs the read with the subject and its records", async () => {
    const read = await send(SubjectRecords, { subjectKey: alice }, 'AUDITOR', OIIG);
    expect(read).toEqual({
      data: {
        subject: {
          subjectKey: alice,
          records: {
            nodes: [
              { id: 'jms-1', categories: ['NAME', 'PHOTO'], origin: { name: 'Cook County Sheriff' } },
              { id: 'jms-2', categories: ['JAIL_RELEASE_TIME', 'NAME'], origin: { name: 'Cook County Sheriff' } },
            ],
            pageInfo: { hasNextPage: false },
          },
        },
      },
    });
    const log = await send(RecordsAccessLog, {}, 'AUDITOR', OIIG);
    const reads = log.data?.accessLog.nodes.filter((entry) => entry.operation === 'SubjectRecords');
    expect(reads).toContainEqual({
      principal: 'test-auditor',
      organisation: OIIG,
      operation: 'SubjectRecords',
      outcome: 'ALLOWED',
      subjects: [alice],
      records: ['jms-1', 'jms-2'],
    });
    expect(reads?.every((entry) => entry.subjects.includes(alice))).toBe(true);
    // A RECORDER's read of its own record is logged too.
    expect(log.data?.accessLog.nodes).toContainEqual(
      expect.objectContaining({ principal: 'test-recorder', operation: 'RecordById', records: ['jms-1'] }),
    );
  });

  it("shows a RECORDER only its own agency's records, and another agency's as if it did not exist", async () => {
    const clerkRecord = record('clerk-1', alice, { originPartyId: CLERK, sourceSystem: 'court-cms' });
    const asClerk = await send(RegisterRecords, { input: [clerkRecord] }, 'RECORDER', CLERK);
    expect(asClerk.data?.registerRecords.created).toBe(1);

    const forSheriff = await send(RegisterRecords, { input: [record('clerk-2', alice)] }, 'RECORDER', CLERK);
    expect(forSheriff.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input[0].originPartyId' });
    // Another agency's record answers exactly as a record that does not exist.
    const foreignRecord = await send(RecordById, { id: 'jms-1' }, 'RECORDER', CLERK);
    const missingRecord = await send(RecordById, { id: 'jms-404' }, 'RECORDER', CLERK);
    expect(foreignRecord).toEqual({ data: { record: null } });
    expect(foreignRecord).toEqual(missingRecord);

    const bob = await derive('234-56-7890');
    const foreignSubject = await send(SubjectRecords, { subjectKey: bob }, 'RECORDER', CLERK);
    expect({ data: foreignSubject.data?.subject, code: foreignSubject.errors?.[0]?.extensions?.code }).toEqual({
      data: null,
      code: 'FORBIDDEN',
    });
    const ids = async (organisation: string) =>
      (await send(SubjectRecords, { subjectKey: alice }, 'RECORDER', organisation)).data?.subject?.records.nodes.map(
        (node) => node.id,
      );
    expect(await ids(CLERK)).toEqual(['clerk-1']);
    expect(await ids(SHERIFF)).toEqual(['jms-1', 'jms-2']);
  });

  it('refuses every subject-level read and the derivation to an ANALYST, and a write to an AUDITOR', async () => {
    for (const answer of [
      await send(SubjectRecords, { subjectKey: alice }, 'ANALYST', OIIG),
      await send(RecordById, { id: 'jms-1' }, 'ANALYST', OIIG),
      await send(DeriveSubjectKey, { kind: 'SSN', identifier: '123456789' }, 'ANALYST', OIIG),
      await send(RegisterRecords, { input: [record('jms-9', alice)] }, 'AUDITOR', SHERIFF),
    ]) {
      expect({ data: answer.data ?? null, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        data: null,
        code: 'FORBIDDEN',
      });
    }
  });

  it("pages through a subject's records with the cursor it returns, and refuses any other", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const read: GraphQLResponse<SubjectRecordPageQuery> = await send(
        SubjectRecordPage,
        { subjectKey: alice, after },
        'AUDITOR',
        OIIG,
      );
      const records: NonNullable<SubjectRecordPageQuery['subject']>['records'] | undefined =
        read.data?.subject?.records;
      ids.push(...(records?.nodes.map((node) => node.id) ?? []));
      if (!records?.pageInfo.hasNextPage) break;
      after = records.pageInfo.endCursor ?? null;
    }
    expect(ids).toEqual(['clerk-1', 'jms-1', 'jms-2']);
    const forged = await send(SubjectRecordPage, { subjectKey: alice, after: 'not a cursor' }, 'AUDITOR', OIIG);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads 60 records and their origins in one query each, not one per record', async () => {
    const carol = await derive('345-67-8901');
    const batch = Array.from({ length: 60 }, (_, n) => record(`bulk-${String(n).padStart(2, '0')}`, carol));
    expect((await send(RegisterRecords, { input: batch }, 'RECORDER')).data?.registerRecords.created).toBe(60);
    const queries: string[] = [];
    const unobserve = ctx.db.observe((query) => queries.push(query));
    const read = await send(SubjectRecords, { subjectKey: carol, first: 60 }, 'AUDITOR', OIIG);
    unobserve();
    expect(read.data?.subject?.records.nodes).toHaveLength(60);
    const count = (query: string) => queries.filter((q) => q === query).length;
    expect({ pages: count(RECORDS_OF_SUBJECTS), parties: count(PARTIES_BY_IDS), byId: count(RECORDS_BY_IDS) }).toEqual({
      pages: 1,
      parties: 1,
      byId: 0,
    });
  });
});
