import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../scripts/report/csv.ts';

describe('a report table as CSV', () => {
  it('quotes what RFC 4180 asks, and runs no third party text as a spreadsheet formula', () => {
    const csv = tableCsv({
      name: 'by-intermediary',
      title: 'By intermediary',
      columns: [
        { key: 'party', label: 'Intermediary', numeric: false },
        { key: 'change', label: 'Change', numeric: true },
      ],
      rows: [
        { party: '=HYPERLINK("http://example.test","click")', change: -3 },
        { party: '@SUM(A1:A9)', change: 4 },
        { party: 'Acme, Inc.', change: null },
        { party: '1-10', change: '1-10' },
      ],
      total: { party: null, change: 1 },
    });
    expect(csv.split('\r\n')).toEqual([
      'Intermediary,Change',
      `"'=HYPERLINK(""http://example.test"",""click"")",-3`,
      `'@SUM(A1:A9),4`,
      '"Acme, Inc.",',
      '1-10,1-10',
      ',1',
      '',
    ]);
  });
});
