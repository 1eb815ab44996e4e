import { toCsv } from '@kzps/platform';
import { CsvProblemCode, parseCsv, parseCsvRecords } from './csv';

describe('csv', () => {
  it('round-trips quotes, commas, new lines and Kazakh letters', () => {
    const rows = [
      ['код', 'атауы'],
      ['01-001', 'Баланың тууын «тіркеу», оның ішінде'],
      ['01-002', 'жол 1\nжол 2 "дәйексөз"'],
      ['01-003', ''],
    ];
    const text = toCsv(rows[0] ?? [], rows.slice(1));
    expect(parseCsv(text)).toEqual(rows);
  });

  it('ignores a BOM and a missing final new line', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('tells the line each record starts on, after fields that span lines and blank lines', () => {
    const text = 'code,name\r\n01-001,"жол 1\r\nжол 2\nжол 3"\r\n\r\n01-002,x\r\n01-003,y';
    const { records, problems } = parseCsvRecords(text);
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'code'],
      [2, '01-001'],
      [6, '01-002'],
      [7, '01-003'],
    ]);
  });

  it('refuses a file that ends inside a quote, at the line its record starts, instead of swallowing the rest', () => {
    expect(parseCsvRecords('code,name\n01,"x\n02,y\n03,z\n').problems).toEqual([
      expect.objectContaining({ line: 2, code: CsvProblemCode.QuoteNotClosed }),
    ]);
  });

  it('refuses a quote in the middle of a field', () => {
    expect(parseCsvRecords('code,name\n01,"x"y\n02,z\n').problems).toEqual([
      expect.objectContaining({ line: 2, code: CsvProblemCode.QuoteMisplaced }),
    ]);
  });

  it('refuses every row whose cell count differs from the header, instead of dropping the extra cells', () => {
    const { problems } = parseCsvRecords('code,name\n01,x,extra\n02,"a\nb"\n03\n04,y\n');
    expect(problems.map(({ line, code }) => [line, code])).toEqual([
      [2, CsvProblemCode.CellCountMismatch],
      [5, CsvProblemCode.CellCountMismatch],
    ]);
  });

  it('throws on a malformed file where a well-formed one is expected', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow('Line 2 has 3 cell(s); the header has 2');
  });
});
