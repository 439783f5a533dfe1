import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphFiles } from '../../../scripts/first-load/graph-files.ts';
import { countyFiles, FirstLoadPass, OFFLINE_KINDS } from '../../../scripts/first-load/pass.ts';
import { importFile } from '../../../scripts/import/importer.ts';
import { defaultBatch } from '../../../scripts/import/writers.ts';
import { useTestDatabase, wipe } from '../../support/database.ts';

const context = useTestDatabase();
const KEY = (c: string) => c.repeat(64);

/** A county with every kind of bad line the offline pass must refuse as the online import does. */
const COUNTY: Record<(typeof OFFLINE_KINDS)[number], unknown[]> = {
  parties: [
    { id: 'sheriff', name: 'Sheriff', kind: 'COUNTY_AGENCY' },
    { id: 'broker', name: 'Broker', kind: 'DATA_BROKER' },
    { id: 'ice', name: 'ICE', kind: 'GOVERNMENT_AGENCY' },
    { id: 'sheriff', name: 'Sheriff', kind: 'COUNTY_AGENCY' },
    { id: 'broker', name: 'Another broker', kind: 'DATA_BROKER' },
    { id: 'Bad Id', name: 'x', kind: 'DATA_BROKER' },
    { id: 'nobody', name: 'x', kind: 'NOT_A_KIND' },
    'not an object',
  ],
  enforcement: [
    { id: 'e-1', partyId: 'ice', from: '2000-01-01T00:00:00Z', basis: 'federal' },
    { id: 'e-2', partyId: 'cbp', from: '2000-01-01T00:00:00Z', basis: 'federal' },
    { id: 'e-1', partyId: 'ice', from: '2000-01-01T00:00:00.000+00:00', basis: ' federal ' },
    { id: 'e-1', partyId: 'ice', from: '2001-01-01T00:00:00Z', basis: 'federal' },
    { id: 'e-3', partyId: 'ice', from: '2001-01-01T00:00:00Z', until: '2000-01-01T00:00:00Z', basis: 'x' },
  ],
  affiliations: [
    { id: 'a-1', fromPartyId: 'broker', kind: 'CONTRACTOR_OF', toPartyId: 'ice', from: '2020-01-01T00:00:00-06:00' },
    { id: 'a-2', fromPartyId: 'broker', kind: 'CONTRACTOR_OF', toPartyId: 'broker', from: '2020-01-01T00:00:00Z' },
    { id: 'a-3', fromPartyId: 'broker', kind: 'AGENT_OF', toPartyId: 'nobody', from: '2020-01-01T00:00:00Z' },
    { id: 'a-1', fromPartyId: 'broker', kind: 'AGENT_OF', toPartyId: 'ice', from: '2020-01-01T00:00:00-06:00' },
  ],
  records: [
    ...['r-1', 'r-2'].map((id, n) => ({
      id,
      subjectKey: KEY('a'),
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: `${n}`,
      categories: ['NAME', 'SSN'],
      createdAt: '2021-01-01T00:00:00-06:00',
    })),
    {
      id: 'r-3',
      subjectKey: KEY('b'),
      originPartyId: 'broker',
      sourceSystem: 'X',
      sourceRecordId: '1',
      categories: ['NAME'],
      createdAt: '2021-01-01T00:00:00Z',
    },
    {
      id: 'r-4',
      subjectKey: KEY('b'),
      originPartyId: 'clerk',
      sourceSystem: 'X',
      sourceRecordId: '1',
      categories: ['NAME'],
      createdAt: '2021-01-01T00:00:00Z',
    },
    {
      id: 'r-1',
      subjectKey: KEY('a'),
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: '0',
      categories: ['SSN', 'NAME'],
      createdAt: '2021-01-01T06:00:00Z',
    },
    {
      id: 'r-1',
      subjectKey: KEY('c'),
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: '0',
      categories: ['NAME'],
      createdAt: '2021-01-01T00:00:00Z',
    },
    {
      id: 'r-5',
      subjectKey: KEY('a'),
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: '1',
      categories: ['NAME'],
      createdAt: '2021-01-01T00:00:00Z',
    },
    {
      id: 'r-6',
      subjectKey: '123-45-6789',
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: '9',
      categories: ['NAME'],
      createdAt: '2021-01-01T00:00:00Z',
    },
    {
      id: 'r-7',
      subjectKey: KEY('d'),
      originPartyId: 'sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: '7',
      categories: ['NAME'],
      createdAt: '2023-01-01T00:00:00Z',
    },
  ],
  disclosures: [
    // The broker passes r-1 on before it receives it (d-2 before d-1 in time): holder unknown.
    {
      id: 'd-2',
      at: '2022-02-01T00:00:00Z',
      fromPartyId: 'broker',
      toPartyId: 'ice',
      purpose: 'resale',
      channel: 'EMAIL',
      records: [{ recordId: 'r-1' }],
    },
    {
      id: 'd-1',
      at: '2022-03-01T00:00:00-06:00',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'x',
      channel: 'API_QUERY',
      records: [{ recordId: 'r-1' }, { recordId: 'r-2', categories: ['NAME'] }],
    },
    {
      id: 'd-3',
      at: '2022-03-01T06:00:00Z',
      fromPartyId: 'broker',
      toPartyId: 'ice',
      purpose: 'resale',
      channel: 'EMAIL',
      records: [{ recordId: 'r-1', categories: ['SSN'] }],
    },
    {
      id: 'd-4',
      at: '2022-03-01T06:00:00Z',
      fromPartyId: 'broker',
      toPartyId: 'ice',
      purpose: 'resale',
      channel: 'EMAIL',
      records: [{ recordId: 'r-2', categories: ['NAME'] }],
    },
    {
      id: 'd-5',
      at: '2022-01-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'ice',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-7' }],
    },
    {
      id: 'd-6',
      at: '2022-04-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-99' }],
    },
    {
      id: 'd-7',
      at: '2022-04-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-2', categories: ['PHOTO'] }],
    },
    {
      id: 'd-8',
      at: '2022-04-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'sheriff',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-2' }],
    },
    {
      id: 'd-9',
      at: '2022-04-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'nobody',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-2' }],
    },
    {
      id: 'd-1',
      at: '2022-03-01T06:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'x',
      channel: 'API_QUERY',
      records: [{ recordId: 'r-2', categories: ['NAME'] }, { recordId: 'r-1' }],
    },
    {
      id: 'd-1',
      at: '2022-03-01T00:00:00-06:00',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'y',
      channel: 'API_QUERY',
      records: [{ recordId: 'r-1' }],
    },
    {
      id: 'd-10',
      at: '2099-01-01T00:00:00Z',
      fromPartyId: 'sheriff',
      toPartyId: 'broker',
      purpose: 'x',
      channel: 'EMAIL',
      records: [{ recordId: 'r-2' }],
    },
  ],
};

let online: string;
let offline: string;
const outcomes: Record<string, Array<{ lines: number; created: number; unchanged: number; refused: number }>> = {};

beforeAll(async () => {
  [online, offline] = [
    await mkdtemp(path.join(tmpdir(), 'rejects-online-')),
    await mkdtemp(path.join(tmpdir(), 'rejects-offline-')),
  ];
  for (const dir of [online, offline]) {
    for (const kind of OFFLINE_KINDS) {
      await writeFile(
        path.join(dir, `${kind}.ndjson`),
        COUNTY[kind].map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'),
      );
    }
  }
  await wipe(context.db);
  outcomes.online = [];
  // One line per batch: the online import's refusal of a line is then that line's alone.
  for (const kind of OFFLINE_KINDS) {
    const summary = await importFile(context.db, {
      file: path.join(online, `${kind}.ndjson`),
      kind,
      format: 'ndjson',
      batch: defaultBatch(kind),
    });
    outcomes.online.push(summary);
  }
  const out = await mkdtemp(path.join(tmpdir(), 'rejects-csv-'));
  const files = new GraphFiles(out);
  const pass = await new FirstLoadPass(files, new Date().toISOString()).run(await countyFiles(offline));
  await files.close();
  await rm(out, { recursive: true, force: true });
  outcomes.offline = pass.kinds;
}, 120_000);
afterAll(async () => {
  for (const dir of [online, offline]) await rm(dir, { recursive: true, force: true });
});

const rejects = (dir: string, kind: string) =>
  readFile(path.join(dir, `${kind}.ndjson.rejects`), 'utf8').catch(() => '');

describe('the first load refuses what npm run import refuses', () => {
  it.each(OFFLINE_KINDS)('%s: the same lines refused with the same codes, the same counts', async (kind) => {
    const at = OFFLINE_KINDS.indexOf(kind);
    const codes = (text: string) =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => /^line \d+: [A-Z_]+/.exec(line)?.[0]);
    const [was, is] = [await rejects(online, kind), await rejects(offline, kind)];
    expect(codes(is)).toEqual(codes(was));
    expect(is).toEqual(was);
    expect(is.split('\n').filter(Boolean).length).toBeGreaterThan(0);
    const { lines, created, unchanged, refused } = outcomes.offline?.[at] ?? {};
    expect({ lines, created, unchanged, refused }).toEqual({
      lines: outcomes.online?.[at]?.lines,
      created: outcomes.online?.[at]?.created,
      unchanged: outcomes.online?.[at]?.unchanged,
      refused: outcomes.online?.[at]?.refused,
    });
  });

  it('never repeats a refused line content', async () => {
    for (const kind of OFFLINE_KINDS)
      expect(await rejects(offline, kind)).not.toMatch(/Another broker|123-45-6789|r-99|nobody/);
  });
});
