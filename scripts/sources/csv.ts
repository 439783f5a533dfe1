/**
 * RFC 4180 CSV, read as it comes: quoted cells may hold commas, doubled quotes and line
 * breaks (a `Time Frame` cell with two dates on two lines), lines end in CRLF or LF, and a
 * UTF-8 byte order mark before the first cell is dropped. Each row carries the number of the
 * line it starts on, as an editor numbers lines.
 */

/** One row of cells, or why it could not be read; `line` is where the row starts. */
export type CsvRow = { line: number; cells: string[] } | { line: number; error: string };

/** Rows of a CSV text, blank lines left out. */
export function* csvRows(text: string): Generator<CsvRow> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let afterQuote = false;
  let stray = false;
  const end = (): CsvRow | null => {
    cells.push(cell);
    const row: CsvRow | null = stray
      ? { line: start, error: 'a quote inside a cell that does not start with one, or text after a closing quote' }
      : cells.length === 1 && cells[0] === '' && !wasQuoted
        ? null
        : { line: start, cells };
    cells = [];
    cell = '';
    wasQuoted = false;
    afterQuote = false;
    stray = false;
    return row;
  };
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at] as string;
    if (quoted) {
      if (char === '"') {
        if (source[at + 1] === '"') {
          cell += '"';
          at += 1;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === ',') {
      cells.push(cell);
      cell = '';
      wasQuoted = false;
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[at + 1] === '\n') at += 1;
      const row = end();
      if (row !== null) yield row;
      line += 1;
      start = line;
    } else if (char === '"') {
      if (cell === '' && !afterQuote) {
        quoted = true;
        wasQuoted = true;
      } else stray = true;
    } else {
      if (afterQuote) stray = true;
      cell += char;
    }
  }
  if (quoted) {
    yield { line: start, error: 'a quoted cell is not closed at the end of the file' };
    return;
  }
  if (cell !== '' || cells.length > 0 || wasQuoted) {
    const row = end();
    if (row !== null) yield row;
  }
}
