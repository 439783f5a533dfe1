import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../scripts/sources/csv.ts';
import { readRecords, readTable } from '../../../scripts/sources/table.ts';

const collect = async <T>(rows: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
};

describe('CSV as RFC 4180 writes it', () => {
  it('keeps quoted commas, doubled quotes and line breaks in one cell, numbered by the line it starts on', () => {
    const text = '\uFEFFa,b\r\n"1, one","two\nlines"\r\n\r\n"say ""hi""",\n';
    expect([...csvRows(text)]).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1, one', 'two\nlines'] },
      { line: 5, cells: ['say "hi"', ''] },
    ]);
  });

  it('names a row it cannot read, without its content', () => {
    expect([...csvRows('a,b\n"open,x\n')]).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'a quoted cell is not closed at the end of the file' },
    ]);
    expect([...csvRows('x"y,z\n')][0]).toEqual({ line: 1, error: expect.stringMatching(/quote/) });
  });
});

describe('readTable and readRecords', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'table-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names cells by the header, whatever its order, case or BOM', async () => {
    const file = path.join(dir, 'a.csv');
    await writeFile(file, '\uFEFFOrg Name,ID\nAcme,7\n');
    expect(await collect(readRecords(file, { header: 'auto', columns: ['ID', 'Org Name'] }))).toEqual([
      { line: 2, fields: { 'Org Name': 'Acme', ID: '7' } },
    ]);
    expect(await collect(readTable(file))).toEqual([
      { line: 1, cells: ['Org Name', 'ID'] },
      { line: 2, cells: ['Acme', '7'] },
    ]);
  });

  it('names cells by position when the file has no header row', async () => {
    const file = path.join(dir, 'b.csv');
    await writeFile(file, '7,Acme,extra\n');
    expect(await collect(readRecords(file, { header: 'auto', columns: ['ID', 'Org Name'] }))).toEqual([
      { line: 1, fields: { ID: '7', 'Org Name': 'Acme', '#3': 'extra' } },
    ]);
  });

  it('reads NDJSON objects with their line numbers, and names a line that is not one', async () => {
    const file = path.join(dir, 'c.ndjson');
    await writeFile(file, '{"id":"p-1","n":3}\n\nnot json\n');
    expect(await collect(readRecords(file))).toEqual([
      { line: 1, fields: { id: 'p-1', n: 3 } },
      { line: 3, error: 'not JSON' },
    ]);
  });
});
