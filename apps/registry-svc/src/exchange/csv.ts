/** One CSV record and the line of the file it starts on (a quoted field may span several lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends, a leading BOM ignored. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) records.push({ line: rowLine, cells: row });
    row = [];
  };
  for (; i < text.length; i += 1) {
    const char = text[i];
    // A line break is \r\n, \n or a lone \r, inside quotes or not.
    const lineBreak = char === '\n' || (char === '\r' && text[i + 1] !== '\n');
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      endField();
    } else if (lineBreak) {
      endRow();
      rowLine = line + 1;
    } else if (char !== '\r') {
      field += char;
    }
    if (lineBreak) line += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return records;
}

export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.cells);
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
