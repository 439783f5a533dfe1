import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { subjectKeyOf } from '../../../core/registry/subject-key.ts';
import { splitCsvRecord } from '../../../scripts/subject-key.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SECRET = 'test-secret-of-at-least-32-characters!';
const ssnKey = (raw: string) => subjectKeyOf(SECRET, 'SSN', raw);

/** The CLI as an agency runs it: plain Node 24, which strips the types itself. */
function cli(args: string[], input = '', env: NodeJS.ProcessEnv = { SUBJECT_KEY_SECRET: SECRET }) {
  const result = spawnSync(process.execPath, ['scripts/subject-key.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test', SUBJECT_KEY_SECRET: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/subject-key.ts', () => {
  it('replaces plain lines of identifiers by their subject keys', () => {
    const { status, stdout, stderr } = cli(['--kind', 'SSN'], '123-45-6789\n 123 45 6789 \n078-05-1121\n');
    expect(stderr).toBe('hashed 3 lines, 0 refused\n');
    expect(status).toBe(0);
    expect(stdout).toBe(`${ssnKey('123456789')}\n${ssnKey('123456789')}\n${ssnKey('078051121')}\n`);
  });

  it('replaces one CSV column and keeps the header, quoted fields and everything else as written', () => {
    const input = [
      'name,ssn,note',
      '"Doe, Jane",123-45-6789,"said ""no"", twice"',
      'Roe,"078 05 1121",',
      '"Poe\nEdgar",234-56-7890,multi-line name', // one record over two lines
      'Moe,,no SSN on file',
    ].join('\r\n');
    const { status, stdout, stderr } = cli(['--kind', 'ssn', '--column', '2'], input);
    expect(stderr).toBe('hashed 3 lines, 0 refused, 1 empty kept as they were\n');
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'name,ssn,note',
        `"Doe, Jane",${ssnKey('123456789')},"said ""no"", twice"`,
        `Roe,${ssnKey('078051121')},`,
        `"Poe\nEdgar",${ssnKey('234567890')},multi-line name`,
        'Moe,,no SSN on file',
        '',
      ].join('\n'),
    );
  });

  it('replaces one NDJSON field and leaves every other byte of the line alone', () => {
    const input = [
      '{"id": 12345678901234567890, "ssn": "123-45-6789", "2": "x", "guardian": {"ssn": "078-05-1121"}}',
      '{"ssn":78051121,"note":"a number that lost its leading zero"}',
      '{"ssn":null}',
      '{"ssn":"123456789","ssn":"078051121"}',
    ].join('\n');
    const { status, stdout, stderr } = cli(['--kind', 'SSN', '--field', 'ssn'], input);
    expect(stdout).toBe(
      [
        `{"id": 12345678901234567890, "ssn": "${ssnKey('123456789')}", "2": "x", "guardian": {"ssn": "078-05-1121"}}`,
        '{"ssn":null}',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe(
      [
        'line 2: SSN must have 9 digits, got 8 (a spreadsheet may have dropped leading zeros)',
        'line 4: field "ssn" appears 2 times',
        'hashed 1 line, 2 refused, 1 empty kept as they were',
        '',
      ].join('\n'),
    );
    expect(status).toBe(1);
  });

  it('reports a bad line by number without the identifier, hashes the others, and exits 1', () => {
    const { status, stdout, stderr } = cli(['--kind', 'SSN'], '123-45-6789\n078-05-1121\n987-65-432\n234-56-7890\n');
    expect(status).toBe(1);
    expect(stdout).toBe(`${ssnKey('123456789')}\n${ssnKey('078051121')}\n${ssnKey('234567890')}\n`);
    expect(stderr).toMatch(/^line 3: SSN must have 9 digits, got 8/m);
    expect(stderr).not.toContain('987-65-432');
    expect(stderr).not.toContain('98765432');
    expect(stderr).toMatch(/hashed 3 lines, 1 refused\n$/);
  });

  it('never lets a CSV line it cannot read put an identifier in the output', () => {
    const input = 'name,ssn\nheight 5\'11",123-45-6789\n"open,123-45-6789\n';
    const { status, stdout, stderr } = cli(['--kind', 'SSN', '--column', '2'], input);
    expect(status).toBe(1);
    expect(stdout).toBe('name,ssn\n');
    expect(stderr).toContain('line 2: column 1: a quote inside an unquoted field');
    expect(stderr).toContain('line 3: a quoted field is not closed at the end of the input');
    expect(stderr).not.toContain('123-45-6789');
  });

  it('reads --in and writes --out, mode 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'subject-key-'));
    writeFileSync(join(dir, 'in.txt'), '123-45-6789\n');
    const { status, stderr } = cli(['--kind', 'SSN', '--in', join(dir, 'in.txt'), '--out', join(dir, 'out.txt')]);
    expect(stderr).toBe('hashed 1 line, 0 refused\n');
    expect(status).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(`${ssnKey('123456789')}\n`);
    expect(statSync(join(dir, 'out.txt')).mode & 0o777).toBe(0o600);
  });

  it('prints usage for --help and refuses bad options with status 2', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: node scripts/subject-key.ts --kind KIND');
    const unknownKind = cli(['--kind', 'EMAIL']);
    expect(unknownKind.status).toBe(2);
    expect(unknownKind.stderr).toContain('--kind must be one of SSN');
    expect(cli(['--kind', 'SSN', '--column', '1', '--field', 'ssn']).status).toBe(2);
    expect(cli(['--kind', 'SSN', '--column', '0']).status).toBe(2);
    expect(cli(['--kind', 'SSN', '--column', '3'], 'a,b\n1,2\n').stderr).toContain('the header has 2 columns');
  });

  it('refuses to run in production without SUBJECT_KEY_SECRET', () => {
    const { status, stdout, stderr } = cli(['--kind', 'SSN'], '123-45-6789\n', { NODE_ENV: 'production' });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('set SUBJECT_KEY_SECRET');
  });
});

describe('splitCsvRecord', () => {
  const values = (text: string) => {
    const fields = splitCsvRecord(text);
    return Array.isArray(fields) ? fields.map((field) => field.value) : fields;
  };

  it('splits quoted fields with commas, doubled quotes and empty fields', () => {
    expect(values('a,"b,c","say ""hi""",,')).toEqual(['a', 'b,c', 'say "hi"', '', '']);
    expect(values('')).toEqual(['']);
    expect(values('"x"')).toEqual(['x']);
  });

  it('says when a quoted field continues on the next line, and refuses stray quotes', () => {
    expect(values('a,"b')).toBe('unclosed');
    expect(values('a,"b""')).toBe('unclosed');
    expect(values('a,"b"c')).toEqual({ error: 'column 2: a closing quote is followed by more text (character 6)' });
    expect(values('a,b"c')).toEqual({ error: 'column 2: a quote inside an unquoted field (character 4)' });
  });
});
